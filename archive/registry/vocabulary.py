"""The document vocabulary, in one place: kinds, type words, Party codes, state codes
and Party terms (DESIGN.md section 4).

The registry checks documents.yml against it; citation extraction (enrich/) reads
text with it; the documents index (render/) titles its sections by kind.
"""
from __future__ import annotations

from enum import StrEnum

from archive.text.normalize import fold


class Kind(StrEnum):
    """What sort of document a citation or registry entry names. A StrEnum: each
    member is its string, so the export and the pages write "party" as before."""

    PARTY = "party"  # a numbered Party document: "18-NQ/TW"
    STATE = "state"  # a state legal document: "123/2020/NĐ-CP", "719/QĐ-TTg"
    PLENUM = "plenum"  # a plenum or congress resolution cited without a number


KINDS = tuple(Kind)
# Section titles of the documents index, in the order the index lists them.
KIND_TITLES = {
    Kind.PARTY: "Văn bản của Đảng",
    Kind.PLENUM: "Nghị quyết Hội nghị Trung ương, Đại hội (không số)",
    Kind.STATE: "Văn bản quy phạm pháp luật của Nhà nước",
}

# Party type words and their codes. Quy định and Quyết định share QĐ: only the word
# in front tells them apart; "Thông báo kết luận" is a Thông báo (TB). Besides the
# kinds of today's rules, the older Quyết nghị (QN, the 1940s-50s Central documents)
# and the Quy hoạch (QHo) of the cadre-planning documents.
PARTY_TYPES = (
    ("Nghị quyết", "NQ"), ("Chỉ thị", "CT"), ("Kết luận", "KL"), ("Quy định", "QĐ"),
    ("Quyết định", "QĐ"), ("Quy chế", "QC"), ("Hướng dẫn", "HD"), ("Kế hoạch", "KH"),
    ("Chương trình", "CTr"), ("Đề án", "ĐA"), ("Thông báo", "TB"), ("Thông báo kết luận", "TB"),
    ("Thông tri", "TT"), ("Báo cáo", "BC"), ("Tờ trình", "TTr"), ("Công văn", "CV"),
    ("Quyết nghị", "QN"), ("Quy hoạch", "QHo"),
)
# Spellings of a code that mean another kind's: QĐi, around 2018-2019, is QĐ; CTHĐ,
# a "chương trình hành động" some committees number apart, is a Chương trình (CTr);
# QĐNS, the Politburo's and Secretariat's personnel decisions ("quyết định nhân sự",
# 1355-QĐNS/TW), is a QĐ; LT (liên tịch) after a kind's code names a joint document of that
# kind, issued by two bodies at once ("05-HDLT/BTGTU-BTCTU", a joint Hướng dẫn). The number
# keeps the code as written; the type word is the kind's.
CODE_VARIANTS = {"QĐi": "QĐ", "CTHĐ": "CTr", "QĐNS": "QĐ", "HDLT": "HD", "KHLT": "KH"}
# A variant that names one type word of a shared code: a personnel decision is never a Quy định.
VARIANT_TYPE_WORDS = {"QĐNS": "Quyết định"}
# State codes (the part after the year) -> the type word they imply.
STATE_TYPES = {"NĐ": "Nghị định", "TT": "Thông tư", "TTLT": "Thông tư liên tịch", "QĐ": "Quyết định",
               "CT": "Chỉ thị", "NQ": "Nghị quyết", "KH": "Kế hoạch", "QH": "Luật", "UBTVQH": "Nghị quyết",
               "SL": "Sắc lệnh", "TTr": "Tờ trình", "CTr": "Chương trình"}
# The state type words the older form "N/ISSUER", with no code and no year, follows:
# "Nghị định số 143/HĐBT", "Quyết định 135/TTg", the President's "Sắc lệnh số 34/SL" (1945-1959).
OLD_FORM_STATE_TYPES = frozenset(STATE_TYPES[code] for code in ("NĐ", "QĐ", "CT", "TT", "NQ", "SL"))
# The issuers of that older form printed with a hyphen before them ("Nghị định 64-CP",
# "Quyết định 217-HĐBT", "Chỉ thị 237-TTg"): the Government, the Council of Ministers
# (1981-1992), the Prime Minister, the Council of State, the President's decrees.
OLD_FORM_HYPHEN_ISSUERS = ("CP", "HĐBT", "TTg", "HĐNN", "SL")

# Every type word a registry entry may use: Party first, then state.
TYPE_WORDS = tuple(dict.fromkeys([word for word, _ in PARTY_TYPES] + list(STATE_TYPES.values())))
# Type word -> its Party code.
TYPE_CODES = dict(PARTY_TYPES)
# Party code as canonically written (QĐ keeps its Đ), variants included.
PARTY_CODES = tuple(dict.fromkeys([code for _, code in PARTY_TYPES] + list(CODE_VARIANTS)))
# Code -> the type word it implies when a citation writes none. For QĐ that is Quy
# định: Central QĐ/TW documents cited in the news mostly are (the registry overrides it).
CODE_TYPES = {code: VARIANT_TYPE_WORDS.get(code) or next(w for w, c in PARTY_TYPES if c == CODE_VARIANTS.get(code, code))
              for code in PARTY_CODES}
# Folded forms, for matching text folded by normalize.fold: "nghi quyet", "qd".
FOLDED_TYPE_WORDS = {fold(word): word for word in TYPE_WORDS}
FOLDED_CODES = {fold(code): code for code in PARTY_CODES}

# Issuer codes (the part after the slash) -> the body, in full, as a reader names it.
# A local code (TU, HU, BTCTU...) names a kind of committee; which one, the citing
# sentence must say ("của Thành ủy Hà Nội"): see `issuing_body_name`.
ISSUER_BODIES = {
    "TW": "Trung ương Đảng", "BTCTW": "Ban Tổ chức Trung ương", "BTGTW": "Ban Tuyên giáo Trung ương",
    "BTGDVTW": "Ban Tuyên giáo và Dân vận Trung ương", "BDVTW": "Ban Dân vận Trung ương",
    "UBKTTW": "Ủy ban Kiểm tra Trung ương", "VPTW": "Văn phòng Trung ương Đảng",
    "BNCTW": "Ban Nội chính Trung ương", "BKTTW": "Ban Kinh tế Trung ương", "BĐNTW": "Ban Đối ngoại Trung ương",
    "ĐUQSTW": "Quân ủy Trung ương", "QUTW": "Quân ủy Trung ương", "ĐUCA": "Đảng ủy Công an Trung ương",
    "TU": "Tỉnh ủy", "BTCTU": "Ban Tổ chức Tỉnh ủy", "BTGTU": "Ban Tuyên giáo Tỉnh ủy",
    "UBKTTU": "Ủy ban Kiểm tra Tỉnh ủy", "BDVTU": "Ban Dân vận Tỉnh ủy",
    "BTGDVTU": "Ban Tuyên giáo và Dân vận Tỉnh ủy", "HU": "Huyện ủy", "QU": "Quận ủy", "TX": "Thị ủy",
    "ĐU": "Đảng ủy", "ĐUK": "Đảng ủy Khối", "CB": "Chi bộ",
    "CP": "Chính phủ", "NĐ-CP": "Chính phủ", "NQ-CP": "Chính phủ", "TTg": "Thủ tướng Chính phủ",
    "QĐ-TTg": "Thủ tướng Chính phủ", "CT-TTg": "Thủ tướng Chính phủ",
    "QH": "Quốc hội", "UBTVQH": "Ủy ban Thường vụ Quốc hội", "BNV": "Bộ Nội vụ",
    "TT-BNV": "Bộ Nội vụ", "UBND": "Ủy ban nhân dân",
}
# Cities under the central government: their committee is a Thành ủy, not a Tỉnh ủy
# (DESIGN.md: Huế joined them in 2025). Folded, to compare with a place as written.
CENTRAL_CITIES = ("ha noi", "ho chi minh", "tp hcm", "tp.hcm", "hai phong", "da nang", "can tho", "hue")
# Where a document stands, as a legal database says it. "replaced" is also what
# `replaced_by` implies, so an entry with a replacement need not say it.
STATUSES = {"in_force": "Còn hiệu lực", "expired": "Hết hiệu lực", "replaced": "Đã được thay thế"}


def issuing_body_name(code: str, place: str = "") -> str:
    """The body behind an issuer code, in full: "TU" of Hà Nội -> "Thành ủy Hà Nội";
    "TU" with no place -> "Tỉnh ủy hoặc Thành ủy"; "QH13" -> "Quốc hội"; "" when unknown."""
    body = ISSUER_BODIES.get(code) or ISSUER_BODIES.get(code.rstrip("0123456789"), "")
    if "Tỉnh ủy" in body:
        folded = fold(place)
        if not place:
            return body.replace("Tỉnh ủy", "Tỉnh ủy hoặc Thành ủy")
        city = any(folded == c or folded.endswith(" " + c) for c in CENTRAL_CITIES)
        return body.replace("Tỉnh ủy", "Thành ủy" if city else "Tỉnh ủy") + " " + place
    if place and body in ("Huyện ủy", "Quận ủy", "Thị ủy"):
        return f"{body} {place}"
    return body


# Party congress terms (khóa) and the years they span; a boundary year belongs to both.
TERMS: dict[str, tuple[int, int]] = {
    "VIII": (1996, 2001),
    "IX": (2001, 2006),
    "X": (2006, 2011),
    "XI": (2011, 2016),
    "XII": (2016, 2021),
    "XIII": (2021, 2026),
    "XIV": (2026, 2031),
}


def roman(number: int) -> str:
    """1..39 as a Roman numeral (terms and congresses never go beyond)."""
    tens, units = divmod(number, 10)
    ones = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")
    return "X" * tens + ones[units]


_TERM_NUMERALS = frozenset(roman(n) for n in range(1, 40))


def parse_term_numeral(text: str) -> str:
    """Any committee's term as written, "xvii" or "17" -> "XVII"; "" when not a numeral
    from 1 to 39 (a local committee's terms run past the Party's: Hà Nội's XVII)."""
    text = text.strip().upper()
    if text.isdecimal():
        return roman(int(text)) if 0 < int(text) < 40 else ""
    return text if text in _TERM_NUMERALS else ""


def parse_term(text: str) -> str:
    """"XI", "xi" or "11" -> "XI"; "" when it is not a known term of the Party."""
    term = parse_term_numeral(text)
    return term if term in TERMS else ""


def term_of_year(year: int) -> str:
    """The term in force during most of `year` (congresses sit in January)."""
    found = ""
    for term, (start, _end) in TERMS.items():
        if start <= year:
            found = term
    return found
