"""Emoji and pictographs are never words of a headline (issue 13, round 30).

A school's or a union's page sets its headline between runs of emoji ("🍀💐💗 CHÀO MỪNG ...
(19/5/1890 – 19/5/2025) 🍀💐💗"): the run in front went as a bullet (headline.py), the run after it
stayed on the title. Every pictograph goes, in front, after or between words, with the marks that
only shape one (the emoji form selector, a joiner, a skin tone, a keycap's frame: "1️⃣" is an icon,
not a number). Symbols a headline does use stay: "°", "©", "№", arrows and quotes are no pictographs.
"""
from __future__ import annotations

import re

# Pictographs, dingbats, emoticons, transport and map symbols, flags (regional indicators), the
# supplements; a keycap ("1️⃣", "#️⃣") as a whole.
_PICTOGRAPH = ("[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
               "|[0-9#*]\ufe0f?\u20e3|[\ufe0f\u200d\u20e3]")
_PICTOGRAPHS = re.compile(rf"(?:{_PICTOGRAPH})+")
_SPACES = re.compile(r"\s{2,}")


def pictographs_off(text: str) -> str:
    """`text` without its pictographs; the spaces they stood between become one."""
    if text.isascii() or not _PICTOGRAPHS.search(text):
        return text
    return _SPACES.sub(" ", _PICTOGRAPHS.sub(" ", text)).strip()
