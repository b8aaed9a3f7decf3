"""The declaration of corpus/documents.yml and the checks of one entry that it
cannot express (number formats, dates, terms, fields that depend on each other).

Kept apart from registry/documents.py so that each stays short; registry/documents.py builds the
`Document`s and runs the checks that span entries.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from archive.errors import Problem
from archive.registry.schema import INT, KEY, TEXT, TEXTS, URL, Field, Record, Section
from archive.registry.vocabulary import (  # noqa: F401 - re-exported vocabulary
    KINDS, PARTY_CODES, STATUSES, TERMS, TYPE_WORDS, Kind, parse_term, roman, term_of_year,
)

PARTY, STATE, PLENUM = Kind.PARTY, Kind.STATE, Kind.PLENUM

# Party numbers: "18-NQ/TW", "01-CTr/TU", "24-KH/BTCTU", joint issuers "-" joined.
PARTY_NUMBER = re.compile(
    r"^\d{1,4}-(" + "|".join(sorted(PARTY_CODES, key=len, reverse=True)) + r")/[A-ZĐ]{2,8}(-[A-ZĐ]{2,8})*$"
)
# State numbers: "123/2020/NĐ-CP", "91/2015/QH13", "719/QĐ-TTg".
STATE_NUMBER = re.compile(
    r"^\d{1,5}/((19|20)\d{2}/((UBTV)?QH\d{1,2}|[A-ZĐ]{1,6}(-[A-ZĐ][A-Za-zĐđ]{0,9})+)"
    r"|[A-ZĐ]{1,5}(-[A-ZĐ][A-Za-zĐđ]{0,9})+)$"
)

TOP_KEY = "documents"
SECTION = Section(TOP_KEY, "document", (
    Field("key", KEY, "stable page name, '<number>-<year>' in lower case, e.g. 18-nq-tw-2017", required=True),
    Field("number", TEXT, "the number as published: 18-NQ/TW, 123/2020/NĐ-CP; none for a congress"),
    Field("type", TEXT, "the type word: Nghị quyết, Chỉ thị, Quy định...", required=True, choices=TYPE_WORDS),
    Field("kind", TEXT, "party | state | plenum", required=True, choices=KINDS),
    Field("issuer", TEXT, "the code after the slash; read from the number when left out"),
    Field("issuing_body", TEXT, "who adopted it: Bộ Chính trị, Ban Bí thư..."),
    Field("date", TEXT, "day of issue, YYYY-MM-DD, only when checked"),
    Field("year", INT, "year of issue", bounds=(1930, 2100)),
    Field("term", TEXT, "Party term (khóa): X, XI, XII, XIII, XIV"),
    Field("plenum", INT, "plenum number within the term; needs 'term'", bounds=(1, 20)),
    Field("congress", TEXT, "for a congress resolution: the congress, e.g. XIII"),
    Field("title", TEXT, "subject in Vietnamese"),
    Field("aliases", TEXTS, "other names articles use; each names one document only"),
    Field("summary", TEXT, "one sentence on what the document does, for readers"),
    Field("signer", TEXT, "who signed it, as the document prints it: T/M Bộ Chính trị ... Trần Quốc Vượng"),
    Field("source", URL, "address of the full text on an official site, checked"),
    Field("status", TEXT, "in_force | expired | replaced (replaced_by implies replaced)",
          choices=tuple(STATUSES)),
    Field("replaces", TEXTS, "keys of documents this one replaces"),
    Field("replaced_by", TEXTS, "keys of documents that replace this one"),
    Field("guides", TEXTS, "keys of documents whose carrying out this one guides or plans"),
    Field("guided_by", TEXTS, "keys of documents that guide or plan the carrying out of this one"),
))
# Relations written on one side only; the loader fills in the other (registry/documents.py).
RELATIONS = (("replaces", "replaced_by"), ("guides", "guided_by"))
FIELDS = SECTION.names()


class EntryChecker:
    """Checks one YAML entry and turns it into Document fields, collecting problems."""

    def __init__(self, record: Record, display: str):
        self.record, self.display = record, display
        self.problems: list[Problem] = []

    def problem(self, message: str, hint: str, field: str | None = None) -> Problem:
        return Problem(self.display, message, hint, self.record.line_of(field))

    def add(self, message: str, hint: str, field: str | None = None) -> None:
        self.problems.append(self.problem(message, hint, field))

    def fields(self) -> dict[str, Any] | None:
        """Document fields, or None when the entry lacks what identifies it."""
        values = self.record.values
        key, kind, doc_type = values.get("key"), values.get("kind"), values.get("type")
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
        if not key or not kind or not doc_type:
            return None
        return dict(
            key=key, number=number, type=doc_type, kind=Kind(kind), issuer=issuer,
            issuing_body=values.get("issuing_body", ""), date=date, year=year, term=term,
            plenum=plenum, congress=congress, title=values.get("title", ""),
            aliases=values.get("aliases", ()), summary=values.get("summary", ""),
            signer=values.get("signer", ""), source=values.get("source", ""), status=self._status(),
            **{name: values.get(name, ()) for pair in RELATIONS for name in pair},
        )

    def _status(self) -> str:
        status = self.record.get("status", "")
        if self.record.get("replaced_by") and status not in ("", "replaced"):
            self.add(f"status '{status}' but 'replaced_by' names a replacement",
                     "drop 'status' (a replaced document is 'replaced') or the replacement", "status")
        return "replaced" if self.record.get("replaced_by") else status

    def _number(self, kind: str | None) -> str:
        number = self.record.get("number", "")
        if kind in (PARTY, STATE) and not number and "number" not in self.record.refused:
            self.add(f"a {kind} document has no 'number'",
                     "party and state documents need their number, e.g. 18-NQ/TW")
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
        value = self.record.get("date")
        if not value:
            return None
        parsed = parse_date_text(value)
        if parsed is None:
            self.add(f"bad date '{value}': no such day or not a date",
                     "write YYYY-MM-DD (e.g. 2017-10-25) or leave the date empty and give 'year'",
                     "date")
        return parsed

    def _year(self, date: dt.date | None) -> int | None:
        value = self.record.get("year")
        if value is None:
            return date.year if date and "year" not in self.record.refused else None
        if date and date.year != value:
            self.add(f"year {value} does not match date {date.isoformat()}",
                     "fix one of them", "year")
        return value

    def _term(self, year: int | None) -> str:
        raw = self.record.get("term", "")
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
        value = self.record.get("plenum")
        if value is None:
            return None
        if not term:
            self.add("'plenum' needs 'term'", "add the term, e.g. 'term: XII'", "plenum")
        return value

    def _congress(self) -> str:
        raw = self.record.get("congress", "")
        if raw and not parse_term(raw):
            self.add(f"unknown congress '{raw}'", f"use one of: {', '.join(TERMS)}", "congress")
            return ""
        return parse_term(raw) if raw else ""

    def _issuer(self, number: str, kind: str) -> str:
        derived = number.rsplit("/", 1)[1] if "/" in number else ""
        given = self.record.get("issuer", "")
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
