"""A notice from the page's side column pasted above the headline (round 36). A club's or a small
site's page may open with its sidebar: a label ("THÔNG BÁO", dropped as chrome), an image's file name
("Chuc mung nam moi.jpg", chrome too), then the notice's paragraphs (a New-Year message, an appeal),
and only then the article's headline with its date line under it ("10-11-2018"). The first line is
the headline on most pages, even when it reads as a sentence, so the notice's first paragraph was taken.

Two paragraphs or more first in the paste (prose: a sentence, or a line too long for a headline), then
a headline-shaped line of headline length, then a line holding only a date (and a time or a weekday):
the paragraphs are the notice, left out and listed, and the page is read from the headline. A headline
over its lead is left as it is (its first line is no paragraph), and so is a notice with no dated
headline under it (nothing says where the article starts).
"""
from __future__ import annotations

from archive.read import candidates as weigh
from archive.read.bylines import parse_byline
from archive.read.chrome import Dropped
from archive.read.prose import PROSE_WORDS, sentence_break
from archive.read.line_sizes import is_prose, words

Line = tuple[int, str]  # (1-based file line, text)

_PARAGRAPHS = (2, 6)  # a notice's paragraphs: at least two (one could be a long headline), a few at most
_PARAGRAPH_WORDS = 15  # a notice's paragraph is sentences; a headline asking "...?" is shorter
_LABEL_WORDS = 3  # a notice's label the chrome rules kept ("Lời chào"), over its paragraphs


def notice_off(lines: list[Line]) -> tuple[list[Line], list[Dropped]]:
    """`lines` from the headline on when a sidebar's notice stands above it, and the notice's lines."""
    if len(lines) < _PARAGRAPHS[0] + 3 or not is_prose(lines[0][1]) and words(lines[0][1]) > _LABEL_WORDS:
        return lines, []  # the cheap test: most pastes open with a headline or chrome, not a paragraph
    start = 0 if is_prose(lines[0][1]) else 1  # a label over the notice
    end = start
    while end < min(len(lines), start + _PARAGRAPHS[1] + 1) and _paragraph(lines[end][1]):
        end += 1
    if not _PARAGRAPHS[0] <= end - start <= _PARAGRAPHS[1] or end + 2 >= len(lines):
        return lines, []
    if not _headline(lines[end][1]) or not _bare_date_line(end + 1, *lines[end + 1]):
        return lines, []
    notice = [Dropped(*line, "a notice from the page's side column, above the headline") for line in lines[:end]]
    return lines[end:], notice


def _paragraph(text: str) -> bool:
    return is_prose(text) and words(text) >= _PARAGRAPH_WORDS


def _headline(text: str) -> bool:
    """A headline's line; a byline over its date line ("Bài và ảnh: Nguyễn Văn An") is none: the lines above
    it are the article's headline and sapo."""
    return weigh.headline_shaped(text) and words(text) < PROSE_WORDS and not text.endswith((":", ";")) \
        and not sentence_break(text) and not parse_byline(text)


def _bare_date_line(index: int, line: int, text: str) -> bool:
    """Only a date, maybe its time and weekday ("10-11-2018", "Thứ Hai, 12/11/2018 08:30"), not a clock."""
    candidate = weigh.date_candidate(index, line, text)
    return candidate is not None and not candidate.widget and not candidate.words
