"""A state document printed in the Party's order beside its own state form (round 61): "Nghị quyết
872-NQ/UBTVQH14" in one sentence and "872/NQ-UBTVQH14" in another. A state body numbers its document
"number/type-issuer" (or "number/year/type-issuer"); the Party numbers "number-type/issuer". A page that
prints the same number, type and state issuer both ways names one document, and its state form is the
right one: the Party-order mention takes it, so the document is listed once, where it first stands.

Only when both forms are printed in the article: a state number printed only in the Party's order is
listed as printed (a misprint is not mended on a guess). Only for a state issuer (the Standing Committee,
the Assembly, the Government, the Prime Minister, a People's Committee or council, a ministry, a
department: state_letters.STATE_LETTER_ISSUERS and the issuers that print their term); a Party
committee's number ("15-NQ/TW", "05-CTr/TU") is in its own order and stays.
"""
from __future__ import annotations

import re

from archive.enrich.citation_passage import Cite
from archive.enrich.state_letters import STATE_LETTER_ISSUERS
from archive.text.normalize import fold

_PARTY_ORDER = re.compile(r"(?P<num>\d{1,5})-(?P<code>[^\W\d_]{1,6})/(?P<iss>[^\W_][\w.-]*)")
_STATE_ORDER = re.compile(r"(?P<num>\d{1,5})/(?:\d{4}/)?(?P<code>[^\W\d_]{1,6})-(?P<iss>[^\W_][\w.-]*)")
# Issuers that print their term after their initials ("UBTVQH14", "QH15"), folded, and the Government.
_TERMED = frozenset({"ubtvqh", "qh", "cp"})


def state_orders(cites: list[Cite]) -> list[Cite]:
    """`cites`, each Party-order mention of a state number also printed in state order given that form."""
    states: dict[tuple[str, str, str], Cite] = {}
    for cite in cites:
        found = _STATE_ORDER.fullmatch(cite.number) if cite.number else None
        if found:
            states.setdefault(_key(found), cite)
    for cite in cites:
        found = _PARTY_ORDER.fullmatch(cite.number) if cite.number else None
        model = states.get(_key(found)) if found and _state_issuer(found["iss"]) else None
        if model is not None:
            year = model.year or cite.year
            cite.number, cite.issuer, cite.kind, cite.type, cite.doc = \
                model.number, model.issuer, model.kind, model.type or cite.type, model.doc or cite.doc
            cite.year = model.year = year
    return cites


def _key(found: re.Match) -> tuple[str, str, str]:
    return found["num"].lstrip("0"), fold(found["code"]), fold(found["iss"])


def _state_issuer(issuer: str) -> bool:
    """A state body's initials, its term's number after them or not ("UBTVQH14", "UBND", "TTg")."""
    code = fold(issuer).rstrip("0123456789")
    return code in _TERMED or code in STATE_LETTER_ISSUERS
