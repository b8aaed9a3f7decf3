"""A headline that carries its own day at its end (conventions round 19).

Most pages print the date line under the headline, and that line closes the headline for the title's
weights (title_weights.py: a line over the date line gains). Some print the day on the headline's own
line instead, "Kết nạp 90 đoàn viên mới - 24/03/2021", "... 24-03-2021", "... (24/03/2021)": the date
line is gone, and with it the headline's anchor, so a view counter or a caption under it won. The day
is split off as headline.clean_headline splits it (bare: headline_end_dates.py, with its guards for an
event's day and a range's end; in brackets), and the line gains as a line over its date line does.

Only when one candidate alone so ends: a list of other articles prints a day after each of its links,
and none of them is the headline.
"""
from __future__ import annotations

from archive.read.headline import clean_headline

Line = tuple[int, str]  # (1-based file line, text)


def day_ended(lines: list[Line], candidates: list[int]) -> int | None:
    """The one candidate line that ends with its day, split off as clean_headline splits it; None when
    none does or more than one does."""
    ended = [index for index in candidates if _ends_with_day(lines[index][1])]
    return ended[0] if len(ended) == 1 else None


def _ends_with_day(text: str) -> bool:
    if not text or not (text.rstrip()[-1:].isdigit() or text.rstrip().endswith((")", "]"))):
        return False  # cheap gate: a day, bare or bracketed, closes the line
    rest, day = clean_headline(text)
    return day is not None and bool(rest)
