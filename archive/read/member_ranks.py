"""A forum member's rank printed after the poster's name (round 124): XenForo's "Nguyễn Hy Long New Member",
"... Well-known Member", vBulletin's "Senior Member", "Administrator", their Vietnamese "Thành viên mới", "Quản trị
viên". The rank is the software's, no part of the name: taken off the end, as a unit after a dash is. A bare
"Thành viên" stays (a given name may end so); the rank needs the name before it.
"""
from __future__ import annotations

import re

_RANKS = (r"(?:new|junior|senior|active|well-known|well known|staff|registered|vip)\s+member|member|moderator"
          r"|super\s+moderator|administrator|thành\s+viên\s+(?:mới|tích\s+cực|vip)|quản\s+trị\s+viên|điều\s+hành\s+viên")
_RANK_AFTER = re.compile(rf"(?<=\S)\s+(?:{_RANKS})\s*$", re.IGNORECASE)


def rank_off(text: str) -> str:
    """`text` without a forum member's rank closing it."""
    return _RANK_AFTER.sub("", text)
