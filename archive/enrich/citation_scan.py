"""Find document citations in one passage: the pattern table (enrich/citation_patterns.py) applied,
overlaps settled. Each family of numbers has its own reader (citation_party.py, citation_state.py,
citation_resolutions.py and the letters' modules); this module decides which of them a passage can
need at all, cites the registry's aliases and settles overlaps. Deciding which document each
citation names is enrich/citations.py's job.
"""
from __future__ import annotations

import re
import weakref

from archive.enrich import citation_patterns as rp
from archive.enrich.citation_party import party_numbers
from archive.enrich.citation_passage import Cite, Passage, make_cite
from archive.enrich.citation_resolutions import bare_numbers, congresses, plenums
from archive.enrich.citation_state import dashed_state, old_forms, state_numbers
from archive.enrich.dispatch_numbers import dispatch_numbers
from archive.enrich.ministry_hyphens import cheap_gate, ministry_hyphens
from archive.enrich.party_letters import party_letters
from archive.enrich.state_letters import state_letters
from archive.registry.documents import PARTY, STATE, DocumentRegistry
from archive.text.spans import Spans

_DIGIT = re.compile(r"\d")


def scan(p: Passage, registry: DocumentRegistry) -> list[Cite]:
    # Each pattern needs something a quick look can rule out: numbered documents a
    # "/" or a hyphen ("105-QĐ-TW", the older state form "64-CP"), bare numbers a
    # digit, plenum and congress resolutions "nghị quyết" or "NQ".
    folded = p.folded
    cites = _aliases(p, registry)
    slash, hyphen = "/" in folded, "-" in folded
    if (slash or hyphen) and rp.PARTY_SHAPE.search(folded):
        cites += party_numbers(p)
    if slash and rp.STATE_SHAPE.search(p.text):
        cites += state_numbers(p)
    if slash and ("van ban" in folded or "cong van" in folded):  # "văn bản số 482/ĐUK" (party_letters.py)
        cites += _letters(p)
    if hyphen and any(issuer in p.text for issuer in rp.OLD_FORM_HYPHEN_ISSUERS):
        cites += old_forms(p, rp.STATE_OLD_HYPHEN, "-") + dashed_state(p)
    if hyphen and cheap_gate(folded):  # "Quyết định số 88-NV của Bộ Nội vụ" (ministry_hyphens.py)
        cites += _ministry_hyphens(p)
    if "nghi quyet" in folded or "nq" in folded:
        cites += [*plenums(p), *congresses(p)]
    if _DIGIT.search(folded):
        cites += bare_numbers(p)
    return settle(cites)


def _letters(p: Passage) -> list[Cite]:
    """A letter's number after "văn bản" or "công văn": a Party committee's (party_letters.py), then
    a state body's ("số 625/TTg-KGVX", dispatch_numbers.py; "số 2795/UBND", state_letters.py)."""
    cites = [make_cite(p, p.to_folded(s), p.to_folded(e), PARTY, number=n, issuer=i, type=t)
             for s, e, n, i, t in party_letters(p.text)]
    state = [*dispatch_numbers(p.text), *state_letters(p.text)]
    return cites + [make_cite(p, p.to_folded(s), p.to_folded(e), STATE, number=n, issuer=i, type=t)
                    for s, e, n, i, t in state]


def _ministry_hyphens(p: Passage) -> list[Cite]:
    """"số 88-NV" of a ministry its sentence names (ministry_hyphens.py), as printed."""
    cites = []
    for s, e, t in ministry_hyphens(p.folded):
        number = p.text[slice(*p.span(s, e))].replace(" ", "").replace("–", "-")
        cites.append(make_cite(p, s, e, STATE, number=number, issuer=number.split("-")[1], type=t))
    return cites


def settle(cites: list[Cite]) -> list[Cite]:
    """The cites that overlap no better one (lower priority, then longer, then earlier),
    in reading order (text/spans.py: n log n, not quadratic on a long passage)."""
    taken = Spans()
    kept = [cite for cite in sorted(cites, key=lambda c: (c.priority, c.start - c.end, c.start))
            if taken.take(cite.start, cite.end)]
    return sorted(kept, key=lambda c: c.start)


def _aliases(p: Passage, registry: DocumentRegistry) -> list[Cite]:
    first_words, any_alias, patterns = _alias_patterns(registry)
    if not any(word in p.folded for word in first_words) or not any_alias.search(p.folded):
        return []  # most passages name no document by alias
    cites = []
    for pattern, doc in patterns:
        for m in pattern.finditer(p.folded):
            cites.append(make_cite(p, m.start(), m.end(), doc.kind, priority=1, doc=doc))
    return cites


_ALIAS_PATTERNS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _alias_pattern(alias: str) -> str:
    """One alias's words, any run of spaces between them, not inside a longer word."""
    return r"(?<![a-z0-9])" + r"\s+".join(map(re.escape, alias.split())) + r"(?![a-z0-9])"


def _alias_patterns(registry: DocumentRegistry) -> tuple[list[str], re.Pattern, list]:
    """The aliases' first words (a quick look), one pattern for any alias, and one
    pattern per alias (they may overlap; scan() settles that); made once per registry."""
    if registry not in _ALIAS_PATTERNS:
        aliases = registry.aliases()
        patterns = [(re.compile(_alias_pattern(alias)), doc) for alias, doc in aliases]
        # The quick look leaves word edges to `patterns`: a pattern that opens with a
        # lookbehind is tried at every position, one that opens with text is not (30x).
        any_alias = re.compile("|".join(r"\s+".join(map(re.escape, alias.split())) for alias, _ in aliases)
                               or "(?!)")
        first_words = sorted({alias.split()[0] for alias, _ in aliases if alias.split()})
        _ALIAS_PATTERNS[registry] = (first_words, any_alias, patterns)
    return _ALIAS_PATTERNS[registry]
