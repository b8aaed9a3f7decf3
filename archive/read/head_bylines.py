"""Lines under the headline that read as a name and are no byline (issue 13, round 25), asked together
by layout.py (at its size limit) before it takes a name in the head for the byline:

- the site's name the page's metadata gives (metadata_bylines.site_name_by_metadata);
- a name's end under a line that runs on into it (byline_slots.name_runs_on);
- a middle line of a headline printed in capitals over several lines (capitals_blocks.py), or its first
  words on a short line over the rest (capitals_openings.py, conventions round 22);
- a capitals line of a document's header a body outside the Party and the state prints (body_headers.py, round 34);
- a headline opening with a name and a dash, the rest a headline's words (dash_headlines.py, round 43);
- a quote's author after a dash under the quotation, a name with its own post under a paragraph's line
  or a list's opening line (decoy_names.py, conventions round 27);
- a reviewer's name under the reviewer's label ("Tham vấn y khoa : Bác sĩ", reviewer_credits.py, round 76);

and which names a line there gives (`head_names`): a byline's, a pen name in hyphenated syllables (hyphen_pen_names.py), or a given name alone under a capitals
headline (given_names.py, round 28), a name wholly in brackets under the head's first line (decoy_names.py, round 27); and a writer's full name alone on the first line, right above the
headline, with no label (`first_line_byline`, round 30: a law firm's explainer signs so); and whether the
first line under a clock may be a byline (`name_over_headline`, conventions round 18).
"""
from __future__ import annotations

import re

from archive.read.body_headers import body_header_line
from archive.read.byline_slots import name_runs_on
from archive.read.bylines import parse_byline
from archive.read.candidates import headline_shaped
from archive.read.capitals_blocks import capitals_block_line
from archive.read.capitals_openings import capitals_run_opening
from archive.read.dash_headlines import headline_after_name
from archive.read.dressed_signatures import dressed_signature
from archive.read.event_headlines import PUBLISHED
from archive.read.given_names import lone_given_name
from archive.read.hyphen_pen_names import hyphen_pen_name
from archive.read.banner_echoes import banner_echo
from archive.read.masthead_phrases import place_after_first
from archive.read.metadata_bylines import site_name_by_metadata
from archive.read.person_names import has_surname
from archive.read.reviewer_credits import reviewer_label
from archive.read.run_on_ends import sentence_end_wrapped, title_runs_on
from archive.read.decoy_names import bracketed_head_name, own_post, quote_attribution
from archive.read.line_sizes import PROSE_WORDS, words
from archive.read.sources import masthead_name, organ_name
from archive.text.dates import CLOCK_PATTERN, DATE_PATTERN, all_dates
from archive.text.normalize import fold

Line = tuple[int, str]  # (1-based file line, text)


def not_head_byline(lines: list[Line], index: int, limit: int) -> bool:
    """The line at `index` of the head (its first `limit` lines) names no writer, by the kinds above."""
    return (site_name_by_metadata([line[1] for line in lines[:limit + 1]], index) or name_runs_on(lines[index - 1][1])
            or capitals_block_line(lines, index) or capitals_run_opening(lines, index) or body_header_line(lines, index)
            or headline_after_name(lines[index][1])  # "Sông Hương - 40 năm ...": the headline's subject, then a dash
            or banner_echo(lines, index, limit)  # "Ứng dụng Nhà Thuốc X" over "X": the brand's name (round 59)
            or quote_attribution(lines[index - 1][1], lines[index][1])  # "“...”" over "— X" (conventions round 27)
            or reviewer_label(lines[index - 1][1])  # "Tham vấn y khoa : Bác sĩ" over the reviewer's name (round 76)
            or sentence_end_wrapped(lines[index - 1][1], lines[index][1])  # "... đã về tham dự" / "Đại hội." (round 78)
            or title_runs_on(lines[index - 1][1])  # "... (1/4) - Mục sư" / "Nguyễn Văn Bình" (round 119)
            or own_post(lines[index][1]) and _paragraph_line(lines[index - 1][1]))  # a speaker in the text


def _paragraph_line(text: str) -> bool:
    """A paragraph's line, or one opening a list (": "): no headline nor date line."""
    return words(text) >= PROSE_WORDS or text.rstrip().endswith((":", ";"))


def head_names(lines: list[Line], index: int) -> tuple[str, ...]:
    """The writers the line at `index` of the head names: a byline, or a lone given name under a capitals headline."""
    return (parse_byline(lines[index][1]) or lone_given_name(lines, index) or hyphen_pen_name(lines[index][1])
            or dressed_signature(lines[index][1])  # a name with a slip of case (conventions round 23)
            or bracketed_head_name(lines, index))  # "(Nguyễn Văn An)" under the headline (conventions round 27)


_FULL_NAME = 3  # words at least: a surname, a middle name, a given name ("Nguyễn Thị Thùy Dương")
_DATED_NAME = 2  # over a labelled date line, a surname and a given name are enough: no site prints its name so
_DATE_LINE_WORDS = 10


def labelled_date_line(text: str) -> bool:
    """"Cập nhật lúc, Thứ sáu, 23/02/2024", "Ngày đăng: 12/03/2024": a date under a label saying the page was
    posted or updated, a few words; a site's clock has no such label."""
    return len(text.split()) <= _DATE_LINE_WORDS and bool(PUBLISHED.search(text)) and bool(all_dates(text))


# A post's stamp alone: its time and its date, either first, nothing else ("09:26 08/12/2025", round 113). A
# site's clock names the weekday ("Thứ hai, 08/12/2025 09:26") or the city; a post's stamp under its writer need not.
_STAMP = re.compile(rf"\s*(?:{CLOCK_PATTERN}\s*[-|,]?\s*{DATE_PATTERN}|{DATE_PATTERN}\s*[-|,]?\s*{CLOCK_PATTERN})\s*")


def first_line_byline(lines: list[Line], limit: int) -> dict[int, tuple[str, ...]]:
    """{0: (name,)} when the first line is a full name alone, a surname first, right above a line shaped
    as a headline, or above a labelled date line or a post's bare stamp over one (then a surname and a given
    name are enough).
    Not a site's name ("Luật Minh Gia"), not the person the headline is about (named in it or in a sentence
    of the text: whom the page is about), not a first word then a province ("X Quảng Nam", round 51), not a
    name among menu items (the line under it is no headline)."""
    if limit < 2 or len(lines) < 2:
        return {}
    text, below = lines[0][1].strip(), lines[1][1]
    dated = limit > 2 and len(lines) > 2 and (labelled_date_line(below) or bool(_STAMP.fullmatch(below)))
    if dated:  # "Lê Tuấn" / "Cập nhật lúc, Thứ sáu, 23/02/2024" or "09:26 08/12/2025" / the headline (rounds 81, 113)
        below = lines[2][1]
    names = parse_byline(text)
    if len(names) != 1 or fold(names[0]) != fold(text) or len(text.split()) < (_DATED_NAME if dated else _FULL_NAME) \
            or not has_surname(names[0]):
        return {}
    if masthead_name(text) or organ_name(text) or place_after_first(text.split()) or not headline_shaped(below):
        return {}
    name = fold(names[0]).lower()
    if any(name in fold(line).lower() and fold(line).lower().strip() != name for _, line in lines[1:]):
        return {}
    return {0: names}


_NOT_WORD = re.compile(r"[^\w]+")


def name_over_headline(lines: list[Line], index: int, headline: int, limit: int) -> bool:
    """The first line under a page's clock (`index`) may be a byline only over a headline-shaped line
    (`headline`, in the head's first `limit` lines) that does not print its words: alone under the clock it
    is the headline itself ("Nhớ Huế"), and a line the headline repeats is a section's label ("LỄ HỘI" over
    "PHƯỜNG X: LỄ HỘI ĐÌNH ...", "Đức Phật" over "Ý nghĩa ... ngày đức Phật Đản Sinh"). Printed twice running
    ("Mã Trường" / "Mã Trường": a logo's alt text, then its name) it is the site's name (conventions round 22)."""
    if not index < headline < limit or fold(lines[index + 1][1]).strip() == fold(lines[index][1]).strip():
        return False
    words = _NOT_WORD.sub(" ", fold(lines[index][1]).lower()).strip()
    return f" {words} " not in f" {_NOT_WORD.sub(' ', fold(lines[headline][1]).lower()).strip()} "
