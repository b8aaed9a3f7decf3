"""A saint's name written out syllable by syllable with hyphens after a priest's title: "LM An-phong
Trần Đức Phương", "Linh mục Gio-an Nguyễn Văn B", "Lm. Phao-lô Lê C" (issue 13, round 43).

Vietnamese Catholics print a saint's name either as one word ("Giuse", religious_names.SAINT_NAMES) or
transliterated, its syllables joined by hyphens, each after the first in small letters. Behind a
religious title such a word stays with the title, as "Giuse" does, and the name after it is the
writer's. A hyphen followed by a small letter joins syllables of one word; it never parts two
authors ("Trường Đức-Văn Vĩnh" does, a capital after it).
"""
from __future__ import annotations

import re

from archive.read.religious_names import RELIGIOUS_TITLES, SAINT_NAMES
from archive.text.normalize import fold
from archive.text.surnames import is_surname, marked

_SYLLABLES = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_TITLES = frozenset(RELIGIOUS_TITLES + SAINT_NAMES)


def hyphenated_word(token: str) -> bool:
    """"An-phong", "Giê-su", "Ma-ri-a": a capital, then syllables after hyphens, each in small letters."""
    if "-" not in token or not token[:1].isupper() or not _SYLLABLES.fullmatch(token):
        return False
    return all(part[:1].islower() for part in token.split("-")[1:])


def saint_after_title(before: str, rest: str) -> int:
    """The length of "An-phong " opening `rest` when `before` (what split_prefix took) ends with a
    religious title or a saint's name and a full name, a surname first, follows; else 0."""
    if "-" not in rest[:20] or not before or fold(before).strip(" ,").lower() not in _TITLES \
            and not fold(before).strip(" ,").lower().endswith(tuple(" " + t for t in _TITLES)):
        return 0
    tokens = rest.split()
    if len(tokens) < 3 or not hyphenated_word(tokens[0]) or not is_surname(tokens[1], marked(tokens[1:])):
        return 0
    return len(tokens[0]) if rest.startswith(tokens[0]) else 0


def syllable_hyphen(text: str, at: int) -> bool:
    """The hyphen at `at` joins a word's syllables: no space around it and a small letter after it."""
    return at + 1 < len(text) and text[at + 1].islower() and at > 0 and text[at - 1].isalpha()
