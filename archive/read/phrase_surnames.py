"""A rare surname that also opens common phrases ("Đồng Văn Đến", "Ông Thị Hoa", round 47).

"Đồng" opens "đồng chí", "đồng bào", "đồng hành" and "Ông" "ông bà", so person_names refuses a line
whose first word is one of them, and "Đồng" is kept off the surname list (surnames.py) because
"Hội Đồng", "Cánh Đồng" would end on it. Yet they are surnames, and a writer's full name opening with
one was refused ("Đồng Văn Đến" over the page's footer). A line is such a name when it is three or
four words, each capitalised, the first one of these surnames and the second a middle name from a
closed list ("Văn", "Thị", "Đức", "Hữu", ...): no phrase opens "Đồng Văn" or "Ông Thị" but a name,
and a place that does ("Đồng Văn", a district) is refused by the caller's place list. Title-case
phrases ("Đồng Hành Cùng", "Đồng Chí Bí Thư") have no middle name second and stay refused.
"""
from __future__ import annotations

from archive.text.normalize import fold, tone_key
from archive.text.surnames import marked

PHRASE_SURNAMES = frozenset(tone_key(word) for word in "Đồng Ông Từ".split())
MIDDLE_NAMES = frozenset(tone_key(word) for word in """
Văn Thị Đức Hữu Ngọc Minh Quang Xuân Công Đình Bá Kim Thanh Trọng Duy Quốc Hồng Thành Viết Sỹ Sĩ Khắc Tiến
Đăng Mạnh Tuấn Huy
""".split())  # the common middle names (none a place's first word: "Từ Gia Lai", "Từ Hoàng Sa" are "from ...")


def phrase_surname_name(tokens: list[str]) -> bool:
    """A full name opening with a surname that also opens common phrases: "Đồng Văn Đến"."""
    if not 3 <= len(tokens) <= 4 or not all(t[:1].isupper() and t.isalpha() for t in tokens):
        return False
    if marked(tokens):
        return tone_key(tokens[0]) in PHRASE_SURNAMES and tone_key(tokens[1]) in MIDDLE_NAMES
    # an unaccented paste ("Dong Van Den") is matched folded
    return fold(tokens[0]).lower() in _FOLDED_SURNAMES and fold(tokens[1]).lower() in _FOLDED_MIDDLE


_FOLDED_SURNAMES = frozenset(fold(word) for word in PHRASE_SURNAMES)
_FOLDED_MIDDLE = frozenset(fold(word) for word in MIDDLE_NAMES)
