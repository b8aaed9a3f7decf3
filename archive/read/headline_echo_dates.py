"""A headline printed twice, its day on one print (conventions round 12).

A page may print its headline twice, a title bar and the article's own headline, and the day at the end
of only one of them ("Đại hội Đảng bộ ... 23-11-2017" over "Đại hội Đảng bộ ..."). When the reader takes
the bare print for the title, the day on the other, split off as on the title's own line (bare or in
brackets: headline.clean_headline), is the page's date. Asked only when the head has no date line.
"""
from __future__ import annotations

from archive.read.headline import clean_headline

Line = tuple[int, str]


def echoed_date(lines: list[Line], title: str, url: str = "") -> tuple[int, int, str] | None:
    """(index, file line, day) of a line printing the headline `title` again with a day at its end."""
    for i, (number, text) in enumerate(lines):
        if not text.rstrip().endswith(tuple("0123456789)]")) or not text.startswith(title[:12]):
            continue  # cheap gates: a day (or its bracket) closes the line, which opens as the title does
        rest, day = clean_headline(text, url)
        if day and rest == title:
            return i, number, day
    return None
