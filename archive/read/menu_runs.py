"""A menu's rows over the date line, the headline under it (issue 13, round 48).

A small site's menu pasted as rows of section words, one row a line with no blank line between
("Sự kiện Tin trong nước Tin Thế giới", "Từ thiện Cộng đồng Sức khỏe", ...), can stand right over
the date line, the headline under the date ("Cập nhật lúc 13:52:45 09-06-2017" / "Thông báo ...").
Its last row then looks like a headline its date line closes, and its first row like the page's
first headline. A headline stands alone: a run of five lines or more printed together (as a menu
prints its rows: line_sizes.MENU_RUN, as chrome.menu_items counts them), none a sentence, a paragraph,
a label or a number, is a menu when a headline-shaped line (line_sizes.long_unclosed) stands under the date line:
no row of it is the title. A headline over its date with a blank line above it, a kicker or a
sapo beside it (a sentence), a list of numbered items stay.
"""
from __future__ import annotations

from archive.read.line_sizes import MENU_RUN, is_prose, long_unclosed



def menu_rows(texts: list[str], pool: list[int], dated: set[int], numbers: list[int]) -> set[int]:
    """Rows of the headline's pool that are a menu's, printed together over the date line
    (`dated`: the pool lines right above it), a headline-shaped pool line under the date."""
    rows: set[int] = set()
    for last in dated:
        run = [last]
        while run[0] > 0 and numbers[run[0] - 1] == numbers[run[0]] - 1 and _row(texts[run[0] - 1]):
            run.insert(0, run[0] - 1)
        if len(run) < MENU_RUN or not _row(texts[last]):
            continue
        under = next((i for i in pool if i > last + 1), None)  # past the date line
        if under is not None and long_unclosed(texts[under]) and numbers[under] - 1 != numbers[under - 1]:
            rows.update(i for i in run if i in pool)
    return rows


def _row(text: str) -> bool:
    """A menu's row: words, no number, no sentence or paragraph, no label's colon."""
    return not is_prose(text) and not any(ch.isdigit() for ch in text) and not text.rstrip().endswith(":")
