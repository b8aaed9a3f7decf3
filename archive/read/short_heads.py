"""A short headline in title case over its sapo (round 60).

Some sites print a headline of three to eight words, most of them capitalised and no mark closing it
("Hướng về Miền Trung"), right over a sapo: one sentence of fifteen words or more ending with a full
stop. Too short to be headline-shaped, the headline lost to the sapo under it, though the sapo is a
sentence. Over such a sentence, the short title-case line is the headline, and the sentence its sapo
(title_weights.py weighs it down); a line in the writer's slot under it that names no one ("PV",
"Văn phòng Huyện ủy") is no headline either (writer_slots.py asks `title_case_head`). A section's name
over the text ("Tin Tức Sự Kiện", any line naming a news section), a line in small letters (a caption,
"Ảnh minh họa"), a breadcrumb's trail ("Trang chủ > Tin tức") and a label ending with a colon are no
such headline; a line under it that is no sentence (a headline under a section's label) is no sapo.
"""
from __future__ import annotations

import re

from archive.read.names import NEWS_SECTIONS
from archive.text.normalize import fold_passage

_HEAD_WORDS = (3, 8)
_SAPO_WORDS = 15
TRAIL = re.compile(r"[>»|•·]|\s/\s")  # a breadcrumb's marks; a date's or a season's slash is none
_SECTION = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, NEWS_SECTIONS), key=len, reverse=True)) + r")\b")


def title_case_head(text: str) -> bool:
    """`text` is shaped as a short title-case headline: three to eight words, most capitalised, no mark
    closing it, no breadcrumb's trail, no news section named."""
    text = text.strip()
    words = text.split()
    if not _HEAD_WORDS[0] <= len(words) <= _HEAD_WORDS[1] or text.endswith((".", ":", "!", "?", ",", ";")):
        return False
    if 2 * sum(1 for word in words if word[:1].isupper() or word[:1].isdigit()) <= len(words):
        return False  # most words capitalised, as a title-case headline is
    return not TRAIL.search(text) and not _SECTION.search(fold_passage(text))


def short_head_over_sapo(head: str, sapo: str) -> bool:
    """`head` is a short title-case headline and `sapo`, the line right under it, its sapo."""
    sapo = sapo.strip()
    return title_case_head(head) and len(sapo.split()) >= _SAPO_WORDS and sapo.endswith(".") \
        and not sapo.endswith("...")
