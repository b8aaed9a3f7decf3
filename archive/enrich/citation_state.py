"""State document numbers in their printed forms: "15/2020/NĐ-CP" (with a year), "474/UBND-VP7" (no
year), "1867 QĐ/TCCB-3" (a spaced series), "282 /KHHĐNVQS" (the type word's code glued to its
issuer), the older "64-CP" and "184/VT/QL" (only after a state type word) and a state decision in the
Party's dash form, "2513-QĐ/TTg". Decides which matches of the pattern table are a state body's
(never a Party committee's or a mass organisation's) and which type word, date and listed numbers
go with each. Asked by citation_scan.scan.
"""
from __future__ import annotations

import re

from archive.enrich import citation_patterns as rp
from archive.enrich.citation_context import date_after, listed_before, type_before
from archive.enrich.citation_passage import Cite, Passage, make_cite
from archive.registry.documents import STATE
from archive.text.normalize import fold


def state_numbers(p: Passage) -> list[Cite]:
    """The passage's state numbers written with a slash."""
    cites = []
    for m in rp.STATE_WITH_YEAR.finditer(p.text):
        number = f"{m['num']}/{m['year']}{m['sep']}{m['code']}"
        cites += _state_cites(p, m, number, m["code"], int(m["year"]))
    for m in rp.STATE_NO_YEAR.finditer(p.text):
        folded = fold(m["iss"])
        if (folded not in rp.PARTY_ISSUERS or folded in rp.STEERING_ISSUERS) and not rp.mass_organisation(folded) \
                and not rp.joint_with_a_trade_union(m["code"], folded) \
                and rp.typed_unit(m, p.folded, p.to_folded(m.start())):  # "Công văn số 474/UBND-VP7"
            issuer = f"{m['code']}{m['dot'] or '-'}{''.join(m['iss'].split())}"  # "UBTVQH 14" -> "UBTVQH14"
            cites += _state_cites(p, m, f"{m['num']}/{issuer}", issuer, None)
    for m in rp.STATE_SPACED_SERIES.finditer(p.text):
        folded = fold(m["iss"])
        if m["code"] in rp.STATE_TYPES and folded not in rp.PARTY_ISSUERS and not rp.mass_organisation(folded):
            number = f"{m['num']} {m['code']}/{m['iss']}-{m['series']}"
            cites += _state_cites(p, m, number, f"{m['code']}/{m['iss']}", None)
    return cites + old_forms(p, rp.STATE_OLD_FORM, "/") + _glued_codes(p)


def _glued_codes(p: Passage) -> list[Cite]:
    """"Kế hoạch số 282 /KHHĐNVQS": the type word's own code opens the run after the slash, and the
    initials after it are a state body's (a Party committee's or a mass organisation's are not cited so)."""
    cites = []
    for m in rp.STATE_GLUED_CODE.finditer(p.text):
        written, _ = type_before(p, p.to_folded(m.start()))
        code = rp.TYPE_CODES.get(written, "").upper()
        rest = fold(m["iss"][len(code):])
        if code and m["iss"].startswith(code) and len(rest) >= 2 and rest not in rp.PARTY_ISSUERS \
                and not rp.mass_organisation(rest):
            cites += _state_cites(p, m, f"{m['num']}/{m['iss']}", m["iss"], None)
    return cites


def old_forms(p: Passage, pattern: re.Pattern, joint: str) -> list[Cite]:
    """The older state form, "N/ISSUER" or "N-ISSUER", only after a state type word."""
    cites = []
    for m in pattern.finditer(p.text):
        written, _ = type_before(p, p.to_folded(m.start()))
        party = any(fold(part) in rp.PARTY_ISSUERS for part in m["iss"].split("/"))
        # a mass organisation's unit after a hyphen ("04/NQ/ĐCT-MTTW", the Fatherland Front's) is no state body's
        if written in rp.OLD_FORM_TYPES and not party and not rp.mass_organisation(fold(m["iss"].split("/")[-1])):
            cites += _state_cites(p, m, f"{m['num']}{joint}{m['iss']}", m["iss"], None)
    return cites


def dashed_state(p: Passage) -> list[Cite]:
    """"Quyết định 2513-QĐ/TTg": a state decision in the Party's dash form, listed as printed."""
    return [cite for m in rp.STATE_PARTY_DASH.finditer(p.text) if m["code"] in rp.STATE_TYPES
            for cite in _state_cites(p, m, f"{m['num']}-{m['code']}/{m['iss']}", f"{m['code']}-{m['iss']}", None)]


def _state_cites(p: Passage, m: re.Match, number: str, issuer: str, year: int | None) -> list[Cite]:
    """The state number of `m`, and the numbers listed before it that share its code
    ("Quyết định số 1234, 1235/QĐ-UBND")."""
    at = p.to_folded(m.start())
    if rp.FORM_BEFORE.search(p.folded, max(0, at - 20), at):
        return []  # "mẫu số 23/CK-TNCN": a form's code
    written, start = type_before(p, at)
    date, end = date_after(p, p.to_folded(m.end()))
    implied = rp.STATE_TYPES.get(rp.state_code(issuer))
    listed, written, start = listed_before(p, at, lambda word: word == implied, written, start)
    shared = number[len(m["num"]):]  # "/QĐ-UBND", "/2020/NĐ-CP"
    cites = [make_cite(p, begin, finish, STATE, number=f"{n}{shared}", issuer=issuer, type=written, year=year)
             for n, begin, finish in listed]
    return cites + [make_cite(p, start, end, STATE, number=number, issuer=issuer, date=date,
                              type=written or implied or "Văn bản", year=year or (date.year if date else None))]
