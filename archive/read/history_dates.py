"""A date alone on its line near the top that is history, not the day the page was published
(issue 13, round 26). A tradition day's or an anniversary's page sets its poster one phrase a line:
"Cách đây 77 năm" / "Ngày 15/8/1945" / "Hội nghị toàn quốc ... họp tại Tân Trào" / "(đã ra Nghị quyết
...)". The date line there is the event's day:
- a count of years ago stands just above it ("Cách đây 77 năm", "75 năm trước"): the page says itself
  that the day is long past;
- the text elsewhere names a day decades after it ("ngày 19/8/2022"): a page is not older than what it
  tells (a full date only: "tầm nhìn đến năm 2045" names a plan's year, not a day gone by);
- it opens a sentence broken a phrase a line: the lines under it are short and one goes on in small
  letters, in brackets or not ("(đã ra Nghị quyết ...)", "tổ chức tiền thân của ..."), unless the first of
  them prints a line of the two above the date again (a headline, its date line, the headline again: round 106);
  a writer's line in small letters under the date ("by Thu Hang Pham", round 115) is no phrase going on.
Only a bare date line reads so ("Ngày 15/8/1945", "15/8/1945"): a time, a weekday or a posting word
("Cập nhật", "Đăng ngày") makes it the page's own date line, as does a count of time after the date
("20/05/2020 (Cách đây 2 năm)", an aggregator's).
"""
from __future__ import annotations

import re

from archive.read.bylines import parse_byline
from archive.read.headline_prints import reprinted_under_date
from archive.text.dates import YEAR, all_dates, find_time, label_before_date
from archive.text.normalize import fold

Line = tuple[int, str]

# Folded: "cach day 77 nam", "cach day tron 77 nam", "77 nam truoc", "77 nam ve truoc", "da 77 nam troi qua".
_YEARS_AGO = re.compile(r"\s*(?:(?:cach day|truoc day|da)\s+(?:tron\s+|hon\s+|gan\s+)?\d{1,3}\s+nam(?:\s+troi qua)?"
                        r"|(?:tron\s+|hon\s+|gan\s+)?\d{1,3}\s+nam\s+(?:ve\s+)?truoc)\s*[.:,!…]*\s*")
# The line is the date and at most "Ngày" before it, folded.
_BARE_DAY = re.compile(r"\s*(?:ngay\s*)?:?\s*")
_DECADES = 20  # a page naming a year this much later than the date is not that old
_PHRASE_WORDS = 15  # a poster's phrase; a longer line is a paragraph
_MIN_PHRASE = 3  # words: fewer make a button or a label


def history_day(lines: list[Line], index: int) -> bool:
    """Whether the date line at `index` is an event's day in the past, not the page's date."""
    text = lines[index][1]
    dates = all_dates(text)
    if len(dates) != 1 or find_time(text) or not _bare(text, dates[0]):
        return False
    year = _year(dates[0].group(0))
    return _years_ago_above(lines, index) or _named_later(lines, index, year) or _poster_phrases(lines, index)


def _bare(text: str, date: re.Match) -> bool:
    return bool(_BARE_DAY.fullmatch(label_before_date(text) or "")) and not text[date.end():].strip(" .:;")


def _year(date: str) -> int | None:
    found = YEAR.findall(date)
    return int(found[-1]) if found else None


def _years_ago_above(lines: list[Line], index: int) -> bool:
    return index > 0 and bool(_YEARS_AGO.fullmatch(fold(lines[index - 1][1])))


def _named_later(lines: list[Line], index: int, year: int | None) -> bool:
    """Another line names a day decades after the date's ("Sáng 19/8/2022, ...")."""
    if year is None:
        return False
    later = [_year(m.group(0)) for i, (_, text) in enumerate(lines) if i != index for m in all_dates(text)]
    return any(y is not None and y >= year + _DECADES for y in later)


def _poster_phrases(lines: list[Line], index: int) -> bool:
    """The two lines under the date are short phrases without a date, and one goes on a sentence
    broken over the lines: it opens in small letters or in brackets."""
    below = [text.strip() for _, text in lines[index + 1:index + 3]]
    if any(reprinted_under_date(lines, j, index) for j in range(max(0, index - 2), index)):
        return False  # a line above printed again under the date: a headline's two prints, no poster (round 106)
    if len(below) < 2 or any(not _MIN_PHRASE <= len(text.split()) <= _PHRASE_WORDS or all_dates(text) for text in below):
        return False  # a toolbar's "x", "+" under a date is no phrase
    return any(_goes_on(text) and not parse_byline(text) for text in below)  # "by Thu Hang Pham": a writer (round 115)


def _goes_on(text: str) -> bool:
    """"tổ chức tiền thân ...", "(đã ra Nghị quyết ...)": small letters, in brackets or not; a bracketed
    credit or source opens with a capital ("(Ảnh: Minh Anh)", "(Nguồn: Báo X)")."""
    text = text.removeprefix("(")
    return text[:1].islower() and text[1:2].isalpha()
