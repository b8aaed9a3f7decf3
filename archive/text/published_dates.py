"""Which of two dates on one date line is the publication date. Portals print the day a page
was posted and the day it was last updated side by side; most print the posting first
("Ngày đăng: 20/08/2015 | Cập nhật: 24/08/2015"), some the update ("Cập nhật: 24/08/2015 10:30 |
Đăng ngày: 20/08/2015 07:00"). The day posted is the publication date either way."""
from __future__ import annotations

import re

from archive.text.date_labels import POSTING_WORDS, UPDATE_WORDS, either
from archive.text.dates import JOURNAL_FIELD_BEFORE, all_dates

_UPDATED = re.compile(either(UPDATE_WORDS, spaced=True) + r"|sửa\s+đổi|chỉnh\s+sửa|updated|modified", re.IGNORECASE)
# The posting's words (text/date_labels.py), widened by the English ones and a page's "Ngày tạo" (the
# day it was made); not "đăng nhập" (a login button), nor "đăng ký".
_NOT_AN_ACCOUNT_BUTTON = r"(?!đăng\s+(?:nhập|ký|kí))"
_POSTED = re.compile(rf"(?<![^\W\d_]){_NOT_AN_ACCOUNT_BUTTON}"
                     rf"(?:{either(POSTING_WORDS, spaced=True)}|published|posted|ngày\s+tạo)(?![^\W\d_])",
                     re.IGNORECASE)


# A journal's posting field among its dates: "Ngày đăng: 30/09/19", "Ngày xuất bản: 30/09/2019".
_JOURNAL_POSTED = re.compile(rf"ngày\s+(?:{either(POSTING_WORDS, spaced=True)})\s*:", re.IGNORECASE)


def journal_fields(text: str, dates: list[re.Match]) -> bool:
    """A journal's dates as fields on one line, the day received, revised and posted ("Ngày nhận
    bài: 08/09/19  Ngày hoàn thiện: 28/09/19  Ngày đăng: 30/09/19"): every date right after its
    field's label, one of them the posting's. The posted one is the publication date."""
    return len(dates) >= 2 and bool(_JOURNAL_POSTED.search(text)) and all(
        JOURNAL_FIELD_BEFORE.search(text, max(0, d.start() - 30), d.start()) for d in dates)


def published_part(text: str) -> str:
    """The part of a date line that holds the posting date: the line from the posting label on
    when an update's date comes first ("Cập nhật: ... | Đăng ngày: ...") or a journal's other
    fields do ("Ngày nhận bài: ... Ngày đăng: ..."); else the line as is."""
    dates = all_dates(text)
    if len(dates) < 2:
        return text
    if journal_fields(text, dates):
        return text[_JOURNAL_POSTED.search(text).start():]
    before = text[:dates[0].start()]
    if not _UPDATED.search(before) or _POSTED.search(before):
        return text
    posted = _POSTED.search(text, dates[0].end())
    if posted is None or posted.start() > dates[-1].start():
        return text
    return text[posted.start():]


def update_label(label: str) -> bool:
    """The text before a date names the update ("Cập nhật:", "Xem: 453 | Cật nhập:") and not the posting."""
    return bool(_UPDATED.search(label)) and not _POSTED.search(label)


def posting_label(label: str) -> bool:
    """The text before a date names the posting ("Ngày đăng:", "Đăng lúc") and not the update."""
    return bool(_POSTED.search(label)) and not _UPDATED.search(label)
