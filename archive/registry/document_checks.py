"""Checks of one registry entry (corpus/documents.yml) and the vocabulary they use.

Kept apart from documents.py so that each stays short; documents.py builds the
`Document`s and runs the checks that span entries.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from archive.registry.loader import Record
from archive.errors import Problem, nearest
from archive.text.normalize import slug

PARTY, STATE, PLENUM = "party", "state", "plenum"
KINDS = (PARTY, STATE, PLENUM)

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

# Type words a registry entry may use (Party first, then state).
TYPE_WORDS = (
    "Nghị quyết", "Chỉ thị", "Kết luận", "Quy định", "Quyết định", "Quy chế", "Hướng dẫn",
    "Kế hoạch", "Chương trình", "Đề án", "Thông báo", "Thông báo kết luận", "Thông tri",
    "Báo cáo", "Tờ trình", "Công văn", "Nghị định", "Thông tư", "Thông tư liên tịch", "Luật",
)

# Party numbers: "18-NQ/TW", "01-CTr/TU", "24-KH/BTCTU", joint issuers "-" joined.
PARTY_NUMBER = re.compile(
    r"^\d{1,4}-(NQ|CT|KL|QĐ|QĐi|QC|HD|KH|CTr|ĐA|TB|TT|BC|TTr|CV)/[A-ZĐ]{2,8}(-[A-ZĐ]{2,8})*$"
)
# State numbers: "123/2020/NĐ-CP", "91/2015/QH13", "719/QĐ-TTg".
STATE_NUMBER = re.compile(
    r"^\d{1,5}/((19|20)\d{2}/((UBTV)?QH\d{1,2}|[A-ZĐ]{1,6}(-[A-ZĐ][A-Za-zĐđ]{0,9})+)"
    r"|[A-ZĐ]{1,5}(-[A-ZĐ][A-Za-zĐđ]{0,9})+)$"
)

FIELDS = (
    "key", "number", "type", "kind", "issuer", "issuing_body", "date", "year", "term",
    "plenum", "congress", "title", "aliases", "replaces", "replaced_by",
)
TOP_KEY = "documents"


def roman(number: int) -> str:
    """1..39 as a Roman numeral (terms and congresses never go beyond)."""
    tens, units = divmod(number, 10)
    ones = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")
    return "X" * tens + ones[units]


def parse_term(text: str) -> str:
    """"XI", "xi" or "11" -> "XI"; "" when it is not a known term."""
    text = text.strip().upper()
    if text.isdecimal():
        text = roman(int(text)) if 0 < int(text) < 40 else ""
    return text if text in TERMS else ""


def term_of_year(year: int) -> str:
    """The term in force during most of `year` (congresses sit in January)."""
    found = ""
    for term, (start, _end) in TERMS.items():
        if start <= year:
            found = term
    return found


class EntryChecker:
    """Checks one YAML entry and turns it into Document fields, collecting problems."""

    def __init__(self, record: Record, display: str):
        self.record, self.display = record, display
        self.problems: list[Problem] = []

    def problem(self, message: str, hint: str, field: str | None = None) -> Problem:
        line = self.record.key_lines.get(field, self.record.line) if field else self.record.line
        return Problem(self.display, message, hint, line)

    def add(self, message: str, hint: str, field: str | None = None) -> None:
        self.problems.append(self.problem(message, hint, field))

    def fields(self) -> dict[str, Any] | None:
        data = self.record.data
        for name in data:
            if name not in FIELDS:
                guess = nearest(str(name), FIELDS)
                self.add(f"unknown field '{name}'",
                         f"did you mean '{guess}'?" if guess else f"known fields: {', '.join(FIELDS)}",
                         str(name))
        key = self._text("key", required=True)
        kind = self._choice("kind", KINDS)
        doc_type = self._choice("type", TYPE_WORDS)
        number = self._number(kind)
        date = self._date()
        year = self._year(date)
        term = self._term(year)
        plenum = self._plenum(term)
        congress = self._congress()
        issuer = self._issuer(number, kind)
        if kind == PLENUM and plenum is None and not congress:
            self.add("a 'plenum' entry needs 'plenum' and 'term', or 'congress'",
                     "say which plenum or congress adopted it", "kind")
        if key and key != slug(key):
            self.add(f"key '{key}' is not a slug", f"write it as '{slug(key)}'", "key")
        if not key or not kind or not doc_type:
            return None
        return dict(
            key=key, number=number, type=doc_type, kind=kind, issuer=issuer,
            issuing_body=self._text("issuing_body"), date=date, year=year, term=term,
            plenum=plenum, congress=congress, title=self._text("title"),
            aliases=self._list("aliases"), replaces=self._list("replaces"),
            replaced_by=self._list("replaced_by"),
        )

    def _text(self, field: str, required: bool = False) -> str:
        value = self.record.data.get(field)
        if value is None or value == "":
            if required:
                self.add(f"missing '{field}'", f"add '{field}: ...' to this entry")
            return ""
        return str(value).strip()

    def _list(self, field: str) -> tuple[str, ...]:
        value = self.record.data.get(field) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.add(f"'{field}' must be a list", f"write '{field}: [a, b]'", field)
            return ()
        return tuple(str(item).strip() for item in value if str(item).strip())

    def _choice(self, field: str, choices: tuple[str, ...]) -> str:
        value = self._text(field, required=True)
        if value and value not in choices:
            guess = nearest(value, choices)
            self.add(f"unknown {field} '{value}'",
                     f"did you mean '{guess}'?" if guess else f"use one of: {', '.join(choices)}",
                     field)
            return ""
        return value

    def _number(self, kind: str) -> str:
        number = self._text("number")
        if kind in (PARTY, STATE) and not number:
            self.add("missing 'number'", "party and state documents need their number, e.g. 18-NQ/TW")
        elif kind == PLENUM and number:
            self.add("a 'plenum' entry has no number", "use kind 'party' for a numbered resolution",
                     "number")
        elif number and kind == PARTY and not PARTY_NUMBER.match(number):
            self.add(f"malformed Party number '{number}'",
                     "write it as N-CODE/ISSUER with the code as published, e.g. 205-QĐ/TW, 01-CTr/TU",
                     "number")
        elif number and kind == STATE and not STATE_NUMBER.match(number):
            self.add(f"malformed state number '{number}'",
                     "write it as N/YYYY/CODE-ISSUER or N/CODE-ISSUER, e.g. 123/2020/NĐ-CP",
                     "number")
        return number

    def _date(self) -> dt.date | None:
        value = self.record.data.get("date")
        if value is None or value == "":
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        parsed = parse_date_text(str(value))
        if parsed is None:
            self.add(f"bad date '{value}': no such day or not a date",
                     "write YYYY-MM-DD (e.g. 2017-10-25) or leave the date empty and give 'year'",
                     "date")
        return parsed

    def _year(self, date: dt.date | None) -> int | None:
        value = self.record.data.get("year")
        if value is None:
            return date.year if date else None
        if not isinstance(value, int) or not 1930 <= value <= 2100:
            self.add(f"bad year '{value}'", "write the four-digit year, e.g. 2017", "year")
            return None
        if date and date.year != value:
            self.add(f"year {value} does not match date {date.isoformat()}",
                     "fix one of them", "year")
        return value

    def _term(self, year: int | None) -> str:
        raw = self._text("term")
        if not raw:
            return ""
        term = parse_term(raw)
        if not term:
            self.add(f"unknown term '{raw}'", f"use one of: {', '.join(TERMS)}", "term")
        elif year is not None and not TERMS[term][0] <= year <= TERMS[term][1]:
            self.add(f"year {year} is outside term {term} ({TERMS[term][0]}-{TERMS[term][1]})",
                     "check the year and the term", "term")
        return term

    def _plenum(self, term: str) -> int | None:
        value = self.record.data.get("plenum")
        if value is None:
            return None
        if not isinstance(value, int) or not 1 <= value <= 20:
            self.add(f"bad plenum '{value}'", "write the plenum number, e.g. 4", "plenum")
            return None
        if not term:
            self.add("'plenum' needs 'term'", "add the term, e.g. 'term: XII'", "plenum")
        return value

    def _congress(self) -> str:
        raw = self._text("congress")
        if raw and not parse_term(raw):
            self.add(f"unknown congress '{raw}'", f"use one of: {', '.join(TERMS)}", "congress")
            return ""
        return parse_term(raw) if raw else ""

    def _issuer(self, number: str, kind: str) -> str:
        derived = number.rsplit("/", 1)[1] if "/" in number else ""
        given = self._text("issuer")
        if given and derived and given != derived:
            self.add(f"issuer '{given}' does not match number '{number}'",
                     f"drop 'issuer' (it is read from the number) or write '{derived}'", "issuer")
        return derived or given or ("TW" if kind == PLENUM else "")


def parse_date_text(text: str) -> dt.date | None:
    """ISO (YYYY-MM-DD) or day-first (D-M-YYYY, D/M/YYYY); None when impossible."""
    text = text.strip()
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    dmy = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text)
    try:
        if iso:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        if dmy:
            return dt.date(int(dmy[3]), int(dmy[2]), int(dmy[1]))
    except ValueError:
        return None
    return None
