"""A headline run into its lead on one line, one space between them: "... trong Tháng thanh niên
tháng 3/2018 Nhằm khơi dậy ..." (issue 13, round 43).

glued.py splits a headline glued to its lead with no space (a small letter then a capital inside
a word). With a space kept, a capital alone says nothing: headlines are full of names. A sure
place is narrower: a number or a closing bracket ends the part before (a headline often ends with
its date, its term or its anniversary), and the next word is one a lead opens with ("Nhằm",
"Sáng", "Chiều", "Ngày", "Thực hiện", "Để", "Trong", "Với", ...), with a long paragraph after it.
A headline going on after its number ("Năm 2024 Hà Nội ...", "... 2025 Với chủ đề ...") leaves
too little after it to be a lead, and stays whole.
"""
from __future__ import annotations

import re

from archive.read.prose import PROSE_WORDS

_OPENERS = ("Nhằm", "Sáng", "Chiều", "Tối", "Trưa", "Đêm", "Ngày", "Thực hiện", "Để", "Trong", "Với", "Hôm nay",
            "Vừa qua", "Vừa rồi", "Mới đây", "Sáng nay", "Chiều nay", "Hưởng ứng", "Chào mừng", "Nhân dịp", "Theo",
            "Tại", "Qua", "Sau", "Từ ngày", "Được sự", "Thiết thực", "Căn cứ",
            "Nham", "Sang", "Chieu", "Ngay", "Thuc hien", "De", "Voi", "Huong ung", "Chao mung")  # no tone marks
_GLUED = re.compile(r"(?<=[\d)\]])\s(?:%s)\s" % "|".join(sorted(map(re.escape, _OPENERS), key=len, reverse=True)))
_WINDOW = 400  # characters: a headline stands within them
_OPENING = re.compile(r"^(?:%s)(?=[\s,])" % "|".join(sorted(map(re.escape, _OPENERS), key=len, reverse=True)))


def lead_opening(text: str) -> bool:
    """The text opens with a word a lead opens with ("Sáng nay ...", "Chiều 12/3 ...", "Tại ..."):
    a sentence of the lead, not a headline, when it runs on to a full stop (comma_headlines.py)."""
    return bool(_OPENING.match(text))


def headline_then_lead(text: str, headline_like) -> list[str]:
    """[headline, lead] when `text` is a headline, a number or a bracket, then a lead opening with a
    lead's word; else [text]. `headline_like` tells whether the part before may be a headline."""
    if len(text) < 80 or not any(ch.isdigit() or ch in ")]" for ch in text[:_WINDOW]):
        return [text]  # cheap gate: a short line, or no number to end a headline with
    found = _GLUED.search(text, 0, _WINDOW)
    if not found:
        return [text]
    before, after = text[:found.start()], text[found.start() + 1:]
    if not headline_like(before) or len(after.split()) < PROSE_WORDS:  # a paragraph, not a headline's second half
        return [text]
    return [before, after]
