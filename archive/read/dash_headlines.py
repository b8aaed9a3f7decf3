"""A headline that opens with a name and a dash: "Sông Hương - 40 năm thao thiết một dòng chảy
truyện ngắn" (issue 13, round 43).

A byline may carry a post or a unit after a dash ("Minh Anh - Phó Bí thư Đảng ủy xã"), so the
byline parse stops at a dash and keeps the name before it. A headline printed as "<name> - <what
about it>" reads the same way, and its first part (a magazine's, a place's or a person's name the
headline is about) was taken for the writer. The part after the dash tells them apart: a post, a unit,
an outlet or a second name is a byline's; words enough for a headline, mostly in small letters or
numbers (prose, not a body's title-case name), are a headline's. Conventions round 22: the day a page
prints after the headline ("... truyện ngắn - 16/06/2023") is no part of what follows the name, and in
capitals, where no small letter tells prose from a name, a part opening with a number ("SÔNG HƯƠNG - 40
NĂM ...") is a headline's: no post, unit or outlet opens so.
"""
from __future__ import annotations

import re

from archive.read.bylines import is_position_line, parse_byline
from archive.read.line_sizes import HEADLINE_WORDS
from archive.read.sources import masthead_name, organ_name
from archive.text.dates import DATE_PATTERN

_SPACED_DASH = re.compile(r"\s[-–—]\s")
_DAY_AFTER = re.compile(rf"\s[-–—]\s*{DATE_PATTERN}\s*$")  # "... - 16/06/2023": the page's day after the headline


def headline_after_name(text: str) -> bool:
    """The line is a name, a spaced dash, then a headline's words (not a post, a unit or an outlet)."""
    if " -" not in text and "–" not in text and "—" not in text:
        return False  # cheap gate: no spaced dash, no "name - headline"
    found = _SPACED_DASH.search(text)
    if not found:
        return False
    rest = _DAY_AFTER.sub("", text[found.end():]).strip()
    words = rest.split()
    if len(words) < HEADLINE_WORDS or _SPACED_DASH.search(rest):
        return False  # a short tail is a post or a place; a second dash: names or a post's parts
    small = sum(1 for word in words if word[:1].islower() or word[:1].isdigit())
    if rest.isupper() and words[0][:1].isdigit():
        small = len(words)  # "40 NĂM THAO THIẾT ...": a count opens a headline, never a post
    if small * 2 < len(words):
        return False  # "Trường Đại học Sư phạm Hà Nội": a unit's name in title case
    return not (is_position_line(rest) or masthead_name(rest) or organ_name(rest) or parse_byline(rest))
