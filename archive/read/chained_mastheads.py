"""An institution's masthead chaining its units by dashes, in capitals (round 58): "KHOA X - ĐẠI HỌC Y -
ĐẠI HỌC QUỐC GIA Z", "TRƯỜNG THPT X - SỞ GIÁO DỤC VÀ ĐÀO TẠO Y". A faculty's, a school's or a department's
site prints it above every page, from the smallest unit to the body over it; it is long and in capitals,
so it outweighs a short headline under it, yet it names bodies only: chrome, never the headline. In proper
case ("Khoa Ngữ văn - Trường Đại học Sư phạm - Đại học Đà Nẵng") it takes three units, each a name's shape.
`furniture.not_headlines` asks `chained_mastheads` while another line is in the headline's pool.

Every part between the spaced dashes opens with a kind of body and is a name in a few words: a headline
in capitals that chains a body with anything else ("TRƯỜNG THPT X - 40 NĂM XÂY DỰNG") or whose part
opens with a kind's word used otherwise ("PHÒNG CHỐNG ...", "BAN HÀNH ...", "HỘI NGHỊ ...", "KHOA HỌC
...") stays a headline.
"""
from __future__ import annotations

import re

from archive.read.body_kinds import ASSOCIATION_KINDS, KIND_COMPOUNDS, ORGAN_KINDS, SCHOOL_KIND, SCHOOL_LEVELS, UNIT_KINDS
from archive.read.sources import name_shaped
from archive.text.normalize import fold, tone_key

# Kinds of body a unit's name opens with (keyed by tone_key, longest first).
_KINDS = sorted({tuple(tone_key(kind).split()) for kind in (*ORGAN_KINDS, *ASSOCIATION_KINDS, *UNIT_KINDS)},
               key=lambda kind: (-len(kind), kind))
_SCHOOL = tone_key(SCHOOL_KIND).split()  # a list, as `unit_name` holds its kind
_LEVELS = sorted({tuple(tone_key(level).split()) for level in SCHOOL_LEVELS}, key=lambda level: (-len(level), level))
_AND = tone_key("và")
_DASH = re.compile(r"\s+[-–—]\s+")
_PART_WORDS = (2, 12)  # a unit's name: its kind and a name, in a few words
_NO_NAME = re.compile(r"[\d:;,.!?\"“”()|/]")  # figures and a clause's marks


def unit_name(part: str, capitals: bool) -> bool:
    """The text is one unit's name: its kind, then a name in a few words (stacked_mastheads.py asks it too)."""
    words = tone_key(part).split()
    if _NO_NAME.search(part):
        return False
    kind = next((list(kind) for kind in _KINDS if tuple(words[:len(kind)]) == kind), None)
    levels = school_levels(words[len(kind):]) if kind == _SCHOOL else 0
    if kind is None or len(words) == len(kind) + levels or not _PART_WORDS[0] <= len(words) - levels <= _PART_WORDS[1]:
        return False
    if fold(f"{kind[-1]} {words[len(kind)]}").lower() in KIND_COMPOUNDS:
        return False  # "Phòng chống", "Hội nghị"
    return capitals or name_shaped(part.split()[len(kind):])  # "Khoa Ngữ văn", not "Phòng Y tế tổ chức ..."


def school_levels(words: list[str]) -> int:
    """How many of the tone-keyed words after "Trường" name its levels ("phổ thông dân tộc nội trú trung học cơ sở",
    "THCS và THPT"): they say what school it is, so the name's few words are counted after them."""
    count = 0
    while True:
        joined = count + (count > 0 and words[count:count + 1] == [_AND])  # "THCS và THPT"
        level = next((level for level in _LEVELS if tuple(words[joined:joined + len(level)]) == level), None)
        if level is None:
            return count
        count = joined + len(level)


def chained_masthead(text: str) -> bool:
    """The line chains units' names by spaced dashes: two or more in capitals, three or more printed
    in sentence case (two bodies may open a headline; in title case, "Sở Y Tế - ... Ký Kết", any may)."""
    line = " ".join(text.split())
    capitals = line.isupper()
    if not capitals and not any(word[:1].islower() for word in line.split()):
        return False  # every word capitalised: a title-case headline's style says nothing of names
    parts = _DASH.split(line)
    return len(parts) >= (2 if capitals else 3) and all(unit_name(part, capitals) for part in parts)


def chained_mastheads(texts: list[str], pool: list[int]) -> set[int]:
    """Lines of the headline's pool that are such a masthead, while a line that is not stays in it."""
    found = {i for i in pool if chained_masthead(texts[i])}
    return found if len(found) < len(pool) else set()
