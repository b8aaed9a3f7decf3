"""A document's header printed by a body outside the Party and the state: none of its lines is a byline
(issue 13, round 34).

A religious order, a union or an association posts its report or its letter with a header of its own:
the issuing bodies in capitals one a line ("GIÁO HỘI X", "BAN HƯỚNG DẪN TRUNG ƯƠNG"), a rule of dashes
("———–//————-", "-----oOo-----"), the type in capitals ("TƯỜNG TRÌNH", "THƯ NGỎ") and its subject in
capitals. With none of the Party's or the state's marks, document_headers.py does not read it, and a
short capitals line of it whose first word is a surname ("ĐOÀN ...", "LÂM ...") read as a name. A run of
capitals and rule lines holding a rule with an issuer's capitals line above it and a type line below it
is such a header: its capitals lines name no writer.
"""
from __future__ import annotations

import re

from archive.read.document_types import type_line

Line = tuple[int, str]  # (1-based file line, text)

# A rule: dashes, stars, slashes or bars, three at least, maybe around "oOo" ("———–//————-", "***").
_RULE = re.compile(r"[\s\-–—_=*~•/\\.]*(?:o0o|oOo|OoO)?[\s\-–—_=*~•/\\.]*")
_RULE_MARKS = re.compile(r"[-–—_=*~/]")
_RUN = 10  # the header's lines either side of a line of it: issuers, the rule, the type, the subject


def _rule(text: str) -> bool:
    return bool(_RULE.fullmatch(text)) and len(_RULE_MARKS.findall(text)) >= 3


def _part(text: str) -> bool:
    return text.isupper() or _rule(text)


def body_header_line(lines: list[Line], index: int) -> bool:
    """The line at `index` is a capitals line of such a header: issuers, a rule, the type, its subject."""
    if not lines[index][1].isupper():
        return False  # most lines: not in capitals, never asked further
    low = index
    while low > 0 and index - low < _RUN and _part(lines[low - 1][1]):
        low -= 1
    high = index
    while high + 1 < len(lines) and high - index < _RUN and _part(lines[high + 1][1]):
        high += 1
    rules = [k for k in range(low, high + 1) if _rule(lines[k][1])]
    if not rules:
        return False
    issuers = any(lines[k][1].isupper() for k in range(low, rules[0]))
    return issuers and any(type_line(lines[k][1]) for k in range(rules[0] + 1, high + 1))
