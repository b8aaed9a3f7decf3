"""A breadcrumb printed as a path of slashes with no spaces around them, ending with a slash (round
44): "Tin tức/(MN Đức Thắng 2)/HOẠT ĐỘNG THÁNG 11/", "Trang chủ/Tin tức/Sự kiện/". A school's or a
portal's section path over the headline: chrome, never the title. Three parts at least (two slashes),
each short, holding a letter and no sentence's end; the trailing slash is what a headline never
prints ("Học sinh/sinh viên" and a date's "20/11/2014" do not end with one).
"""
from __future__ import annotations

import re

_LETTER = re.compile(r"[^\W\d_]")


def is_slash_trail(line: str) -> bool:
    text = line.strip()
    if not text.endswith("/") or text.count("/") < 2:
        return False
    parts = [part.strip() for part in text[:-1].split("/")]
    return len(parts) >= 2 and all(
        part and len(part.split()) <= 6 and _LETTER.search(part) and not part.endswith((".", "!", "?", ":"))
        for part in parts)
