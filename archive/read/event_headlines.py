"""A headline that names its event's day (and hour) is a headline, not a date line (round 35).

A notice's headline gives when its event happens: "Lễ Tắm Phật: Chủ nhật ngày 28 tháng 05 năm 2023, lúc 5
giờ chiều", "Thông báo: Lễ khai giảng vào 9 giờ sáng thứ Bảy 12/8/2023", "Lễ mít tinh kỷ niệm ngày
30/4/1975". The words before the date say whose day it is: a subject and a colon, then the time in words;
an event's name, then "vào" or "lúc"; a phrase ending "<word> ngày". A date line's words before its date are
labels ("Ngày đăng:", "Cập nhật lúc", "Tác giả: X"), a weekday, a place, a name or a section: those stay
date lines (candidates.date_candidate asks `event_day` and `event_headline`).
"""
from __future__ import annotations

import re

from archive.read import names as vocab
from archive.read.section_bylines import meta_names
from archive.text.dates import MERIDIEM_WORDS, WEEKDAY_PATTERN, find_time
from archive.text.date_labels import ENGLISH_LABEL_WORDS, LABEL_OPENERS, LABEL_WORDS, RELEASE_WORDS, either
from archive.text.normalize import fold

WEEKDAY = re.compile(WEEKDAY_PATTERN, re.IGNORECASE)
PUBLISHED = re.compile(either((*LABEL_WORDS, *ENGLISH_LABEL_WORDS)), re.IGNORECASE)

_DAY_OF = re.compile(r"([^\W\d_]+)\s+ngày\s*$")
_EVENT_WORDS = 4  # words before "<word> ngày <date>" that make a headline's phrase, not a label

# Folded words a date line's label is made of: the day, the posting, the update, the hour, the writer,
# the source, the counters. A subject holding one is a field's label, not what the headline is about.
_LABEL_WORDS = re.compile(
    rf"\b(?:{'|'.join(fold(word) for word in (*LABEL_OPENERS, *LABEL_WORDS, *RELEASE_WORDS, *ENGLISH_LABEL_WORDS))}|gio|luc|vao|date|time|posted|"
    r"tac gia|nguoi|viet|bai|tin|anh|nguon|theo|luot|xem|doc|chuyen muc|danh muc|muc|the|tags?|by|hom nay|bien tap|toa soan|admin|quan tri)\b")
# Folded, the event's time in words between the subject's colon and the date: a weekday, "ngày", "vào",
# "lúc", an hour ("5 giờ chiều", "9h").
_WHEN = re.compile(r"\b(?:ngay|vao|luc|gio|sang|chieu|toi|thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat|cn)\b"
                   r"|\d\s*(?:gio|h)\b")
# Folded: an event's name, then when it happens: "Lễ khai giảng vào ...", "Đêm nhạc lúc ...", or from or until
# when ("Khai kinh Địa Tạng từ Thứ Hai ...", round 113); a list's dash may open it (a notice's items).
_NAME_THEN_WHEN = re.compile(r"\s*(?:[-–—•*+]\s*)?([^\W\d_][^\d:|]*?)\s+(?:vao|luc|tu|den)\s")
_WHEN_WORD = re.compile(r"\b(?:vao|luc|tu|den)\b")  # the words _NAME_THEN_WHEN needs, for a cheap first test
_COLON = re.compile(r"(?<!\d):|:(?!\d)")
_SUBJECT_WORDS = 2  # "Thông báo:", "Lễ Tắm Phật:"; one word before a colon is a field's label ("Ngày:")


def event_day(before: str) -> bool:
    """The date is the day of what the words before it name: "... kỷ niệm ngày", "... tiếp công dân
    ngày", a phrase of several words, a small word before "ngày". A date line says "Thứ Hai, ngày",
    "Hà Nội, ngày" or "Cập nhật ngày" there."""
    found = _DAY_OF.search(before)
    return bool(found) and found.group(1).islower() and len(before.split()) > _EVENT_WORDS \
        and not WEEKDAY.search(before) and not PUBLISHED.search(before)


def event_headline(text: str, date_start: int) -> bool:
    """The line names an event and then its day and hour: "<subject>: <when> <date>" or "<event> vào
    <when> <date>" (`date_start`: where the first date begins). Cheap first: a colon, "vào", "lúc", "từ", "đến"."""
    before = text[:date_start]
    folded = fold(before)
    if ":" not in before and not _WHEN_WORD.search(folded) or "|" in before:
        return False  # a bar parts a line of fields
    colon = _COLON.search(before)  # a subject's colon, not a clock's ("17:05")
    if colon:
        after = before[colon.end():]
        return _subject(before[:colon.start()]) and (bool(_WHEN.search(fold(after))) or _event_then_when(after))
    return _event_then_when(before)


def _event_then_when(text: str) -> bool:
    """ "Lễ khai giảng vào 9 giờ sáng": an event's name of two words or more, then "vào", "lúc", "từ" or "đến"."""
    found = _NAME_THEN_WHEN.match(fold(text))
    return bool(found) and _subject(text[found.start(1):found.end(1)])


def _subject(text: str) -> bool:
    """Words a headline is about: two or more, the first capitalised, no label's, weekday's, place's or
    person's name."""
    text = " ".join(text.split())
    words = text.split()
    if len(words) < _SUBJECT_WORDS or not words[0][:1].isupper() or not all(w[:1].isalpha() for w in words):
        return False
    folded = fold(text)
    return not _LABEL_WORDS.search(folded) and not WEEKDAY.search(text) and folded not in vocab.PLACES \
        and not meta_names(text) and not find_time(text)
