"""Date lines weighed with the lines beside them (round 17): what one line cannot show.

- A clock beside the weather: a site's header prints today's date with the temperature and the city
  ("Thứ Ba, 20/01/2026", "16.2 C", "Lạng Sơn"; or on one line, "... 20/01/2026 | 28°C Hà Nội"): the day
  the page was seen, not the article's.
- The lead's first line, hard-wrapped: "Ngày 27/02/2025, tại hội" with "trường Trung tâm ..." under it.
  A sentence opens on the day (a comma, then small words) and runs on in small letters on the next
  line; a date line's words are labels and names, and the line under it opens a line of its own.
- A signed document's heading (round 18): its place and date beside its number ("Hà Nội, ngày 30 tháng
  10 năm 2020" over "Số 33-HD/BTCTW") date the document the page carries, not the page.
- A headline line that ends with its date in brackets, and a headline block's day in capitals (round 22):
  headline_dates.py.
"""
from __future__ import annotations

import re

from archive.read import candidates as weigh
from archive.read.headline_dates import dated_headline, headline_block_day
from archive.text.dates import all_dates

Line = tuple[int, str]

_TEMPERATURE = r"-?\d{1,2}(?:[.,]\d{1,2})?\s*(?:°\s*[CF]?|º\s*[CF]?|[CF])"
_WEATHER_LINE = re.compile(rf"\s*{_TEMPERATURE}\s*")
_WEATHER_IN_LINE = re.compile(r"-?\d{1,2}(?:[.,]\d{1,2})?\s*[°º]\s*[CF]?(?!\w)")
_WEATHER_REACH = 2  # the temperature stands on the line under the date, or the next
# A document's number on a line of its own: "Số 33-HD/BTCTW", "Số: 125/QĐ-UBND".
_NUMBER_LINE = re.compile(r"\s*Số\s*:?\s*\d+\s*[-/]\s*[A-ZĐ][\w/.-]*\s*", re.IGNORECASE)
_DAY_OPENING = re.compile(r"\s*(?:(?:Sáng|Chiều|Trưa|Tối|Đêm)\s+)?(?:[Nn]gày\s+)?$")


def date_candidates(lines: list[Line], indexes, marker: re.Pattern, under_lead: bool = False
                    ) -> list[weigh.DateCandidate]:
    found = []
    for i in indexes:
        candidate = weigh.date_candidate(i, lines[i][0], lines[i][1], marker, under_lead)
        if candidate is None or _wrapped_lead(lines, i) or _document_heading(lines, i) \
                or dated_headline(lines, i) or headline_block_day(lines, i):
            continue
        if not candidate.widget and _beside_weather(lines, i):
            candidate.widget = "a site clock beside the weather"
        found.append(candidate)
    return found


def _document_heading(lines: list[Line], index: int) -> bool:
    beside = [lines[j][1] for j in (index - 1, index + 1) if 0 <= j < len(lines)]
    return weigh._print_dateline(lines[index][1]) and any(_NUMBER_LINE.fullmatch(text) for text in beside)


def _beside_weather(lines: list[Line], index: int) -> bool:
    below = [text for _, text in lines[index + 1:index + 1 + _WEATHER_REACH]]
    return bool(_WEATHER_IN_LINE.search(lines[index][1])) or any(_WEATHER_LINE.fullmatch(text) for text in below)


def _wrapped_lead(lines: list[Line], index: int) -> bool:
    text = lines[index][1]
    dates = all_dates(text)
    if not dates or index + 1 >= len(lines) or not _DAY_OPENING.fullmatch(text[:dates[0].start()]):
        return False
    after = text[dates[0].end():]
    following = lines[index + 1][1].lstrip()
    return bool(re.match(r"\s*,\s*[^\W\d_]", after)) and after.lstrip(" ,")[:1].islower() \
        and not text.rstrip().endswith((".", ";", ":")) and following[:1].islower()
