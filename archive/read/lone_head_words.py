"""A capitals headline whose first word stands alone on the line above it (issue 13, round 39).

A page's narrow title box breaks a headline in capitals after its first word: "ĐẠI" over "HỘI CHI BỘ
TRƯỜNG ... NHIỆM KỲ 2025-2027". Read apart, the lone word is a label and the line under it misses its
first word, so a line of the lead wins the title. One Vietnamese syllable in capitals, alone on its
line near the top, with a capitals line of a headline's length right under it, is that headline's first
word: the two are joined with a space. A section label over the headline stays: a label of two words
or more ("TIN TỨC", "THÔNG BÁO"), a word the reader knows as chrome ("ẢNH"), an English one ("VIDEO",
no Vietnamese syllable), the one-syllable labels below; so do a lone word in small letters, and a lone
word under another capitals line (a capitals block, read/capitals_blocks.py).
"""
from __future__ import annotations

import re

from archive.read.chrome import is_noise_line
from archive.text.normalize import fold

Line = tuple[int, str]  # (1-based file line, text)

_HEAD_TEXT_LINES = 5  # the lines with text at the top where a headline can stand
_REST_WORDS = 3  # the line under the word carries a headline on, not a second label
# One Vietnamese syllable, folded: an onset, one to three vowels, a final consonant.
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")
_ONE_SYLLABLE_LABELS = frozenset(("tin", "anh", "bao", "so"))  # "TIN", "ẢNH", "BÁO", "SỐ" (an issue's)


def join_lone_head_word(lines: list[Line]) -> list[Line]:
    """`lines` with a lone capitals word near the top joined to the capitals line under it."""
    seen = 0
    for at, (number, text) in enumerate(lines):
        if not text.strip():
            continue
        seen += 1
        if seen > _HEAD_TEXT_LINES:
            break
        if _first_word(text) and _rest_of_headline(lines, at) and not _under_capitals(lines, at):
            joined = (number, text.strip() + " " + lines[at + 1][1].strip())
            return lines[:at] + [joined] + lines[at + 2:]
    return lines


def _first_word(text: str) -> bool:
    """One Vietnamese syllable in capitals, no label's."""
    word = text.strip()
    if len(word) < 2 or not word.isalpha() or not word.isupper():  # a lone capital: a drop capital's
        return False
    folded = fold(word)
    return folded not in _ONE_SYLLABLE_LABELS and _SYLLABLE.fullmatch(folded) is not None and not is_noise_line(word)


def _rest_of_headline(lines: list[Line], at: int) -> bool:
    """The next file line, with no blank between, is a capitals line of a headline's length."""
    if at + 1 >= len(lines) or lines[at + 1][0] != lines[at][0] + 1:
        return False
    text = lines[at + 1][1].strip()
    return text[:1].isalpha() and text.isupper() and len(text.split()) >= _REST_WORDS and not text.endswith(":")


def _under_capitals(lines: list[Line], at: int) -> bool:
    """The line right above is in capitals: the word is inside a capitals block, not its head."""
    return at > 0 and lines[at - 1][0] == lines[at][0] - 1 and lines[at - 1][1].strip().isupper()
