"""An article's info block printed in dashes under its headline (issue 13, round 108).

Some e-portals print the article's poster, date and counter as list items under the headline
("- UBND Xã Trung Sơn" / "- 17/01/2024" / "- 222 lượt xem"). The poster's row, a body's name standing
between the headline and its date line, parts nothing: the date line closes the headline over it, as a
date line right under it would, whether the date is printed as a row or not (round 109: the variants reprint it). A
body's name over a date line printed with no dash is a masthead (date_mastheads.py); a row naming a person is a
byline, read as one; rows over rows are a list.
"""
from __future__ import annotations

from archive.read.dash_menus import dash_row, row_item
from archive.read.sources import organ_name

Line = tuple[int, str]  # (1-based file line, text)

_POSTER_ROWS = 2  # the poster, and the section it posted in


def poster_rows(lines: list[Line], date_index: int | None) -> set[int]:
    """The dash rows naming a body right over the date line (a row or not: "17/01/2024" under "- UBND Xã ..."), under
    a line that is no row."""
    if date_index is None:
        return set()
    rows: set[int] = set()
    i = date_index - 1
    while (i >= 0 and len(rows) < _POSTER_ROWS and lines[i][0] == lines[i + 1][0] - 1
           and dash_row(lines[i][1]) and organ_name(row_item(lines[i][1]))):
        rows.add(i)
        i -= 1
    if i < 0 or dash_row(lines[i][1]):
        return set()  # a list of rows from the top, or rows over rows: a menu's, not a headline's block
    return rows
