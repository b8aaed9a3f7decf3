"""A name glued to the last full stop of a paragraph, the space lost: "... thị trường lao
động.Nguyễn Hòa". A copy of some sites drops the break between the last paragraph and the
author's name under it, and the space too, so the byline slot's rule for a name after the last
stop (byline_slots.glued_name) sees one word "động.Nguyễn". The space is put back only where a
sentence can end: after a word of small letters of two letters or more, with no dot inside it,
and not a place's abbreviation ("tp.Hồ Chí Minh"), or after a year or a figure ("năm
2024.Nguyễn Văn A"); "TP.HCM", "v.v.Nguyễn" and "ThS.Lê" stay.
Whether the words after the stop are a person's name is glued_name's to decide.
"""
from __future__ import annotations

import re

# The stop (and a closing quote or bracket), then a capital with no space, two to four words to the end,
# maybe the writer's credit in brackets after them ("(tổng hợp)"), as glued_name reads it.
_TIGHT = re.compile(r"([.!?…][\"”’»)]*)(?=[^\W\d_][^\s.]*(?:\s[^\s.()]+){1,3}(?:\s\([^()\d]{2,20}\))?$)")
# Abbreviations a place's name follows after a dot ("tp.Vinh", "tx.Sơn Tây"), folded as typed.
_PLACE_PREFIXES = frozenset({"tp", "tx", "tt", "th", "ttr"})


def spaced_last_stop(text: str) -> str:
    """`text` with a space after its last sentence's stop when a capitalised word is glued to it."""
    found = None
    for found in _TIGHT.finditer(text):
        pass
    if found is None or not text[found.end()].isupper():
        return text
    before = text[:found.start()].split()
    word = before[-1].rstrip("\"”’»)") if before else ""  # "... bảo đảm”.Lê Văn A": the quote closes the word
    if not (_word(word) or word.isdigit() and len(word) >= 2):  # a year or a figure ends a sentence too
        return text
    return text[:found.end()] + " " + text[found.end():]


def _word(word: str) -> bool:
    """A word of small letters a sentence may end on: not an abbreviation ("v.v", "TP", "ThS", "tp")."""
    return len(word) >= 2 and word.isalpha() and word.islower() and word not in _PLACE_PREFIXES
