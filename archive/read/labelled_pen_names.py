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
from archive.read.country_names import FOLDED_COUNTRIES
from archive.read.given_names import GIVEN_NAMES
from archive.read.person_names import is_syllable, person_name
from archive.read.unit_credits import unit_opening
from archive.text.normalize import fold, tone_key


def labelled_pen_name(text: str) -> str:
    """`text` as the writer's pen name when it is one of these; "" when it is not."""
    tokens = _capitalised(text)
    if not tokens:
        return ""  # "Không rõ", "Ban Biên tập": a word in small letters is no part of a name
    first = tokens[0].lower()
    if tone_key(first) not in GIVEN_NAMES or first not in vocab.NOT_NAME_FIRST:
        return ""  # any other first word is person_name's to judge
    if not _names_nothing_else(tokens):
        return ""
    rest = tokens[1:]  # given names after it ("Anh"), or a pen name person_name takes ("Thu Hà"), not "Tin", "Nhất"
    given = all(tone_key(t) in GIVEN_NAMES for t in rest) or len(rest) > 1 and bool(person_name(" ".join(rest)))
    return text if given else ""


def credited_pen_name(text: str) -> str:
    """`text` as a pen name with no family name that a translator's role credits (round 85: "Bình Yên Đông
    lược dịch"): the role names a person as the writer's label does, so two or three capitalised syllables
    opening with a common given name are one, when they name no place, no unit, no paper and hold no
    interface word ("Phòng Chống dịch" opens with a department's word)."""
    tokens = _capitalised(text)
    if not tokens or tone_key(tokens[0].lower()) not in GIVEN_NAMES:
        return ""
    whole = fold(text).lower()
    if whole in FOLDED_COUNTRIES or whole in vocab.NEWS_SECTIONS:
        return ""  # "Hồng Kông dịch" names the press a text comes from
    return text if _names_nothing_else(tokens) else ""


def _capitalised(text: str) -> list[str]:
    """Two or three words, each capitalised (the rest in small letters); [] otherwise."""
    tokens = text.split()
    ok = 2 <= len(tokens) <= 3 and all(t[:1].isupper() and t[1:].islower() for t in tokens)
    return tokens if ok else []


def _names_nothing_else(tokens: list[str]) -> bool:
    """The words name no department ("Khoa Nội"), place, unit or paper, and each is a syllable and no interface word."""
    folded = [fold(t) for t in tokens]
    whole = " ".join(folded)
    if tokens[0].lower() in vocab.UNIT_FIRST or unit_opening(tokens):
        return False
    if whole in vocab.PLACES or whole in vocab.NOT_NAMES or whole in vocab.PAPER_NAMES:
        return False
    return not any(f in vocab.NOT_NAME_TOKENS or not is_syllable(f) for f in folded)
