"""A writer's signature closing the text with its day (issue 13, round 113): "(Trí Dũng, Phòng Lễ tân, ngày
30-8-2006)", "Lê Văn An, ngày 12 tháng 3 năm 2020". The name, maybe the writer's unit or post, then the day the
piece was signed (or its month or year alone): the name is the byline (the unit left out, as bylines.parse_byline
leaves a post out), and a whole day dates a page whose head prints none, as end_dates.py reads a bare date under the
name.

Only a short line, the day closing it after a comma or a dash, and a full name opening it
(closing_brackets.signing_name): a letter's dateline opens with a place ("Hà Nội, ngày 30 tháng 8 năm 2006"), which
parse_byline reads as no name, and a sentence runs longer or opens with no name.
"""
from __future__ import annotations

import re

from archive.read.bylines import parse_byline
from archive.read.closing_brackets import signing_name
from archive.text.dates import DATE_PATTERN, WORDED_PATTERN

# The day, or the month or the year alone, as a poem or an essay is signed ("Nguyễn Đức Hà, 2019"): those
# sign the piece and date no page (end_dates.py asks for a whole date).
_DAY = re.compile(rf"\s*[,–-]\s*(?:(?:ngày\s+)?(?:{DATE_PATTERN}|{WORDED_PATTERN})"
                  rf"|(?:(?:tháng\s+)?\d{{1,2}}\s*[/.-]\s*|tháng\s+\d{{1,2}}\s+năm\s+|năm\s+)?(?:19|20)\d\d)\s*$", re.IGNORECASE)
_MAX_WORDS = 14  # a name, a unit of a few words and the day


def signature_parts(text: str) -> tuple[str, str] | None:
    """("Trí Dũng, Phòng Lễ tân", "ngày 30-8-2006") from a signature line closed by its day, in brackets or
    not; None for any other line."""
    inner = text.strip()
    if inner.startswith("(") and inner.endswith(")"):
        inner = inner[1:-1].strip()
    if "(" in inner or ")" in inner or len(inner.split()) > _MAX_WORDS:
        return None
    day = _DAY.search(inner)
    if day is None or day.start() == 0:
        return None
    return inner[:day.start()].strip(), inner[day.start():].strip(" ,–-")


def dated_signature(text: str) -> tuple[str, ...]:
    """The writer a signature line closed by its day names, () for any other line."""
    parts = signature_parts(text)
    if parts is None:
        return ()
    names = parse_byline(parts[0])
    return names if len(names) == 1 and signing_name(names[0]) else ()  # "Trí Dũng": a common given name last
