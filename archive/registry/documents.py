"""The registry of known Party and state documents (corpus/documents.yml).

Reference extraction resolves citations against it: a number with a year, a
plenum of a term ("Nghị quyết TƯ 4 khóa XI"), a congress, or an alias. Contributors
extend the YAML file; `load_registry` checks it and reports every problem at once.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator


from archive.registry.document_checks import RELATIONS, SECTION, EntryChecker
from archive.registry.schema import Record, load_sections
from archive.registry.vocabulary import (  # noqa: F401 - re-exported vocabulary
    KINDS, TERMS, TYPE_WORDS, Kind, parse_term, roman, term_of_year,
)
from archive.errors import Problem, nearest
from archive.text.normalize import fold, folded_line

PARTY, STATE, PLENUM = Kind.PARTY, Kind.STATE, Kind.PLENUM


@dataclass(frozen=True)
class Document:
    """One known document. `number` is empty for a congress resolution."""

    key: str  # stable page name, "18-nq-tw-2017"
    number: str  # canonical number, "18-NQ/TW"
    type: str  # "Nghị quyết", "Quy định", ...
    kind: Kind  # party, state, or plenum (a plenum or congress resolution, no number)
    issuer: str = ""  # code after the slash: "TW", "TU", "VPTW"
    issuing_body: str = ""  # "Bộ Chính trị", "Ban Chấp hành Trung ương", "Thành ủy Hà Nội"
    date: dt.date | None = None
    year: int | None = None
    term: str = ""  # khóa, "XII"
    plenum: int | None = None  # 6 for "Hội nghị Trung ương 6"
    congress: str = ""  # "XIII" for a resolution of the XIII Congress
    title: str = ""  # subject, in Vietnamese
    aliases: tuple[str, ...] = ()
    summary: str = ""  # one sentence for readers
    signer: str = ""  # as printed under the document
    source: str = ""  # the full text on an official site
    status: str = ""  # a key of STATUSES, "" when not checked
    replaces: tuple[str, ...] = ()
    replaced_by: tuple[str, ...] = ()
    guides: tuple[str, ...] = ()  # documents whose carrying out this one guides
    guided_by: tuple[str, ...] = ()


def number_key(number: str) -> str:
    """Lookup form of a number: folded, leading zeros dropped, QĐi = QĐ."""
    key = fold(number).replace(" ", "").replace("qdi/", "qd/")
    return re.sub(r"^0+(?=\d)", "", key)


def fold_alias(text: str) -> str:
    return folded_line(text)


class DocumentRegistry:
    """Known documents with the lookups reference extraction needs."""

    def __init__(self, documents: Iterable[Document] = ()):
        self._by_key: dict[str, Document] = {}
        self._by_number: dict[str, list[Document]] = {}
        self._by_plenum: dict[tuple[int, str], list[Document]] = {}
        self._by_congress: dict[str, list[Document]] = {}
        self._by_alias: dict[str, Document] = {}
        for doc in documents:
            self._add(doc)

    def _add(self, doc: Document) -> None:
        self._by_key[doc.key] = doc
        if doc.number:
            self._by_number.setdefault(number_key(doc.number), []).append(doc)
        if doc.plenum is not None and doc.term:
            self._by_plenum.setdefault((doc.plenum, doc.term), []).append(doc)
        if doc.congress:
            self._by_congress.setdefault(doc.congress, []).append(doc)
        for alias in doc.aliases:
            self._by_alias[fold_alias(alias)] = doc

    def __len__(self) -> int:
        return len(self._by_key)

    def __iter__(self) -> Iterator[Document]:
        return iter(self._by_key.values())

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def get(self, key: str) -> Document | None:
        return self._by_key.get(key)

    def by_number(self, number: str) -> tuple[Document, ...]:
        """Every known document with this number, all terms (numbers restart each term)."""
        return tuple(self._by_number.get(number_key(number), ()))

    def find(self, number: str, year: int) -> Document | None:
        """The document with this number issued in `year`."""
        return next((d for d in self.by_number(number) if d.year == year), None)

    def by_plenum(self, plenum: int, term: str) -> tuple[Document, ...]:
        return tuple(self._by_plenum.get((plenum, parse_term(term)), ()))

    def by_congress(self, term: str) -> tuple[Document, ...]:
        return tuple(self._by_congress.get(parse_term(term), ()))

    def by_alias(self, text: str) -> Document | None:
        return self._by_alias.get(fold_alias(text))

    def aliases(self) -> tuple[tuple[str, Document], ...]:
        """(folded alias, document) pairs, longest first, for scanning text."""
        return tuple(sorted(self._by_alias.items(), key=lambda item: -len(item[0])))


# ---------------------------------------------------------------- loading


def load_registry(path: Path, display: str) -> DocumentRegistry:
    """Read and check the registry; every problem found goes into one ArchiveError."""
    loaded = load_sections(path, display, (SECTION,))
    records = loaded.records[SECTION.key]
    problems: list[Problem] = []
    documents: list[Document] = []
    first_line: dict[str, int] = {}
    for record in records:
        checker = EntryChecker(record, display)
        fields = checker.fields()
        problems.extend(checker.problems)
        key = record.get("key", "")
        if not key:
            continue
        if key in first_line:
            problems.append(checker.problem(
                f"duplicate key '{key}' (first used on line {first_line[key]})",
                "give each document its own key", "key"))
            continue
        first_line.setdefault(key, record.line)
        if fields is not None:
            documents.append(Document(**fields))
    problems.extend(_cross_problems(documents, records, display))
    loaded.raise_problems(problems)
    return DocumentRegistry(_link_relations(documents))


def _cross_problems(documents: list[Document], records: list[Record], display: str) -> list[Problem]:
    """Checks across entries: aliases claimed twice, replacement links, same number+year."""
    lines: dict[str, Record] = {}
    for record in records:
        lines.setdefault(record.get("key", ""), record)  # a repeated key was reported: the first one counts
    keys = {doc.key for doc in documents}
    problems: list[Problem] = []
    owner: dict[str, str] = {}
    identity: dict[tuple[str, int | None], str] = {}
    replaced = {old: doc.key for doc in documents for old in doc.replaces}
    replaced.update({doc.key: doc.replaced_by[0] for doc in documents if doc.replaced_by})
    for doc in documents:
        record = lines[doc.key]
        for index, alias in enumerate(doc.aliases):
            folded = fold_alias(alias)
            if owner.get(folded, doc.key) != doc.key:
                problems.append(Problem(display, f"alias '{alias}' is claimed by '{owner[folded]}' and '{doc.key}'",
                                        "an alias must name one document: remove it from one entry",
                                        record.item_line("aliases", index)))
            owner.setdefault(folded, doc.key)
        for field in (name for pair in RELATIONS for name in pair):
            for index, target in enumerate(getattr(doc, field)):
                if target not in keys:
                    guess = nearest(target, keys)
                    problems.append(Problem(display, f"'{field}' names unknown key '{target}'",
                                            f"did you mean '{guess}'?" if guess else "add that document first",
                                            record.item_line(field, index)))
        for field in (name for pair in RELATIONS for name in pair):
            if doc.key in getattr(doc, field):
                problems.append(Problem(display, f"'{doc.key}' names itself in '{field}'",
                                        "a document relates to other documents only", record.line_of(field)))
        if doc.status in ("in_force", "expired") and doc.key in replaced:
            problems.append(Problem(display, f"'{doc.key}' has status '{doc.status}' but '{replaced[doc.key]}' "
                                    "replaces it", "drop 'status': a replaced document is 'replaced'",
                                    record.line_of("status")))
        if doc.number:
            ident = (number_key(doc.number), doc.year)
            if ident in identity:
                problems.append(Problem(display, f"'{doc.key}' repeats {doc.number} of {doc.year} (see '{identity[ident]}')",
                                        "merge the two entries", record.line_of("number")))
            identity.setdefault(ident, doc.key)
    return problems


def _link_relations(documents: list[Document]) -> list[Document]:
    """Fill in the other direction of each link (replaces/replaced_by, guides/guided_by),
    so one side is enough in the YAML; a replaced document's status follows."""
    linked = {name: {d.key: set(getattr(d, name)) for d in documents} for pair in RELATIONS for name in pair}
    for doc in documents:
        for forward, backward in RELATIONS:
            for other in getattr(doc, forward):
                linked[backward][other].add(doc.key)
            for other in getattr(doc, backward):
                linked[forward][other].add(doc.key)
    out = []
    for d in documents:
        fields = {name: tuple(sorted(keys[d.key])) for name, keys in linked.items()}
        status = "replaced" if fields["replaced_by"] else d.status
        out.append(dataclasses.replace(d, status=status, **fields))
    return out
