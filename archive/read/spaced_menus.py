"""A site's menu printed on one line, its items parted by runs of spaces (issue 13, round 99).

A directory's or a portal's navigation pasted from a table of links keeps the cells' spacing on one line:
"Dịch vụ    Việc làm    Tiệm ăn    Y tế & sức khỏe    Địa ốc    ...". Once the spaces are cleaned it reads
as a long title-case line over the headline, and was taken for the headline. Five items or more
(line_sizes.MENU_RUN, as a menu's rows are counted), each a few capitalised words with no digit and no
sentence's mark, parted by runs of three spaces or more, on a line above the page's first paragraph, are a
menu: the line is dropped before the head is weighed. A table's row in the text stands under its first
paragraph, and a line whose spaces part a name from a date or a sentence's words is no such run of items.
"""
from __future__ import annotations

import re

from archive.read.chrome import Dropped
from archive.read.line_sizes import MENU_RUN, is_prose

Line = tuple[int, str]

_GAP = re.compile(r"\s{3,}|\t+")  # cells' spacing, as pasted
_ITEM_WORDS = 4  # "Y tế & sức khỏe"
_NOT_AN_ITEM = re.compile(r"[\d.!?:;\"“”()]")  # a date, a count, a sentence, a label: no item ("Tài chánh, ngân hàng" is one)
_HEAD_LINES = 40  # a menu stands in the head


def spaced_menus(pasted: list[Line]) -> set[int]:
    """The file line numbers of `pasted` lines (spaces as pasted) that are menus parted by runs of spaces."""
    return {number for number, text in pasted[:_HEAD_LINES] if ("   " in text or "\t" in text) and _menu(text)}


def _menu(text: str) -> bool:
    items = [item for item in _GAP.split(text.strip()) if item]
    return len(items) >= MENU_RUN and all(_item(item) for item in items)


def _item(item: str) -> bool:
    lettered = [word for word in item.split() if any(ch.isalpha() for ch in word)]  # "&" is no word
    return len(lettered) <= _ITEM_WORDS and item[:1].isupper() and not _NOT_AN_ITEM.search(item)


def spaced_menu_off(lines: list[Line], menus: set[int]) -> tuple[list[Line], list[Dropped]]:
    """`lines` (cleaned) without the spaced menus above the first paragraph, and them, listed."""
    if not menus:
        return lines, []
    # a long menu counts words enough for a paragraph's: it is no paragraph itself
    first_prose = next((i for i, (number, text) in enumerate(lines) if number not in menus and is_prose(text)),
                       len(lines))
    off = {i for i, (number, _) in enumerate(lines[:first_prose]) if number in menus}
    return ([line for i, line in enumerate(lines) if i not in off],
            [Dropped(*lines[i], "a menu of links parted by spaces: site chrome") for i in sorted(off)])
