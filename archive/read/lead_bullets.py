"""A lead printed as bullets, its first point the lead and the others under it, each opened by the same
mark ("- Sau 16 năm ...", "- Quà tặng Mỹ: ...", round 28): the byline under the lead stands under the
last point, so the slot under the lead is looked for past them.
"""
from __future__ import annotations

import re

Line = tuple[int, str]  # (1-based file line, text)

_BULLET = re.compile(r"^([-–•+*])\s+\S")
_POINTS = 6  # a lead's points are a few; a longer run is the body's list


def lead_points(rest: list[Line], lead: Line | None) -> int:
    """How many lines at the top of `rest` go on the `lead`'s bullets (0 when the lead is no bullet)."""
    mark = _BULLET.match(lead[1]) if lead else None
    if mark is None:
        return 0
    count = 0
    while count < len(rest) and (point := _BULLET.match(rest[count][1])) and point.group(1) == mark.group(1):
        count += 1
    return count if count <= _POINTS else 0
