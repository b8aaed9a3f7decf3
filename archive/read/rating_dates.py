"""A date line glued to the figures printed after it (issue 13, round 37): "06/04/20235.3220", a blog's
posting date, then its rating "5.3" and its count of votes "220", the spaces lost in the copy. A year
has four digits, so the digits after it can only be another field: the date is read from the line's
start and the figures are put on a line of their own. Only a whole line of a date and figures (digits,
stops and commas, nothing else), and only among the first lines of the paste, where the date line stands;
a date glued to words is glued.py's, and "1/2/20231" with one figure after the year stays (no rating).
A reading time glued to the year is split off the same way (round 81): "Published on 19 January 202615 minutes",
"12/03/2024 5 phút đọc" is the date, then how long the page takes to read; the year is the last four digits
before the minutes' figures, which have one to three. So is one glued to the writer's name (round 84): "Thanh Hà 3
phút" is the writer, then the reading time, which chrome.py drops.
"""
from __future__ import annotations

import re

from archive.read.head_splits import split_head_lines
from archive.read.person_names import person_name

Line = tuple[int, str]  # (1-based file line, text)

_GLUED = re.compile(r"(\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2})(\d[\d.,]*\d)")
_HEAD_LINES = 12  # lines with text at the top of a paste
_MINUTES = r"(\d{1,3}\s*(?:minutes?|mins?(?: read)?|phút(?: đọc)?))"  # how long the page takes to read
_READING_TIME = re.compile(rf"(.*\D(?:19|20)\d{{2}})\s*{_MINUTES}", re.IGNORECASE)
_NAMED_READING_TIME = re.compile(rf"(\D+?)\s+{_MINUTES}", re.IGNORECASE)


def split_rating_dates(lines: list[Line]) -> list[Line]:
    """`lines` with a date glued to the figures after it split in two near the top; every other line as it was."""
    return split_head_lines(lines, _date_and_figures, _HEAD_LINES)


def _date_and_figures(text: str) -> tuple[str, ...]:
    found = _GLUED.fullmatch(text.strip()) if text[:1].isdigit() or text[:1] == " " else None
    found = found or _READING_TIME.fullmatch(text.strip())
    if not found and (named := _NAMED_READING_TIME.fullmatch(text.strip())) and person_name(named.group(1)):
        found = named  # "Thanh Hà 3 phút": the writer, then the reading time (round 84)
    return found.group(1, 2) if found else ()
