"""Whom "Theo X" credits when X is one given name, or a pen name typed with a small letter
(conventions round 17, issue 13).

Round 15 (`theo_pen_names.py`) took two or three given names after "Theo" for a person; left were
one given name alone ("Theo Phương"), as a repost credits a writer who signs so, and a pen name
whose second word lost its capital ("Theo Minh hiếu"). An outlet, an agency, a place, a country, a
document or a body stays a source: one word is a person only where the closed list of given names
(`given_names.GIVEN_NAMES`, which leaves out words that are places or common words) holds it and it
is no place's or paper's name; a pen name in small letters must read as one once its words are
capitalised, and no paper's ("Theo Thanh niên"). A whole "(Theo X)" line is read as "Theo X".
Asked at the article's end only (`byline_slots.end_byline`), the slot where reposts credit.

Round 57: a pen name of two words in proper case whose first is one of round 15's given names and whose
second is a Vietnamese syllable with its tone marks, listed or not ("Theo Nguyên Chiếu", "Theo Minh Khuê"),
is a person there too: a pen name's second word is often a rarer one the closed list leaves out. A paper, a
place, a country or a body stays a source (`theo_pen_names.named_source`: "Theo Thanh Niên", "Theo Văn
Nghệ", "Theo Hòa Bình"), and so does a second word typed without marks or a word of another language.
"""
from __future__ import annotations

import re

from archive.read.country_names import FOLDED_COUNTRIES  # "Theo Anh", "Theo Nga": a country's press
from archive.read.given_names import GIVEN_NAMES
from archive.read.theo_credits import unbracketed_theo
from archive.read.person_names import is_syllable
from archive.read.theo_pen_names import PEN_NAME_WORDS, named_source, pen_name
from archive.text.normalize import fold, tone_key
from archive.text.surnames import marked

_FOLDED_GIVEN = frozenset(fold(word) for word in GIVEN_NAMES)  # "Theo Phuong": a paste typed with no marks

# "Theo Phương" ("(Theo Minh hiếu)." once theo_credits.unbracketed_theo has taken its brackets off);
# "theo: ..." is a field (bylines.py reads it): no colon here.
_THEO = re.compile(r"theo\s+([^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*\.?", re.IGNORECASE)


def theo_given_name(line: str) -> tuple[str, ...]:
    """The person a line "Theo X" (maybe in brackets) credits by one given name or a pen name with a
    small letter, in proper case; () for any other line."""
    text = unbracketed_theo(line.strip())  # a bracket opened and never closed stays, and fails below
    if text[:1] not in "Tt" or not (found := _THEO.fullmatch(text)):
        return ()
    words = found.group(1).split()
    if _unlisted_second_name(words):
        return (" ".join(words),)  # "Theo Nguyên Chiếu": a listed given name, then any marked syllable
    if not (words[0][:1].isupper() and words[0][1:].islower()) or not all(w.islower() for w in words[1:]):
        return ()  # proper case for the first word, small letters after it (capitals are round 15's)
    if len(words) == 1:
        word = words[0]
        listed = tone_key(word) in GIVEN_NAMES if marked([word]) else fold(word).lower() in _FOLDED_GIVEN
        return (word,) if listed and not named_source(word) and fold(word).lower() not in FOLDED_COUNTRIES else ()
    proper = " ".join(w[:1].upper() + w[1:] for w in words)
    return (proper,) if pen_name(proper) else ()


def _unlisted_second_name(words: list[str]) -> bool:
    """Two words in proper case, a listed given name then a Vietnamese syllable with tone marks, naming
    no paper, place, country or body: "Nguyên Chiếu", "Minh Khuê"."""
    if len(words) != 2 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    first, second = words
    return tone_key(first) in PEN_NAME_WORDS and marked([second]) and is_syllable(fold(second).lower()) \
        and not named_source(" ".join(words))
