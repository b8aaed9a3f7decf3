"""A line that prints a day and nothing else cannot be the headline: a site's clock, a date line.

The reader takes the head's first line for the headline even when it reads as a sentence (a
headline closed by "!" or a stop), and the head ends at the first sentence under it. A site's clock
pasted above the headline ("Thứ Hai, 01/01/2024 08:00", "Thứ năm, 28.07.2022 GMT+7", "Cập nhật:
08:00 12/03/2024") became that first line, so the headline under it was taken for the first
sentence and no title was found. The first line is now the first that is not such a stamp: a date
and what a date line prints around it (a weekday, a time, the zone, "Cập nhật", "Ngày đăng",
"lúc", separators) and nothing more. A line with any other word ("Hà Nội, 12/03/2024", a headline
holding a date) is no stamp.
"""
from __future__ import annotations

import re

from archive.text.date_labels import label_pattern
from archive.text.dates import CLOCK_PATTERN, DATE_PATTERN
from archive.text.normalize import fold

_DATE = re.compile(rf"{DATE_PATTERN}|\bngay \d{{1,2}} thang \d{{1,2}},? nam \d{{4}}|\b\d{{1,2}}h\d\d\b|{CLOCK_PATTERN}")
# The label as text/date_labels.py spells it, folded: "Cập nhật", "Ngày đăng", "Đăng lúc", "Ngày xuất bản".
_AROUND = re.compile(rf"\b(?:thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat|cn|{label_pattern(folded=True)}|"
                     r"ngay|luc|gmt ?\+? ?7|am|pm|sa|ch)\b")
_STAMP_WORDS = 10  # "Thứ Hai, ngày 01/01/2024 - 08:00 (GMT+7)" and a little more


def clock_stamp(text: str) -> bool:
    """The line is a date (maybe a time, a weekday, a label) and nothing else."""
    if len(text.split()) > _STAMP_WORDS or not any(ch.isdigit() for ch in text):
        return False  # cheap tests first
    folded = fold(text).lower()
    if not re.search(r"\d{4}", folded):
        return False
    rest = _AROUND.sub(" ", _DATE.sub(" ", folded))
    return _DATE.search(folded) is not None and not re.search(r"[^\W\d_]|\d", rest)
