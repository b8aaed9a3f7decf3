"""A calendar leaf's date (issue 13, round 25): the day printed apart from its month and year.

Some sites print the article's date as a tear-off leaf: the day large, the month and year small
beside or under it. A copy keeps the day on a line of its own ("10" over "09/2021", "07" over "Tháng
11/2022") or spaced from the rest on one line ("07 11-2022"). Read as they are, neither holds a date;
rewritten as one ("10/09/2021"), the leaf is a date line like any other. A leaf printed one part a
line (round 33: "15" over "06" over "'18") may shorten its year to two digits, after an apostrophe
or bare, made whole by text/dates.full_year ("'98" is 1998, "'18" 2018). No page was on the web before the
1990s: a leaf of an earlier year ("01" / "01" / "'70", the Unix epoch a site's template prints for an
empty date) is no date.

Only in the head (the headline's lines), and only a whole line: a number alone in the body is a list
item, a count or a page number. A leaf a site clock's label stands over ("Hôm nay") is kept as it is:
today's date is the day the page was seen, not the article's.
"""
from __future__ import annotations

import datetime as dt
import re
from itertools import islice

from archive.text.dates import full_year

Line = tuple[int, str]

_HEAD_LINES = 12  # a leaf stands by the headline, among the paste's first lines with text
_DAY = re.compile(r"\s*(0?[1-9]|[12]\d|3[01])\s*")
_OPENS_DAY = re.compile(r"\s*[0-9]")  # how _DAY, and so every leaf, begins
_MONTH_YEAR = r"(?:[Tt]háng\s+|THÁNG\s+)?(0?[1-9]|1[0-2])\s*[/.-]\s*((?:19|20)\d\d)"
_MONTH_YEAR_LINE = re.compile(rf"\s*{_MONTH_YEAR}\s*")
# The day, then the month and year spaced from it: "07 11-2022", "7 Tháng 11/2022".
_LEAF_LINE = re.compile(rf"\s*(0?[1-9]|[12]\d|3[01])\s+{_MONTH_YEAR}\s*")
_TODAY = re.compile(r"\bh[oô]m\s+nay\b", re.IGNORECASE)
# One part a line: the month alone ("06"), the year alone ("'18", "’18", "18", "2018").
_MONTH = re.compile(r"\s*(0?[1-9]|1[0-2])\s*")
_YEAR = re.compile(r"\s*(?:['’‘`´]\s?(\d\d)|((?:19|20)\d\d)|(\d\d))\s*")
_FIRST_WEB_YEAR = 1990  # an earlier year on a leaf is a template's empty date (the epoch, 1970)
_NUMBER_ONLY = re.compile(r"[\s\d'’‘`´/.:,-]*\d[\s\d'’‘`´/.:,-]*")  # a table's or a score's cell


def join_leaf_dates(lines: list[Line]) -> list[Line]:
    """`lines` with a calendar leaf among the first lines rewritten as one numeric date line."""
    texts = list(islice((i for i, (_, text) in enumerate(lines) if text.strip()), _HEAD_LINES))
    rewritten: dict[int, str] = {}
    taken: set[int] = set()
    for position, i in enumerate(texts):
        if not _OPENS_DAY.match(lines[i][1]):  # every leaf opens with its day: the other lines at once
            continue
        if i in taken or position and _TODAY.search(lines[texts[position - 1]][1]):
            continue
        after = texts[position + 1] if position + 1 < len(texts) else None
        three = _three_lines(lines, texts, position)
        leaf = (three, True) if three else _leaf(lines[i][1], lines[after][1] if after is not None else None)
        if leaf is None:
            continue
        rewritten[i], both = leaf
        taken.update(texts[position + 1:position + 3] if three else [after] if both else [])
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


def _three_lines(lines: list[Line], texts: list[int], position: int) -> str | None:
    """The date of a leaf printed day, month and year one a line from `position` on, as "dd/mm/yyyy", or
    None. Three numbers among other numbers (a table's cells, a score, a count) are no leaf: the lines
    beside the three must not be numbers too, and a bare two-digit year asks the day and the month in
    two digits each, as a leaf prints them ("15" / "06" / "18"; "3" / "1" / "20" is a count)."""
    parts = [lines[i][1] for i in texts[position:position + 3]]
    if len(parts) < 3:
        return None
    day, month, year = _DAY.fullmatch(parts[0]), _MONTH.fullmatch(parts[1]), _YEAR.fullmatch(parts[2])
    if not (day and month and year):
        return None
    beside = [texts[position - 1]] if position else []
    beside += texts[position + 3:position + 4]
    if any(_NUMBER_ONLY.fullmatch(lines[i][1]) for i in beside):
        return None
    marked, whole, bare = year.groups()
    if bare and not (len(day.group(1)) == 2 and len(month.group(1)) == 2):
        return None
    short = marked or bare
    full = whole or str(full_year(int(short)))
    if int(full) < _FIRST_WEB_YEAR or not _real(day.group(1), month.group(1), full):
        return None
    return "{:02d}/{:02d}/{}".format(int(day.group(1)), int(month.group(1)), full)


def _real(day: str, month: str, year: str) -> bool:
    try:
        dt.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True
