"""A pen name that folds to a word of the page's furniture (round 58): "Văn Hòa" folds as "Văn hóa"
(the culture section) does, "Tú Vân" as "tư vấn" (advice), "Quốc Phong" as "quốc phòng" (defence).
`names.NOT_NAMES` is folded, so such a name was never a name. The words whose printed tones are
known stand here with them: a line printed with Vietnamese marks whose tones differ from the
word's is the name; printed with the word's tones (in any case, the mark on either vowel), or with
no marks at all, it stays the word. Asked by `person_names.person_name`.
"""
from __future__ import annotations

from archive.text.normalize import fold, tone_key

# NOT_NAMES words, as printed, whose folded form is also a given name's or a pen name's.
_TONED = ("văn hóa", "tư vấn", "quốc phòng", "chỉ đạo", "thủ quỹ", "văn thư", "thư viện", "văn phòng")
_TONES = {fold(word): tone_key(word) for word in _TONED}


def other_tones(text: str, folded: str) -> bool:
    """`text` (folded: `folded`) spells one of the words above with other tones: a name."""
    word = _TONES.get(folded)
    key = tone_key(" ".join(text.split()))
    return word is not None and key != folded and key != word


# Words of a phrase, never of a name, as printed with their marks: a headline's line in title case ("Cao Đài Trong
# Tương Lai", round 118) is no name though "Cao" is a surname. "Trọng" is a name and "Trong" (in) is not, so only a
# line printed with marks is judged: unmarked, "Trong" may be "Trọng". ("Được" and "Các" end names: "Bùi Được".)
_PHRASE_WORDS = frozenset("trong của và với những trên dưới để không".split())


def phrase_word(tokens: list[str]) -> bool:
    """A word of `tokens` is a preposition's or a conjunction's, printed with its marks in a marked line."""
    if not any(t.lower() in _PHRASE_WORDS for t in tokens):
        return False  # cheap first: person_name asks it of every name
    line = " ".join(tokens).lower()
    return fold(line) != line
