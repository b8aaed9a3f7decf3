"""A news section's name glued before the headline on its line (round 41): "Chính trị 20 phụ huynh
của cô dâu Việt ...", "Thể thao Đội tuyển ...". A page prints its section's label in front of the
headline, and a paste joins them with a space. The label is one of the sections news sites share
(politics, society, economy, culture, sport, current affairs, education, health, world, law, ...),
written with a capital and its second word in small letters, as a menu prints it; it is cut off
only when the headline after it opens with a capital or a digit and is long enough to stand alone.
A headline whose subject is that word ("Văn hóa đọc ...", "Kinh tế tư nhân ...") goes on in small
letters and keeps it; a label in capitals ("KINH TẾ ...") is a headline in capitals and is kept.
"""
from __future__ import annotations

import re

from archive.text.normalize import fold

_MIN_LEFT = 6  # what is left must still be a headline
_SECTIONS = frozenset({
    "chinh tri", "xa hoi", "kinh te", "van hoa", "the thao", "thoi su", "giao duc", "suc khoe",
    "the gioi", "phap luat", "giai tri", "du lich", "cong nghe", "doi song", "quoc phong", "quoc te",
})
_FIRST_CAPITALS = frozenset("CXKVTGSPDQĐ")  # the section names' first letters: a cheap gate
_SECTION = re.compile(r"(?P<name>[^\W\d_]+ [^\W\d_]+) (?=[^\W_])")


def section_name_off(text: str) -> str:
    """`text` without a section's name glued in front of its headline; `text` otherwise."""
    if text[:1] not in _FIRST_CAPITALS:
        return text
    found = _SECTION.match(text)
    if not found:
        return text
    first, second = found["name"].split()
    rest = text[found.end():]
    if fold(found["name"]) not in _SECTIONS or not second.islower() or not first[1:].islower():
        return text
    if not (rest[:1].isdigit() or rest[:1].isupper()) or len(rest.split()) < _MIN_LEFT:
        return text
    return rest
