"""A unit's credit is no person (round 36). A parish's, a school's or a body's news often closes
with the unit that wrote it: "Truyền Thông Thái Hà" (a parish's media office), "Ban Truyền thông Giáo
xứ X", "Văn phòng X", "Phòng Văn hóa", "Tổ Văn phòng". Capitalised word by word, two of them after a
unit's word read like a pen name, so a line opening with a unit's word (the two-word ones here; "Ban",
"Phòng", "Tổ" are names.NOT_NAME_FIRST's) names no one, as a byline or as a name; under a byline it is
the writer's unit (position_lines.py).

The words are compared with their tone marks: "Văn Phong" is a name, "Văn Phòng" a unit. Printed
without any marks, only the words whose folded spelling names no one count ("Truyen Thong", "Trung
Tam"); "Van Phong" may be a person and stays one.
"""
from __future__ import annotations

from archive.read import names as vocab
from archive.text.normalize import fold, folded_line
from archive.text.surnames import is_surname, marked

_MARKED = frozenset(("truyền thông", "văn phòng", "trung tâm", "bộ phận", "phân ban", "tiểu ban", "giới trẻ"))
_UNMARKED = frozenset(("truyen thong", "trung tam", "bo phan", "tieu ban"))  # not "van phong": "Văn Phong", a name
# Round 79: a Catholic body by one word before its name: a religious order ("Dòng Tên", "Dòng Đa Minh") and a
# diocese's or a parish's charity ("Caritas Tam Kỳ"); "Giới trẻ" opens a parish's youth group. "Dòng" only with
# its mark ("Đông", "Dong" may be a name's).
_ONE_WORD = frozenset(("dòng", "caritas"))


def unit_opening(words: list[str]) -> bool:
    """The first two words are a unit's word: "Truyền Thông ...", "VĂN PHÒNG ...", "Trung tam ...", or the
    first is one before a capitalised name: "Caritas Tam Kỳ", "Dòng Tên"."""
    if len(words) < 2:
        return False
    pair = f"{words[0]} {words[1]}".lower()
    if pair in _MARKED or words[0].lower() in _ONE_WORD and words[1][:1].isupper():
        return True
    return not marked(words) and folded_line(pair) in _UNMARKED


# A writer's name with her unit glued after it, no mark between (round 106): "Ngọc Thỏa Trung Tâm VHTT-TT&DL huyện".
_GLUED_UNIT_WORDS = 6  # a unit's short name, not a sentence ("Trung tâm y tế huyện trao quà")
_UNIT_HEADS = vocab.UNIT_FIRST | frozenset("ban đài sở hội".split())  # before a capitalised name: "Phòng Văn hóa"
_SEPARATORS = (" - ", " – ", " — ", ",", ";", "|", "(", ":", "/")


def glued_unit(text: str) -> str:
    """"Ngọc Thỏa - Trung Tâm VHTT-TT&DL huyện" from "Ngọc Thỏa Trung Tâm VHTT-TT&DL huyện": two or three
    capitalised words, then a unit's opening (a unit's two words, or "Phòng", "Ban", "Đài" ... before a capital),
    parted as a dash parts a writer from her unit; a line with any mark between its parts, or in capitals, is left
    as it is."""
    words = text.split()
    if any(mark in text for mark in _SEPARATORS) or text.rstrip().endswith((".", "!", "?")) or text.isupper():
        return text  # in capitals, "THƯỜNG TRỰC BAN THƯỜNG VỤ" is a heading: no name stands apart there
    for size in (2, 3):
        name, rest = words[:size], words[size:]
        if not 2 <= len(rest) <= _GLUED_UNIT_WORDS or not all(w.isalpha() and w[:1].isupper() for w in name) \
                or fold(name[0]).lower() in vocab.POSITION_FIRST and not is_surname(name[0], True):
            continue  # "Phó Trưởng Ban Tuyên giáo": a post, no name before a unit
        if unit_opening(rest) or rest[0].lower() in _UNIT_HEADS and rest[1][:1].isupper() or rest[0] == "UBND":
            return f"{' '.join(name)} - {' '.join(rest)}"
    return text
