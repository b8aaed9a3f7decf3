"""Lines near a headline that only look like one (issue 13, round 23).

A portal prints each sidebar label twice, its link then its caption, and a paste runs them
together ("Bản đồ hành chính Bản đồ hành chính"); an image's alt text or file name stands
under it in small letters with no tone marks ("ao tim ben cua"), where a Vietnamese headline
always has a capital and a tone mark. Both are chrome, never the title. A form's field label
("Tiêu đề: ...") before the headline is no word of it.
"""
from __future__ import annotations

import re

_LABEL_WORDS = (2, 6)  # each half of a doubled label: a sidebar label, not a sentence
_ALT_WORDS = (3, 8)  # two such words may be an English label ("image banner")
_ALT_TEXT = re.compile(r"[a-z]+(?:[ _-][a-z]+)+")  # letters only, no capital, no tone mark
# "Tiêu đề:", "Tên bài:", "Title:" before the headline: the field's label, not the headline's.
_TAG = re.compile(r"</?a\b[^>]*>", re.IGNORECASE)
_FIELD_LABEL = re.compile(r"^(?:tiêu đề|tên bài(?: viết)?|title)\s*:\s*(?=\S)", re.IGNORECASE)


def doubled_label(line: str) -> bool:
    """The same words twice in a row, the whole line ("Thư viện ảnh Thư viện ảnh", maybe the first
    inside a link's markup)."""
    words = _TAG.sub(" ", line).split()  # a link's markup left around the first copy
    half = len(words) // 2
    return len(words) % 2 == 0 and _LABEL_WORDS[0] <= half <= _LABEL_WORDS[1] \
        and words[:half] == words[half:] and not words[-1].endswith((".", "!", "?"))


def alt_text(line: str) -> bool:
    """An image's alt text or file name: small unaccented letters only ("ao tim ben cua")."""
    text = line.strip()
    return bool(_ALT_TEXT.fullmatch(text)) and _ALT_WORDS[0] <= len(re.split(r"[ _-]", text)) <= _ALT_WORDS[1]


def field_label_off(text: str) -> str:
    """The headline without a form's field label before it ("Tiêu đề: DINH TRẤN ...")."""
    return _FIELD_LABEL.sub("", text, count=1)
