"""Date lines weighed with the lines beside them (round 17): what one line cannot show.

- A clock beside the weather: a site's header prints today's date with the temperature and the city
  ("Thứ Ba, 20/01/2026", "16.2 C", "Lạng Sơn"; or on one line, "... 20/01/2026 | 28°C Hà Nội"): the day
  the page was seen, not the article's.
- The lead's first line, hard-wrapped: "Ngày 27/02/2025, tại hội" with "trường Trung tâm ..." under it.
  A sentence opens on the day (a comma, then small words) and runs on in small letters on the next
  line; a date line's words are labels and names, and the line under it opens a line of its own.
- A signed document's heading (round 18): its place and date beside its number ("Hà Nội, ngày 30 tháng
  10 năm 2020" over "Số 33-HD/BTCTW") date the document the page carries, not the page.
- Conventions round 4: a date beside the account buttons ("Thứ Tư, 02/12/2026 | Đăng nhập | Đăng ký") is
  the site's top bar, today's date; a date a label names as a deadline ("Hạn nộp hồ sơ: 24/08/2015", "Thời
  hạn đăng ký") is the day something is due, and a field label naming an event's or a life's day ("Khai
  mạc:", "Ngày diễn ra:", "Ngày thi:", "Ngày sinh:", "Ngày mất:") names no publication; a print view's "Ngày in:"
  and an access note's "Ngày truy cập:" are the day of the visit, and so is a portal's date filter ("Xem
  theo ngày 02/12/2026").
- A headline line that ends with its date in brackets, and a headline block's day in capitals (round 22):
  headline_dates.py; a bare date line that is history, a poster's or an anniversary's (round 26): history_dates.py;
  a date with a time zone and no time that the text's event day agrees with (round 26): zone_dates.py;
  a bare date line with a two-digit year under the headline (round 32): short_year_lines.py; a schedule's
  rows printed one a line, each with its day (round 62): schedule_rows.py.
"""
from __future__ import annotations

import re

from archive.read import candidates as weigh
from archive.read.file_name_dates import file_name_date
from archive.read.headline_dates import dated_headline, headline_block_day
from archive.read.history_dates import history_day
from archive.read.question_dates import asked_day
from archive.read.schedule_rows import schedule_row
from archive.read.short_year_lines import short_year_line
from archive.read.zone_dates import reported_day
from archive.text.dates import all_dates, label_before_date
from archive.text.normalize import fold

Line = tuple[int, str]

_TEMPERATURE = r"-?\d{1,2}(?:[.,]\d{1,2})?\s*(?:°\s*[CF]?|º\s*[CF]?|[CF])"
_WEATHER_LINE = re.compile(rf"\s*{_TEMPERATURE}\s*")
_WEATHER_IN_LINE = re.compile(r"-?\d{1,2}(?:[.,]\d{1,2})?\s*[°º]\s*[CF]?(?!\w)")
_WEATHER_REACH = 2  # the temperature stands on the line under the date, or the next
# A document's number on a line of its own: "Số 33-HD/BTCTW", "Số: 125/QĐ-UBND".
_NUMBER_LINE = re.compile(r"\s*Số\s*:?\s*\d+\s*[-/]\s*[A-ZĐ][\w/.-]*\s*", re.IGNORECASE)
# Folded: a site's account buttons beside its clock; not "Đăng ký" alone ("Đăng ký nhận tin" may follow a date).
_ACCOUNT = re.compile(r"\b(?:dang nhap|dang xuat|login|log in|sign in|sign up)\b")
_DEADLINE = re.compile(r"\b(?:thoi han|han chot|han cuoi|han nop|het han|han dang ky)\b")  # folded, before the date
# A field label, all that stands before the date, naming an event's day or a life's ("Khai mạc: ...",
# "Ngày sinh: ..."); folded. Only as the whole label: "Ban Tổ chức - 24/08/2015" is a section's name.
_OTHER_DAY = re.compile(r"\s*(?:ngay|thoi gian)?\s*(?:sinh|mat|tu tran|qua doi|khai mac|be mac|dien ra|to chuc|thi)"
                        r"(?:\s+ngay)?\s*:?\s*")
# Folded, opening the line; "Xem theo ngày", a portal's date filter, shows the day of the visit too.
_VISIT_DAY = re.compile(r"\s*(?:ngay in|ngay truy cap|truy cap ngay|printed on|print date|xem (?:tin )?theo ngay)\b")
_DAY_OPENING = re.compile(r"\s*(?:(?:Sáng|Chiều|Trưa|Tối|Đêm)\s+)?(?:[Nn]gày\s+)?$")


def date_candidates(lines: list[Line], indexes, marker: re.Pattern, under_lead: bool = False
                    ) -> list[weigh.DateCandidate]:
    found = []
    for i in indexes:
        text = short_year_line(lines, i) or lines[i][1]  # "27/03/20" under the headline (round 32)
        candidate = weigh.date_candidate(i, lines[i][0], text, marker, under_lead)
        if candidate is None or _wrapped_lead(lines, i) or _document_heading(lines, i) \
                or dated_headline(lines, i) or headline_block_day(lines, i) or history_day(lines, i) \
                or asked_day(lines, i) or file_name_date(lines[i][1]):  # a Q&A's day asked (round 31); a file's name (round 56)
            continue
        if schedule_row(lines, i):  # a schedule's rows, one a line (round 62)
            continue
        if _deadline(lines[i][1]):
            continue
        candidate = reported_day(lines, i, candidate, marker, under_lead)  # a print view's "28.07.2022 GMT+7"
        if not candidate.widget and _beside_weather(lines, i):
            candidate.widget = "a site clock beside the weather"
        elif not candidate.widget and _ACCOUNT.search(fold(lines[i][1])):
            candidate.widget = "a site's top bar: today's date beside the account buttons"
        elif not candidate.widget and _VISIT_DAY.match(fold(lines[i][1])):
            candidate.widget = "the day of the visit: a print view's or an access note's date"
        found.append(candidate)
    return found


def _deadline(text: str) -> bool:
    """A deadline's date, or an event's or a life's day named by the line's label."""
    label = label_before_date(text)
    return label is not None and (bool(_DEADLINE.search(label)) or bool(label.strip()) and bool(_OTHER_DAY.fullmatch(label)))


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
