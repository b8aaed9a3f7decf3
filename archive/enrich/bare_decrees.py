"""A government decree printed with its number and year but no symbol ("Nghị định số 29/2015 quy định ...")
is N/YEAR/NĐ-CP: since 1998 every Nghị định of the Government is numbered so, and only the Government
issues decrees. Read only right after the type word ("Nghị định thư", a protocol, is no decree), only
when no symbol follows ("29/2015/NĐ-CP" is read by the scan) and no other body is named as its issuer
after it ("Nghị định số 12/2001 của Hội đồng ...": not certain, left out)."""
from __future__ import annotations

import re

from archive.enrich.citation_passage import Cite, Passage, make_cite
from archive.registry.documents import STATE

_DECREE = re.compile(r"(?<![a-z])nghi dinh\s+(?:so\s+)?(?P<num>\d{1,4})\s*/\s*(?P<year>(?:199[89]|20\d\d))"
                     r"(?![\w/–-]|\s*[/–-]\s*[a-z]|[.,]\d)")
_OTHER_ISSUER = re.compile(r"[^.;]{0,20}\bcua\s+(?:hoi dong|bo\b|uy ban|ubnd|hdnd|quoc hoi|chu tich|thu tuong)")


def bare_decrees(p: Passage, found: list[Cite]) -> list[Cite]:
    """The decrees of `p` printed "Nghị định (số) N/YEAR", that no cite in `found` covers already."""
    if "nghi dinh" not in p.folded:  # cheap gate
        return []
    cites = []
    for m in _DECREE.finditer(p.folded):
        if _OTHER_ISSUER.match(p.folded, m.end()):
            continue
        cite = make_cite(p, m.start(), m.end(), STATE, number=f"{m['num']}/{m['year']}/NĐ-CP", issuer="NĐ-CP",
                     type="Nghị định", year=int(m["year"]))
        if not any(c.passage == cite.passage and c.start < cite.end and cite.start < c.end for c in found):
            cites.append(cite)
    return cites
