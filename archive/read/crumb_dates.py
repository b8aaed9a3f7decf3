"""A date in brackets closing the breadcrumb trail over the headline (issue 13, round 92).

"Trang chủ >> Sơ đồ tổ chức   (26-12-2017)": some portals print the item's date after its trail, in brackets.
The trail is chrome and is dropped whole (chrome.py), the date with it; cut off, the date stands on its own
line above the headline, where the head weighs it as a date line. Only a line with a trail's mark between its
items (">", ">>", "»", "›", a spaced "/"), among the paste's first lines, and only a date in figures closing it.
"""
from __future__ import annotations

import re

from archive.read.head_splits import split_head_lines
from archive.text.dates import CLOCK_PATTERN, DATE_PATTERN

Line = tuple[int, str]  # (1-based file line, text)

_HEAD_LINES = 4  # the first lines with text, where a trail stands over the headline
_TRAIL = re.compile(r"\S\s*(?:>>?|»|›|\s/)\s*\S")  # a mark between two items
_CLOSING_DATE = re.compile(rf"\s*(\(\s*{DATE_PATTERN}(?:\s+{CLOCK_PATTERN})?\s*\))\s*$")


def split_crumb_dates(lines: list[Line]) -> list[Line]:
    """`lines` with a bracketed date closing a trail among the first lines cut onto a line of its own."""
    return split_head_lines(lines, _trail_and_date, _HEAD_LINES)


def _trail_and_date(text: str) -> tuple[str, ...]:
    if not text.rstrip().endswith(")"):
        return ()  # cheap test first
    found = _CLOSING_DATE.search(text)
    trail = text[:found.start()] if found else ""
    return (trail, found.group(1)) if found and _TRAIL.search(trail) else ()
