"""A publication date printed bare at the headline's end (conventions round 12).

Small sites print the day after the headline on the same line, no bracket: "Đoàn công tác thăm và làm
việc tại Trường 23-11-2017", "... - 23/11/2017", "... | 23.11.2017 08:15". Left on the line it is read
as part of the title and the page gets no date. The day is split off (it becomes the date line, as a
bracketed one does, headline.py; from a second print of the headline too: headline_echo_dates.py) when it is the line's last token, a space, a dash or a bar before it,
and what is left is still a headline (five words and more, no closing stop or colon). It stays when a
word that governs a date (or a weekday) stands before it: an event's day is part of the headline ("Hội nghị ... ngày
23/11/2017", "... từ 20/11 đến 23/11/2017"), and so is the end of a range ("20/11/2017 - 23/11/2017").
A year range ("2020-2025", "(1930-2025)"), a month and year ("số 12/2017"), a part ("Kỳ 2") are no
day: the date needs day, month and a four-digit year. It stays too when the page's address spells it
in the headline's slug ("...-thanh-ca-giuse-1932017"): the slug is the headline's words, the day one of them.
"""
from __future__ import annotations

import re

from archive.read.line_sizes import HEADLINE_WORDS, long_unclosed
from archive.read.slug_days import day_in_slug
from archive.read.stopped_end_dates import stop_closed_headline
from archive.text.dates import CLOCK_PATTERN, DATE_PATTERN

_END = re.compile(rf"(?P<sep>\s+[-–—|]\s*|\s+)(?<![\d/.-])(?P<date>{DATE_PATTERN}(?:\s+{CLOCK_PATTERN})?)\s*$")
_RANGE_START = re.compile(r"(?<![\w.,])\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)?$")
_CLOCK_END = re.compile(rf"{CLOCK_PATTERN}\s*[,|-]?$")
_TODAY_END = re.compile(r"(?i)\b(?:hôm|ngày|bữa|tối|sáng|chiều|đêm)\s+nay\s*$")  # "hôm nay 23/11": a day; "hiện nay" is no day
_WEEKDAY_END = re.compile(r"(?i)\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|t[2-7]|cn)\s*,?$")
# words after which a day belongs to the sentence: "ngày", "từ ... đến", "trước", "sau", "vào", "lúc" ...
_GOVERNING = frozenset((
    "ngày", "từ", "đến", "tới", "hết", "trước", "sau", "vào", "lúc", "hôm", "đêm", "sáng", "trưa", "chiều",
    "tối", "và", "hoặc", "kể", "đầu", "cuối", "giữa", "hạn", "lần", "đợt", "khóa", "khoá", "kỳ"))


def date_end_off(text: str, url: str = "") -> tuple[str, str] | None:
    """(the headline, the date printed bare at its end), or None when it ends with no such day (or the
    address `url` spells the day in its slug)."""
    if not text or not text[-1].isdigit():  # cheap gate: a day ends with a figure
        return None
    found = _END.search(text)
    if not found:
        return None
    rest, dashed = text[:found.start()].rstrip(" -–—|,"), bool(found.group("sep").strip())
    worded = sum(any(c.isalpha() for c in word) for word in rest.split()) >= HEADLINE_WORDS
    stopped = dashed and rest.endswith(".") and len(rest.split()) >= HEADLINE_WORDS or stop_closed_headline(rest)
    closed = not long_unclosed(rest) and not stopped  # "... 2020. 23.11.2017" (stopped_end_dates.py)
    if closed or not worded or dashed and _range(rest, found.group("date")) or _CLOCK_END.search(rest):
        return None  # a sentence, a label ("Cập nhật lúc : 07:51 ..."), a range's end ("20/11 - 23/11/2017")
    if rest.split()[-1].lower().strip("(,") in _GOVERNING or _WEEKDAY_END.search(rest) or _TODAY_END.search(rest):  # "tú" is no "từ"
        return None  # "... sáng thứ Bảy 12/8/2023": the day the event falls on
    return None if day_in_slug(found.group("date"), url, rest) else (rest, found.group("date"))  # slug_days.py


def _range(rest: str, date: str) -> bool:
    """The headline ends with a first day ("17/4", "19/5/1890", "26") not after the day after the dash: a range."""
    start = _RANGE_START.search(rest)
    if start is None:
        return False
    first = [int(n) for n in re.findall(r"\d+", start.group())]
    day, month, year = [int(n) for n in re.findall(r"\d+", date)][:3]
    if len(first) == 3:  # "19/5/1890 - 19/5/2012": an anniversary's span
        return (first[2], first[1], first[0]) <= (year, month, day)
    return len(first) == 1 and first[0] <= day or len(first) == 2 and (first[1], first[0]) <= (month, day)
