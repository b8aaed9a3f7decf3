"""A history page's chronicle, one event a line, is the article's text, not a list of links
(issue 13, round 30). A school's page on its Party organisation tells its history a paragraph a
line, the last with no full stop: "Năm 1983 thành Đảng bộ bộ phận ..." / "Ngày 18/12/2007, Thành ủy
... ra Quyết định số 627-QĐ/TU chuyển Đảng bộ ...". Each looks like a headline to the link-list rule
(a capital first, no stop at the end), but other articles' headlines do not open, one after another,
with the year or the day of what they tell:
- a run with two lines or more opened by a year or a full date ("Năm 1993 ...", "Ngày 18/12/2007,
  ...", "Tháng 5/1990 ...", "1999: ...") is a chronicle;
- a line opened by a full date and a comma ("Ngày 18/12/2007, Thành ủy ... ra Quyết định ...") is a
  sentence, the lead's own form, whose document numbers are the article's.
"""
from __future__ import annotations

import re

from archive.text.normalize import fold

_YEAR = r"(?:1[89]|20)\d\d"
# Folded openers: "nam 1983 ", "ngay 18/12/2007", "thang 5/1990", "1999:", "18/12/2007,".
_DATED_OPENER = re.compile(
    rf"(?:(?:nam|tu nam|den nam)\s+{_YEAR}(?!\d)"
    rf"|(?:ngay\s+)?\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*{_YEAR}(?!\d)"
    rf"|thang\s+\d{{1,2}}\s*[/.-]\s*{_YEAR}(?!\d)"
    rf"|{_YEAR}\s*[:–-])")
_DATED_SENTENCE = re.compile(rf"(?:ngay\s+)?\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*{_YEAR},\s*\S")
_CHRONICLE_LINES = 2


def dated_opener(text: str) -> bool:
    """Whether the line opens with a year or a full date ("Năm 1993 ...", "Ngày 18/12/2007, ...")."""
    return bool(_DATED_OPENER.match(fold(text).lstrip()))


def dated_sentence(text: str) -> bool:
    """Whether the line opens a sentence with a full date and a comma: prose, not a headline."""
    return bool(_DATED_SENTENCE.match(fold(text).lstrip()))


def chronicle(run: list[tuple[int, str]]) -> bool:
    """Whether a run of headline-like lines is a history told a line an event."""
    return sum(dated_opener(text) for _, text in run) >= _CHRONICLE_LINES
