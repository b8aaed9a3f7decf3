"""A line in capitals glued to the next one's title-case start, the line break lost (issue 13,
round 46): "KHEN THƯỞNG - XỬ PHẠTThống kê truy cập" is a sidebar menu's last items run into a
visit counter's label. A copy of some portals drops the break between a box's lines, so the
menu stands on the counter's line, where the footer's label is not seen (the line is no label)
and the menu's words may pass for an end byline.

The line is cut where a word in capitals runs into a title-case word with no space ("PHẠTThống"),
only when the line opens with two words in capitals or more (the glued word one of them) and both
halves of the glued word are Vietnamese syllables: a brand or an acronym joined to a word
("TPBank", "VNExpress", "HCMCPV") is no such pair, and a line in lower case or title case is left.
"""
from __future__ import annotations

import re

from archive.read.cut_crumbs import crumb_lines
from archive.read.line_cuts import cut_lines
from archive.read.person_names import is_syllable
from archive.text.normalize import fold

Line = tuple[int, str]  # (1-based file line, text)

_WORD = re.compile(r"\S+")
_LETTERS = re.compile(r"[^\W\d_]+")
_CAPITAL_WORDS = 2  # "PHẠTThống" alone is a word; two words in capitals make a line in capitals


def split_glued_capitals(lines: list[Line]) -> list[Line]:
    """`lines` with a line in capitals glued to a title-case line put on two lines; a trail ending in a
    cut copy of the headline under it stays whole, chrome (cut_crumbs.py)."""
    texts = [text for _, text in lines]
    trails = {texts[at] for at in crumb_lines(texts)}
    return cut_lines(lines, lambda text: None if text in trails else glued_capitals_at(text))


def glued_capitals_at(text: str) -> int | None:
    """Where the title-case line starts in a line in capitals glued to it, or None."""
    if not text[:2].isupper():  # the cheap gate: the line opens in capitals ("KH...")
        return None
    capitals = 0
    for word in _WORD.finditer(text):
        letters = "".join(_LETTERS.findall(word.group()))
        if not letters or letters.isupper():
            capitals += bool(letters)  # a word in capitals; a dash or a bar between them
            continue
        return _glued(word, capitals)  # the first word not in capitals decides
    return None


def _glued(word: re.Match, capitals_before: int) -> int | None:
    """The cut inside `word` ("PHẠTThống" -> before "Thống"), or None."""
    text = word.group()
    lower = next((i for i, ch in enumerate(text) if ch.islower()), None)
    if lower is None or lower < 3:  # two capitals at least, then the title-case word's capital
        return None
    head, tail = text[:lower - 1], text[lower - 1:].rstrip(":.,;")  # "PHẠTThống:" a label's colon
    if not (head.isalpha() and head.isupper() and tail.isalpha() and tail[1:].islower()):
        return None
    if capitals_before + 1 < _CAPITAL_WORDS or not (is_syllable(fold(head).lower()) and is_syllable(fold(tail).lower())):
        return None
    return word.start() + lower - 1
