"""An old state number with a hyphen and the issuing ministry's initials, no year (round 50):
"Quyết định công nhận số 88-NV của Bộ Nội vụ" (1966; "NV" = Nội vụ, the Home Affairs ministry).

Before the state settled on "N/YEAR/CODE-ISSUER", a ministry numbered its decisions "N-XX", XX its
own initials. Read only after a state type word (the caller checks) and only when the same
sentence names the state body whose initials the code is ("Bộ Nội vụ" -> NV or BNV, "Bộ Giáo dục
và Đào tạo" -> GDĐT, "Ủy ban Kế hoạch Nhà nước" -> KHNN or UBKHNN): "số 12-CT" with no body named
is no citation, and a Party number keeps its slash ("số 15-NQ/TW", read elsewhere). Written as
printed. Works on folded text; the caller gates it on a hyphen and a body's word.
"""
from __future__ import annotations

import re

from archive.enrich.citation_patterns import OLD_FORM_TYPES
from archive.text.normalize import fold

_NUMBER = re.compile(r"(?<![\w/.-])so\s+(?P<num>\d{1,5})\s*[-–]\s*(?P<code>[a-z]{2,6})(?![\w/–-])")
_BODY = re.compile(r"(?<![a-z])(?P<kind>bo|uy ban|tong cuc)\s+(?P<name>[a-z]+(?:\s+[a-z]+){0,7})")
_BODY_LETTERS = {"bo": "b", "uy ban": "ub", "tong cuc": "tc"}
_TYPES = {fold(word): word for word in OLD_FORM_TYPES}
# The type word, then at most three words ("công nhận", "thành lập Hội") before "số".
_TYPE_BEFORE = re.compile(rf"(?<![a-z])(?P<type>{'|'.join(_TYPES)})(?:\s+[a-z]+){{0,3}}\s+$")
_SENTENCE_END = re.compile(r"[.;!?]\s|\n")


def cheap_gate(folded: str) -> bool:
    """What every such citation holds: a hyphen, "so " and a body's word."""
    return "so " in folded and ("bo " in folded or "uy ban" in folded or "tong cuc" in folded)


def ministry_hyphens(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, type) of each "so N-XX" in folded text after a state type word, whose sentence
    names the body XX stands for; start and end span the number and its code."""
    found = []
    for m in _NUMBER.finditer(folded):
        start = max(folded.rfind(". ", 0, m.start()), folded.rfind("\n", 0, m.start())) + 1
        stop = _SENTENCE_END.search(folded, m.end())
        sentence = folded[start:stop.start() if stop else len(folded)]
        typed = _TYPE_BEFORE.search(folded, max(0, m.start() - 40), m.start())
        if typed and any(_initials_match(m["code"], body) for body in _BODY.finditer(sentence)):
            found.append((m.start("num"), m.end("code"), _TYPES[typed["type"]]))
    return found


def _initials_match(code: str, body: re.Match) -> bool:
    """The code is the body's name's initials, "và" skipped, with or without the body's own letters."""
    if body["name"].startswith("chinh tri"):
        return False  # "Bộ Chính trị" is the Party's Politburo: "số 15-CT" of it is a Party number
    letters = "".join(word[0] for word in body["name"].split() if word != "va")
    own = _BODY_LETTERS[body["kind"]]
    return any(code == prefix + letters[:len(code) - len(prefix)] and len(code) - len(prefix) >= 2
               for prefix in ("", own))
