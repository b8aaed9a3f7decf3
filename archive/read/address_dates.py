"""The day a page's address holds in its path (issue 13, round 85). Blogs and WordPress sites write the
post's year and month, often its day, into the permalink ("/2024/01/26/campuchia-..."). A date bar above
the headline later than the address's day ("Monday, November 18, 2024" over that post) shows the day the page
was seen, not the post's: a clock. An earlier one may be a reprint's original date (a 2015 article posted again
under "/2023/10/01/"). Only a path's parts count ("/2024/01/26/", "/2015/09/"); figures inside a slug
("...-26012024.html") may be an event's day.
"""
from __future__ import annotations

import datetime as dt
import re

_PATH_DAY = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(?:(0[1-9]|[12]\d|3[01])/)?")


def address_day(url: str) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) the address's path holds, or None when it holds none."""
    found = _PATH_DAY.search(url.split("?", 1)[0].split("#", 1)[0])
    if found is None:
        return None
    year, month, day = found.groups()
    return int(year), int(month), int(day) if day else None


def after_address_day(date: dt.date, url: str) -> bool:
    """The address holds a day (or a month) before `date`'s."""
    held = address_day(url)
    if held is None:
        return False
    year, month, day = held
    return (date.year, date.month) > (year, month) or (date.year, date.month) == (year, month) \
        and day is not None and date.day > day
