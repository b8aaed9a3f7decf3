"""Dates with the month in words, as WordPress's Vietnamese and English locales and some CMSs
print them: "Tháng Mười Một 25, 2025", "25 Tháng Mười Một, 2025", "June 14, 2024", "14 June 2024",
"Dec 2, 2025". The day and the year are numbers; only the month is a word.

"tháng Giêng" and "tháng Chạp" are not read: they name the first and last months of the lunar
year, and a page printing a Gregorian date names them "Một" and "Mười Hai".
"""
from __future__ import annotations

import re

# Longer names first: "Mười Một" before "Mười", "Sept" before "Sep".
_VIETNAMESE = {"mười một": 11, "mười hai": 12, "mười": 10, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4,
               "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_ENGLISH = {name.lower(): number for number, names in enumerate((
    ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",),
    ("June", "Jun"), ("July", "Jul"), ("August", "Aug"), ("September", "Sept", "Sep"),
    ("October", "Oct"), ("November", "Nov"), ("December", "Dec")), start=1) for name in names}

# An English locale's weekday before its date: "Tuesday, June 14, 2024".
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_VI_MONTH = r"tháng\s+(?:" + "|".join(n.replace(" ", r"\s+") for n in _VIETNAMESE) + r")(?![^\W\d_])"
_VI_MONTH_ALONE = re.compile(_VI_MONTH + r"|tháng\s+(?:giêng|chạp)", re.IGNORECASE)
# A short month: "Th9", "Th09", "Thg 9" ("08-Th9-2022"). Read only between a day and a year
# joined by hyphens or slashes: "Th5 25th, 2024" is WordPress's clock in the page's header.
_VI_SHORT = r"(?:th|thg\s?)\d{1,2}(?!\d)"  # "Th 2" with a space is a weekday ("Thứ 2")
_EN_MONTH = "(?:" + "|".join(_ENGLISH) + r")(?![^\W\d_])\.?"
_MONTH = rf"(?P<month>{_VI_MONTH}|{_EN_MONTH})"
_DAY = r"(?P<day>\d{1,2})(?!\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})(?!\d|[/.-]\d)"
# "Tháng Sáu 14, 2024", "Dec 2, 2025": month, day, year. The comma may be left out.
_MONTH_FIRST = re.compile(rf"(?<![^\W_]){_MONTH}\s+{_DAY}(?:\s*,\s*|\s+){_YEAR}", re.IGNORECASE)
# "25 Tháng Mười Một, 2025", "14 June 2024", "ngày 14 tháng Sáu năm 2024": day, month, year; an English
# day may be an ordinal with "of" ("15th of March, 2026", "2nd of May 2024", round 56). SPIP's Vietnamese sets the day
# off by a comma before a month in words ("Thứ Năm 24, Tháng Ba 2022", round 124); an English month never so.
_DAY_FIRST = re.compile(rf"(?<![\d/.-])(?:ngày\s+)?{_DAY}(?:\s+|\s*,\s*(?=tháng\s))(?:of\s+(?!tháng))?{_MONTH}"
                        rf"(?:\s*,|\s+năm)?\s+{_YEAR}", re.IGNORECASE)
# WordPress's Vietnamese locale of later years numbers the month: "Tháng 8 24, 2015"; the comma is kept,
# so a phrase "tháng 8 24 người" never reads so.
_NUMBER_FIRST = re.compile(rf"(?<![^\W_])(?P<month>tháng\s+\d{{1,2}})\s+{_DAY}\s*,\s*{_YEAR}", re.IGNORECASE)
# Its short month after the day, as Google's and Facebook's Vietnamese print it: "24 thg 8, 2015".
_DAY_THG = re.compile(rf"(?<![\d/.-]){_DAY}\s+(?P<month>thg\s?\d{{1,2}})(?!\d)\s*,?\s+{_YEAR}", re.IGNORECASE)
# The short month between hyphens or slashes: "08-Th9-2022", "8/Thg 9/2022".
_DAY_SHORT = re.compile(rf"(?<![\d/.-]){_DAY}\s*(?P<sep>[-/])\s*(?P<month>{_VI_SHORT})\s*(?P=sep)\s*{_YEAR}(?![^\W\d_])", re.IGNORECASE)

# Glued into one word, as a blog theme's date badge prints it: "Apr132017", "13Apr2017" (round 26). Only an
# English name, a year of 19xx or 20xx and the word alone: "Tháng52017" or "Apr12345" read no date.
_GLUED_YEAR = r"(?P<year>(?:19|20)\d\d)(?![^\W_])"
_EN_NAME = "(?:" + "|".join(_ENGLISH) + ")"
_GLUED_DAY = r"(?P<day>0?[1-9]|[12]\d|3[01])"
_GLUED_MONTH_FIRST = re.compile(rf"(?<![^\W_])(?P<month>{_EN_NAME}){_GLUED_DAY}{_GLUED_YEAR}", re.IGNORECASE)
_GLUED_DAY_FIRST = re.compile(rf"(?<![^\W_]){_GLUED_DAY}(?P<month>{_EN_NAME}){_GLUED_YEAR}", re.IGNORECASE)

_PATTERNS = (_MONTH_FIRST, _DAY_FIRST, _DAY_SHORT, _NUMBER_FIRST, _GLUED_MONTH_FIRST, _GLUED_DAY_FIRST, _DAY_THG)

# Every pattern ends with a four-digit year: a text without four digits in a row holds no such date
# (one C-speed scan, where the patterns try every month name at every character).
_FOUR_DIGITS = re.compile(r"\d{4}")


def month_name_dates(text: str) -> list[re.Match]:
    """Every date in `text` whose month is a word, in order."""
    if not _FOUR_DIGITS.search(text):
        return []
    patterns = _PATTERNS if "thg" in text.lower() else _PATTERNS[:-1]  # "thg": a C-speed scan spares _DAY_THG's
    found = [m for pattern in patterns for m in pattern.finditer(text) if _month_word(m)]
    return sorted(found, key=lambda m: m.start())


def month_name_parts(match: re.Match) -> tuple[int, int, int]:
    """(day, month, year) of a match from month_name_dates."""
    return int(match.group("day")), _month_word(match), int(match.group("year"))


def is_month_name_date(match: re.Match) -> bool:
    return match.re in _PATTERNS


def _month_word(match: re.Match) -> int:
    """The month's number, or 0 when the words are no month's name. An English name is
    capitalised ("may" is a word). "Năm" counts only so: "6 tháng năm 2024" and a headline's
    "6 THÁNG NĂM 2024" are the first six months of 2024; the month is "tháng Năm"."""
    word = match.group("month")
    short = re.fullmatch(r"(?:th|thg\s?)(\d{1,2})", word, re.IGNORECASE)
    if short:
        return int(short.group(1)) if 1 <= int(short.group(1)) <= 12 else 0
    if word[:5].lower() != "tháng":
        return _ENGLISH[word.rstrip(".").lower()] if word[0].isupper() else 0
    name = " ".join(word.split()[1:])
    if name.isdigit():  # "Tháng 8 24, 2015"
        return int(name) if 1 <= int(name) <= 12 else 0
    if name.lower() == "năm" and name != "Năm":
        return 0
    return _VIETNAMESE[name.lower()]


def month_in_words(text: str) -> bool:
    """"Tháng Ba", "THÁNG MƯỜI HAI", "tháng Giêng": the whole text names a month in words (a clock's part)."""
    return bool(_VI_MONTH_ALONE.fullmatch(text.strip()))
