"""Find the documents an article cites and resolve them against the registry.

Two steps: `citescan.scan` finds citations passage by passage (pattern table in
enrich/citation_patterns.py), then `_resolve` decides which document each one names, using the
whole article: a bare "Kết luận số 14" refers back to an earlier 14-KL/TW, a
plenum cited without its term is read in the article's term, and mentions of the
same unregistered number share what any one of them says (year, committee).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from archive.enrich import citation_patterns as rp
from archive.enrich.citation_issuers import Issued, certain_for, issuer_named
from archive.enrich.citation_passage import Cite, Passage
from archive.enrich.citation_scan import scan
from archive.enrich.association_codes import association_document
from archive.enrich.company_letters import board_document, company_letter
from archive.enrich.bare_decrees import bare_decrees
from archive.enrich.shared_mentions import share_identity
from archive.enrich.symbol_underscores import mend_underscores
from archive.enrich.state_numbers import STATE_ONLY_CODES, state_symbol
from archive.enrich.state_orders import state_orders
from archive.registry.documents import (PARTY, PLENUM, STATE, TERMS, Document, DocumentRegistry, fold_alias,
                                        term_of_year)
from archive.models import Article, DocumentRef
from archive.text.normalize import fold, slug


def _scanned(p: Passage, registry: DocumentRegistry) -> list[Cite]:
    """The scan's cites, and the decrees printed with no symbol (bare_decrees.py)."""
    found = scan(p, registry)
    return found + bare_decrees(p, found)


def extract_references(article: Article, registry: DocumentRegistry) -> tuple[DocumentRef, ...]:
    """Every document citation in the article's passages, in reading order."""
    passages = article.passages()
    cites = [c for index, text in enumerate(passages) for c in _scanned(Passage(index, mend_underscores(text)), registry)
             if not company_letter(text, c) and not board_document(c) and not association_document(text, c)]
    cites = state_orders(_resolve(cites, article, registry))  # one state number printed in both orders
    sentences = {index: Sentences(passages[index]) for index in {c.passage for c in cites}}
    return tuple(_to_ref(c, sentences[c.passage], article) for c in cites)


def document_for_ref(ref: DocumentRef, registry: DocumentRegistry) -> Document | None:
    """The registry entry a resolved reference names (for page rendering)."""
    return registry.get(ref.key) if ref.resolved else None


# ---------------------------------------------------------------- resolving


def _resolve(cites: list[Cite], article: Article, registry: DocumentRegistry) -> list[Cite]:
    seen: dict[tuple[str, int], Cite] = {}  # (code, number) -> first numbered cite
    for cite in cites:
        if cite.number and cite.kind == PARTY:
            cite.doc = _registered(cite, article, registry)
            seen.setdefault(_code_and_number(cite.number), cite)
    plenum_terms = {c.plenum: c.term for c in cites if c.kind == PLENUM and c.plenum and c.term}
    for cite in cites:
        if cite.bare:
            _resolve_bare(cite, seen, article, registry)
        elif cite.kind == PLENUM and cite.doc is None:
            _resolve_plenum(cite, plenum_terms, article, registry)
        elif cite.kind == STATE and cite.doc is None:
            cite.doc = _registered(cite, article, registry)
    kept = [c for c in cites if not c.drop]
    for cite in kept:
        if cite.kind == STATE:  # "35/2019/ NĐ- CP" is 35/2019/NĐ-CP
            cite.number = _squashed(cite.number)
            cite.issuer = re.sub(r"\s+", "", cite.issuer).replace("–", "-")
    share_identity(kept)
    return kept


def _registered(cite: Cite, article: Article, registry: DocumentRegistry) -> Document | None:
    """The registry document with this number: same year when one is given, else the
    latest issued before the article (numbers restart each term)."""
    candidates = [d for d in registry.by_number(cite.number)
                  if _same_committee(cite, d) and (d.year is None or d.year <= article.year)]
    if cite.year:
        candidates = [d for d in candidates if d.year == cite.year
                      and (cite.date is None or d.date is None or d.date == cite.date)]
    candidates.sort(key=lambda d: d.year or 0, reverse=True)
    return candidates[0] if candidates else None


def _same_committee(cite: Cite, doc: Document) -> bool:
    """Central numbers are unique per year; a TU/HU number also needs its committee."""
    if cite.issuer.endswith("TW") or cite.kind == STATE:
        return True
    return bool(cite.place) and fold(cite.place) in fold(doc.issuing_body)


def _resolve_bare(cite: Cite, seen: dict, article: Article, registry: DocumentRegistry) -> None:
    code, n = cite.bare
    state = state_symbol(cite.after, cite.type, cite.text[len(cite.text.rstrip("0123456789")):]) \
        if cite.plenum is None and not cite.body else None
    if state or cite.type in STATE_ONLY_CODES:  # "Thông tư số 02 ngày 08/01/2016 của Bộ Quốc phòng"
        _take_state_symbol(cite, state, article, registry)
        return
    if cite.plenum is not None:
        term = cite.term or term_of_year(article.year)
        docs = [d for d in registry.by_plenum(cite.plenum, term) if _number_is(d, code, n)]
        cite.term = term
        _take(cite, docs[0] if len(docs) == 1 else None, code, n)
    elif (code, n) in seen:
        first = seen[(code, n)]
        cite.number, cite.issuer, cite.year, cite.place, cite.doc = (
            first.number, first.issuer, first.year, first.place, first.doc)
        cite.type = first.type
    elif cite.body:
        if not certain_for(code, "TW", cite.body):
            cite.drop = True  # "Hướng dẫn số 14 của Ban Chấp hành Trung ương": the Secretariat's or a commission's?
            return
        docs = [d for d in registry.by_number(f"{n}-{code}/TW")
                if d.issuing_body == cite.body and (d.year or 0) <= article.year]
        recent = [d for d in docs if d.term == term_of_year(article.year)]
        _take(cite, docs[0] if len(docs) == 1 else (recent[0] if len(recent) == 1 else None), code, n)
        _qdi(cite, cite.body, cite.year or article.year)
    else:
        found = issuer_named(article.passages()[cite.passage], cite)
        if found is None or not certain_for(code, found.issuer, found.body):
            cite.drop = True  # "Nghị quyết số 09 về ...": nothing says whose or which
            return
        _take_issued(cite, found, code, n, article, registry)
    seen.setdefault((code, n), cite)


def _squashed(number: str) -> str:
    """A state number without stray spaces, but for the one a ministry's older series prints
    between the number and its code ("1867 QĐ/TCCB-3"): that one is the number as printed."""
    series = re.match(r"\d+ (?=[A-ZĐ]{2,4}/)", number)
    keep = series.group() if series else ""
    return keep + re.sub(r"\s+", "", number[len(keep):]).replace("–", "-")


def _code_and_number(number: str) -> tuple[str, int] | None:
    """"18-NQ/TW" -> ("NQ", 18): what a bare "Nghị quyết 18" can be matched on."""
    head = number.split("/")[0].split("-", 1)
    if len(head) != 2 or not head[0].isdecimal():
        return None
    return head[1].replace("QĐi", "QĐ"), int(head[0])


def _number_is(doc: Document, code: str, n: int) -> bool:
    return _code_and_number(doc.number) == (code, n)


def _take(cite: Cite, doc: Document | None, code: str, n: int) -> None:
    """Give a bare cite its number: the registry's, or a Central one it is sure of."""
    cite.doc = doc
    cite.number = doc.number if doc else f"{n:02d}-{code}/TW"
    cite.bare = None


# ---------------------------------------------------------------- bare numbers, by issuer
# (who issued one, as its sentence names it: enrich/citation_issuers.py)


def _take_issued(cite: Cite, found: Issued, code: str, n: int, article: Article,
                 registry: DocumentRegistry) -> None:
    """A bare number made whole by its issuer: "Chỉ thị số 12 của Ban Thường vụ Tỉnh ủy"
    is 12-CT/TU, "Hướng dẫn số 26 của Ban Tổ chức Trung ương" 26-HD/BTCTW."""
    if found.issuer == "TTg":
        _take_state(cite, found, code, n)
        return
    if found.issuer == "TW":
        body = rp.CENTRAL_BODIES.get(found.body, "Ban Chấp hành Trung ương")
        docs = [d for d in registry.by_number(f"{n}-{code}/TW") if (d.year or 0) <= article.year]
        _take(cite, docs[0] if len(docs) == 1 else None, code, n)
        _qdi(cite, body, found.year or article.year)
    else:
        cite.doc, cite.bare = None, None
        cite.number, cite.issuer = f"{n:02d}-{code}/{found.issuer}", found.issuer
        cite.place = cite.place or found.place
    cite.year = cite.year or found.year


def _take_state(cite: Cite, found: Issued, code: str, n: int) -> None:
    """The Prime Minister's directive, in the state's form ("15/CT-TTg"); his other numbers
    carry a year the sentence does not give, so they are not made whole."""
    if code != "CT":
        cite.drop = True
        return
    cite.doc, cite.bare, cite.kind = None, None, STATE
    cite.number, cite.issuer = f"{n}/CT-TTg", "TTg"


def _take_state_symbol(cite: Cite, state: tuple[str, str, int | None] | None, article: Article,
                       registry: DocumentRegistry) -> None:
    """A state document's bare number made whole by enrich/state_numbers.py; not cited when it could not be."""
    if state is None:
        cite.drop = True  # "Nghị định số 15 về ...": whose, and which year, the sentence does not say
        return
    cite.number, cite.issuer, cite.year = state
    cite.kind, cite.bare = STATE, None
    cite.doc = _registered(cite, article, registry)


def _qdi(cite: Cite, body: str, year: int) -> None:
    """Regulations of the Central Committee and the Secretariat were numbered "QĐi" in
    2018-2019 (05-QĐi/TW, 08-QĐi/TW, 09-QĐi/TW); the Politburo's kept "QĐ"."""
    if (cite.doc is None and cite.number.endswith("-QĐ/TW") and 2018 <= year <= 2019
            and body in ("Ban Bí thư", "Ban Chấp hành Trung ương")):
        cite.number = cite.number.replace("-QĐ/TW", "-QĐi/TW")


def _resolve_plenum(cite: Cite, plenum_terms: dict, article: Article, registry: DocumentRegistry) -> None:
    if cite.congress:
        docs = registry.by_congress(cite.term)
        cite.year = TERMS[cite.term][0]
    else:
        cite.term = cite.term or plenum_terms.get(cite.plenum) or term_of_year(article.year)
        docs = tuple(d for d in registry.by_plenum(cite.plenum, cite.term) if d.type == "Nghị quyết")
    named = registry.by_alias(cite.text)
    cite.doc = named if named in docs else docs[0] if len(docs) == 1 else _by_subject(docs, cite.after)


def _by_subject(docs: tuple[Document, ...], after: str) -> Document | None:
    """One plenum adopts several resolutions: the subject written after the citation
    ("... khóa XII về “Tập trung xây dựng đội ngũ cán bộ ...”") tells which."""
    words = set(re.findall(r"[a-z0-9]+", fold_alias(after)))
    found = [d for d in docs if d.title and _covers(words, fold_alias(d.title))]
    return found[0] if len(found) == 1 else None


def _covers(words: set[str], title: str) -> bool:
    """Most of the title's first words occur in the text after the citation."""
    head = re.findall(r"[a-z0-9]+", title)[:8]
    return len(head) >= 3 and sum(w in words for w in head) >= 0.8 * len(head)


# ---------------------------------------------------------------- output


def _to_ref(cite: Cite, sentences: "Sentences", article: Article) -> DocumentRef:
    doc, text = cite.doc, sentences.text
    return DocumentRef(
        key=doc.key if doc else _key(cite, article),
        number=doc.number if doc else cite.number,
        type=doc.type if doc else cite.type,
        kind=doc.kind if doc else cite.kind,
        issuer=doc.issuer if doc else cite.issuer,
        year=doc.year if doc else cite.year,
        text=text[cite.start:cite.end],
        sentence=sentences.around(cite.start, cite.end),
        passage=cite.passage, start=cite.start, end=cite.end,
        resolved=doc is not None,
        place="" if doc else cite.place,
        term=cite.local_term if cite.kind == PARTY else "",
    )


def _key(cite: Cite, article: Article) -> str:
    """Stable page name of an unregistered document: its identity, spelled out."""
    term = (cite.term or term_of_year(article.year)).lower()
    if cite.kind == PLENUM and cite.plenum is None:
        return f"nq-dai-hoi-{term}"
    if cite.kind == PLENUM:
        return f"nq-hntw-{cite.plenum}-khoa-{term}"
    base = slug(cite.number)
    if cite.place:
        base += "-" + slug(cite.place)
    if cite.kind == STATE:
        return base if not cite.year or str(cite.year) in cite.number else f"{base}-{cite.year}"
    return f"{base}-{cite.year}" if cite.year else f"{base}-khoa-{term}"


class Sentences:
    """Where one passage's sentences end, found once for all its citations: looking
    again from the start for each one made a long single-line passage quadratic."""

    def __init__(self, text: str):
        self.text = text
        found = list(rp.SENTENCE_END.finditer(text))
        self.starts = [m.start() for m in found]  # in order, and so are the ends: matches never overlap
        self.ends = [m.end() for m in found]
        self.closes = [m.start() + len(m.group().rstrip()) for m in found]  # the end, less its spaces

    def around(self, start: int, end: int) -> str:
        """The sentence containing text[start:end], the citation always inside it: from the
        last sentence end at or before `start` to the first one after, at or past `end`."""
        before = bisect_right(self.ends, start)
        begin = self.ends[before - 1] if before else 0
        after = max(before, bisect_left(self.starts, end))
        finish = self.closes[after] if after < len(self.starts) else len(self.text)
        return self.text[begin:finish].strip()
