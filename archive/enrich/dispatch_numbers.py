"""An official dispatch numbered "number/issuer-unit" (round 41): "Công văn số 625/TTg-KGVX",
"văn bản số 206/PCTNXH-HTNNTT". A công văn carries no type code: after the slash stand the issuing
body's initials and, after a hyphen, the drafting unit's (Nghị định 30/2020/NĐ-CP, appendix I). The
state patterns expect a type code of at most five capitals first, so an issuer written in mixed case
("TTg") or longer ("PCTNXH") was missed. Cited as printed only when "công văn" or "văn bản" stands right before
it, "số" between or not ("công văn 1088/LĐTBXH-TE", round 121); a Party committee's code first ("số 15/TU-VP" is the
Party's, read elsewhere), a number after another word ("Tổ số 4/AB-CD"), a code glued to more text or running on to a
third part ("301/CV-BCA-02X") is not such a dispatch, and neither is a mass organisation's letter
(citation_patterns.MASS_ORGANISATION_ISSUER, round 58).
"""
from __future__ import annotations

import re

from archive.enrich.citation_patterns import PARTY_ISSUERS, mass_organisation
from archive.text.normalize import fold

# A letter's type word as printed, "số", its number and the slash before its code: how a công văn or a
# văn bản is cited, here and in state_letters.py (its issuer alone, with no unit).
LETTER_OPENING = (r"(?<![^\W\d_])(?P<type>[Vv]ăn bản|[Cc]ông văn|VĂN BẢN|CÔNG VĂN)\s+(?:(?:số|Số|SỐ)\s*:?\s*)?"
                  r"(?P<num>\d{1,5})\s*/\s*")
# The drafting unit may be numbered ("VKSTC-T4", "BCA-V01", round 112): one to three capitals, then one or two figures,
# as citation_patterns reads an office's unit (round 59; a longer run is a product's code).
_DISPATCH = re.compile(LETTER_OPENING + r"(?P<iss>[A-ZĐ][A-ZĐa-zđ]{1,9})-(?P<unit>[A-ZĐ]{1,3}\d{1,2}|[A-ZĐ][A-ZĐ]{1,9})(?![\w/-])")
_TYPES = {"van ban": "Văn bản", "cong van": "Công văn"}


def letter_type(match: re.Match[str]) -> str:
    """The letter's type, as the archive names it, from a match of LETTER_OPENING."""
    return _TYPES[fold(match["type"])]


def dispatch_numbers(text: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, number, issuer, type) of each such dispatch in `text`, offsets in `text`."""
    found = []
    for m in _DISPATCH.finditer(text):
        issuer = m["iss"]
        if sum(ch.isupper() for ch in issuer) < 2 or fold(issuer) in PARTY_ISSUERS:
            continue  # one capital is a word ("Ban"), not initials; a Party committee's code is the Party's
        code = f"{issuer}-{m['unit']}"
        if mass_organisation(fold(code)):
            continue  # "33/CV-CĐCS", "12/LĐLĐ-TC": a union's letter, as its other numbers are not cited
        found.append((m.start(), m.end(), f"{m['num']}/{code}", code, letter_type(m)))
    return found
