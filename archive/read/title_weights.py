"""The title's weights: which line among the head's candidates is the headline.

No fixed position decides it (issue 13): each candidate is weighed by its length and punctuation (a
full stop makes a sentence, a colon a kicker), the chrome vocabulary it holds (a ticker's label, a
photo credit, a place, a section's name) and its closeness to the date line, the byline and the lead;
the first line of the text starts with a little credit, and the line the address's slug spells gains
(slugs.py; more when it spells the line whole, a date at the line's end not counted: round 73). The
rules that weigh one kind of line down stand in their own modules and are asked here: a masthead over
the date line (date_mastheads.py), a paragraph under the writer's name (under_bylines.py), a roundup's
section (roundup_sections.py), a programme line (programme_lines.py), a slogan the slug spells none of
(slug_slogans.py), a sapo under a short title-case headline (short_heads.py). layout.py chooses the
title with `choose_title`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from archive.read import names as vocab
from archive.read.author_fields import is_author_field
from archive.read.bylines import is_foreign_label
from archive.read.candidates import broken_off, headline_shaped, section_label, step
from archive.read.line_sizes import LONGEST_HEADLINE
from archive.read.capitals_reprints import REPRINT_WEIGHT, reprinted_in_capitals
from archive.read.date_mastheads import name_over_date
from archive.read.day_ended_headlines import day_ended
from archive.read.headline import clean_headline
from archive.read.headline_prints import reprinted_under_date
from archive.read.joined_sections import section_named, section_rubric
from archive.read.labels import age_alone, glued_labels, linked_elsewhere, paired_labels, relative_time, view_tab
from archive.read.photo_credits import photo_credit_end
from archive.read.poster_fields import poster_field
from archive.read.programme_lines import programme_line
from archive.read.prose_above import under_first_paragraph
from archive.read.roundup_sections import roundup_section
from archive.read.short_heads import short_head_over_sapo
from archive.read.short_under_dates import short_over_headline
from archive.read.slug_openers import slug_opener_weight
from archive.read.slug_repeats import SLUG_REPEAT_WEIGHT, slug_named_repeat
from archive.read.slug_slogans import slogan_over
from archive.read.slugs import WHOLE_WEIGHT, named_by_slug, slug_names_below, spelled_as_pair, spelled_whole
from archive.read.sources import masthead_name, organ_name
from archive.read.under_bylines import lead_under_byline
from archive.text.dates import all_dates
from archive.text.normalize import fold_passage

Line = tuple[int, str]  # (1-based file line, text)

# A numbered section heading of the body: "I. CHI BỘ ...", "2. Kết quả", "1.1. Bối cảnh", "a) ...", and with a dash
# after its numeral, as official texts number their parts ("I- Tình hình ...", "II – Mục tiêu", "1- Kết quả": round 99;
# a score is spaced, "3 - 0"). Initials are no number: "V. I. Lênin và ...".
_SECTION_NUMBER = re.compile(r"^(?:(?:[IVXL]{1,4}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]|[IVXL]{1,4}\s?[-–—]|\d{1,2}-)"
                             r"\s+(?![A-ZĐ]\.)\S")
_DATE_RANGE_END = re.compile(r"\(\s*[^()]*\d{4}\s*[-–—]\s*[^()]*\d{4}\s*\)\s*:?$")
_SAPO_WORDS = 25
_DATED_NOTE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*/\s*[^\W\d_]")
_CLOSED_RANK = 2  # a line this long is prose, its full stop dropped or not
_LIST_ITEM = re.compile(r"[*+\-–]\s+\S|\d{1,2}\.\s+\S")  # opened by a list mark or a numeral with a dot


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
    # The slug names a line under the date line: the line over it (a masthead, a list's last link) is no
    # headline it closes.
    slug_below = above_date in candidates and slug_names_below(lines, candidates, above_date, date_index, slug)
    closes_headline = (
        above_date in candidates
        and (headline_shaped(lines[above_date][1])
             or above_date == candidates[0] and _short_headline(lines[above_date][1]))
        and not slug_below
        and not section_rubric(lines[above_date][1])  # the page's place over its date line (joined_sections.py)
        and not name_over_date(lines, candidates, above_date, date_index, skip))
    # a headline printing its day on its own line weighs as one over its date line (day_ended_headlines.py)
    carrier = day_ended(lines, candidates, lead_index)
    for rank, index in enumerate(candidates):
        text = lines[index][1]
        short_closed = closes_headline and index == above_date or index == carrier
        below = candidates[rank + 1] if rank + 1 < len(candidates) else None
        over_headline = (below is not None and headline_shaped(lines[below][1])
                         and not _SECTION_NUMBER.match(lines[below][1]))
        # A headline its date line closes keeps its weight under a list of other headlines
        # ("Tin nổi bật" and its links above it): standing low costs it no more than two places.
        weight = _shape_weight(text, short_closed, over_headline) + (0.8 if rank == 0 else 0.0)
        weight -= 0.3 * (min(rank, _CLOSED_RANK) if short_closed else rank)
        weight = _weighed_down(weight, lines, candidates, rank, below, byline_indexes, skip, date_index, slug)
        if slug and named_by_slug(headline := _dateless(text), slug):
            repeat = SLUG_REPEAT_WEIGHT if rank and slug_named_repeat(lines, index, slug) else 0.0
            # the paste opens with it (slug_openers.py)
            weight += 1.5 + repeat + slug_opener_weight(lines, candidates, rank, slug)
            weight += WHOLE_WEIGHT if spelled_whole(headline, slug) else 0.0  # every word, none other (slugs.py)
        if reprinted_in_capitals(lines, index) or reprinted_under_date(lines, index, date_index):
            # printed again in capitals as the text's heading (capitals_reprints.py), or as it is under its date line
            weight += REPRINT_WEIGHT
        following = step(index, +1, skip)
        # with no date line, the age printed alone under a line ("55 phút trước") closes it as one would (round 77)
        aged = date_index is None and following is not None and following < len(lines) and age_alone(lines[following][1])
        if following >= len(lines) and any(headline_shaped(lines[c][1]) for c in candidates[:rank]):
            weight -= 1.5  # the paste's last line under a headline, nothing under it: a paste cut in its lead (round 80)
        elif following == date_index and not slug_below or following in byline_indexes or index == carrier or aged \
                or _over_author_field(lines, index, skip):
            weight += 2.0
        elif following == lead_index:
            weight += 1.5
        if date_index is not None and step(index, -1, skip) == date_index and not closes_headline \
                and not short_over_headline(lines, candidates, rank, lead_index, slug):
            weight += 1.5  # just under a date line at the top (a short line over a headline: chrome)
        weights[index] = weight
    return weights


_FIELD_VALUE_WORDS = 4  # a name, a pen name with its prefix, an account: "TS. Nguyễn Văn An"
_BETWEEN_WORDS = 2  # a section's label, an account, a place between the headline and the field: "Thời sự", "admin"


def _over_author_field(lines: list[Line], index: int, skip: set[int]) -> bool:
    """A writer's labelled field right under the line ("Tác giả: CucNT"), whatever it gives (a name, a site's
    account): it closes the line over it as a byline does (round 106). A poster's field ("Đăng bởi") may stand anywhere;
    a label before a headline's words ("Phóng sự ảnh:: Tưng bừng khai mạc ...") gives no one. A word or two, or a credit
    the head skips, may stand between ("admin", "Thời sự", "Ảnh: X": round 107); a short headline ("THAN CỌC 6") may not."""
    for at in (index + 1, index + 2):
        below = lines[at][1] if at < len(lines) else ""
        value = below.partition(":")[2].strip(" :")
        if is_author_field(below) and not poster_field(below) and len(value.split()) <= _FIELD_VALUE_WORDS:
            return True
        if at not in skip and len(below.split()) > _BETWEEN_WORDS:
            return False  # a word or two may stand between (a label, an account) or a credit, no headline's line
    return False


def _dateless(text: str) -> str:
    """The line without a date printed at its end ("... năm 2018 05-05-2020", "... (05/05/2020)"): the day is
    none of the headline's words the slug spells (round 73). Only a line ending in a figure or a bracket is cleaned."""
    return clean_headline(text)[0] if text.rstrip()[-1:] in _DATE_END_MARKS else text


_DATE_END_MARKS = frozenset("0123456789)]")


def _weighed_down(weight: float, lines: list[Line], candidates: list[int], rank: int, below: int | None,
                  byline_indexes: set[int], skip: set[int], date_index: int | None, slug: frozenset[str]) -> float:
    """The weight, less what a candidate loses for where it stands among the others: a sapo under its
    headline, a masthead, a subheading, list item or programme, a paragraph under the writer's name, a
    roundup's section, a site's slogan. (Taken off one at a time, as before: the same float sums.)"""
    index = candidates[rank]
    text = lines[index][1]
    if (rank and step(index, -1, skip) == candidates[rank - 1] and step(index, +1, skip) != date_index
            and (_sapo_under(lines[candidates[rank - 1]][1], text)
                 or short_head_over_sapo(lines[candidates[rank - 1]][1], text))):
        weight -= 2.0  # a sapo under its headline, or under a short title-case one (short_heads.py)
    if rank == 0 and below is not None and organ_name(text) and len(lines[below][1]) > len(text):
        weight -= 2.0  # the first line only names a body, a longer line under it: the masthead
    if (rank and (_LIST_ITEM.match(text) or programme_line(text))
            and any(headline_shaped(lines[c][1]) for c in candidates[:rank])):
        # "* Sự ra đời ...", "1. Bối cảnh", "VN 360: Hội luận cùng ông ...": a subheading, list item or programme
        weight -= 2.0
    if (lead_under_byline(lines, candidates, rank, byline_indexes, skip)
            or roundup_section(lines, candidates, rank, skip)):
        # a paragraph under the writer's name (under_bylines.py), a roundup's section (roundup_sections.py)
        weight -= 2.0
    if rank == 0 and below is not None and slogan_over(text, lines[below][1], slug):
        weight -= 2.0  # a site's slogan the slug spells none of, over the line it names (slug_slogans.py)
    if under_first_paragraph(lines, candidates, rank, slug):
        weight -= 2.0  # the text has begun above it: a subheading (prose_above.py)
    if rank and lines[index][0] - lines[candidates[rank - 1]][0] <= 2 \
            and spelled_as_pair(lines[candidates[rank - 1]][1], text, slug):
        weight -= 2.0  # a capitals headline's second line, the slug spelling both (slugs.py, round 90)
    return weight


def _sapo_under(headline: str, text: str) -> bool:
    """The line is the sapo under the headline above it: prose by its length, and well longer. Not
    under a section's name or a masthead, which a long headline stands under (then its date line
    under it, where the sapo has none: the caller checks)."""
    words = len(text.split())
    return (headline_shaped(headline) and words >= _SAPO_WORDS and 2 * words >= 3 * len(headline.split())
            and not section_label(headline, text) and not glued_labels(headline) and not masthead_name(headline))


def _short_headline(text: str) -> bool:
    """Three or four words holding a number ("Điểm báo ngày 22/9", "Kết nạp 5 đảng viên"):
    a headline, when it opens the text over the date line; a section label or a menu
    item names no day or count."""
    return len(text.split()) >= 3 and any(c.isdigit() for c in text) and not all_dates(text) \
        and not text.endswith((".", ":"))


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
    if words > LONGEST_HEADLINE:
        weight -= 2.0
    if text.endswith(":"):
        weight -= 2.0  # "Đảng bộ Bộ Tài chính:" introduces the headline
    if text.lstrip().startswith((",", ";")):
        weight -= 3.0  # ", Biên tập viên y tế": a field whose first value was lost (round 125), no headline
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
    if view_tab(text):
        weight -= 3.0  # "Chi tiết bài viết - Huyện Cam Lộ": the detail view's tab title (labels.py)
    if relative_time(text):
        weight -= 3.0  # "Báo Phú Yên - 2 giờ trước": an aggregator's source and age, under the headline
    if photo_credit_end(text):
        weight -= 2.0  # "... thu hoạch mận (Ảnh: Minh Hà)": a photo's caption, under the headline
    if _DATED_NOTE.match(text):
        weight -= 3.0  # "30-8-2022/ Nhân viên tổng hợp ...": a dated note by the headline, its date slashed off
    if broken_off(text):
        weight -= 2.0  # half of a line wrapped in two: the headline is whole
    if words <= 8 and glued_labels(text):
        weight -= 2.0  # section labels run together over the headline
    elif paired_labels(text) or over_headline and section_named(text) or section_rubric(text):
        weight -= 1.5  # "Văn hóa - Văn nghệ", "GIÁO DỤC-Y TẾ": a section's name, over a headline however short;
        # "Tin tức - Sự kiện: <rubric>": its path and rubric (joined_sections.py)
    return weight


def choose_title(weights: dict[int, float]) -> TitleChoice | None:
    if not weights:
        return None
    ranked = sorted(weights.items(), key=lambda item: (-item[1], item[0]))
    runner_up = ranked[1][1] if len(ranked) > 1 else None
    return TitleChoice(ranked[0][0], ranked[0][1], runner_up)
