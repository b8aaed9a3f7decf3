"""A lead's drop capital split from its word (issue 13, round 23).

A magazine prints the lead's first letter large, in a box of its own; a copy keeps it as a line of
its own, the word's rest opening the next line in small letters ("T" over "rước khi về thôn ..."). The
two are one word: joined, the lead reads "Trước khi về thôn ..." and the lone letter is no caption.
"""
from __future__ import annotations

Line = tuple[int, str]

_LEAD_WORDS = 8  # the rest opens a paragraph, not a label


def join_drop_capitals(lines: list[Line]) -> list[Line]:
    """`lines` with each lone capital joined to the rest of its word on the next line with text."""
    out: list[Line] = []
    skip_to = -1
    for i, (number, text) in enumerate(lines):
        if i <= skip_to:
            continue
        rest = _rest_of_word(lines, i)
        if rest is None:
            out.append((number, text))
            continue
        out.append((number, text.strip() + lines[rest][1].lstrip()))
        skip_to = rest
    return out


def _rest_of_word(lines: list[Line], index: int) -> int | None:
    """The index of the line holding the rest of the word a lone capital opens, or None."""
    letter = lines[index][1].strip()
    if len(letter) != 1 or not letter.isalpha() or not letter.isupper():
        return None
    following = next((j for j in range(index + 1, len(lines)) if lines[j][1].strip()), None)
    if following is None:
        return None
    text = lines[following][1].lstrip()
    return following if text[:1].isalpha() and text[:1].islower() and len(text.split()) >= _LEAD_WORDS else None
