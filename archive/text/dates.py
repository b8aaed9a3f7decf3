"""Dates as Vietnamese sources write them: day first, unless an English 12-hour clock says otherwise."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from archive.text.month_names import ENGLISH_WEEKDAYS, is_month_name_date, month_name_dates, month_name_parts
from archive.text.normalize import fold

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
# A weekday as a date line prints it, as pattern text (to compile with re.IGNORECASE): Vietnamese in words or
# by number ("Thứ 4", "CN"), English whole (read/event_headlines.py, read/labelled_glued_dates.py).
WEEKDAY_PATTERN = "|".join([*WEEKDAYS, r"Thứ\s*[2-7]", "Chủ nhật", "CN", *ENGLISH_WEEKDAYS])

# A numeric date and a clock as pattern text, for patterns that build on them
# (read/glued.py, read/headline.py).
DATE_PATTERN = r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
CLOCK_PATTERN = r"\d{1,2}:\d\d(?::\d\d)?"  # "08:15", "14:43:06"
# How long ago, after a count: "2 giờ trước", "3 ngày trước" (aggregators print it for a date).
AGO_PATTERN = r"(?:giây|phút|giờ|ngày|tuần|tháng)\s+trước"
# dd/mm/yyyy or dd-mm-yyyy (sources also write d-m-yyyy); the year is four digits
# so "2011-2015" or "01X-11/08-2021-2" never reads as a date.
NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?![\d/-])")
# A date year first: a raw timestamp ("2025-07-14 14:43:00.0", a database's, printed as it is), with
# slashes as some WordPress themes print it ("2015/08/24 08:21"), or with dots ("2023.08.28 - 1307 lượt
# xem", round 39). One separator throughout. A dotted one only from a year 19xx or 20xx and never going
# on with a dot and a digit, so a version ("2.1.3", "1000.1.2") or a dotted number is no date.
_DOTTED_YEAR = r"(?<=(?:19|20)\d\d)\."
ISO_PATTERN = r"\d{4}(?:-\d{1,2}-|/\d{1,2}/|" + _DOTTED_YEAR + r"\d{1,2}\.)\d{1,2}(?!\.\d)"
ISO_DATE = re.compile(r"(?<![\d/.-])(\d{4})([-/]|" + _DOTTED_YEAR + r")(\d{1,2})\2(\d{1,2})(?![\d/-]|\.\d)")
# The clock's meridiem words, the one list every pattern after a clock is built from: an English
# 12-hour clock's marks ("1:15:06 PM"), a Vietnamese site's ("SA", "CH": sáng, chiều) and the words
# WordPress's Vietnamese locale writes ("8:30 sáng", "2:15 chiều", "8:30 tối"); AFTERNOON adds twelve
# hours. A mark stands in capitals or small letters, never capitalised ("Sa Pa" is no clock's); a
# word in small letters or capitalised. Where a pattern takes fewer, it is a rule:
# - _ENGLISH_CLOCK_AFTER: the English marks only, since they tell a month-first date;
# - read/candidates.py strips the words anywhere on a date line, not only after a clock: so the
#   Vietnamese marks only in capitals ("sa" is a word, "phù sa") and the words only in small
#   letters ("Chiều 21/11, ..." opens a lead, whose words they are).
ENGLISH_MERIDIEM = ("AM", "PM")
MERIDIEM_MARKS = (*ENGLISH_MERIDIEM, "SA", "CH")
MERIDIEM_WORDS = ("sáng", "chiều", "tối")
AFTERNOON = ("PM", "CH", "CHIỀU", "TỐI")
# The alternation after a clock; a word going on in lower case may not follow ("CHính" is no
# clock), a glued lead's capital may ("PMXây").
MERIDIEM_PATTERN = "(?:" + "|".join([*MERIDIEM_MARKS, *(m.lower() for m in MERIDIEM_MARKS),
                                     *(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in MERIDIEM_WORDS)]) + ")(?![a-zà-ỹ])"
# An English 12-hour clock right after a numeric date: "11/18/2024 12:00:00 AM", glued to a
# lead too ("1:15:06 PMXây"). Portals built on SharePoint or .NET print dates month first
# with it; Vietnamese sites write a 12-hour clock SA/CH, and day first.
_ENGLISH = "|".join([*ENGLISH_MERIDIEM, *(m.lower() for m in ENGLISH_MERIDIEM)])
_ENGLISH_CLOCK_AFTER = re.compile(rf"\s*,?\s*(\d{{1,2}}):\d\d(?::\d\d(?:\.\d+)?)?\s*(?:{_ENGLISH})(?![a-zà-ỹ])")
# A US short date, its year in two digits, read only with the English 12-hour clock right after it:
# "5/10/23 6:10 AM", the default short form of an English-locale portal (round 26). With no such
# clock, "5/10/23" may be a ratio, a score or a document's number, and no date.
SHORT_YEAR_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})/(\d\d)(?=" + _ENGLISH_CLOCK_AFTER.pattern + ")")
# A journal's dates, their years in two digits, read only right after a journal's own field
# ("Ngày nhận bài: 08/09/19", "Ngày hoàn thiện: 28/09/19", "Ngày đăng: 30/09/19", round 27): with no
# such label "30/09/19" may be a ratio, a score or a document's number, and no date.
_JOURNAL_SHORT_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})/(\d\d)(?![\d/])")
JOURNAL_FIELD_BEFORE = re.compile(r"ngày\s+(?:đăng|nhận(?:\s+bài)?|hoàn\s+thiện|duyệt(?:\s+đăng)?|chấp\s+nhận"
                                   r"|xuất\s+bản|phản\s+biện|gửi\s+bài)\s*:\s*$", re.IGNORECASE)
# "ngày 30 tháng 1 năm 2023", and the shorter "08 Tháng 9 2021" some portals print.
# The year may follow a comma with no space ("26 tháng 05,2025", round 90).
_WORDED = r"(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+|\s*,\s*|\s+)(\d{4})"
WORDED_DATE = re.compile(rf"(?<!\d)(?:ngày\s+)?{_WORDED}(?!\d)", re.IGNORECASE)
WORDED_PATTERN = _WORDED.replace("(\\d", "(?:\\d")  # the same without its groups, for other patterns to hold
# Not after "+": "GMT+07:00" is a time zone's offset, not a time.
TIME = re.compile(r"(?<![\d+])([01]?\d|2[0-3]):([0-5]\d)(?!\d)")
# A 12-hour clock: "01:01 PM", "8:30 sáng"; seconds may stand between ("1:15:06 PM").
_MERIDIEM = re.compile(rf"(?::\d\d(?:\.\d+)?)?\s*({MERIDIEM_PATTERN})")
# Papers write the hour with "h", "g" or "giờ" too: "08h21", "8g21", "14H05", "08 giờ 21". Read only where no
# "08:21" stands, and never inside a word or a code ("QL14h20" is no clock).
_HOUR_WORD_TIME = re.compile(r"(?<![^\W_])([01]?\d|2[0-3])(?:[hHg]|\s*giờ\s*)([0-5]\d)(?![^\W_])")
# A lunar date is marked so after it: "15/7/2015 ÂL", "ngày 15 tháng 7 năm 2015 (âm lịch)"; it is
# the day of a festival or an anniversary, never the day a page was published.
_LUNAR_AFTER = re.compile(r"\s*[(\[]?\s*(?:(?i:âm\s+lịch)|ÂL|AL)(?![^\W\d_])")

# A line holding nothing but a date whose parts are separated by spaces, maybe with a
# time: "22 08 2022" (a site's date widget). Only a whole line reads so: in prose,
# "22 08 2022" could be three numbers.
# Round 70: the day and the month may be joined by a dot, a slash or a dash, the year alone after a space
# ("15.05 2024", a school site's date over its headline).
_SPACED_DATE_LINE = re.compile(r"\s*(\d{1,2})(?:\s+|\s*[./-]\s*)(\d{1,2})\s+(\d{4})((?:\s*[,|-]?\s*\d{1,2}:\d\d(?::\d\d)?)?)\s*")
# A date line opening on a date glued to its time, the space lost: "14/03/202407:44:00(Xem: 2540)".
# The year has four digits, so the clock after it is plain; a view count glued after it is spaced too.
_GLUED_CLOCK = re.compile(r"^(\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4})(\d{1,2}:\d\d(?::\d\d)?)(?=\(|\s|$)")
# A four-digit year glued to the 12-hour clock after it, behind any date's form: "31 Tháng Năm 20179:19
# CH(Xem: 13648)" (round 28). Read only where the digits cannot be a year alone: a year of 19xx or 20xx,
# then "H:MM" or "HH:MM", and only where a date in words ends at that year once the two are parted: a
# numeric one is read so only opening its line (_GLUED_CLOCK; "Số 14/03/202407:44" may be a number).
_GLUED_YEAR_CLOCK = re.compile(r"(?<!\d)((?:19|20)\d\d)((?:[01]?\d|2[0-3]):[0-5]\d)(?!\d)")
# A date line whose year is glued to its month, the second separator lost: "31/072023". Only a whole line
# (a time may follow) and only a month of two digits then a year of 19xx or 20xx, so the parts cannot be
# cut another way; in prose "31/072023" could be a number.
_GLUED_YEAR_LINE = re.compile(r"\s*(\d{1,2})([/.-])(0[1-9]|1[0-2])((?:19|20)\d\d)((?:\s+\d{1,2}:\d\d(?::\d\d)?)?)\s*")


# A year printed in two digits: "'98" on a calendar leaf, "28/7/18" in a post line, "5/10/23 6:10 AM".
# No page was on the web before the 1990s, so 70 to 99 are the last century's years and the rest this
# one's; a rule that asks a real web year (leaf_dates.py) refuses the 1970s and 1980s itself.
_LAST_CENTURY_FROM = 70


def full_year(short: int) -> int:
    """A two-digit year made whole: 98 -> 1998, 18 -> 2018, 5 -> 2005. The one rule every reader asks."""
    return short + (1900 if short >= _LAST_CENTURY_FROM else 2000)


class BadDate(ValueError):
    """A date written in the text that does not exist (31/02/2023)."""


def find_date(text: str) -> tuple[dt.date, re.Match] | None:
    """The first date in `text`, or None. Raises BadDate for impossible dates."""
    named = month_name_dates(text)
    match = WORDED_DATE.search(text) or (named[0] if named else None) or NUMERIC_DATE.search(text) \
        or SHORT_YEAR_DATE.search(text) or next(iter(journal_short_dates(text)), None)
    if match and is_month_name_date(match):
        day, month, year = month_name_parts(match)
    elif match:
        day, month, year = (int(g) for g in match.group(1, 2, 3))
        if match.re in (SHORT_YEAR_DATE, _JOURNAL_SHORT_DATE):
            year = full_year(year)  # "5/10/23"
        if match.re is not WORDED_DATE and month_first(text, match):
            day, month = month, day
    else:
        match = ISO_DATE.search(text)
        if not match:
            return None
        year, month, day = (int(match.group(g)) for g in (1, 3, 4))
    try:
        return dt.date(year, month, day), match
    except ValueError as exc:
        raise BadDate(f"'{match.group(0)}' is not a real date ({exc})") from exc


def month_first(text: str, match: re.Match) -> bool:
    """Whether the numeric date `match` in `text` is written month first. It is when an
    English 12-hour clock ("1:15 PM") stands right after it, unless its first number is
    above 12 ("18/11/2024 12:00 AM" can only be day first); an ambiguous "1/9/2020" follows
    the clock's form. With no such clock, a Vietnamese page writes day first.
    An ambiguous date padded with zeros ("08/07/2017 08:19:00 AM") is a pattern the site chose
    (dd/MM/yyyy hh:mm:ss): the English form a server prints by default pads no number
    ("1/9/2020 1:15:06 PM", "12/21/2023 4:19:03 PM"), so a padded one is a Vietnamese site's, day first."""
    if int(match.group(1)) <= 12 < int(match.group(2)):
        return True  # "11/30/2020": no day-first reading exists, so an English site's month-first date (round 106)
    clock = _ENGLISH_CLOCK_AFTER.match(text, match.end())
    if clock is None or int(match.group(1)) > 12:
        return False
    padded = any(number.startswith("0") for number in (match.group(1), match.group(2), clock.group(1)))
    return int(match.group(2)) > 12 or not padded


def unspaced_date_line(text: str) -> str:
    """"22 08 2022" (or "15.05 2024") -> "22/08/2022" when the whole line is such a date, "14/03/202407:44:00" ->
    "14/03/2024 07:44:00" when a line opens so, "31 Tháng Năm 20179:19 CH" -> "31 Tháng Năm 2017 9:19 CH",
    "31/072023" -> "31/07/2023"; else the line as is."""
    glued = _GLUED_CLOCK.match(text)
    if glued:
        after = text[glued.end():]
        return f"{glued.group(1)} {glued.group(2)}" + (" " + after if after.startswith("(") else after)
    text = _year_clock_parted(text)
    glued_year = _GLUED_YEAR_LINE.fullmatch(text)
    if glued_year:
        day, sep, month, year, time = glued_year.groups()
        return f"{day}{sep}{month}{sep}{year}{time}"
    match = _SPACED_DATE_LINE.fullmatch(text)
    if not match or not (1 <= int(match.group(1)) <= 31 and 1 <= int(match.group(2)) <= 12):
        return text
    day, month, year, time = match.groups()
    return f"{day}/{month}/{year}{time}"


def _year_clock_parted(text: str) -> str:
    """"31 Tháng Năm 20179:19 CH" -> "31 Tháng Năm 2017 9:19 CH" where a date in words ends at the glued year."""
    glued = _GLUED_YEAR_CLOCK.search(text) if ":" in text else None
    if glued is None:
        return text
    parted = f"{text[:glued.end(1)]} {text[glued.start(2):]}"
    if not any(m.end() == glued.end(1) and m.re is not NUMERIC_DATE for m in _all_dates(parted)):
        return text
    return parted


def journal_short_dates(text: str) -> list[re.Match]:
    """The two-digit-year dates of a journal's fields ("Ngày đăng: 30/09/19"), each right after its label."""
    if "/" not in text:
        return []
    return [m for m in _JOURNAL_SHORT_DATE.finditer(text) if JOURNAL_FIELD_BEFORE.search(text, max(0, m.start() - 30), m.start())]


def find_time(text: str) -> str:
    """'HH:MM' from the text, or ''; "01:01 PM" is 13:01, "08h21" is 08:21."""
    match = TIME.search(text) or _HOUR_WORD_TIME.search(text)
    if not match:
        return ""
    hour = int(match.group(1))
    meridiem = _MERIDIEM.match(text, match.end())
    if meridiem and hour <= 12:
        afternoon = meridiem.group(1).upper() in AFTERNOON
        hour = hour % 12 + (12 if afternoon else 0)
    return f"{hour:02d}:{match.group(2)}"


def is_lunar(text: str, match: re.Match) -> bool:
    """Whether the date `match` in `text` is marked as a lunar one ("15/7/2015 ÂL")."""
    return _LUNAR_AFTER.match(text, match.end()) is not None


def label_before_date(text: str) -> str | None:
    """What stands before the first date of `text`, folded ("+ Ngày hỏi:" -> "+ ngay hoi:"): the
    field's label a date line prints; None when the text holds no date."""
    dates = _all_dates(text)
    return fold(text[:dates[0].start()]) if dates else None


def all_dates(text: str) -> list[re.Match]:
    """Every date written in `text`, worded or numeric, in order."""
    return list(_all_dates(text))


@lru_cache(maxsize=4096)  # the reader's slots ask about the same head lines again (a fresh list each time)
def _all_dates(text: str) -> tuple[re.Match, ...]:
    found = list(WORDED_DATE.finditer(text))
    found += [m for m in month_name_dates(text) if not any(w.start() <= m.start() < w.end() for w in found)]
    found += [m for m in NUMERIC_DATE.finditer(text) if not any(w.start() <= m.start() < w.end() for w in found)]
    found += ISO_DATE.finditer(text)
    found += SHORT_YEAR_DATE.finditer(text)  # needs its clock: never inside a four-digit date
    found += journal_short_dates(text)  # needs its field's label: never inside a four-digit date
    return tuple(sorted(found, key=lambda m: m.start()))


def vietnamese_date(date: dt.date, time: str = "") -> str:
    """'Thứ Hai, 30/01/2023, 20:15' - the way Vietnamese sites write a date."""
    text = f"{WEEKDAYS[date.weekday()]}, ngày {date.day:02d}/{date.month:02d}/{date.year}"
    return f"{text}, {time}" if time else text


YEAR = re.compile(r"(?:1(?<!\d1)9|2(?<!\d2)0)\d\d(?!\d)")  # 19xx, 20xx; opened by a digit: skipped to in C


def latest_year(lines: list[tuple[int, str]], skip: set[int]) -> int | None:
    """The latest year the text names ("năm 2012", "17/1/2012"), in (file line, text) pairs,
    the pairs at the positions in `skip` left out."""
    years = [int(year) for i, (_, text) in enumerate(lines) if i not in skip for year in YEAR.findall(text)]
    return max(years, default=None)


MONTHS = tuple(f"Tháng {m}" for m in range(1, 13))


def numeric_date(date: dt.date) -> str:
    """"05/03/2021", as lists show dates (strftime is slow over hundreds of thousands of lines)."""
    return f"{date.day:02d}/{date.month:02d}/{date.year}"
