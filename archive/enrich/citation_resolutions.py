"""The Party's documents cited without a full number: a Central plenum's resolution ("Nghị quyết
Trung ương 4 khóa XII"), a Congress's resolution ("Nghị quyết Đại hội XIII") and a bare number
("Nghị quyết 18, 19 của Hội nghị Trung ương 6 khóa XII", "NQ 57"), one cite per number, with the
plenum or the Central body named after it. Decides when "tu" is the Centre ("TƯ") and not "từ"
(from), and that an abbreviated type is one only in capitals. Asked by citation_scan.scan.
"""
from __future__ import annotations

import re

from archive.enrich import citation_patterns as rp
from archive.enrich.citation_passage import Cite, Passage, make_cite
from archive.enrich.state_numbers import STATE_ONLY_CODES
from archive.registry.documents import PARTY, PLENUM, parse_term


def plenums(p: Passage) -> list[Cite]:
    """"Nghị quyết Trung ương 4 khóa XII": a Central plenum's resolution."""
    cites = []
    for m in rp.PLENUM_RESOLUTION.finditer(p.folded):
        if not _plenum_ok(p, m):
            continue
        plenum = rp.ordinal(m["ord"] or m["plenum"])
        term = parse_term(m["term"]) if m["term"] else ""
        end = m.end() if term or not m["term"] else m.end("ord" if m["ord"] else "plenum")
        cites.append(make_cite(p, m.start(), end, PLENUM, type="Nghị quyết", issuer="TW",
                               plenum=plenum, term=term))
    return cites


def congresses(p: Passage) -> list[Cite]:
    """"Nghị quyết Đại hội XIII": a Congress's resolution, its term in capitals."""
    cites = []
    for m in rp.CONGRESS_RESOLUTION.finditer(p.folded):
        written = p.original(m.start("term"), m.end("term"))
        term = parse_term(written) if written.isupper() else ""
        if term:
            cites.append(make_cite(p, m.start(), m.end(), PLENUM, type="Nghị quyết", issuer="TW",
                                   term=term, congress=True))
    return cites


def bare_numbers(p: Passage) -> list[Cite]:
    """"Nghị quyết 18, 19 của Hội nghị Trung ương 6 khóa XII": one cite per number."""
    cites = []
    abbreviated = [m for m in rp.BARE_ABBREVIATED.finditer(p.folded)
                   if p.original(m.start("type"), m.end("type")).isupper()]  # "NQ 57", never "ct 5"
    for m in [*rp.BARE_NUMBERS.finditer(p.folded), *abbreviated]:
        doc_type = rp.TYPE_WORDS.get(m["type"]) or rp.ABBREVIATED_TYPES[m["type"]]
        code = rp.TYPE_CODES.get(doc_type) or STATE_ONLY_CODES.get(doc_type)  # "Thông tư số 02": state_numbers.py
        if not code:
            continue
        plenum_ctx = rp.PLENUM_AFTER.match(p.folded, m.end())
        body_ctx = rp.CENTRAL_BODY_AFTER.match(p.folded, m.end())
        numbers = list(re.finditer(r"\d+", p.folded[m.start("nums"):m.end("nums")]))
        for i, n in enumerate(numbers):
            start = m.start() if i == 0 else m.start("nums") + n.start()
            cite = make_cite(p, start, m.start("nums") + n.end(), PARTY, priority=2, type=doc_type,
                             bare=(code, int(n.group())), issuer="TW")
            if plenum_ctx and _plenum_ok(p, plenum_ctx):
                cite.plenum = rp.ordinal(plenum_ctx["ord"] or plenum_ctx["plenum"])
                cite.term = parse_term(plenum_ctx["term"] or "")
            elif body_ctx:
                cite.body = rp.CENTRAL_BODIES[body_ctx["body"]]
            cites.append(cite)
    return cites


def _plenum_ok(p: Passage, m: re.Match) -> bool:
    """False when the "tu" of the match was written "từ" (from), not "TƯ"."""
    token = "tw1" if m["tw1"] else "tw2"
    return m[token] != "tu" or "Ư" in p.original(m.start(token), m.end(token)).upper()
