"""A media label a portal prints after the headline on its line (issue 13, round 38): "TRUNG THU 2023
Tin có hình" ("an item with pictures"), "... Tin ảnh", "... Có video", "... (Có video)", "... [Tin
video]". It tells the reader what the item holds; it is no word of the headline.

Taken off only as a label is printed: at the line's end, its first word capitalised (in capitals only
under a headline that is not), bare or in brackets, with two words or more of headline left before it.
A headline's own words stay: "... qua tin ảnh" (small letters), "Tin ảnh" alone, "Có video" alone.
"""
from __future__ import annotations

import re

from archive.text.normalize import fold

# The labels, folded.
_LABELS = ("tin co hinh", "tin co anh", "tin anh", "tin video", "co video", "co hinh", "co anh", "tin hinh")
_LABEL_END = re.compile(r"\s+[(\[]?\s*(?P<label>[^\W\d_]+(?:\s[^\W\d_]+){1,2})\s*[)\]]?\s*$")
_HEADLINE_LEFT = 2


def media_label_off(text: str) -> str:
    """The headline without a media label printed after it."""
    if " " not in text or not text.rstrip(")] ").endswith(("h", "H", "o", "O")):
        return text  # every label ends on "hình", "ảnh" or "video" (cheap gate)
    found = _LABEL_END.search(text)
    if found is None:
        return text
    label = found.group("label")
    if fold(label).lower() not in _LABELS or not label[:1].isupper() or found.group(0).strip()[:1] in "([" and \
            not found.group(0).strip().endswith((")", "]")):
        return text
    before = text[:found.start()].strip()
    if len(before.split()) < _HEADLINE_LEFT or label.isupper() and before.isupper():
        return text
    return before
