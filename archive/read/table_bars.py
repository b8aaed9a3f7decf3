"""A table's bars around the headline (round 36). A portal that lays its page out in a table
pastes the cells' borders as text: "|" alone on the line above the headline (chrome already, as any
lone mark is) and " |" closing the headline's own line. A bar at the end of the line is layout,
never a word of the headline, so it leaves the title ("Hội thi X |" -> "Hội thi X"); a bar in front
is a leftover headline.py already takes off. A bar between words ("Tin tức | Sự kiện", a page
title's site name after it) stays, for the rules that read those.
"""
from __future__ import annotations

import re

_BARS = "|¦│┃"
_END_BARS = re.compile(rf"(?:\s*[{_BARS}])+\s*$")
_MIN_WORDS = 3  # what is left must still be a headline


def end_bars_off(text: str) -> str:
    """`text` without the table's bars closing it; as it is when none closes it or too little is left."""
    if text.rstrip()[-1:] not in _BARS or not text.strip():
        return text  # the cheap test: most headlines end on a letter or a mark
    rest = text[:_END_BARS.search(text).start()]
    return rest if len(rest.split()) >= _MIN_WORDS else text
