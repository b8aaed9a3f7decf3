"""A photo's caption naming a dignitary by his religious title, name and post (issue 13, round 32):
"Thượng Tọa Thích Nguyên Mãn – Trưởng ban Trị sự GHPGVN huyện X" under the photo of a ceremony. A
monk's or a priest's title before the name and his office after a dash say who stands in the photo,
not who wrote the page: such a line in the slots under the lead is never the byline (the writer signs
at the end, often by a dharma name alone). The titles are religious_names.py's.
"""
from __future__ import annotations

import re

from archive.read.religious_names import RELIGIOUS_TITLES
from archive.read.religious_titles import title_before_religious_name
from archive.text.normalize import fold

_TITLED = re.compile(r"\s*(?:%s)\s" % "|".join(re.escape(t) for t in sorted(RELIGIOUS_TITLES, key=len, reverse=True)))


def dignitary_caption(name_part: str) -> bool:
    """The part before the dash opens with a religious title ("Thượng Tọa", "Hòa thượng", "Linh mục"),
    or an abbreviated one before a dharma or a saint's name ("HT. Thích X", "Cha Giuse Y", round 7)."""
    return bool(_TITLED.match(fold(name_part))) or bool(title_before_religious_name(name_part.strip()))  # "HT. Thích X"
