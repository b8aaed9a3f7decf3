"""A labelled day after the text, earlier than the unlabelled day over the headline (conventions round 16).

A portal's clock ("Thứ Sáu, 29/11/2024 01:30") or a section bar's stamp stands over many headlines, and
some of those pages print their own day only after the text, under a label ("Ngày đăng: 28/01/2022",
"Cập nhật lúc 08:15 ngày ..."; posted_dates.py). The day over the headline was then read and the
labelled one, read only when the head has no date line, never was. A page is posted no later than it
is updated and no later than the day its clock shows, so when the lone labelled day after the text is
earlier than an unlabelled date line over the headline, the labelled day is the page's. A later
labelled day (an update's) leaves the head's as it is, and so does a date line under the headline.
"""
from __future__ import annotations

import datetime as dt

from archive.read.posted_dates import posted_date
from archive.text.dates import BadDate, find_date
from archive.text.published_dates import published_part

Line = tuple[int, str]


def _day(text: str) -> dt.date | None:
    try:
        found = find_date(published_part(text))
    except BadDate:
        return None
    return found[0] if found else None


def earlier_posted(lines: list[Line], date_line: int, date_text: str, title_line: int) -> tuple[int, int, str] | None:
    """(index, file line, text) of the labelled date line after the title (file line `title_line`)
    that names an earlier day than the head's date line (file line `date_line`, over the title), or None."""
    if date_line >= title_line:
        return None
    posted = posted_date(lines, title_line)
    if posted is None:
        return None
    head, labelled = _day(date_text), _day(posted[2])
    return posted if head and labelled and labelled < head else None
