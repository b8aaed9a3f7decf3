"""Find the documents an article cites and resolve them against the registry.

Two steps: `_scan` finds citations passage by passage (pattern table in
refpatterns.py), then `_resolve` decides which document each one names, using the
whole article: a bare "Kết luận số 14" refers back to an earlier 14-KL/TW, a
plenum cited without its term is read in the article's term, and mentions of the
same unregistered number share what any one of them says (year, committee).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import refpatterns as rp
from .documents import (PARTY, PLENUM, STATE, TERMS, Document, DocumentRegistry, fold_alias,
                        number_key, parse_term, term_of_year)
from .models import Article, DocumentRef
from .normalize import fold, fold_with_offsets, slug

_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})  # 1:1, keeps offsets


@dataclass
class _Cite:
    """A citation being worked on; becomes a DocumentRef at the end."""

    passage: int
    start: int
    end: int
    kind: str
    priority: int = 0  # lower wins when two citations overlap
    number: str = ""
    type: str = ""
    issuer: str = ""
    year: int | None = None
    date: dt.date | None = None
    place: str = ""  # local committee's place ("Hà Nội") for TU/HU documents
    plenum: int | None = None
    term: str = ""
    bare: tuple[str, int] | None = None  # (code, number) of "Nghị quyết 39"
    body: str = ""  # Central body named after a bare number
    congress: bool = False
    text: str = ""  # the citation as written
    after: str = ""  # folded text that follows, for telling documents apart by subject
    doc: Document | None = None
    drop: bool = False


class _Passage:
    """A passage with its folded form and offset maps both ways."""

    def __init__(self, index: int, text: str):
        self.index, self.text = index, text.translate(_ETH)
        self.folded, self.origin = fold_with_offsets(self.text)
        self.to_folded = [len(self.folded)] * (len(self.text) + 1)
        for at in range(len(self.origin) - 1, -1, -1):
            self.to_folded[self.origin[at]] = at

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Folded [start, end) -> passage [start, end)."""
        if start >= end:
            at = self.origin[start] if start < len(self.origin) else len(self.text)
            return at, at
        return self.origin[start], self.origin[end - 1] + 1

    def original(self, start: int, end: int) -> str:
        begin, finish = self.span(start, end)
        return self.text[begin:finish]


def extract_references(article: Article, registry: DocumentRegistry) -> tuple[DocumentRef, ...]:
    """Every document citation in the article's passages, in reading order."""
    passages = article.passages()
    cites = [c for index, text in enumerate(passages) for c in _scan(_Passage(index, text), registry)]
    cites = _resolve(cites, article, registry)
    return tuple(_to_ref(c, passages[c.passage], article) for c in cites)


def document_for_ref(ref: DocumentRef, registry: DocumentRegistry) -> Document | None:
    """The registry entry a resolved reference names (for page rendering)."""
    return registry.get(ref.key) if ref.resolved else None


# ---------------------------------------------------------------- scanning


def _scan(p: _Passage, registry: DocumentRegistry) -> list[_Cite]:
    cites = [*_party_numbers(p), *_state_numbers(p), *_plenums(p), *_congresses(p),
             *_aliases(p, registry), *_bare_numbers(p)]
    kept: list[_Cite] = []
    for cite in sorted(cites, key=lambda c: (c.priority, c.start - c.end, c.start)):
        if all(cite.end <= k.start or cite.start >= k.end for k in kept):
            kept.append(cite)
    return sorted(kept, key=lambda c: c.start)


def _type_before(p: _Passage, at: int) -> tuple[str, int]:
    """Type word written right before folded position `at`, and where it starts."""
    window = max(0, at - 45)
    found = rp.TYPE_BEFORE.search(p.folded, window, at)
    if not found:
        return "", at
    return rp.TYPE_WORDS[found["type"]], found.start()


def _date_after(p: _Passage, at: int) -> tuple[dt.date | None, int]:
    found = rp.DATE_AFTER.match(p.folded, at)
    date = rp.date_from(found) if found else None
    return date, found.end() if date else at


def _place_after(p: _Passage, at: int) -> str:
    """"Hà Nội" from "của Thành ủy Hà Nội (khóa XVII)": capitalised words only."""
    found = rp.LOCAL_BODY_AFTER.match(p.folded, at)
    if not found or not found["place"]:
        return ""
    words = []
    for word in p.original(found.start("place"), found.end("place")).split():
        if not word[:1].isupper():
            break
        words.append(word)
    return " ".join(words)


def _party_numbers(p: _Passage) -> list[_Cite]:
    cites = []
    for pattern in (rp.PARTY_NUMBER, rp.PARTY_MANGLED):
        for m in pattern.finditer(p.folded):
            issuer_text = p.original(m.start("iss"), m.end("iss"))
            if issuer_text != issuer_text.upper() or rp.NOT_A_DOCUMENT_BEFORE.search(p.folded, max(0, m.start() - 12), m.start()):
                continue  # "5 ct/ngày" is prose, not a Party number
            code = rp.CODES[m["code"]]
            issuer = rp.canonical_issuer(issuer_text)
            written, start = _type_before(p, m.start())
            date, end = _date_after(p, m.end())
            cites.append(_cite(p, start, end, PARTY, number=f"{m['num']}-{code}/{issuer}", issuer=issuer,
                               type=_party_type(written, code), date=date,
                               year=date.year if date else None, place=_place_after(p, end)))
    return cites


def _party_type(written: str, code: str) -> str:
    """The written type word when it fits the code (it tells Quy định from Quyết định)."""
    return written if rp.TYPE_CODES.get(written) == code.replace("QĐi", "QĐ") else rp.CODE_TYPES[code]


def _state_numbers(p: _Passage) -> list[_Cite]:
    cites = []
    for m in rp.STATE_WITH_YEAR.finditer(p.text):
        cites.append(_state_cite(p, m, f"{m['num']}/{m['year']}/{m['code']}", m["code"], int(m["year"])))
    for m in rp.STATE_NO_YEAR.finditer(p.text):
        if fold(m["iss"]) not in rp.PARTY_ISSUERS:
            issuer = f"{m['code']}-{m['iss']}"
            cites.append(_state_cite(p, m, f"{m['num']}/{issuer}", issuer, None))
    return cites


def _state_cite(p: _Passage, m: re.Match, number: str, issuer: str, year: int | None) -> _Cite:
    written, start = _type_before(p, p.to_folded[m.start()])
    date, end = _date_after(p, p.to_folded[m.end()])
    return _cite(p, start, end, STATE, number=number, issuer=issuer, date=date,
                 type=written or rp.STATE_TYPES.get(rp.state_code(issuer), "Văn bản"),
                 year=year or (date.year if date else None))


def _plenums(p: _Passage) -> list[_Cite]:
    cites = []
    for m in rp.PLENUM_RESOLUTION.finditer(p.folded):
        if not _plenum_ok(p, m):
            continue
        plenum = rp.ordinal(m["ord"] or m["plenum"])
        term = parse_term(m["term"]) if m["term"] else ""
        end = m.end() if term or not m["term"] else m.end("ord" if m["ord"] else "plenum")
        cites.append(_cite(p, m.start(), end, PLENUM, type="Nghị quyết", issuer="TW",
                           plenum=plenum, term=term))
    return cites


def _congresses(p: _Passage) -> list[_Cite]:
    cites = []
    for m in rp.CONGRESS_RESOLUTION.finditer(p.folded):
        written = p.original(m.start("term"), m.end("term"))
        term = parse_term(written) if written.isupper() else ""
        if term:
            cites.append(_cite(p, m.start(), m.end(), PLENUM, type="Nghị quyết", issuer="TW",
                               term=term, congress=True))
    return cites


def _aliases(p: _Passage, registry: DocumentRegistry) -> list[_Cite]:
    cites = []
    for alias, doc in registry.aliases():
        pattern = r"(?<![a-z0-9])" + r"\s+".join(map(re.escape, alias.split())) + r"(?![a-z0-9])"
        for m in re.finditer(pattern, p.folded):
            cites.append(_cite(p, m.start(), m.end(), doc.kind, priority=1, doc=doc))
    return cites


def _bare_numbers(p: _Passage) -> list[_Cite]:
    """"Nghị quyết 18, 19 của Hội nghị Trung ương 6 khóa XII": one cite per number."""
    cites = []
    for m in rp.BARE_NUMBERS.finditer(p.folded):
        doc_type = rp.TYPE_WORDS[m["type"]]
        code = rp.TYPE_CODES.get(doc_type)
        if not code:
            continue
        plenum_ctx = rp.PLENUM_AFTER.match(p.folded, m.end())
        body_ctx = rp.CENTRAL_BODY_AFTER.match(p.folded, m.end())
        numbers = list(re.finditer(r"\d+", p.folded[m.start("nums"):m.end("nums")]))
        for i, n in enumerate(numbers):
            start = m.start() if i == 0 else m.start("nums") + n.start()
            cite = _cite(p, start, m.start("nums") + n.end(), PARTY, priority=2, type=doc_type,
                         bare=(code, int(n.group())), issuer="TW")
            if plenum_ctx and _plenum_ok(p, plenum_ctx):
                cite.plenum = rp.ordinal(plenum_ctx["ord"] or plenum_ctx["plenum"])
                cite.term = parse_term(plenum_ctx["term"] or "")
            elif body_ctx:
                cite.body = rp.CENTRAL_BODIES[body_ctx["body"]]
            cites.append(cite)
    return cites


def _plenum_ok(p: _Passage, m: re.Match) -> bool:
    """False when the "tu" of the match was written "từ" (from), not "TƯ"."""
    token = "tw1" if m["tw1"] else "tw2"
    return m[token] != "tu" or "Ư" in p.original(m.start(token), m.end(token)).upper()


def _cite(p: _Passage, start: int, end: int, kind: str, **fields) -> _Cite:
    """A cite from folded offsets."""
    begin, finish = p.span(start, end)
    return _Cite(p.index, begin, finish, kind, text=p.text[begin:finish],
                 after=p.folded[end:end + 300], **fields)


# ---------------------------------------------------------------- resolving


def _resolve(cites: list[_Cite], article: Article, registry: DocumentRegistry) -> list[_Cite]:
    seen: dict[tuple[str, int], _Cite] = {}  # (code, number) -> first numbered cite
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
    _share_identity(kept)
    return kept


def _registered(cite: _Cite, article: Article, registry: DocumentRegistry) -> Document | None:
    """The registry document with this number: same year when one is given, else the
    latest issued before the article (numbers restart each term)."""
    candidates = [d for d in registry.by_number(cite.number)
                  if _same_committee(cite, d) and (d.year is None or d.year <= article.year)]
    if cite.year:
        candidates = [d for d in candidates if d.year == cite.year
                      and (cite.date is None or d.date is None or d.date == cite.date)]
    candidates.sort(key=lambda d: d.year or 0, reverse=True)
    return candidates[0] if candidates else None


def _same_committee(cite: _Cite, doc: Document) -> bool:
    """Central numbers are unique per year; a TU/HU number also needs its committee."""
    if cite.issuer.endswith("TW") or cite.kind == STATE:
        return True
    return bool(cite.place) and fold(cite.place) in fold(doc.issuing_body)


def _resolve_bare(cite: _Cite, seen: dict, article: Article, registry: DocumentRegistry) -> None:
    code, n = cite.bare
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
        docs = [d for d in registry.by_number(f"{n}-{code}/TW")
                if d.issuing_body == cite.body and (d.year or 0) <= article.year]
        recent = [d for d in docs if d.term == term_of_year(article.year)]
        _take(cite, docs[0] if len(docs) == 1 else (recent[0] if len(recent) == 1 else None), code, n)
    else:
        cite.drop = True  # "Nghị quyết số 09 về ...": nothing says whose or which
        return
    seen.setdefault((code, n), cite)


def _code_and_number(number: str) -> tuple[str, int] | None:
    """"18-NQ/TW" -> ("NQ", 18): what a bare "Nghị quyết 18" can be matched on."""
    head = number.split("/")[0].split("-", 1)
    if len(head) != 2 or not head[0].isdecimal():
        return None
    return head[1].replace("QĐi", "QĐ"), int(head[0])


def _number_is(doc: Document, code: str, n: int) -> bool:
    return _code_and_number(doc.number) == (code, n)


def _take(cite: _Cite, doc: Document | None, code: str, n: int) -> None:
    """Give a bare cite its number: the registry's, or a Central one it is sure of."""
    cite.doc = doc
    cite.number = doc.number if doc else f"{n:02d}-{code}/TW"
    cite.bare = None


def _resolve_plenum(cite: _Cite, plenum_terms: dict, article: Article, registry: DocumentRegistry) -> None:
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


def _share_identity(cites: list[_Cite]) -> None:
    """Unregistered mentions of one number share the year and committee any gives."""
    first: dict[str, _Cite] = {}
    for cite in cites:
        if cite.doc or not cite.number:
            continue
        model = first.setdefault(number_key(cite.number), cite)
        cite.year = cite.year or (model.year if not cite.date else None)
        cite.place = cite.place or model.place
        if model.year is None and cite.year:
            model.year = cite.year


# ---------------------------------------------------------------- output


def _to_ref(cite: _Cite, text: str, article: Article) -> DocumentRef:
    doc = cite.doc
    return DocumentRef(
        key=doc.key if doc else _key(cite, article),
        number=doc.number if doc else cite.number,
        type=doc.type if doc else cite.type,
        kind=doc.kind if doc else cite.kind,
        issuer=doc.issuer if doc else cite.issuer,
        year=doc.year if doc else cite.year,
        text=text[cite.start:cite.end],
        sentence=_sentence(text, cite.start, cite.end),
        passage=cite.passage, start=cite.start, end=cite.end,
        resolved=doc is not None,
    )


def _key(cite: _Cite, article: Article) -> str:
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


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence containing text[start:end], the citation always inside it."""
    begin, finish = 0, len(text)
    for m in rp.SENTENCE_END.finditer(text):
        if m.end() <= start:
            begin = m.end()
        elif m.start() >= end:
            finish = m.start() + len(m.group().rstrip())
            break
    return text[begin:finish].strip()
