"""A media label a portal prints after the headline on its line (issue 13, round 38): "TRUNG THU 2023
Tin có hình" ("an item with pictures"), "... Tin ảnh", "... Có video", "... (Có video)", "... [Tin
video]". It tells the reader what the item holds; it is no word of the headline.

Taken off only as a label is printed: at the line's end, its first word capitalised (in capitals only
under a headline that is not), bare or in brackets, with two words or more of headline left before it.
A headline's own words stay: "... qua tin ảnh" (small letters), "Tin ảnh" alone, "Có video" alone.
"""
from __future__ import annotations

from archive.text.normalize import fold

# The labels, folded.
_LABELS = ("tin co hinh", "tin co anh", "tin anh", "tin video", "co video", "co hinh", "co anh", "tin hinh")
_HEADLINE_LEFT = 2
_BRACKETS = {"(": ")", "[": "]"}


def media_label_off(text: str) -> str:
    """The headline without a media label printed after it."""
    if " " not in text or not text.rstrip(")] ").endswith(("h", "H", "o", "O")):
        return text  # every label ends on "hình", "ảnh" or "video" (cheap gate)
    words = text.split()
    for size in (2, 3):
        label, before = " ".join(words[-size:]), words[:-size]
        opener = label[:1]
        if opener in _BRACKETS:
            if not label.endswith(_BRACKETS[opener]):
                continue
            label = label[1:-1].strip()
        if fold(label).lower() in _LABELS and label[:1].isupper() and len(before) >= _HEADLINE_LEFT \
                and not (label.isupper() and " ".join(before).isupper()):
            return " ".join(before)
    return text
