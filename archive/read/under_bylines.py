"""A line over the writer's name is the headline's place; the paragraph under the name is the lead
(issue 13, round 54).

A blog prints a short headline ("Guitar cơ bản"), the writer's name under it, then the lead; when
the lead's first lines run as long as a paragraph and end on a question ("... Tại sao?"), no full
stop costs them the headline's weight, and a three-word headline lost to them. A candidate standing
right under a byline, another candidate right over that byline, and a paragraph's words long
(prose.PROSE_WORDS) is the lead, not the headline.
"""
from __future__ import annotations

from archive.read.line_sizes import PROSE_WORDS  # not prose: prose imports candidates, which asks this module

Line = tuple[int, str]


def lead_under_byline(lines: list[Line], candidates: list[int], rank: int, bylines: set[int], skip: set[int]) -> bool:
    """The candidate at `rank` is a paragraph right under a byline that a candidate stands right over."""
    if not rank or not bylines:
        return False  # the cheap test: a byline in the head, a candidate above this one
    index = candidates[rank]
    if len(lines[index][1].split()) < PROSE_WORDS:
        return False
    above = _step(index, -1, skip)
    return above in bylines and _step(above, -1, skip) in candidates[:rank]


def _step(index: int, direction: int, skip: set[int]) -> int:
    index += direction
    while index in skip:
        index += direction
    return index
