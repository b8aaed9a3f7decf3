"""A weekday, a date and a time zone with no time ("Thứ năm, 28.07.2022 GMT+7") over the headline:
when it is the page's own date (issue 13, round 26).

Such a line is most often a site's clock, the day of the visit: a zone qualifies a time, and the
line prints none (candidates.date_candidate sets it aside). A print view prints the article's date
in the same shape, though. What tells them apart is the text: the day of the article's event, named
in its first lines ("Ngày 25 - 26/7/2022, ... tổ chức Đại hội"), falls on the line's day or in the
week before it, as a report's day follows its event's. A visit's day agrees with the text only by
chance, and a clock over a text that names no day stays a clock.
"""
from __future__ import annotations

import datetime as dt
import re

from archive.read import candidates as weigh
from archive.text.dates import BadDate, all_dates, find_date

Line = tuple[int, str]

ZONE_CLOCK = "a clock: a time zone with no time"  # candidates.date_candidate's reason
_ZONE = re.compile(r"\(?\s*(?:gmt|utc)\s*\+\s*0?7(?::00)?\s*\)?", re.IGNORECASE)
_TEXT_LINES = 4  # the lines under it where the event's day is told: the headline, the lead
_REPORT_DAYS = 7  # a report follows its event within the week


def reported_day(lines: list[Line], index: int, candidate: weigh.DateCandidate, marker: re.Pattern,
                 under_lead: bool = False) -> weigh.DateCandidate:
    """The candidate weighed as a date line when the text's event day agrees with it; else as it is."""
    if candidate.widget != ZONE_CLOCK:
        return candidate
    day = _day(lines[index][1])
    events = [d for _, text in lines[index + 1:index + 1 + _TEXT_LINES] for d in _days(text)]
    if day is None or not any(dt.timedelta(0) <= day - event <= dt.timedelta(days=_REPORT_DAYS) for event in events):
        return candidate
    line, text = lines[index]
    kept = weigh.date_candidate(index, line, _ZONE.sub(" ", text), marker, under_lead)
    if kept is None or kept.widget:
        return candidate
    kept.text = text
    return kept


def _day(text: str) -> dt.date | None:
    try:
        found = find_date(text)
    except BadDate:
        return None
    return found[0] if found else None


def _days(text: str) -> list[dt.date]:
    return [d for d in (_day(m.group(0)) for m in all_dates(text)) if d is not None]
