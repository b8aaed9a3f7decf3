"""A headline broken after a comma (conventions round 15, issue 13).

A headline never ends with a comma, so a first part closing with one ("Đại hội Chi bộ Trường THCS,",
"HỘI NGHỊ HỌC TẬP,") goes on under it, whatever the next line's first letter: round 13 joined only a
phrase in small letters, and a part that goes on with a name or a place ("..., Trương Minh Tuấn",
"..., Hải Phòng", "..., Phó Chủ tịch UBND huyện ...") was left as a byline, a kicker and a headline
apart. The next line goes on when it is printed in the first part's case: in capitals under capitals,
not in capitals under a part in sentence case (a headline in capitals under a kicker is round 22's, not
a broken one). The caller refuses a date line, a field and a line of too few words for a part. The
joined headline may close with "!" or "?" when short of a paragraph ("..., mừng Đất nước đổi mới!"),
and with a full stop after a last part short of a headline ("..., nhiệm kỳ 2020 - 2025."); a longer
run is a sentence of the lead, but for a run in capitals (conventions round 20: capitals closed by a stop
are a headline's, however long the run or its last part). A long first part in capitals ending with a comma is a headline's, not
a paragraph's: no lead is printed in capitals. Near-misses: an address over its city ("Số 12 đường Lê
Lợi, phường Bình An," / "Thành phố Bình An"), a field under the comma ("Tác giả: ..."), a sentence run
on in small letters to its full stop. Conventions round 21: a last part of a headline's length in small
letters may close the run with a full stop when no lead opens it so ("Vui tết Trung thu cho các em học sinh,"
/ "các cháu thiếu niên nhi đồng."; "Sáng nay ...," stays a lead's), and a first part of a paragraph's length
goes on when a short last part in small letters ends the run with no stop (a long headline wrapped).
"""
from __future__ import annotations

import re

from archive.read.capitals_colons import counted_lead_in
from archive.read.lead_openers import lead_opening
from archive.read.line_sizes import HEADLINE_WORDS, STOPPED_HEADLINE_WORDS
from archive.read.prose import PROSE_WORDS
from archive.text.normalize import fold

_CLOSES = (".", "!", "?")
_DASHES = ("-", "–", "—")
_LAST_PART_WORDS = 15  # a wrapped headline's last part: a paragraph's next line runs longer
# An address opens with a house number and a street's or a hamlet's word, or with its label (folded).
_ADDRESS = re.compile(r"(?:dia chi\b|(?:so\s+)?\d[\d/a-z]*,?\s+(?:duong|pho|ngo|ngach|hem|kiet|to|ap|thon|khu)\b)")
_LABEL_COLON = re.compile(r"^\S+(?:\s+\S+){0,2}\s*:")  # "Tác giả: ...", "Nguồn: ...": a field, no headline's part


def comma_goes_on(before: str, text: str) -> bool:
    """`text` carries on the headline part `before`, which ends with a comma (the caller asks for words
    enough for a part: broken_headlines' count)."""
    if not before.endswith(","):
        return False
    if text[:1].islower():
        return True
    if not (text[:1].isupper() or text[:1].isdigit()) or _address(before):
        return False
    if _LABEL_COLON.match(text) and not counted_lead_in(text):  # a field's label, not a term's line
        return False
    return text.isupper() if before.isupper() else not text.isupper()


def comma_headline_end(joined: str, tail: str) -> bool:
    """A headline joined after a comma ends open, or closed by "!" or "?" when short of a paragraph, or
    by a full stop after a last part short of a headline's length ("nhiệm kỳ 2025 – 2027."): a longer
    last part closed so is a sentence's run ("Sáng nay tại hội trường," / "các đồng chí đã dự ...")."""
    if joined.endswith("."):  # a headline closed by a stop runs to thirty words (round 18: line_sizes.py)
        if joined.isupper():  # or more, its last part as long, in capitals: no lead is printed so (conventions round 20)
            return True
        if len(joined.split()) > STOPPED_HEADLINE_WORDS:
            return False
        # A last part of a headline's length goes on in small letters from a part no lead opens so
        # ("Vui tết Trung thu cho các em học sinh," / "các cháu thiếu niên nhi đồng.", conventions round 21)
        return len([w for w in tail.split() if w not in _DASHES]) < HEADLINE_WORDS \
            or tail.strip()[:1].islower() and not lead_opening(joined)
    if joined.endswith(_CLOSES):
        return len(joined.split()) < PROSE_WORDS
    return not joined.endswith((",", ":", ";", "…"))


def long_part_ends_open(first: str, text: str) -> bool:
    """A first part of a paragraph's length closed by a comma, and a short last part in small letters
    under it that ends the run with no stop ("... đối với công tác quản lý," / "bảo vệ và phát triển
    rừng", conventions round 21): a long headline wrapped, since a paragraph runs on to its full stop."""
    if not first.endswith(",") or not text[:1].islower() or len(text.split()) > _LAST_PART_WORDS:
        return False
    return not text.rstrip(" ”\"»)").endswith((*_CLOSES, ",", ":", ";", "…"))


def _address(first: str) -> bool:
    """"Số 12 đường Lê Lợi, phường Bình An,": an address, its city under it, no headline."""
    return bool(_ADDRESS.match(fold(first).lower()))


def comma_capitals(first: str) -> bool:
    """A long line in capitals ending with a comma: a headline's first part, however many its words."""
    return first.endswith(",") and first.isupper()
