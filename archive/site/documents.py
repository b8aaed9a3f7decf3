"""Who issued a cited document, in which term, and what a reader calls it: in one
place, so that the documents index, a document's page, an article's list of cited
documents, search and the export say the same, and two documents that share a
number ("Chương trình 01-CTr/TU" of two committees or two terms) are told apart
everywhere they appear."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from archive.models import DocumentRef
from archive.registry.documents import Document, number_key
from archive.registry.vocabulary import Kind, issuing_body_name, term_of_year


@dataclass(frozen=True)
class Identity:
    """What tells a document apart from another of the same number."""

    issuing_body: str  # in full: "Thành ủy Hà Nội", "Bộ Chính trị"; "" when unknown
    term: str  # "XIII"; "" for state documents and when unknown
    term_from_citation: bool  # the term is that of the year an article cited it, not known
    local: bool = False  # a local committee's document: its term is the committee's own count


def document_name(number: str, type_word: str, title: str, fallback: str) -> str:
    """'Quy định 205-QĐ/TW' or, without a number, its title, else `fallback`."""
    if number:
        return f"{type_word} {number}".strip()
    return title or fallback


def base_label(ref: DocumentRef, info: Document | None = None) -> str:
    """A cited document's name: its number, else the registry's title, else the words cited."""
    return document_name(ref.number, ref.type, info.title if info else "", ref.text)


def identity(ref: DocumentRef, info: Document | None, first_cited_year: int) -> Identity:
    """The registry's facts when it knows the document; otherwise what the citing
    sentence gave (issuer code and place) and the years."""
    body = (info.issuing_body if info else "") or issuing_body_name(ref.issuer, ref.place)
    if ref.kind == Kind.STATE:
        return Identity(body, "", False)
    if ref.kind == Kind.PARTY and not ref.issuer.endswith("TW"):
        # a local committee counts its own terms (Hà Nội's XVII ran with the Party's
        # XIII): only the one written beside the citation is its term
        return Identity(body, ref.term, False, local=True)
    if info and info.term:
        return Identity(body, info.term, False)
    year = (info.year if info else None) or ref.year
    if year:
        return Identity(body, term_of_year(year), False)
    return Identity(body, term_of_year(first_cited_year), True)


def particular_body(ident: Identity) -> str:
    """The issuing body when it names one committee ("Thành ủy Hà Nội"), not a kind of one."""
    return ident.issuing_body if " hoặc " not in ident.issuing_body else ""


def distinct_labels(entries: Iterable[tuple[str, DocumentRef, Document | None, Identity, int]]) -> dict[str, str]:
    """key -> the label a reader sees: the base label, told apart from another cited
    document of the same number by its body and term ("Chương trình 01-CTr/TU của
    Thành ủy Hà Nội (khóa XIII)"), and by the first year cited when even those agree."""
    rows = list(entries)
    by_number: dict[str, list] = defaultdict(list)
    for row in rows:
        key, ref = row[0], row[1]
        by_number[number_key(ref.number) if ref.number else key].append(row)
    labels: dict[str, str] = {}
    for group in by_number.values():
        told = {row[0]: (particular_body(row[3]), row[3].term) for row in group}
        repeated = len(set(told.values())) < len(group)
        for key, ref, info, ident, cited in group:
            label = base_label(ref, info)
            if len(group) > 1:
                body, term = told[key]
                issued = (info.year if info else None) or ref.year
                when = f"năm {issued}" if issued else f"nhắc đến năm {cited}"
                by_year = repeated or not (body or term)  # nothing else tells it apart
                notes = ([f"khóa {term}"] if term else []) + ([when] if by_year else [])
                label += (f" của {body}" if body else "") + (f" ({', '.join(notes)})" if notes else "")
            labels[key] = label
    return labels
