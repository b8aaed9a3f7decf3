"""A video page's programme line under its headline (issue 13, round 29).

A channel's video page prints the episode's headline, then the programme's name, a colon and what the
episode is: a talk with its guest ("VN 360: Hội luận cùng ông <Name> – <post>", "Bàn tròn: Trò chuyện với
TS <Name>"). That line names the programme and its guest, not this article; standing over the lead does
not make it the headline. Read only as a talk's word (hội luận, tọa đàm, trò chuyện ...) right after
the colon, then "cùng" or "với" and a person by an honorific and a capital: "Hà Nội: Tọa đàm với doanh
nghiệp" names no guest, and the caller asks only of a line under a headline-shaped one.
"""
from __future__ import annotations

import re

from archive.text.normalize import fold

_NAME_BEFORE = 6  # a programme's name is short ("VN 360", "Bàn tròn thời sự")
_TALK = ("hoi luan", "toa dam", "ban tron", "tro chuyen", "doi thoai", "giao luu", "phong van", "noi chuyen",
         "chuyen tro", "luan ban")
_HONORIFICS = ("ong", "ba", "anh", "chi", "ts", "ths", "gs", "pgs", "nha bao", "luat su", "dai ta", "thuong toa",
               "linh muc", "muc su", "nha van", "nha tho", "dong chi")
_PROGRAMME = re.compile(
    rf"(?P<name>[^:]{{2,40}}):\s*(?:{'|'.join(_TALK)})\s+(?:cung|voi)\s+"
    rf"(?:(?:{'|'.join(_HONORIFICS)})\.?\s+)+(?P<guest>\S)")


def programme_line(text: str) -> bool:
    """"VN 360: Hội luận cùng ông Trần Văn A – Chủ tịch Hội X": a programme's name, a talk's word and
    its guest by an honorific; the guest's name opens with a capital."""
    folded = fold(text)
    found = _PROGRAMME.match(folded)
    return bool(found) and len(found["name"].split()) <= _NAME_BEFORE and text[found.start("guest"):found.end()].isupper()
