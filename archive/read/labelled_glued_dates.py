"""A labelled date line glued to the lead (issue 13, round 48b).

"Ngày cập nhật: 14-03-2024Ngày 14/03/2024, Mạng lưới ...": the page's update date, its label and
all, lost the line break before the lead, so the date runs into the lead's first word. glued.py
splits a bare date glued so ("23/04/2021Sáng 22/04, ..."); a date line's label ("Ngày cập nhật:",
"Cập nhật:", "Ngày đăng:", "Đăng ngày:", with tone marks or without) says the same, and the lead
after it must be a sentence of some length opening with a capital. A weekday before the date says
so too (round 63): "Wed, 02/08/2017Thực hiện ...", "Thứ Tư, 02/08/2017 08:15Sáng nay, ...".
"""
from __future__ import annotations

import re

from archive.text.date_labels import label_pattern
from archive.text.dates import CLOCK_PATTERN, DATE_PATTERN, WEEKDAY_PATTERN
from archive.text.month_names import ENGLISH_WEEKDAYS

_LABEL = label_pattern(folded=True) + r"\s*:?\s*"  # with tone marks or without
# A weekday opening a date line, in Vietnamese or English, an English one whole or cut to three letters ("Wed").
_WEEKDAY = "|".join([WEEKDAY_PATTERN, *(day[:3] for day in ENGLISH_WEEKDAYS)])
_OPENER = rf"(?:{_LABEL}|(?:{_WEEKDAY})\b\.?\s*,?\s*)"
# The label or the weekday, the date (and a clock), then a letter with no space: the lead's first word.
_GLUED = re.compile(rf"^({_OPENER}{DATE_PATTERN}(?:\s+{CLOCK_PATTERN})?)(?=[^\W\d_])", re.IGNORECASE)
LEAD_WORDS = 8  # what is glued after a date line is the lead: a sentence of some length (glued.py too)


def labelled_glued_date(text: str) -> re.Match | None:
    """The match of the labelled (or weekday's) date line (group 1) when `text` opens with one glued to the lead."""
    if not text[:1].isalpha() or not any(ch.isdigit() for ch in text[:60]):
        return None  # cheap gate: a label opens it, a date follows soon
    found = _GLUED.match(text)
    if found is None:
        return None
    after = text[found.end():]
    return found if after[:1].isupper() and len(after.split()) >= LEAD_WORDS else None
