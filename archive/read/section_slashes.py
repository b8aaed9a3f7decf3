"""A section's or an outlet's name in capitals before the writer's, parted by a slash: "VĂN HÓA / Lý
Kiến Trúc", "THỜI SỰ / Minh Anh" (round 28). The part before the slash is the page's own furniture and
goes; the name after it is read as any byline is. Only a short run of capitals words before one slash,
and a name after it that is not in capitals too: "TIN TỨC / SỰ KIỆN" is a breadcrumb's two sections,
and "Trang chủ / Tin tức" one in proper case.
"""
from __future__ import annotations

import re

_SECTION_SLASH = re.compile(r"^\s*([^\W\d_]+(?:\s+[^\W\d_]+){0,3})\s*/\s+(?=[^\W\d_])")


def without_section(text: str) -> str:
    """`text` with a capitals section before a slash taken off, when a proper-case part follows it."""
    found = _SECTION_SLASH.match(text) if "/" in text else None
    if found is None or not found.group(1).isupper():
        return text
    after = text[found.end():]
    if "/" in after or after.isupper():
        return text
    return after
