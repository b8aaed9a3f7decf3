"""Religious titles that are also common words, and names that open with no surname (issue 13,
conventions round 7).

A priest is signed "Cha Giuse X", a monk "Thầy Thích Y", "HT. Thích Z" (Hòa thượng), "TT. Thích
W" (Thượng tọa), "NS. Thích Nữ V" (Ni sư): "Cha", "Thầy", "HT", "TT" and "NS" are also a word or
another body's initials ("TT. Phú Mỹ", a township), so they are a title only right before a
saint's name or a dharma name ("Thích ..."). Cao Đài dignitaries sign by a holy name with no
surname, a branch's word, a given name and "Thanh" ("Thượng Minh Thanh", "Ngọc Đức Thanh"). A
Catholic religious signs with the order's initials after a comma ("Gioan X, SJ"), a unit like
"TTXVN" after a name, left out of the byline.
"""
from __future__ import annotations

import re

from archive.read.religious_names import SAINT_NAMES
from archive.text.normalize import fold

# Folded, with what may follow the title: a space, or a stop then a space or none.
_BEFORE_RELIGIOUS_NAME = re.compile(r"(?:cha|thay|ht|tt|ns|sc|dd)(?:\.\s*|\s+)(?=(?:%s|thich\s))"
                                    % "|".join(re.escape(s) for s in sorted(SAINT_NAMES, key=len, reverse=True)))
_FIRST = frozenset("chtnsd")  # the titles' first letters: most lines open with none of them

# A Cao Đài holy name: the branch's word (Thái, Thượng, Ngọc), one or two given names, "Thanh".
_HOLY_FIRST = frozenset({"thai", "thuong", "ngoc"})


def title_before_religious_name(text: str) -> int:
    """The length of "Cha ", "HT. ", "TT." opening `text` when a saint's or a dharma name follows, else 0."""
    if not text or fold(text[0]) not in _FIRST:
        return 0
    folded = fold(text[:40])
    if len(folded) != len(text[:40]):
        return 0  # offsets would not agree
    match = _BEFORE_RELIGIOUS_NAME.match(folded)
    if not match or not text[:1].isupper():
        return 0  # "cha mẹ", "thầy giáo": a word, not a title
    return match.end()


def holy_name(tokens: list[str]) -> bool:
    """"Thượng Minh Thanh", "Ngọc Hồng Thanh": a Cao Đài dignitary's holy name, three or four
    capitalised words from a branch's word to "Thanh"."""
    return 3 <= len(tokens) <= 4 and fold(tokens[0]) in _HOLY_FIRST and fold(tokens[-1]) == "thanh" \
        and all(t[:1].isupper() and t.isalpha() for t in tokens)
