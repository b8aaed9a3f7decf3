"""A posting date beats an update stamp in the head (round 59).

Some portals print the update's stamp above the posting's line: "Xem: 453 | Cập nhật: 5/21/2020 3:16:08
PM | RSS" over "Ngày đăng: 20/5/2020". The stamp, with its clock, weighs more as a date line than the
bare posting line, but it is the day the page was last edited; the page's own label names the posting
as the publication. So when the date line chosen is labelled only as the update and another date line
of the head is labelled only as the posting, the posting's is taken. A line with no label, or with both
labels (published_dates.py reads those), changes nothing. Asked by `candidates.choose_date`, so every
reader of the head's date line gets it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from archive.text.dates import BadDate, all_dates, find_date
from archive.text.published_dates import posting_label, update_label

if TYPE_CHECKING:  # candidates.choose_date asks this module: the type only, no import cycle
    from archive.read.candidates import DateCandidate


def posting_over_update(candidates: list[DateCandidate], best: DateCandidate | None) -> DateCandidate | None:
    """`best`, or the head's posting-labelled date line when `best` is labelled as the update."""
    if best is None or not update_label(_label(best.text)):
        return best
    posted = [c for c in candidates if c is not best and not c.widget
              and posting_label(_label(c.text)) and not _later(c, best)]
    return posted[0] if posted else best


def _label(text: str) -> str:
    """What the line prints before its first date, as written (tone marks kept)."""
    dates = all_dates(text)
    return text[:dates[0].start()] if dates else ""


def _later(posted: DateCandidate, updated: DateCandidate) -> bool:
    """The posting's day after the update's: the two lines are not one page's posting and update."""
    try:
        day, stamp = find_date(posted.text), find_date(updated.text)
    except BadDate:
        return False
    return day is not None and stamp is not None and day[0] > stamp[0]
