"""A state document cited by its bare number, its signing day and its issuer, made whole (round 35).

"Thông tư số 02 ngày 08/01/2016 của Bộ Quốc phòng" is 02/2016/TT-BQP; "Nghị định số 15 ngày 22/1/2018
của Chính phủ" is 15/2018/NĐ-CP; "Chỉ thị số 15 ngày 10/6/2020 của Thủ tướng" is 15/CT-TTg. The conventions (Luật Ban hành văn bản quy phạm pháp luật 2015, art. 8; Nghị định
30/2020/NĐ-CP, appendix I) number a legal normative document "number/year/type-issuer" and an
administrative one "number/type-issuer", with no year. A Nghị định, a Thông tư and a Luật are always
normative, so their symbol carries the year (a Luật its Quốc hội's term, "80/2015/QH13"); a Prime
Minister's Chỉ thị signed since 2009, when the 2008 law took directives out of the normative types,
is an administrative one, with no year. His Quyết định may be either ("490/QĐ-TTg", "27/2018/QĐ-TTg"),
and so may a directive of his signed before 2009: never completed. Nghị quyết of the Government or a council, a Thông tư liên tịch
(two issuers) and a ministry's Quyết định may take either form or more issuers: never completed.

Only when the type, the issuer (named right after the number or its date: "của <body>") and, where the
symbol needs it, the year (the signing day given beside the number) are all certain; a ministry the
table does not know, or no day, leaves the number bare, and a bare number is not cited.
"""
from __future__ import annotations

import datetime as dt
import re


# The types the Party never issues (no Party code): a bare number of one is a state document's.
STATE_ONLY_CODES = {"Nghị định": "NĐ", "Thông tư": "TT", "Thông tư liên tịch": "TTLT", "Luật": "L"}
_PRIME_MINISTERS = {"Chỉ thị": "CT"}  # the type whose bare number of his has one form, by code
_DIRECTIVES_ADMINISTRATIVE = dt.date(2009, 1, 1)  # Luật Ban hành VBQPPL 2008 in force: no directive is normative
# The issuers, folded as the sentence names them, and their codes (Nghị định 30/2020/NĐ-CP's practice).
_MINISTRIES = {
    "bo quoc phong": "BQP", "bo cong an": "BCA", "bo noi vu": "BNV", "bo tai chinh": "BTC", "bo y te": "BYT",
    "bo giao duc va dao tao": "BGDĐT", "bo tu phap": "BTP", "bo ke hoach va dau tu": "BKHĐT",
    "bo lao dong - thuong binh va xa hoi": "BLĐTBXH", "bo lao dong thuong binh va xa hoi": "BLĐTBXH",
    "bo lao dong, thuong binh va xa hoi": "BLĐTBXH", "bo cong thuong": "BCT", "bo xay dung": "BXD",
    "bo nong nghiep va phat trien nong thon": "BNNPTNT", "bo giao thong van tai": "BGTVT",
    "bo tai nguyen va moi truong": "BTNMT", "bo thong tin va truyen thong": "BTTTT",
    "bo van hoa, the thao va du lich": "BVHTTDL", "bo van hoa the thao va du lich": "BVHTTDL",
    "bo khoa hoc va cong nghe": "BKHCN", "bo ngoai giao": "BNG", "ngan hang nha nuoc viet nam": "NHNN",
    "ngan hang nha nuoc": "NHNN", "thanh tra chinh phu": "TTCP",
}
_BODIES = {**_MINISTRIES, "chinh phu": "CP", "thu tuong chinh phu": "TTg", "thu tuong": "TTg", "quoc hoi": "QH"}
_BODY = "|".join(re.escape(b) for b in sorted(_BODIES, key=len, reverse=True))
_DATE = r"ngay\s+(?P<d>\d{1,2})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<y>(?:19|20)\d{2})" \
        r"|ngay\s+(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+nam\s+(?P<y2>(?:19|20)\d{2})"
# Folded, right after the number: its signing day, then "của" and the body ("của" first, the day after it).
_DAY_THEN_BODY = re.compile(rf"\s*,?\s*(?:{_DATE})\s*,?\s*cua\s+(?P<body>{_BODY})(?![a-z])")
_BODY_THEN_DAY = re.compile(rf"\s*,?\s*cua\s+(?P<body>{_BODY})(?![a-z])\s*,?\s*(?:ban hanh\s+)?(?:{_DATE.replace('?P<', '?P<b')})")
# Its year alone, then the body: "Thông tư số 111 năm 2013 của Bộ Tài chính" (round 123). Enough for the symbols
# that need only the year (a Nghị định's, a ministry's Thông tư's), not for a Luật's term nor an older directive.
_YEAR_THEN_BODY = re.compile(rf"\s*,?\s*nam\s+(?P<year>(?:19|20)\d{{2}})\s*,?\s*cua\s+(?P<body>{_BODY})(?![a-z])")
# The Quốc hội's terms by the day each opened (a Luật's symbol carries the term that passed it).
_TERMS = ((dt.date(2002, 7, 19), "QH11"), (dt.date(2007, 7, 19), "QH12"), (dt.date(2011, 7, 21), "QH13"),
          (dt.date(2016, 7, 20), "QH14"), (dt.date(2021, 7, 20), "QH15"))
_TERMS_END = dt.date(2026, 3, 31)  # the fifteenth term's last session; the next one's day is not known here


def state_symbol(folded_after: str, type_word: str, n: str) -> tuple[str, str, int | None] | None:
    """The whole symbol of the bare number `n` of a `type_word` (number, issuer part, year), from the
    folded text right after the number; None unless the type, the issuer and the year are certain."""
    issued = _DAY_THEN_BODY.match(folded_after) or _BODY_THEN_DAY.match(folded_after)
    day = _day(issued) if issued else None
    if day is None:
        return _by_year(_YEAR_THEN_BODY.match(folded_after), type_word, n)
    body, code = _BODIES[issued["body"]], STATE_ONLY_CODES.get(type_word)
    if type_word in _PRIME_MINISTERS and body == "TTg":
        if day < _DIRECTIVES_ADMINISTRATIVE:
            return None  # a directive of the older laws may carry its year: not certain
        issuer = f"{_PRIME_MINISTERS[type_word]}-TTg"
        return f"{n}/{issuer}", issuer, day.year  # his administrative form: no year in the symbol
    if _year_form(code, issued["body"]):
        return f"{n}/{day.year}/{code}-{body}", f"{code}-{body}", day.year
    term = _term(day) if code == "L" and body == "QH" else None
    return (f"{n}/{day.year}/{term}", term, day.year) if term else None


def _by_year(issued: re.Match | None, type_word: str, n: str) -> tuple[str, str, int] | None:
    """A Nghị định of the Government or a ministry's Thông tư given its year alone: number/year/type-issuer."""
    if issued is None:
        return None
    body, code, year = _BODIES[issued["body"]], STATE_ONLY_CODES.get(type_word), int(issued["year"])
    return (f"{n}/{year}/{code}-{body}", f"{code}-{body}", year) if _year_form(code, issued["body"]) else None


def _year_form(code: str | None, named: str) -> bool:
    """A Nghị định of the Government or a ministry's Thông tư (`named`: the body as the sentence folds it): always
    normative, its symbol number/year/type-issuer."""
    return code == "NĐ" and _BODIES[named] == "CP" or code == "TT" and named in _MINISTRIES


def _day(found: re.Match) -> dt.date | None:
    groups = found.groupdict()
    for d, m, y in (("d", "m", "y"), ("d2", "m2", "y2"), ("bd", "bm", "by"), ("bd2", "bm2", "by2")):
        if groups.get(y):
            try:
                return dt.date(int(groups[y]), int(groups[m]), int(groups[d]))
            except ValueError:
                return None  # no such day: nothing is certain
    return None


def _term(day: dt.date) -> str | None:
    if day > _TERMS_END or day < _TERMS[0][0]:
        return None
    return [term for opened, term in _TERMS if opened <= day][-1]

