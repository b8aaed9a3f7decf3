"""A line printed twice around its date line (rounds 106, 107): the page's title, its date line a line or two under
it, then the article's heading, the same words ("Chỉ số giá ... so với tháng 10." / "11/30/2020" / the headline
again). The title's weights raise the first print (title_weights.py), the head lets it close with its full stop
(head_window.headline_with_stop), and the date line between the prints is the page's, no poster's history day
(history_dates.py).
"""
from __future__ import annotations

from archive.text.normalize import fold_passage

Line = tuple[int, str]  # (1-based file line, text)


def printed(text: str) -> str:
    """A line as two prints of it compare: folded, its spaces and closing stop aside."""
    return fold_passage(text).strip(" .")


def reprinted_under_date(lines: list[Line], index: int, date_index: int | None) -> bool:
    """The line at `index` is printed again right under the date line a line or two below it."""
    return date_index is not None and index < date_index <= index + 2 and date_index + 1 < len(lines) \
        and printed(lines[date_index + 1][1]) == printed(lines[index][1])
