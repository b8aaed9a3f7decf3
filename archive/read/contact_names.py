"""A name followed by a phone number: a commenter or a contact, never the headline (issue 13, round 48).

A comments box prints each commenter's name over the comment, some with a phone number after it
("VŨ NHO 0855890003", "vũ nho 085 589 0003", "Nguyễn Văn An - 0912.345.678"); a page's contact bar
prints a person's name and number the same way. With the words few (a name's, two to four) and the
number a phone's (nine to eleven digits, spaced, dotted or dashed), the line is no headline: a
headline's number counts something ("Kết nạp 5 đảng viên mới") or names a year or a day.
"""
from __future__ import annotations

import re

_PHONE_END = re.compile(r"(?:\+84|0)\d(?:[ .-]?\d){7,9}\s*$")
_NAME = re.compile(r"(?:[^\W\d_]+\s+){1,3}[^\W\d_]+\s*[-–:,(]?\s*")


def contact_name(text: str) -> bool:
    """The line is a person's few words of name, then a phone number."""
    if not text[-1:].isdigit():
        return False  # cheap test first
    phone = _PHONE_END.search(text)
    return bool(phone) and bool(_NAME.fullmatch(text[:phone.start()]))


def contact_names(texts: list[str], pool: list[int]) -> set[int]:
    """Lines of the headline's pool that name someone and their phone number."""
    return {i for i in pool if contact_name(texts[i])}
