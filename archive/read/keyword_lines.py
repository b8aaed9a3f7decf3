"""A line of search keywords a page prints under its article (round 70, from holdout 70).

Shops and small sites print, at the page's foot, the words they want found, one after another with no stop
or comma and often without tone marks ("san xuat moc khoa may ao thun Kem sữa chua Kem sữa chua trân
châu"). As the paste's last line, under the writer's name, such a line is the page's, like a button or a link:
byline_slots.end_byline looks past it for the name. Only the last line: higher up, a photo caption's second line
looks the same ("trao Quyết định kết nạp Đảng cho quần chúng ưu tú"), and a name over it is the caption's.
A line of the text opens with a capital, or closes a sentence, or holds a comma.
"""
from __future__ import annotations

import re

_KEYWORD_WORDS = 30  # a keyword line's words: a run of phrases, not a paragraph
_PUNCTUATION = re.compile(r"[.,;:!?…()\"“”]")


def keyword_line(text: str) -> bool:
    """Words run together opening in a small letter, no punctuation at all: a page's search keywords."""
    words = text.split()
    return 3 <= len(words) <= _KEYWORD_WORDS and text[:1].islower() and not _PUNCTUATION.search(text)
