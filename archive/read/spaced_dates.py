"""A numeric date printed with spaces around its separators, closed up.

Some portals print a date line "Thứ 4, Ngày 07 / 09 / 2021": the spaced slashes look like a
breadcrumb's ("Tin tức / Sự kiện / Hoạt động"), so the chrome test asks the line with its spaced
dates closed up ("07/09/2021") first. Only a whole day, month and four-digit year with one
separator throughout closes up: a pair ("Tầng 3 / 5", a score "2 - 1") or a document's number
("12 / 2021 / NĐ-CP") is left as printed.
"""
from __future__ import annotations

import re

from archive.text.dates import NUMERIC_DATE

_SEPARATOR = re.compile(r"\s*([/.-])\s*")
_MORE_PARTS = re.compile(r"\s*/")  # "… / 2021 / NĐ-CP": a longer number going on, no date


def _closed(match: re.Match) -> str:
    text = match.group(0)
    separators = {found.group(1) for found in _SEPARATOR.finditer(text)}
    day, month = int(match.group(1)), int(match.group(2))
    if len(separators) != 1 or not (1 <= day <= 31 and 1 <= month <= 12) \
            or _MORE_PARTS.match(match.string, match.end()):
        return text
    separator = separators.pop()
    return separator.join(match.group(i) for i in (1, 2, 3))


def close_spaced_dates(line: str) -> str:
    """`line` with every spaced numeric date in it closed up; an unspaced line comes back as it is."""
    if " " not in line:
        return line
    return NUMERIC_DATE.sub(_closed, line)
