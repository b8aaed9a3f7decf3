"""An association's or union's name on a line of its own (round 22): "Hội Cựu chiến binh Việt Nam",
"Hội Làm vườn Việt Nam", "Hội Khuyến học tỉnh Bình Thuận", "Liên hiệp các Hội Khoa học và Kỹ thuật
tỉnh Ninh Bình". Such a name is written in sentence case ("Cựu chiến binh", "Làm vườn"), which the
masthead rules (sources.py) do not take for a name's words; what marks it is its shape: the kind of
body first, a capitalised word after it (not "Hội nghị", "Hội thảo"), and a place closing it, with no
figure and no mark a headline's clause would bring. Over a headline opening with the same name it is the
portal's masthead; after a page title's dash it is the site's name.
"""
from __future__ import annotations

import re

from archive.read.names import PLACES
from archive.text.normalize import fold_passage

_KINDS = ("Hội", "Hiệp hội", "Liên hiệp", "Liên đoàn", "Tổng hội", "Liên minh", "Câu lạc bộ")
_KIND = re.compile(rf"^(?:{'|'.join(_KINDS)})\s+(?:các\s+)?(?=\w)")
_MAX_WORDS = 14
# Words a headline's clause brings and a name never holds: "... tổ chức Đại hội tại Nghệ An".
_CLAUSE_WORDS = frozenset(("tai", "to chuc", "voi", "cho", "ve", "trong", "den", "tu", "da", "se", "dang"))


def association_name(line: str) -> bool:
    """The line only names an association or a union, by the shape above."""
    text = " ".join(line.split())
    words = text.split()
    kind = _KIND.match(text)
    if not kind or not text[kind.end()].isupper() or len(words) > _MAX_WORDS or re.search(r"[\d:;,.!?\"“”()|]", text):
        return False
    folded = fold_passage(text).strip()
    if any(f" {word} " in f" {folded} " for word in _CLAUSE_WORDS):
        return False
    return any(folded.endswith(" " + place) for place in PLACES)
