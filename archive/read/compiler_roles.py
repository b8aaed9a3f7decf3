"""A compiler's or a reporter's role printed after the name with no mark between (issue 13, round 57).

A page that credits its writer by a role after the name sets it off with brackets or a dash ("Minh Hằng
(sưu tầm)", "Trần Bình - Tổng hợp"), and bylines.py reads those; some print it as a sentence of credit
would, the role in small letters after a space: "Minh Hằng sưu tầm" (compiled by), "Trần Bình tổng hợp",
"Lê An biên soạn", "Hồ Minh thực hiện", "Thu Hà ghi" (noted by), "Trần An viết", "Thanh Tâm st". The
role is no part of the name and goes, as a translator's does (translator_credits.py). Only in small
letters: a name's last words in title case ("Nguyễn Thực Hiền", "Trần Văn Viết") never read as a role.
What is left must still read as names (bylines.py).
"""
from __future__ import annotations

import re

_ROLE_WORDS = ("sưu tầm", "tổng hợp", "biên soạn", "thực hiện", "ghi chép", "ghi", "viết", "st")  # longer first
_ROLES = "(?:" + "|".join(_ROLE_WORDS) + ")"
# After a letter and a space: the role in small letters, maybe closed by a stop.
_BARE_ROLE = re.compile(rf"(?<=[^\W\d_])\s+{_ROLES}\s*\.?\s*$")


def compiler_role_off(text: str) -> str:
    """`text` without a compiler's role after the name ("Minh Hằng sưu tầm" -> "Minh Hằng")."""
    found = _BARE_ROLE.search(text)
    if found is None or not text[:found.start()].strip():
        return text
    return text[:found.start()].rstrip()
