"""A Party committee's letter numbered with no type code (round 31): "văn bản số 482/ĐUK",
"công văn số 15/TU". Its number is the letter's count and its issuer's code, with no "CV-" or
"HD-" between them; it is cited as printed when a letter's type word stands before "số" and the
code is a known Party committee's (citation_patterns.PARTY_ISSUERS). A number after another word
("Tổ số 4/ĐUK"), a state body's code ("văn bản số 702/UBND", read by the state patterns) or a
code glued to more letters is not such a letter.
"""
from __future__ import annotations

import re

from archive.enrich.citation_patterns import PARTY_ISSUERS
from archive.enrich.dispatch_numbers import letter_type
from archive.text.normalize import fold

# The type word as printed, "số", the number, the committee's code in capitals, then no more code.
_LETTER = re.compile(r"(?<![^\W\d_])(?P<type>[Vv]ăn bản|[Cc]ông văn)\s+số\s*:?\s*(?P<num>\d{1,5})\s*/\s*"
                     r"(?P<iss>[A-ZĐ][A-ZĐ.]{1,7})(?![\w/-])")


def party_letters(text: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, number, issuer, type) of each such letter in `text`, offsets in `text`."""
    found = []
    for m in _LETTER.finditer(text):
        issuer = m["iss"].rstrip(".")
        if fold(issuer).replace(".", "") in PARTY_ISSUERS:
            found.append((m.start(), m.start("iss") + len(issuer), f"{m['num']}/{issuer}", issuer,
                          letter_type(m)))
    return found
