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

from archive.text.normalize import folded_line
from archive.text.surnames import marked

_MARKED = frozenset(("truyền thông", "văn phòng", "trung tâm", "bộ phận", "phân ban", "tiểu ban"))
_UNMARKED = frozenset(("truyen thong", "trung tam", "bo phan", "tieu ban"))  # not "van phong": "Văn Phong", a name


def unit_opening(words: list[str]) -> bool:
    """The first two words are a unit's word: "Truyền Thông ...", "VĂN PHÒNG ...", "Trung tam ..."."""
    if len(words) < 2:
        return False
    pair = f"{words[0]} {words[1]}".lower()
    if pair in _MARKED:
        return True
    return not marked(words) and folded_line(pair) in _UNMARKED
