"""Weighing the lines at the top of a paste: which is the date line (the title's weights are in
title_weights.py, which asks the line shapes at the end of this module).

No fixed positions: each line near the top is a candidate, weighed by what it holds
and where it stands (issue 13).
- A date line is short and holds one day-first date, maybe with a time, a weekday,
  words like "Cập nhật", a section name, a view count or a byline; a line that is only a
  date may space its parts ("22 08 2022"). A site clock is not
  a date line: a city with today's date ("Hà Nội, Ngày 17/02/2020"), a contact bar, or
  the date line at the very top when another one stands below the headline.
- A headline-shaped line has words enough and is no date line and no sentence; a section's
  label is a few words over it; a line broken off mid-phrase is half of one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from archive.read import names as vocab
from archive.read.contact_names import contact_folded
from archive.read.event_headlines import PUBLISHED as _PUBLISHED
from archive.read.event_headlines import WEEKDAY as _WEEKDAY
from archive.read.event_headlines import event_day, event_headline
from archive.read.field_lines import field_labels_out
from archive.read.line_sizes import HEADLINE_WORDS
from archive.read.named_event_days import named_event_day
from archive.read.reading_times import reading_times_out
from archive.read.section_bylines import meta_names
from archive.read.thread_starters import thread_starter
from archive.read.update_stamps import posting_over_update
from archive.text.date_labels import ENGLISH_LABEL_WORDS, LABEL_OPENERS, LABEL_WORDS, either
from archive.text.dates import (ENGLISH_MERIDIEM, MERIDIEM_MARKS, MERIDIEM_WORDS, TIME, WEEKDAY_PATTERN, BadDate, all_dates,
                                find_date, find_time, is_lunar, unspaced_date_line)
from archive.text.normalize import fold
from archive.text.published_dates import journal_fields

Line = tuple[int, str]  # (1-based file line, text)

_MAX_DATE_LINE = 110
# The label's words (text/date_labels.py), the posting's verb widened by its object ("đăng tải", "đăng
# tin", "đăng bài"), and a time's words and zone.
_POSTING_OBJECT = r"(?:\s+(?:tải|tin|bài))?"
_LABEL_WORDS = "|".join(word + _POSTING_OBJECT if word == "đăng" else word for word in LABEL_WORDS)
_DATE_WORDS = re.compile(
    rf"\b({either(LABEL_OPENERS)}|{_LABEL_WORDS}|{either(ENGLISH_LABEL_WORDS)}|vào lúc|vào ngày|lúc|giờ)\b"
    r"|gmt\s*\+\s*7|\(gmt\+7\)", re.IGNORECASE)
# A "by" label inside a date line ("Bởi Phan Văn An - Đăng tải ngày ...", "Người đăng tin:
# Admin"), folded: it parts the line like a bar, so the name after it stands alone.
_BY_IN_LINE = re.compile(rf"(?<![a-z])(?:{'|'.join(vocab.BY_LABELS)})(?:\s+(?:tin|bai))?(?![a-z])\s*:?")
_SECONDS = re.compile(r"(?<=\d:\d\d):\d\d(?!\d)")  # the ":33" of "17:09:33"; "17:09" keeps its minutes
# "8:30 sáng"; text/dates.py says which words
_MERIDIEM_NAMES = [*MERIDIEM_MARKS, *(m.lower() for m in ENGLISH_MERIDIEM), *MERIDIEM_WORDS]
_MERIDIEM = re.compile(rf"\b({'|'.join(_MERIDIEM_NAMES)})\b")
_VIEWS = re.compile(r"\(?\s*lượt xem\s*:?\s*\d+\s*\)?|\d+\s*(?:lượt xem|views?\b)|[|:]\s*:?\d+\s*$", re.IGNORECASE)
# a comment count beside the date: "ý kiến phản hồi (0)", "Bình luận (3)", "12 bình luận" (round 109)
_COMMENTS = re.compile(r"\b(?:ý kiến(?: phản hồi)?|bình luận|phản hồi)\s*\(\s*\d+\s*\)|\b\d+\s+(?:ý kiến|bình luận|phản hồi)\b",
                       re.IGNORECASE)
# A section's field after the date, to the line's end: "07/03/2019 20:23 105 views Category: Tin tức , Tin tức sự
# kiện" (a theme's meta line in English labels), "... | Chuyên mục: Thời sự". Its names are the site's sections.
# Its label is capitalised as a field's is: "danh mục:" in a sentence opens a list.
_SECTION_AFTER = re.compile(r"\b(?:Categor(?:y|ies)|CATEGOR(?:Y|IES)|Chuyên mục|CHUYÊN MỤC|Danh mục|DANH MỤC)\s*:.*$")
_BUTTONS = re.compile(r"\b(gửi bài này|in bài này|in bài viết|print|chia sẻ)\b", re.IGNORECASE)
# The edition a paper's date line names after its date, ending the line: "Địa chí Hà Nam 07:22 25/02/2020 Điện
# tử" (the online paper's, beside its "Báo in"); the line still ends with its date.
_EDITION_END = re.compile(r"\s+(?:điện tử|báo in|bản in)\s*$", re.IGNORECASE)
# How long ago the date was, in brackets after it: "(Trước đó 2 năm 2 tháng 13 ngày)", "(Cách đây 3 ngày)".
_ELAPSED = re.compile(r"\(\s*(?:trước đó|cách đây)(?:\s+\d+\s+(?:năm|tháng|tuần|ngày|giờ|phút))+\s*\)",
                      re.IGNORECASE)
_ZONE = re.compile(r"(?:gmt|utc)\s*\+\s*0?7", re.IGNORECASE)  # Vietnam's time zone
_TODAY = re.compile(r"\bhôm nay\b", re.IGNORECASE)  # "Hôm nay:", "Hôm nay là Thứ Bảy, ..."
# A theme's header clock: a weekday, then the month in words before the day ("Thứ sáu, Tháng mười hai 27, 2024",
# WordPress's "l, F j, Y"), alone on its line. The theme prints a post's own date without the weekday ("Tháng
# mười hai 27, 2024"); with it, the line is the day the page was seen (round 76).
_THEME_CLOCK = re.compile(rf"\s*(?:{WEEKDAY_PATTERN})\s*,\s*tháng\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+\d{{1,2}}\s*,\s*\d{{4}}\s*",
                          re.IGNORECASE)
# on the folded line; a lone "@" parts a date line
_CONTACT = re.compile(rf"\b(?:{vocab.CONTACT_WORDS})\b|@(?=[^\s|])")
# a slash spaced on one side parts fields as a bar does ("10:48:03 Sáng/ ý kiến phản hồi (0)", round 109); a date's own
# slashes are never spaced; a bullet's icon pasted as its name, "dot", in small letters between two fields (round 114)
_SEPARATORS = re.compile(r"\s*[|,•·]\s*|\s+[-–—/]\s*|\s*[-–—/]\s+|[\[\]()'’]|\s+dot\s+")
# Words a phrase cannot end on: a line ending so was broken off a longer one (a masthead or
# a sentence wrapped over two lines: "Cổng Thông tin điện tử Đảng bộ Khối các Cơ quan và").
# Words that may end a headline as a verb or a noun ("về", "số", "được") are not here.
_DANGLING = frozenset("và của các những hoặc với để mà nhưng".split())


@dataclass
class DateCandidate:
    index: int
    line: int
    text: str
    time: str = ""
    byline: tuple[str, ...] = ()
    widget: str = ""  # why it is a site clock, "" when it is not one
    doubt: str = ""  # why the date taken may be a site clock after all, for the reviewer
    score: float = 0.0
    words: list[str] = field(default_factory=list)  # what else the line holds


_STRAY_STOP = re.compile(r"\s+\.\s*$")  # a stop set apart by a space at a line's end: no sentence's (round 118)


def date_candidate(index: int, line: int, text: str, marker: re.Pattern | None = None,
                   under_lead: bool = False) -> DateCandidate | None:
    """The line as a date line, or None when it is prose (or a title) that holds a date.
    `under_lead`: the line stands just under the lead, where no headline is, so a longer
    source name may go with the date ("Tạp chí Cộng Sản 21/07/2025")."""
    if len(text) > _MAX_DATE_LINE:
        return None
    text = unspaced_date_line(text)  # "22 08 2022": a date line's parts may be spaced
    text = _STRAY_STOP.sub("", text)  # "..., 24/11/2023 22:26 .": a stop set apart (date_line_ended)
    dates = [m for m in all_dates(text) if not is_lunar(text, m)]  # a lunar date is a festival's day
    if not dates or len({m.group(0) for m in dates}) > 1 and not _posted_and_updated(text, dates):
        return None  # none, or a span "22-12-1944 – 22-12-2019": a kicker or a title
    if event_day(text[:dates[0].start()]) and not find_time(text) or event_headline(text, dates[0].start()) \
            or named_event_day(text, dates[0].start()):
        return None  # "Lễ mít tinh kỷ niệm ngày 30/4/1975", "Lễ X: Chủ nhật ngày ..., lúc 5 giờ chiều": a headline
    # The dates and the time part the line like a bar: "NAM VIỆT 26/01/2022 07:00" and
    # "21/08/2019 17:09 Trúc Diệp" hold a byline on one side of them.
    rest = text
    for found in reversed(dates):
        rest = rest[:found.start()] + " | " + rest[found.end():]
    starter = thread_starter(text)  # a forum thread's fields before its date, and the stop closing them
    rest = rest[starter:]
    if section := _SECTION_AFTER.search(text, dates[-1].end()):
        rest = rest[:len(rest) - (len(text) - section.start())]  # the field after the last date, to the end
    if marker is not None:
        rest = marker.sub(" ", rest.lstrip())  # "QPTD -Thứ Năm, 19/12/2019": the outlet's tag
    candidate = DateCandidate(index, line, text, time=find_time(text))
    rest = TIME.sub(" | ", _SECONDS.sub("", field_labels_out(text, _by_labels_out(reading_times_out(rest)))))
    for pattern in (_ELAPSED, _MERIDIEM, _WEEKDAY, _DATE_WORDS, _VIEWS, _COMMENTS, _BUTTONS):
        rest = pattern.sub(" ", rest)
    if _CONTACT.search(contact_folded(rest)):  # a gazetteer, "Địa chí", is no address (contact_names.py)
        candidate.widget = "a contact bar"
    elif _THEME_CLOCK.fullmatch(text):
        candidate.widget = "a site clock: a weekday and the month in words before the day"
    elif _TODAY.search(text[:dates[0].start()]):
        candidate.widget = "a site clock: today's date"  # "Hôm nay: 28/09/2024" is the day the page was seen
    elif _ZONE.search(text) and not candidate.time and not _PUBLISHED.search(text):
        # a posting label names the date itself: "Đăng lúc: 26/03/2023 (GMT+7)" is the article's
        candidate.widget = "a clock: a time zone with no time"  # a zone qualifies a time; a page's own date has one
    words = _weigh_rest(candidate, rest)
    if candidate.widget:
        return candidate
    ends = tuple(t for t in (dates[-1].group(0), candidate.time) if t)
    edition = _EDITION_END.search(text)
    if edition and [w.lower() for w in words[-2:]] == edition.group().lower().split():
        words = words[:-2]  # "... 25/02/2020 Điện tử": the edition's two words are no line's words
    ending = text[:edition.start()] if edition else text
    limit = (8 if under_lead else 6) if ending.rstrip(" )]|'’").endswith(ends) else 4  # "<source> 21/07/2025"
    if len(words) > limit or text.rstrip().endswith(".") and len(text.split()) > 6 and not starter:
        return None
    candidate.words = words
    candidate.score = 1.0 + bool(candidate.time) + 0.5 * bool(_DATE_WORDS.search(text)) \
        + 0.3 * bool(_WEEKDAY.search(text)) - 0.2 * len(words)
    return candidate


def date_line_ended(text: str) -> bool:
    """A date line closed by a separator ("; đăng: 08:15, 03/04/2020;"): its ";" ends a field, not a sentence
    of the lead. So does a full stop right after a source's date set off by a dash, a bar or a comma ("ISEAS
    Perspective - 22 March 2021.", round 85); "Hội nghị diễn ra ngày 22/3/2021." is the lead's sentence. So does a
    stop set apart by a space ("Ngày đăng: Thứ 6 , 24/11/2023 22:26 .", round 118): it ends no sentence. So does a forum
    thread's starter line, its date in any form ("... bắt đầu bởi X, 12/11/25 lúc 16:48.", round 124)."""
    if thread_starter(text):
        return True
    if text.endswith(";") or _STRAY_STOP.search(text):
        return date_candidate(0, 0, text) is not None
    stripped = text.rstrip()
    if not stripped.endswith(".") or not (dates := all_dates(stripped)) or dates[-1].end() != len(stripped) - 1:
        return False
    before = stripped[:dates[-1].start()].lstrip()
    if not before[:1].isupper() or not _SET_OFF.search(before):
        return False  # a source's name opens in capitals; "vào sáng thứ Tư, 15.07.2020." ends a wrapped sentence
    candidate = date_candidate(0, 0, stripped)
    return candidate is not None and not candidate.widget


_SET_OFF = re.compile(r"[^\W\d_]\.?\s*(?:[|,]|\s[-–—])\s*$")  # words, then a dash, a bar or a comma before the date


def _by_labels_out(rest: str) -> str:
    """The line with each "by" label made a bar: "Bởi Phan Văn An - ..." -> " | Phan Văn An - ..."."""
    folded = fold(rest)
    if len(folded) != len(rest):
        return rest  # offsets would not agree
    for found in reversed(list(_BY_IN_LINE.finditer(folded))):
        rest = rest[:found.start()] + " | " + rest[found.end():]
    return rest


def _posted_and_updated(text: str, dates: list[re.Match]) -> bool:
    """"Ngày đăng: 15/05/2025 | Cập nhật: 16/05/2025": two dates a word names as the
    posting and the update (the first is the publication date), not a span "A – B"."""
    if journal_fields(text, dates):  # "Ngày nhận bài: ... Ngày đăng: ...": a journal's fields
        return True
    if len(dates) != 2 or not _PUBLISHED.search(text):
        return False
    return not re.fullmatch(r"\s*[-–—]\s*", text[dates[0].end():dates[1].start()])


def _weigh_rest(candidate: DateCandidate, rest: str) -> list[str]:
    """Sort what the line holds beside the date: a byline, a place (a clock), other words."""
    words: list[str] = []
    for part in _SEPARATORS.split(rest):
        part = " ".join(part.split()).strip(":;.")
        if not part or not any(ch.isalpha() for ch in part):
            continue  # the date itself, punctuation, a view count
        if fold(part) in vocab.PLACES and not _print_dateline(candidate.text):
            candidate.widget = "a place with today's date"
        elif names := meta_names(part):  # "12/05/2025 | Nguyễn Văn An - Trần Bình"; "Lifestyle Sang Sang 04/09/2018"
            candidate.byline += names
        else:
            words += part.split()
    return words


# The dateline of an official text, in words ("Hải Phòng, ngày 19 tháng 01 năm 2020"), alone on its line: a
# print view heads the article so, on its own day. A site's clock prints figures or a weekday ("Hà Nội,
# Ngày 17/02/2020", "Hà Nội, Thứ Hai 12/5/2025").
_DATELINE_IN_WORDS = re.compile(r",\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*$", re.IGNORECASE)


def _print_dateline(text: str) -> bool:
    return bool(_DATELINE_IN_WORDS.search(text)) and not _WEEKDAY.search(text) and not find_time(text)


def choose_date(candidates: list[DateCandidate], first_headline: int = 1, latest_year: int | None = None
                ) -> tuple[DateCandidate | None, list[DateCandidate]]:
    """The publication date line, and the site clocks set aside (for the reviewer).

    A date line with a time under the headline beats a clock at the top: when several
    lines hold a date, the first one is the site's clock if it stands above every line
    that could be the headline (index `first_headline`), under chrome words at most
    ("Analytic", a menu), never under a headline. A lone clock-shaped line up there
    whose year comes years after every year the text names (`latest_year`) may be the
    site's clock (an article on a meeting of 2012 was hardly published in 2021), or the
    date of an article that looks back (a portal that prints its date above the
    headline, an article on a resolution of 2010): it stays the date, with a doubt the
    reviewer is shown. Refusing it would refuse true dates that no header could improve
    on; the contributor who sees the page's date elsewhere types `date:`.
    """
    best, clocks = _weighed_date(candidates, first_headline, latest_year)
    best = _page_date_over_dateline(candidates, best)
    return posting_over_update(candidates, best), clocks  # "Ngày đăng:" under an update stamp (round 59)


def _page_date_over_dateline(candidates: list[DateCandidate], best: DateCandidate | None) -> DateCandidate | None:
    """`best`, or the date line printed before it when `best` is an official text's dateline in words: a
    page's bare "28/10/2021" under the headline, then the document's "Phú Yên, ngày 25 tháng 10 năm 2021"
    under its letterhead, is the page's day over the document's signing (conventions round 22)."""
    if best is None or not _print_dateline(best.text):
        return best
    before = [c for c in candidates if c.index < best.index and not c.widget and not _print_dateline(c.text)]
    return before[-1] if before else best


def _weighed_date(candidates: list[DateCandidate], first_headline: int, latest_year: int | None
                  ) -> tuple[DateCandidate | None, list[DateCandidate]]:
    clocks = [c for c in candidates if c.widget]
    rest = [c for c in candidates if not c.widget]
    while len(rest) > 1 and rest[0].index < max(first_headline, 1):  # a clock printed twice, two clocks
        rest[0].widget = "a site clock above a later date line"
        clocks.append(rest.pop(0))
    if len(rest) == 1 and rest[0].index < max(first_headline, 1) and _stale_clock(rest[0], latest_year):
        rest[0].doubt = (f"the date '{rest[0].text}' stands alone above the headline and the text names no "
                         f"year after {latest_year}: if it is the site's clock, not the article's date, "
                         f"give the publication date as 'date: YYYY-MM-DD' in the header")
    if not rest:
        return None, clocks
    best = max(rest, key=lambda c: (c.score, -c.index))
    return best, clocks


def _stale_clock(candidate: DateCandidate, latest_year: int | None) -> bool:
    """A weekday and a date alone (no time, no "Cập nhật", no byline), in a year at
    least two after the latest year of the text: what a site's clock looks like."""
    if latest_year is None or candidate.time or candidate.words or candidate.byline \
            or _PUBLISHED.search(candidate.text):
        return False
    try:
        found = find_date(candidate.text)
    except BadDate:
        return False  # an impossible date is the reader's error to report, not a clock to set aside
    return found is not None and found[0].year > latest_year + 1


# ---------------------------------------------------------------- line shapes the title and the head ask


@lru_cache(maxsize=4096)  # asked of the same head lines by the layout, print views and glued parts
def headline_shaped(text: str) -> bool:
    """Words enough to be a headline, and not a date line or a sentence. A headline may name a
    day ("30/4/1975 - Ngày non sông thu về một mối"): a line holding a date is a date line only
    when it reads as one."""
    return len(text.split()) >= HEADLINE_WORDS and (not text.endswith(".") or text.endswith("...")) \
        and (not all_dates(text) or date_candidate(0, 0, text) is None)


SECTION_LABEL_WORDS = 10  # a section's name: a few words ("Hoạt động của các tổ chức Đảng cơ sở")


def section_label(label: str, headline: str) -> bool:
    """A section's name over a headline: a few words, less than half the headline's."""
    words = len(label.split())
    return words <= SECTION_LABEL_WORDS and 2 * words <= len(headline.split()) and not label.endswith((".", ":"))


# A lead opens on when the event happened: a time of day and a day of the month ("Sáng
# 25/7/2022 Trường ...", "Chiều ngày 3-4, ..."). A headline names what happened; one that
# opens on the day says "nay" first ("Sáng nay (13-10), Đại hội ...") and stays short.
_DATED_OPENING = re.compile(r"^(?:Sáng|Chiều|Trưa|Tối|Đêm)\s+(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?(?![\d/-])")
_DATED_OPENING_WORDS = 25  # a headline that opened so would be short; the lead runs on


def dated_lead_opening(text: str) -> bool:
    """The lead's first sentence, its full stop dropped: it opens on the event's time and day
    and runs on past any headline's length."""
    return bool(_DATED_OPENING.match(text)) and len(text.split()) >= _DATED_OPENING_WORDS


def step(index: int, direction: int, skip: set[int]) -> int:
    """The next line index that way, past the lines in `skip`."""
    index += direction
    while index in skip:
        index += direction
    return index


def broken_off(text: str) -> bool:
    """The line stops mid-phrase: on a joining word ("... các Cơ quan và"), a comma or a lone dash (a links list's "... -")."""
    words = text.split()
    return bool(words) and (words[-1].lower() in _DANGLING or text.endswith((",", " -", " –")))
