"""Dates printed as part of the headline's lines (round 22), which are no date lines of their own.

- A short headline that ends with a date in brackets ("Mừng tuổi các cụ phụ lão (8-2-1962)"), first in
  the paste: it reads like a name and a date ("<source> (21/07/2025)"), but nothing above it is a headline,
  so it is the headline line (unless it only names a paper or a body: "Báo Nhân Dân điện tử (21/07/2025)");
  the bracketed date is split off it when it is cleaned (headline.py), and is
  the publication date as issue 13 reads a bracketed date after a headline. Conventions round 18: a
  headline of three or four words so dated is one too, first in the paste and right over its lead.
- A headline block in capitals whose last line is, or ends with (round 23), the day ("PHƯỚC AN:" / "MỪNG LỄ ... GIÁO ĐIỂM" /
  "NGÀY 15.8.2023"): the feast's or the event's day, which the lead names again ("Vào lúc 17g30 ngày
  15.8.2023, ..."); a page's date line is not shouted in the headline's capitals, nor is it the day of
  what the lead tells.
"""
from __future__ import annotations

import re

from archive.read.bylines import parse_byline
from archive.read.candidates import headline_shaped
from archive.read.decoy_names import top_chrome
from archive.read.headline import clean_headline
from archive.read.prose import is_sentence
from archive.read.sources import organ_name
from archive.text.dates import BadDate, all_dates, find_date

Line = tuple[int, str]

_BLOCK_DAY = re.compile(r"\s*(?P<head>.*?)\s*NGÀY\s+(?P<day>\S+)\s*")
_LEAD_REACH = 3  # the lead's first lines, where it names the day again
_SHORT_WORDS = 3  # a short headline's words at least (fewer make a label: "THÔNG BÁO (06/10/2016)")


def dated_headline(lines: list[Line], index: int) -> bool:
    """The line is the headline with its date in brackets, at the head of the paste."""
    text = lines[index][1]
    rest, dated = clean_headline(text)
    if dated is None or rest == text.strip() or organ_name(rest):
        return False
    if not headline_shaped(rest):
        return _short_first(lines, index, rest)
    # the page's top (an app's banner, the brand under it, a weekday) is no headline above it (round 80)
    return not any(headline_shaped(above) for _, above in lines[top_chrome(lines, index):index])


def _short_first(lines: list[Line], index: int, rest: str) -> bool:
    """A headline of three or four words with its date in brackets ("Tuổi cao, gương sáng (26/11/2020)"),
    the paste's first line (under its top chrome), right over its lead's sentence (conventions round 18):
    nothing else is the headline. A person's name before the date ("Nguyễn Văn An (26/11/2020)") is a
    byline's."""
    return index == top_chrome(lines, index) and len(rest.split()) >= _SHORT_WORDS and not parse_byline(rest) \
        and len(lines) > 1 and is_sentence(lines, 1)


def headline_block_day(lines: list[Line], index: int) -> bool:
    """The line is "NGÀY <date>" in capitals closing a headline in capitals, on the headline's last line
    or on a line of its own under it, and the lead names that day."""
    found = _BLOCK_DAY.fullmatch(lines[index][1])
    head = found.group("head") if found else ""
    if head:  # "CHI HỘI X SINH HOẠT NGÀY 28/5/2020": one line
        if not head.isupper() or not headline_shaped(head):
            return False
    elif not found or index == 0 or not lines[index - 1][1].isupper() or not headline_shaped(lines[index - 1][1]):
        return False
    day = _day(found.group("day"))
    return day is not None and any(_day(match.group(0)) == day for _, text in lines[index + 1:index + 1 + _LEAD_REACH]
                                   for match in all_dates(text))


def _day(text: str):
    try:
        found = find_date(text)
    except BadDate:
        return None
    return found[0] if found else None
