"""A pen name printed in hyphenated syllables under the headline: "Hoài-Ziang-Duy" (issue 13, round 54).

Writers abroad sign a pen name whose syllables are joined by hyphens, each capitalised, often spelt
outside Vietnamese ("Ziang"), so no surname opens it and the name rules refuse it. Where a plain
name would be the byline (the head's writer slot, layout asks the same of both), such a line is one:
three or four capitalised syllables, hyphens only between them, no space. A place or a unit written
with a hyphen ("Bà Rịa-Vũng Tàu", "Sư-Đoàn", "An-Lộc") has a space or only two parts; a saint's name
("Ma-ri-a") has its later syllables in small letters (hyphen_saints.py).
"""
from __future__ import annotations

import re

_SYLLABLE = r"[^\W\d_][^\W\d_]{0,6}"
_PEN_NAME = re.compile(rf"{_SYLLABLE}(?:-{_SYLLABLE}){{2,3}}")


def hyphen_pen_name(text: str) -> tuple[str, ...]:
    """(the name,) when the line is a pen name of three or four hyphenated capitalised syllables."""
    line = text.strip()
    if line.count("-") < 2 or " " in line:
        return ()  # the cheap test: one word, two hyphens at least
    if not _PEN_NAME.fullmatch(line):
        return ()
    parts = line.split("-")
    if not all(part[:1].isupper() and (len(part) == 1 or part[1:].islower()) for part in parts):
        return ()  # each part capitalised, none in capitals
    return (line,)
