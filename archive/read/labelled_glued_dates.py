"""A labelled date line glued to the lead (issue 13, round 48b).

"Ngày cập nhật: 14-03-2024Ngày 14/03/2024, Mạng lưới ...": the page's update date, its label and
all, lost the line break before the lead, so the date runs into the lead's first word. glued.py
splits a bare date glued so ("23/04/2021Sáng 22/04, ..."); a date line's label ("Ngày cập nhật:",
"Cập nhật:", "Ngày đăng:", "Đăng ngày:", with tone marks or without) says the same, and the lead
after it must be a sentence of some length opening with a capital. A weekday before the date says
so too (round 63): "Wed, 02/08/2017Thực hiện ...", "Thứ Tư, 02/08/2017 08:15Sáng nay, ...". So does a
source's name in title case before a date, in figures or in words (round 90): "Vietnam Parents World 26 tháng
05,2025Trong hơn ...": the date's last figure runs into the lead's capital, which no sentence prints.
"""
from __future__ import annotations

import re

from archive.text.date_labels import label_pattern
from archive.text.dates import CLOCK_PATTERN, DATE_PATTERN, WEEKDAY_PATTERN, WORDED_PATTERN
from archive.text.month_names import ENGLISH_WEEKDAYS
from archive.text.normalize import fold

_LABEL = label_pattern(folded=True) + r"\s*:?\s*"  # with tone marks or without
# A weekday opening a date line, in Vietnamese or English, an English one whole or cut to three letters ("Wed").
_WEEKDAY = "|".join([WEEKDAY_PATTERN, *(day[:3] for day in ENGLISH_WEEKDAYS)])
_OPENER = rf"(?:{_LABEL}|(?:{_WEEKDAY})\b\.?\s*,?\s*)"
# The label or the weekday, the date (and a clock), then a letter with no space: the lead's first word.
_GLUED = re.compile(rf"^({_OPENER}{DATE_PATTERN}(?:\s+{CLOCK_PATTERN})?)(?=[^\W\d_])", re.IGNORECASE)
# A source's name (a few words, each opening with a capital) and a date in figures or in words, glued to a capital.
# Two words at least: one word before a date opens the lead's own sentence ("Sáng 14-03-2024...") or names no
# source ("Wedding 02/08/2017"); so do two opened by a time of day ("Sáng Thứ Hai 14/3/2024").
_NAMED = re.compile(rf"^((?:[A-ZĐÀ-Ỹ][^\W\d_]*\s+){{2,6}}(?:ngày\s+)?(?:{WORDED_PATTERN}|{DATE_PATTERN}))(?=[A-ZĐÀ-Ỹ])")
_TIMES_OF_DAY = frozenset(("sang", "trua", "chieu", "toi", "dem", "ngay", "hom", "vao", "tu", "den", "luc"))
LEAD_WORDS = 8  # what is glued after a date line is the lead: a sentence of some length (glued.py too)


def labelled_glued_date(text: str) -> re.Match | None:
    """The match of the labelled (or weekday's) date line (group 1) when `text` opens with one glued to the lead."""
    if not text[:1].isalpha() or not any(ch.isdigit() for ch in text[:60]):
        return None  # cheap gate: a label opens it, a date follows soon
    found = _GLUED.match(text) or _named(text)
    if found is None:
        return None
    after = text[found.end():]
    return found if after[:1].isupper() and len(after.split()) >= LEAD_WORDS else None


def _named(text: str) -> re.Match | None:
    found = _NAMED.match(text)
    return found if found and fold(text.split(None, 1)[0]) not in _TIMES_OF_DAY else None
