"""A headline the page prints again in capitals as its text's own heading (issue 13, round 69).

Some sites print the headline at the top and again, in capitals, as the heading over the article's text
("Xuân Diệu giao cảm hồn người" ... "XUÂN DIỆU GIAO CẢM HỒN NGƯỜI"), with a section's name over the
first print ("Văn học Việt Nam hiện đại"); when the address's last dashed part spells the section, the
section's name won. A candidate of some words, not itself in capitals, whose words (a date, a number or
a mark at its end aside) stand again alone on a later line in capitals (within the text's first lines) is the headline: no section's name, kicker
or masthead is reprinted so. A line printed again as it is (a menu, a related link) gains nothing.

Round 70: the text's heading may word the headline a little more fully ("Văn hóa ứng xử công sở" over "VĂN HÓA
ỨNG XỬ NƠI CÔNG SỞ"): every word of the first print, in order, with one or two more among them, is a reprint too.
"""
from __future__ import annotations

import re

Line = tuple[int, str]  # (1-based file line, text)

REPRINT_WEIGHT = 2.0  # more than the first line's place and the slug's witness together (0.8 + 1.5) less a rank
_MIN_WORDS = 3  # fewer words: a label's, a name's, which a site may print in capitals anywhere
_WITHIN = 60  # the text's first lines, where its heading stands; a footer's capitals menu is further down
_WORDS = re.compile(r"[^\W\d_]+")  # the words, without a date, a number or a mark the first print may end with
_MORE_WORDS = 2  # the heading's words beyond the first print's: a fuller wording, not another line


def reprinted_in_capitals(lines: list[Line], index: int) -> bool:
    """The line at `index` comes back, in capitals and alone on its line, in the lines under it."""
    text = lines[index][1]
    words = _WORDS.findall(text)
    if len(words) < _MIN_WORDS or text.isupper():
        return False
    capitals = [word.upper() for word in words]
    return any(later.isupper() and _fuller(_WORDS.findall(later), capitals) for _, later in lines[index + 1:index + 1 + _WITHIN])


def _fuller(heading: list[str], words: list[str]) -> bool:
    """`heading` is `words`, or `words` in order with at most _MORE_WORDS more among them."""
    if not 0 <= len(heading) - len(words) <= _MORE_WORDS:
        return False
    found = iter(heading)
    return all(word in found for word in words)
