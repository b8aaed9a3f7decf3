"""A calendar leaf's date (issue 13, round 25): the day printed apart from its month and year.

Some sites print the article's date as a tear-off leaf: the day large, the month and year small
beside or under it. A copy keeps the day on a line of its own ("10" over "09/2021", "07" over "Tháng
11/2022") or spaced from the rest on one line ("07 11-2022"), or the day, the month and the year
clipped after an apostrophe a line each ("15" / "06" / "'18", conventions round 6). Read as they are, neither holds a date;
rewritten as one ("10/09/2021"), the leaf is a date line like any other.

Only in the head (the headline's lines), and only a whole line: a number alone in the body is a list
item, a count or a page number. A leaf a site clock's label stands over ("Hôm nay") is kept as it is:
today's date is the day the page was seen, not the article's.
"""
from __future__ import annotations

import datetime as dt
import re

Line = tuple[int, str]

_HEAD_LINES = 12  # a leaf stands by the headline, among the paste's first lines with text
_DAY = re.compile(r"\s*(0?[1-9]|[12]\d|3[01])\s*")
_MONTH_YEAR = r"(?:[Tt]háng\s+|THÁNG\s+)?(0?[1-9]|1[0-2])\s*[/.-]\s*((?:19|20)\d\d)"
_MONTH_YEAR_LINE = re.compile(rf"\s*{_MONTH_YEAR}\s*")
# The day, then the month and year spaced from it: "07 11-2022", "7 Tháng 11/2022".
_LEAF_LINE = re.compile(rf"\s*(0?[1-9]|[12]\d|3[01])\s+{_MONTH_YEAR}\s*")
_MONTH_LINE = re.compile(r"\s*(0?[1-9]|1[0-2])\s*")
_CLIPPED_YEAR = re.compile(r"\s*['’‘]\s*(\d\d)\s*")  # "'18": the leaf's year clipped to two digits, under its month
_EPOCH = (1970, 1, 1)
_TODAY = re.compile(r"\bh[oô]m\s+nay\b", re.IGNORECASE)


def join_leaf_dates(lines: list[Line]) -> list[Line]:
    """`lines` with a calendar leaf among the first lines rewritten as one numeric date line."""
    texts = [i for i, (_, text) in enumerate(lines) if text.strip()][:_HEAD_LINES]
    rewritten: dict[int, str] = {}
    taken: set[int] = set()
    for position, i in enumerate(texts):
        if i in taken or position and _TODAY.search(lines[texts[position - 1]][1]):
            continue
        after = texts[position + 1] if position + 1 < len(texts) else None
        third = texts[position + 2] if position + 2 < len(texts) else None
        if third is not None and (clipped := _clipped(*(lines[k][1] for k in (i, after, third)))):
            rewritten[i] = clipped  # "15" / "06" / "'18": day, month and a clipped year, a line each
            taken.update([after, third])
            continue
        leaf = _leaf(lines[i][1], lines[after][1] if after is not None else None)
        if leaf is None:
            continue
        rewritten[i], both = leaf
        taken.update([after] if both else [])
    if not rewritten:
        return lines
    return [(number, rewritten.get(i, text)) for i, (number, text) in enumerate(lines) if i not in taken]


def _leaf(text: str, following: str | None) -> tuple[str, bool] | None:
    """The leaf's date as "dd/mm/yyyy" and whether it took the next line too, or None (a day the month
    does not have, "31" over "02/2021", is no leaf: two numbers that only look like one)."""
    one = _LEAF_LINE.fullmatch(text)
    if one:
        parts, both = one.groups(), False
    else:
        day = _DAY.fullmatch(text)
        rest = _MONTH_YEAR_LINE.fullmatch(following) if day and following is not None else None
        if rest is None:
            return None
        parts, both = (day.group(1), *rest.groups()), True
    if not _real(*parts):
        return None
    return "{:02d}/{:02d}/{}".format(int(parts[0]), int(parts[1]), parts[2]), both


def _clipped(day: str, month: str, year: str) -> str | None:
    """"15/06/2018" from a leaf printed a part a line with the year clipped after an apostrophe ("'18"), its
    century as POSIX's %y reads it (69-99 the 1900s); without the apostrophe three numbers are a list or
    counts, no date. "01" / "01" / "'70" is the Unix epoch, what such a leaf shows for an empty date field."""
    parts = _DAY.fullmatch(day), _MONTH_LINE.fullmatch(month), _CLIPPED_YEAR.fullmatch(year)
    if not all(parts):
        return None
    day, month, year = int(parts[0].group(1)), int(parts[1].group(1)), int(parts[2].group(1))
    year += 1900 if year >= 69 else 2000
    if not _real(str(day), str(month), str(year)) or (year, month, day) == _EPOCH:
        return None
    return f"{day:02d}/{month:02d}/{year}"


def _real(day: str, month: str, year: str) -> bool:
    try:
        dt.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True
