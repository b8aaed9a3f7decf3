"""A pen name of given names after a writer's label (round 63): "Viết bài: Trang Anh".

person_name refuses a name whose first word opens a page's or a unit's phrase elsewhere ("Trang chủ",
"Khoa Nội"), as names.NOT_NAME_FIRST lists. Some of those words are common given names too
(given_names.GIVEN_NAMES: "Trang"); after an explicit writer's label with its colon the field's
value is a person, so two or three capitalised syllables opening with such a given name are the writer,
when they name no place, no unit, no paper and hold no interface word (the checks person_name makes), and
the words after it are given names too ("Trang Tin", "Trang Nhất" are a page's).
"""
from __future__ import annotations

from archive.read import names as vocab
from archive.read.given_names import GIVEN_NAMES
from archive.read.person_names import is_syllable, person_name
from archive.read.unit_credits import unit_opening
from archive.text.normalize import fold, tone_key


def labelled_pen_name(text: str) -> str:
    """`text` as the writer's pen name when it is one of these; "" when it is not."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 3 or not all(t[:1].isupper() and t[1:].islower() for t in tokens):
        return ""  # "Không rõ", "Ban Biên tập": a word in small letters is no part of a name
    first = tokens[0].lower()
    if tone_key(first) not in GIVEN_NAMES or first not in vocab.NOT_NAME_FIRST or first in vocab.UNIT_FIRST:
        return ""  # any other first word is person_name's to judge; "Khoa Nội" is a hospital's department
    folded = [fold(t) for t in tokens]
    whole = " ".join(folded)
    if whole in vocab.PLACES or whole in vocab.NOT_NAMES or whole in vocab.PAPER_NAMES or unit_opening(tokens):
        return ""
    if any(f in vocab.NOT_NAME_TOKENS or not is_syllable(f) for f in folded):
        return ""
    rest = tokens[1:]  # given names after it ("Anh"), or a pen name person_name takes ("Thu Hà"), not "Tin", "Nhất"
    given = all(tone_key(t) in GIVEN_NAMES for t in rest) or len(rest) > 1 and bool(person_name(" ".join(rest)))
    return text if given else ""
