"""Rows of a schedule or a table printed one a line, each with its day (round 62).

A reception schedule pastes as "08 giờ 00 ngày 05/02/2022 Giám đốc Sở;", then the same words
before the next day on the next lines. Its first row stood near the headline and was read as the page's
date line. Three lines in a row whose words before their first date are the same (digits aside), each
with words after the date, are rows of the article's text: none of their dates is the page's. One such
line is a date line, weighed as before, and a line labelled as a date line ("Ngày đăng:", "Cập nhật
lúc") is never a row. Asked by date_context.date_candidates.
"""
from __future__ import annotations

import re

from archive.text.date_labels import held_label_pattern
from archive.text.dates import all_dates, label_before_date

Line = tuple[int, str]

_ROWS = 3  # rows in a row that make a schedule
_DIGITS = re.compile(r"\d+")
_DATE_LABEL = re.compile(rf"\b(?:{held_label_pattern(folded=True)})\b")
_NOTHING = " .,;:-–—|()"  # what may close a date line after its date


def _row_key(text: str) -> str | None:
    """The words before the line's first date, digits masked, when words follow the date; else None."""
    dates = all_dates(text)
    if not dates or not text[dates[0].end():].strip(_NOTHING):
        return None
    before = label_before_date(text) or ""
    if _DATE_LABEL.search(before):
        return None
    return _DIGITS.sub("#", " ".join(before.split()))


def schedule_row(lines: list[Line], index: int) -> bool:
    """Line `index` of `lines` is one of three or more rows in a row of one shape, each with a day."""
    key = _row_key(lines[index][1])
    if key is None:
        return False
    run = 1
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(lines) and _row_key(lines[at][1]) == key:
            run += 1
            at += step
    return run >= _ROWS
