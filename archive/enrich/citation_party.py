"""Party document numbers, "21-NQ/TW" and the forms a typist mangles it into: which matches of the
pattern table's PARTY_NUMBER and PARTY_MANGLED are a Party document (issuer printed in capitals, not
a mass organisation's, not prose such as "5 ct/ngày" or "hồ sơ21"), and which type word, date, local
committee and listed numbers go with each. A number issued by the National Assembly's Standing
Committee with its term ("242-NQ/UBTVQH10") is cited as a state number. Asked by citation_scan.scan.
"""
from __future__ import annotations

import re

from archive.enrich import citation_patterns as rp
from archive.enrich.citation_context import date_after, listed_before, local_fields, type_before
from archive.enrich.citation_passage import Cite, Passage, make_cite
from archive.registry.documents import PARTY, STATE
from archive.text.normalize import fold


def party_numbers(p: Passage) -> list[Cite]:
    """Every Party number of the passage, and the numbers listed before each."""
    cites = []
    for pattern in (rp.PARTY_NUMBER, rp.PARTY_MANGLED):
        for m in pattern.finditer(p.folded):
            issuer_text, issuer_end = _issuer(p, m)
            before = rp.NOT_A_DOCUMENT_BEFORE.search(p.folded, max(0, m.start() - 12), m.start())
            if not issuer_text or before:
                continue  # "5 ct/ngày" is prose, not a Party number
            if _glued_to_a_word(p, m.start("num")):
                continue
            if rp.mass_organisation(fold(issuer_text)):
                continue  # "22 HD/TWĐTN": the Youth Union's, no Party document
            if rp.steering_state_order(m.group(), fold(issuer_text)):
                continue  # "07/CV-BCĐ": a steering committee's number in the state's order (citation_state.py)
            code = rp.CODES[m["code"]]
            issuer = rp.canonical_issuer(issuer_text)
            written, start = type_before(p, m.start())
            date, end = date_after(p, issuer_end)
            local = local_fields(p, end)
            listed, written, start = listed_before(
                p, m.start(), lambda word: rp.TYPE_CODES.get(word) == rp.CODE_VARIANTS.get(code, code),
                written, start)
            kind = STATE if rp.ASSEMBLY_WITH_TERM.fullmatch(issuer) else PARTY  # "242-NQ/UBTVQH10"
            doc_type = _party_type(written, code)
            for number, begin, finish in listed:
                cites.append(make_cite(p, begin, finish, kind, number=f"{number}-{code}/{issuer}",
                                       issuer=issuer, type=doc_type, **local))
            cites.append(make_cite(p, start, end, kind, number=f"{m['num']}-{code}/{issuer}", issuer=issuer,
                                   type=doc_type, date=date, year=date.year if date else None, **local))
    return cites


def _issuer(p: Passage, m: re.Match) -> tuple[str, int]:
    """The issuer as printed and its folded end: in capitals, or the whole number in lower case
    ("21-nq/tw"); capitals run into the word after them ("22-QĐ/TWcủa") end where it starts.
    ("", 0) when the match is prose ("5 ct/ngày")."""
    issuer_text = p.original(m.start("iss"), m.end("iss"))
    if _party_case(p, m, issuer_text):
        return issuer_text, m.end()
    glued = rp.ISSUER_RUN_INTO_WORD.fullmatch(issuer_text)
    if not glued:
        return "", 0
    begin, _ = p.span(m.start("iss"), m.end("iss"))
    return glued["iss"], p.to_folded(begin + glued.end("iss"))


def _glued_to_a_word(p: Passage, at: int) -> bool:
    """The number at folded `at` runs on from a word that is not "số" ("hồ sơ21" folds to
    "so21" too): the patterns let "so" run into a number, the original tells which it was."""
    begin, _ = p.span(at, at + 1)
    return p.text[begin - 1:begin].isalpha() and p.text[max(0, begin - 2):begin].lower() not in ("số", "so")


def _party_case(p: Passage, m: re.Match, issuer_text: str) -> bool:
    """A Party issuer is printed in capitals, or the whole number in lower case ("21-nq/tw"),
    or a Party issuer's first letter alone in capitals after a code in capitals ("21-NQ/Tw",
    "10-KH/Đu", "05-CT/Tư"), a hyphen after the number, as a typist's slip."""
    if issuer_text == issuer_text.upper():
        return True
    original = p.original(m.start(), m.end())
    if original == original.lower() and original == m.group():
        return bool(rp.LOWER_CASE_PARTY.fullmatch(original))
    code_text = p.original(m.start("code"), m.end("code"))
    rest_folds_to_itself = fold(issuer_text[1:]) == issuer_text[1:].replace("ư", "u")
    return (issuer_text[:1].isupper() and code_text[:1].isupper() and m["iss"] in rp.PARTY_ISSUERS
            and rest_folds_to_itself and bool(rp.HYPHEN_AFTER_NUMBER.match(m.group())))


def _party_type(written: str, code: str) -> str:
    """The written type word when it fits the code (it tells Quy định from Quyết định)."""
    fits = rp.TYPE_CODES.get(written) == rp.CODE_VARIANTS.get(code, code) and code not in rp.VARIANT_TYPE_WORDS
    return written if fits else rp.CODE_TYPES[code]
