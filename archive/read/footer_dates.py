"""A signed footer's date (issue 13, round 23): a page with no date line under its headline may print
the date at the end of the text, in one line with its site, the time and the writer ("Tên-miền.com -
07:33 - 16/01/2021 - Bài của ..."). Parts joined by spaced dashes, a time and a date among them: the
page's own stamp, read when the head has no date line. A date in the last paragraph's prose is the
event's and is never read so.
"""
from __future__ import annotations

import re

from archive.text.dates import CLOCK_PATTERN, DATE_PATTERN

Line = tuple[int, str]

_TAIL = 6  # the last lines with text, where a footer stands
FOOTER_DASH = r"\s+[-–|]\s+"  # how a footer joins its parts (signed_footers.py splits by it too)
_STAMP = re.compile(rf"(?:^|{FOOTER_DASH})(?:{CLOCK_PATTERN}{FOOTER_DASH}{DATE_PATTERN}|{DATE_PATTERN}{FOOTER_DASH}{CLOCK_PATTERN})(?:{FOOTER_DASH}|$)")
_MAX_WORDS = 16


def footer_stamp(lines: list[Line]) -> tuple[int, int, str] | None:
    """(index, file line, text) of the footer line holding the page's time and date, or None."""
    tail = [i for i, (_, text) in enumerate(lines) if text.strip()][-_TAIL:]
    for i in reversed(tail):
        text = lines[i][1].strip()
        if len(text.split()) <= _MAX_WORDS and _STAMP.search(text) and not text.endswith((".", "!", "?")):
            return i, lines[i][0], text
    return None
