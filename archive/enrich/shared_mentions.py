"""Mentions of one unregistered number in one article share what any of them says: the year, the local
committee's place and its own term ("Chương trình 01-CTr/TU của Thành ủy Hà Nội (khóa XVII) ... Thực hiện
Chương trình 01-CTr/TU"), and a mention naming no committee is the registered document another mention
resolved to. Kept apart from citations.py's resolving, which asks it once the article's cites are resolved.
"""
from __future__ import annotations

from archive.enrich.citation_passage import Cite
from archive.registry.documents import number_key


def share_identity(cites: list[Cite]) -> None:
    """Unregistered mentions of one number share the year and committee any gives; one
    that names no committee is the registered document another mention resolved to
    ("Chương trình 01-CTr/TU của Thành ủy Hà Nội ... Thực hiện Chương trình 01-CTr/TU")."""
    known: dict[str, Cite] = {}
    for cite in cites:
        if cite.doc and cite.number:
            known.setdefault(number_key(cite.number), cite)
    for cite in cites:
        model = known.get(number_key(cite.number)) if cite.number and not cite.doc and not cite.place else None
        if model and not cite.date:
            cite.doc, cite.number, cite.issuer, cite.year = model.doc, model.number, model.issuer, model.year
    first: dict[str, Cite] = {}
    for cite in cites:
        if cite.doc or not cite.number:
            continue
        model = first.setdefault(number_key(cite.number), cite)
        cite.year = cite.year or (model.year if not cite.date else None)
        cite.place = cite.place or model.place
        if model.year is None and cite.year:
            model.year = cite.year
    # The committee's term, written once ("Chương trình 01-CTr/TU của Thành ủy (khóa XVII)")
    # anywhere in the article, holds for every mention; it names no page, so it goes both ways.
    terms: dict[str, str] = {}
    for cite in cites:
        if cite.number and cite.local_term:
            terms.setdefault(number_key(cite.number), cite.local_term)
    for cite in cites:
        if cite.number:
            cite.local_term = terms.get(number_key(cite.number), "")
