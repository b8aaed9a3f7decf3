"""Weighing the lines at the top of a paste: which is the date line, which the title.

No fixed positions: each line near the top is a candidate, weighed by what it holds
and where it stands (issue 13).
- A date line is short and holds one day-first date, maybe with a time, a weekday,
  words like "Cập nhật", a section name, a view count or a byline; a line that is only a
  date may space its parts ("22 08 2022"). A site clock is not
  a date line: a city with today's date ("Hà Nội, Ngày 17/02/2020"), a contact bar, or
  the date line at the very top when another one stands below the headline.
- The title is weighed by its length, its punctuation (a full stop makes a sentence, a
  colon a kicker), chrome vocabulary and its closeness to the date line, the byline and
  the lead; the first line of the text starts with a little credit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from archive.read import names as vocab
from archive.read.roundup_sections import roundup_section
from archive.read.under_bylines import lead_under_byline
from archive.read.bylines import is_foreign_label, parse_byline
from archive.read.date_mastheads import name_over_date
from archive.read.event_headlines import PUBLISHED as _PUBLISHED, WEEKDAY as _WEEKDAY, event_day, event_headline
from archive.read.field_lines import field_labels_out
from archive.read.named_event_days import named_event_day
from archive.read.section_bylines import meta_names
from archive.read.slugs import named_by_slug, slug_names_below, slug_words  # noqa: F401  (layout asks for slug_words)
from archive.read.slug_openers import slug_opener_weight
from archive.read.slug_repeats import SLUG_REPEAT_WEIGHT, slug_named_repeat
from archive.read.slug_slogans import slogan_over
from archive.read.banner_calls import banner_call  # noqa: F401  (head_window.read_head asks it)
from archive.read.sources import masthead_name, organ_name
from archive.read.programme_lines import programme_line
from archive.read.line_sizes import HEADLINE_WORDS
from archive.read.labels import glued_labels, linked_elsewhere, paired_labels, relative_time, ticker_run  # noqa: F401
from archive.text.dates import ENGLISH_MERIDIEM, ENGLISH_WEEKDAYS, MERIDIEM_MARKS, MERIDIEM_WORDS, TIME, WEEKDAYS, BadDate, all_dates, find_date, find_time, is_lunar, latest_year, unspaced_date_line  # noqa: F401 (layout asks for latest_year)
from archive.text.normalize import fold, fold_passage
from archive.text.published_dates import journal_fields

Line = tuple[int, str]  # (1-based file line, text)

_MAX_DATE_LINE = 110
_DATE_WORDS = re.compile(
    r"\b(ngày|cập nhật|cập nhập|đăng(?:\s+(?:tải|tin|bài))?|vào lúc|vào ngày|lúc|giờ|xuất bản|thời gian|published|updated)\b"
    r"|gmt\s*\+\s*7|\(gmt\+7\)", re.IGNORECASE)
# A "by" label inside a date line ("Bởi Phan Văn An - Đăng tải ngày ...", "Người đăng tin:
# Admin"), folded: it parts the line like a bar, so the name after it stands alone.
_BY_IN_LINE = re.compile(rf"(?<![a-z])(?:{'|'.join(vocab.BY_LABELS)})(?:\s+(?:tin|bai))?(?![a-z])\s*:?")
_SECONDS = re.compile(r"(?<=\d:\d\d):\d\d(?!\d)")  # the ":33" of "17:09:33"; "17:09" keeps its minutes
_MERIDIEM = re.compile(rf"\b({'|'.join([*MERIDIEM_MARKS, *(m.lower() for m in ENGLISH_MERIDIEM), *MERIDIEM_WORDS])})\b")  # "8:30 sáng"; text/dates.py says which
_VIEWS = re.compile(r"\(?\s*lượt xem\s*:?\s*\d+\s*\)?|\d+\s*lượt xem|[|:]\s*:?\d+\s*$", re.IGNORECASE)
_BUTTONS = re.compile(r"\b(gửi bài này|in bài này|in bài viết|print|chia sẻ)\b", re.IGNORECASE)
# How long ago the date was, in brackets after it: "(Trước đó 2 năm 2 tháng 13 ngày)", "(Cách đây 3 ngày)".
_ELAPSED = re.compile(r"\(\s*(?:trước đó|cách đây)(?:\s+\d+\s+(?:năm|tháng|tuần|ngày|giờ|phút))+\s*\)", re.IGNORECASE)
_ZONE = re.compile(r"(?:gmt|utc)\s*\+\s*0?7", re.IGNORECASE)  # Vietnam's time zone
_TODAY = re.compile(r"\bhôm nay\b", re.IGNORECASE)  # "Hôm nay:", "Hôm nay là Thứ Bảy, ..."
_CONTACT = re.compile(rf"\b(?:{vocab.CONTACT_WORDS})\b|@(?=[^\s|])")  # on the folded line; a lone "@" parts a date line
_SEPARATORS = re.compile(r"\s*[|,•·]\s*|\s+[-–—]\s*|\s*[-–—]\s+|[\[\]()'’]")
# A numbered section heading of the body: "I. CHI BỘ ...", "2. Kết quả", "1.1. Bối cảnh", "a) ...".
# Initials are no number: "V. I. Lênin và ...".
_SECTION_NUMBER = re.compile(r"^(?:[IVXL]{1,4}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s+(?![A-ZĐ]\.)\S")
_DATE_RANGE_END = re.compile(r"\(\s*[^()]*\d{4}\s*[-–—]\s*[^()]*\d{4}\s*\)\s*:?$")
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


def date_candidate(index: int, line: int, text: str, marker: re.Pattern | None = None,
                   under_lead: bool = False) -> DateCandidate | None:
    """The line as a date line, or None when it is prose (or a title) that holds a date.
    `under_lead`: the line stands just under the lead, where no headline is, so a longer
    source name may go with the date ("Tạp chí Cộng Sản 21/07/2025")."""
    if len(text) > _MAX_DATE_LINE:
        return None
    text = unspaced_date_line(text)  # "22 08 2022": a date line's parts may be spaced
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
    if marker is not None:
        rest = marker.sub(" ", rest.lstrip())  # "QPTD -Thứ Năm, 19/12/2019": the outlet's tag
    candidate = DateCandidate(index, line, text, time=find_time(text))
    rest = TIME.sub(" | ", _SECONDS.sub("", field_labels_out(text, _by_labels_out(rest))))
    for pattern in (_ELAPSED, _MERIDIEM, _WEEKDAY, _DATE_WORDS, _VIEWS, _BUTTONS):
        rest = pattern.sub(" ", rest)
    if _CONTACT.search(fold(rest)):
        candidate.widget = "a contact bar"
    elif _TODAY.search(text[:dates[0].start()]):
        candidate.widget = "a site clock: today's date"  # "Hôm nay: 28/09/2024" is the day the page was seen
    elif _ZONE.search(text) and not candidate.time and not _PUBLISHED.search(text):
        # a posting label names the date itself: "Đăng lúc: 26/03/2023 (GMT+7)" is the article's
        candidate.widget = "a clock: a time zone with no time"  # a zone qualifies a time; a page's own date has one
    words = _weigh_rest(candidate, rest)
    if candidate.widget:
        return candidate
    ends = tuple(t for t in (dates[-1].group(0), candidate.time) if t)
    limit = (8 if under_lead else 6) if text.rstrip(" )]|'’").endswith(ends) else 4  # "<source> 21/07/2025"
    if len(words) > limit or text.rstrip().endswith(".") and len(text.split()) > 6:
        return None
    candidate.words = words
    candidate.score = 1.0 + bool(candidate.time) + 0.5 * bool(_DATE_WORDS.search(text)) \
        + 0.3 * bool(_WEEKDAY.search(text)) - 0.2 * len(words)
    return candidate


def date_line_ended(text: str) -> bool:
    """A date line closed by a separator, not a full stop ("; đăng: 08:15, 03/04/2020;"):
    its ";" ends a field, not a sentence of the lead."""
    return text.endswith(";") and date_candidate(0, 0, text) is not None


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


# ---------------------------------------------------------------- the title


@dataclass
class TitleChoice:
    index: int
    score: float
    runner_up: float | None  # the next best candidate's score (weak when close)


def title_weights(lines: list[Line], candidates: list[int], date_index: int | None, lead_index: int,
                  byline_indexes: set[int], skip: set[int], slug: frozenset[str] = frozenset()) -> dict[int, float]:
    """A weight for each candidate line index: higher is more like the headline.
    `skip` holds lines that do not separate the headline from what follows it
    (a source credit, a copy of a line); `slug` the words of the article's address
    (slug_words): the line they spell is the headline, not a ticker above it."""
    weights = {}
    # A date line printed under a headline-shaped line closes that headline: the line
    # under it (a photo caption, a subtitle) gains nothing from standing there.
    above_date = step(date_index, -1, skip) if date_index is not None else None
    # The slug names a line under the date line: the line over it (a masthead, a list's last link) is no headline it closes.
    slug_below = above_date in candidates and slug_names_below(lines, candidates, above_date, date_index, slug)
    closes_headline = above_date in candidates and (
        headline_shaped(lines[above_date][1]) or above_date == candidates[0] and _short_headline(lines[above_date][1])) \
        and not slug_below and not name_over_date(lines, candidates, above_date, date_index, skip)
    for rank, index in enumerate(candidates):
        text = lines[index][1]
        short_closed = closes_headline and index == above_date
        below = candidates[rank + 1] if rank + 1 < len(candidates) else None
        over_headline = below is not None and headline_shaped(lines[below][1]) and not _SECTION_NUMBER.match(
            lines[below][1])
        # A headline its date line closes keeps its weight under a list of other headlines
        # ("Tin nổi bật" and its links above it): standing low costs it no more than two places.
        weight = _shape_weight(text, short_closed, over_headline) + (0.8 if rank == 0 else 0.0) \
            - 0.3 * (min(rank, _CLOSED_RANK) if short_closed else rank)
        if rank and step(index, -1, skip) == candidates[rank - 1] and step(index, +1, skip) != date_index \
                and _sapo_under(lines[candidates[rank - 1]][1], text):
            weight -= 2.0
        if rank == 0 and below is not None and organ_name(text) and len(lines[below][1]) > len(text):
            weight -= 2.0  # the first line only names a body, a longer line under it: the masthead
        if rank and (_LIST_ITEM.match(text) or programme_line(text)) and any(headline_shaped(lines[c][1]) for c in candidates[:rank]):
            weight -= 2.0  # "* Sự ra đời ...", "1. Bối cảnh", "VN 360: Hội luận cùng ông ...": a subheading, list item or programme
        if lead_under_byline(lines, candidates, rank, byline_indexes, skip) or roundup_section(lines, candidates, rank, skip):
            weight -= 2.0  # a paragraph under the writer's name (under_bylines.py), a roundup's section (roundup_sections.py)
        if rank == 0 and below is not None and slogan_over(text, lines[below][1], slug):
            weight -= 2.0  # a site's slogan the slug spells none of, over the line it names (slug_slogans.py)
        if slug and named_by_slug(text, slug):
            weight += 1.5 + (SLUG_REPEAT_WEIGHT if rank and slug_named_repeat(lines, index, slug) else 0.0) \
                + slug_opener_weight(lines, candidates, rank, slug)  # the paste opens with it (slug_openers.py)
        following = step(index, +1, skip)
        if following == date_index and not slug_below or following in byline_indexes:
            weight += 2.0
        elif following == lead_index:
            weight += 1.5
        if date_index is not None and step(index, -1, skip) == date_index and not closes_headline:
            weight += 1.5  # just under a date line at the top
        weights[index] = weight
    return weights


# A photo credit closing a line: "(Ảnh: Minh Hà)", ". Ảnh: TTXVN", "- Ảnh minh họa".
_PHOTO_CREDIT = re.compile(r"(?:\(\s*|[.,;–—-]\s*|\s)(?:(?:Ảnh|Nguồn ảnh|Photo)\s*:\s*[^():]{2,40}|[Ảả]nh minh họa)\)?\s*$")
_SAPO_WORDS = 25
_DATED_NOTE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*/\s*[^\W\d_]")
_CLOSED_RANK = 2  # a line this long is prose, its full stop dropped or not
_LIST_ITEM = re.compile(r"[*+\-–]\s+\S|\d{1,2}\.\s+\S")  # opened by a list mark or a numeral with a dot


def _sapo_under(headline: str, text: str) -> bool:
    """The line is the sapo under the headline above it: prose by its length, and well longer. Not
    under a section's name or a masthead, which a long headline stands under (then its date line
    under it, where the sapo has none: the caller checks)."""
    words = len(text.split())
    return headline_shaped(headline) and words >= _SAPO_WORDS and 2 * words >= 3 * len(headline.split()) \
        and not section_label(headline, text) and not glued_labels(headline) and not masthead_name(headline)


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


def _short_headline(text: str) -> bool:
    """Three or four words holding a number ("Điểm báo ngày 22/9", "Kết nạp 5 đảng viên"):
    a headline, when it opens the text over the date line; a section label or a menu
    item names no day or count."""
    return len(text.split()) >= 3 and any(c.isdigit() for c in text) and not all_dates(text) \
        and not text.endswith((".", ":"))


def step(index: int, direction: int, skip: set[int]) -> int:
    """The next line index that way, past the lines in `skip`."""
    index += direction
    while index in skip:
        index += direction
    return index


def _shape_weight(text: str, closed: bool = False, over_headline: bool = True) -> float:
    """Length and punctuation: a headline has words enough and no full stop. `closed`:
    a date line under the line closes it as the headline, so being short costs nothing.
    `over_headline`: a headline-shaped line stands under it (what a kicker stands over)."""
    words = len(text.split())
    weight = 0.1 * min(words, 20)
    if words <= 2:
        weight -= 1.5
    elif words <= 4 and not closed:
        weight -= 1.0
    if words > 45:
        weight -= 2.0
    if text.endswith(":"):
        weight -= 2.0  # "Đảng bộ Bộ Tài chính:" introduces the headline
    elif text.endswith((".", "!")) and not text.endswith("...") and words >= 5:
        weight -= 1.5  # a sentence; a headline cut short ends "..."
    if _DATE_RANGE_END.search(text) and over_headline:
        weight -= 2.0  # "Kỷ niệm 75 năm ... (22-12-1944 – 22-12-2019)" over the headline: its kicker
    if is_foreign_label(text):
        weight -= 3.0  # "Skip to main content": the page's interface, in another language
    if _SECTION_NUMBER.match(text):
        weight -= 3.0  # a numbered part of the body, under the headline: never the headline
    if fold_passage(text) in vocab.PLACES:
        weight -= 3.0
    if linked_elsewhere(text):
        weight -= 3.0  # "Tin mới: ...", "Đọc nhiều: ...": another article's headline, a ticker's
    if relative_time(text):
        weight -= 3.0  # "Báo Phú Yên - 2 giờ trước": an aggregator's source and age, under the headline
    if _PHOTO_CREDIT.search(text):
        weight -= 2.0  # "... thu hoạch mận (Ảnh: Minh Hà)": a photo's caption, under the headline
    if _DATED_NOTE.match(text):
        weight -= 3.0  # "30-8-2022/ Nhân viên tổng hợp ...": a dated note by the headline, its date slashed off
    if broken_off(text):
        weight -= 2.0  # half of a line wrapped in two: the headline is whole
    if words <= 8 and glued_labels(text):
        weight -= 2.0  # section labels run together over the headline
    elif paired_labels(text):
        weight -= 1.5  # "Văn hóa - Văn nghệ": a section's name, over a headline however short
    return weight


def broken_off(text: str) -> bool:
    """The line stops mid-phrase: on a joining word ("... các Cơ quan và"), a comma or a lone dash (a links list's "... -")."""
    words = text.split()
    return bool(words) and (words[-1].lower() in _DANGLING or text.endswith((",", " -", " –")))


def choose_title(weights: dict[int, float]) -> TitleChoice | None:
    if not weights:
        return None
    ranked = sorted(weights.items(), key=lambda item: (-item[1], item[0]))
    runner_up = ranked[1][1] if len(ranked) > 1 else None
    return TitleChoice(ranked[0][0], ranked[0][1], runner_up)
