"""An event's name, then "ngày <date>": a headline naming its event's day, not a date line (conventions round 14).

Round 35's `event_headlines.event_day` took "<phrase> <small word> ngày <date>" for an event's day only
when the phrase ran past four words and its last word was in small letters ("Lễ mít tinh kỷ niệm ngày
30/4/1975"). Short headlines and headlines in capitals or title case slipped through and were read as the
page's date line, leaving no title: "LỄ KẾT NẠP ĐẢNG ngày 23/11/2017", "Hội đồng ngũ ngày 23/11/2017",
"Họp Mặt 2021 NGÀY 23/11/2017". A date line's words before "ngày" are a place ("Hà Nội, ngày"), a
weekday ("Thứ Năm, ngày"), a label ("Cập nhật ngày", "Đăng ngày", "Tin, ảnh ngày"), a writer's name or a
source ("Báo Nhân Dân ngày"): those stay date lines. The words of an event are two or more, the first
a capital or a figure, no comma, dash, bar or colon right before "ngày", and no clock on the line.
"""
from __future__ import annotations

import re

from archive.read import names as vocab
from archive.read.event_headlines import PUBLISHED, WEEKDAY
from archive.read.person_names import has_surname, person_name
from archive.read.section_bylines import meta_names
from archive.read.sources import masthead_name, organ_name
from archive.text.date_labels import LABEL_WORDS, RELEASE_WORDS
from archive.text.dates import find_time
from archive.text.normalize import fold

_DAY_WORD = re.compile(r"(?i)\s+ng[àa]y\s*$")  # "ngay": typed without tone marks
_EVENT_WORDS = 2  # "Họp mặt", "Hội đồng ngũ": an event's name runs to two words at least
# A date line's label words, with their tone marks ("đăng" is no "Đảng", "ảnh" no "anh"); folded only
# when the line is typed without tone marks. event_headlines holds a longer folded list for subjects
# before a colon; an event's name may hold "thể", "mục" or "ngày" itself ("Hoa Ngày Tựu Trường").
_LABEL_WORDS = (*LABEL_WORDS, *RELEASE_WORDS, "thời gian", "giờ", "lúc", "vào", "date", "time",
                "posted", "published", "updated", "tác giả", "người viết", "bài", "tin", "ảnh", "nguồn", "theo",
                "lượt", "xem", "đọc", "chuyên mục", "danh mục", "by", "hôm nay", "biên tập", "tòa soạn",
                "toà soạn", "admin", "quản trị", "số ra")  # "Số ra ngày": an issue's day
_LABEL = re.compile(rf"(?<!\w)(?:{'|'.join(_LABEL_WORDS)})(?!\w)")
_FOLDED_LABEL = re.compile(rf"(?<!\w)(?:{'|'.join(sorted({fold(w) for w in _LABEL_WORDS}))})(?!\w)")


def named_event_day(text: str, date_start: int) -> bool:
    """The line is "<an event's name> ngày <date>" (`date_start`: where its first date begins)."""
    before = text[:date_start]
    found = _DAY_WORD.search(before)
    if found is None or find_time(text):  # cheap first: "ngày" right before the date
        return False
    head = before[:found.start()].strip()
    words = head.split()
    if len(words) < _EVENT_WORDS or not (words[0][:1].isupper() or words[0][:1].isdigit()) \
            or head[-1] in ",-–—|:;/" or any(mark in head for mark in ":|"):
        return False  # "Hà Nội, ngày", "Ngày đăng: ...", "Tin | ngày"
    folded = fold(head)
    lower = head.lower()
    label = _FOLDED_LABEL if lower == folded else _LABEL
    return not label.search(lower) and not WEEKDAY.search(head) and not PUBLISHED.search(head) \
        and folded not in vocab.PLACES and not meta_names(head) and not (person_name(head) and has_surname(head)) \
        and not organ_name(head) and not masthead_name(head) and not _paper(folded)


def _paper(folded: str) -> bool:
    """ "Báo Nhân Dân", "Tạp chí Cộng sản", "Nhân Dân điện tử": a paper's name, a source before its day."""
    return folded.startswith(("bao ", "tap chi ", "ban tin ")) or any(name in folded for name in vocab.PAPER_NAMES)
