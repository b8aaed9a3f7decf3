"""A format label by the headline (issue 13, round 45): "E.Magazine", "eMagazine", "Longform",
"Infographic", "Podcast", "Video", "Mega Story", "Photo", "Multimedia", "Interactive", "Tin ảnh",
"Phóng sự ảnh" alone on a line between the headline and the date line tell the reader what kind of
item the page is. Such a line is never a byline nor the title (title_lines.genre_label asks here),
in any case, with or without a dot, a hyphen or a space inside, bare or in brackets.

Near-misses stay: a headline that only holds such a word ("Video ghi lại ...", "Longform về ..."),
and a format's name glued to a headline's words.
"""
from __future__ import annotations

import re

from archive.text.normalize import fold

# Folded, with no space, dot or hyphen: "E.Magazine", "e-magazine", "E Magazine" -> "emagazine".
FORMATS = frozenset((
    "emagazine", "magazine", "longform", "infographic", "infographics", "inforgraphic", "inforgraphics",
    "podcast", "video", "videos", "clip", "audio", "megastory", "photo", "photos", "photostory",
    "multimedia", "interactive", "tinanh", "phongsuanh", "tinvideo"))
_SEPARATORS = re.compile(r"[\s.\-_·]+")
_BRACKETS = {"(": ")", "[": "]"}
_LONGEST = 24  # "[Phóng sự ảnh]" and its like: a longer line is not a label (cheap gate)


def format_label(line: str) -> bool:
    """The line is only a format's name: a label by the headline, never a writer or the title."""
    text = line.strip().rstrip(":").strip()
    if not text or len(text) > _LONGEST:
        return False
    if text[0] in _BRACKETS and text.endswith(_BRACKETS[text[0]]):
        text = text[1:-1].strip()
    return _SEPARATORS.sub("", fold(text)) in FORMATS
