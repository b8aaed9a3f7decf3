"""A headline that opens the paste and that the slug names beats the lines under it (issue 13, round 56).

A small site's page often starts with its headline, then a subtitle (a shorter line, a question) or
the first section's heading ("Mở Đầu: ...", "Giới thiệu") standing just over the text, where the
weights favour a line over the lead. The address was made from the headline: when it names the first
line and no other line of the head, and the next line is no longer (a subtitle, a heading: a longer
line under a short one is the headline under a section's name the address names), the first is the headline.
"""
from __future__ import annotations

from archive.read.slugs import named_by_slug

Line = tuple[int, str]
OPENER_WEIGHT = 1.0  # over a line just above the lead (+1.5) and a headline's "!" (-1.5) beside the slug's own +1.5


def slug_opener_weight(lines: list[Line], candidates: list[int], rank: int, slug: frozenset[str]) -> float:
    """OPENER_WEIGHT for the first candidate (rank 0) when the slug names it and no other candidate,
    and the next candidate has no more words; 0.0 otherwise (the caller has checked that the slug names the line)."""
    if rank or not slug or len(candidates) > 1 and len(lines[candidates[1]][1].split()) > len(lines[candidates[0]][1].split()):
        return 0.0
    return 0.0 if any(named_by_slug(lines[i][1], slug) for i in candidates[1:]) else OPENER_WEIGHT
