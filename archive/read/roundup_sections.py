"""A roundup's first section heading under its headline: never the title (issue 13, round 54).

A weekly or monthly roundup names its period in the headline ("Thông tin kinh tế tài chính từ ngày
29/01/2024 đến ngày 02/02/2024", "Bản tin tuần 06/10 – 10/10") and opens its text with a short section
heading ("Tin kinh tế vĩ mô") over the first item. Standing right over the lead, the heading gained the
lead's weight and beat the headline. A line of a section label's few words right under a candidate
holding a date range is that roundup's section, not its headline.
"""
from __future__ import annotations

import re

from archive.read.line_sizes import HEADLINE_WORDS

_DAY = r"\d{1,2}\s?/\s?\d{1,2}(?:\s?/\s?\d{2,4})?"  # a day and its month, slashed: "1.2 - 2.0" is a version
_DATE_RANGE = re.compile(rf"(?<!\d){_DAY}\s*(?:đến|tới|den|toi|[-–—])\s*(?:ngày\s*|ngay\s*)?{_DAY}(?!\d)", re.IGNORECASE)


def date_range(text: str) -> bool:
    """The line names a period from one day to another: "từ 29/01 đến 02/02/2024", "06/10 – 10/10"."""
    if text.count("/") < 2:
        return False  # the cheap test: two days written with their months
    return bool(_DATE_RANGE.search(text))


def roundup_section(lines: list[tuple[int, str]], candidates: list[int], rank: int, skip: set[int]) -> bool:
    """The candidate at `rank` is a few words right under the candidate above it, which holds a date range."""
    if not rank:
        return False
    text = lines[candidates[rank]][1].strip()
    if len(text.split()) > HEADLINE_WORDS or text.endswith((".", "?", "!")):
        return False
    above = candidates[rank] - 1
    while above in skip:
        above -= 1
    return above == candidates[rank - 1] and date_range(lines[above][1]) \
        and len(lines[above][1].split()) > len(text.split())
