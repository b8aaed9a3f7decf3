"""A headline that carries its own day at its end (conventions round 19).

Most pages print the date line under the headline, and that line closes the headline for the title's
weights (title_weights.py: a line over the date line gains). Some print the day on the headline's own
line instead, "Kết nạp 25 đoàn viên mới - 12/03/2024", "... 12-03-2024", "... (12/03/2024)": the date
line is gone, and with it the headline's anchor, so a view counter or a caption under it won. The day
is split off as headline.clean_headline splits it (bare: headline_end_dates.py, with its guards for an
event's day and a range's end; in brackets), and the line gains as a line over its date line does.

Only when one candidate alone so ends, and not right under a link box's label ("Tin mới", "Tin liên
quan": labels.ticker_label): a list of other articles prints a day after each of its links, and none of
them is the headline. Nor over a headline-shaped line right over the lead: that line is the headline, the
dated one over it a link box's item whose label the chrome took (an item opened by a mark, a counter,
"• Lượt xem: 12", is no headline line).
"""
from __future__ import annotations

from archive.read.candidates import headline_shaped
from archive.read.headline import clean_headline
from archive.read.labels import mark_opened, ticker_label

Line = tuple[int, str]  # (1-based file line, text)


def day_ended(lines: list[Line], candidates: list[int], lead_index: int | None = None) -> int | None:
    """The one candidate line that ends with its day, split off as clean_headline splits it; None when
    none does or more than one does, or it stands under a link box's label or over the lead's headline."""
    ended = [index for index in candidates if _ends_with_day(lines[index][1])]
    if len(ended) != 1 or ended[0] > 0 and ticker_label(lines[ended[0] - 1][1]):
        return None
    below = next((index for index in candidates if index > ended[0]), None)
    if below is not None and below + 1 == lead_index and _headline_line(lines[below][1]):
        return None  # the line over the lead is the headline; the dated line over it, another article's
    return ended[0]


def _headline_line(text: str) -> bool:
    """Shaped as a headline, not a counter or an item opened by a mark ("• Lượt xem: 312 lượt xem")."""
    return headline_shaped(text) and not mark_opened(text)


def _ends_with_day(text: str) -> bool:
    if not text or not (text.rstrip()[-1:].isdigit() or text.rstrip().endswith((")", "]"))):
        return False  # cheap gate: a day, bare or bracketed, closes the line
    rest, day = clean_headline(text)
    return day is not None and bool(rest)
