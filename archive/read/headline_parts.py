"""Words a site prints on the headline's line that name something else (round 17).

- In front, its news section named before a colon: "Tin Tức Phú Yên: Sơn Hòa ...", "Tin tức: ...".
  "Tin tức" with a name (capitalised words) or alone; a topic in lower case ("Tin tức giả: ...") is
  the headline's own phrase, and a body's name before a colon ("Hội VHNT tỉnh: ...") stays.
- After a headline in capitals, the writer's name in small letters after a dash, maybe closed by a
  full stop: "LIÊN ĐỘI 6 ... HỌP MẶT TRUYỀN THỐNG NĂM 2024 – Trung Trí.". The change of case marks
  it off; a name in capitals, a place ("– Hà Nội"), or a headline in small letters keep their words (a full name
  closing one in small letters is still the writer, the line kept whole: title_writers.dash_writer, round 88).
"""
from __future__ import annotations

import re

from archive.read.bylines import parse_byline
from archive.read.title_writers import bracket_writer, colon_writer, dash_writer, opening_dash_writer

_MIN_LEFT = 5  # what is left must still be a headline
_NEWS_SECTION = re.compile(r"^Tin\s+tức(?:\s+[^\W\d_][^\s:]*){0,3}\s*:\s+(?=\S)", re.IGNORECASE)
_WRITER_END = re.compile(r"\s+[–—-]\s+(?P<name>(?:[^\W\d_]+\s+){1,3}[^\W\d_]+)\.?\s*$")


def news_section_off(text: str) -> str:
    found = _NEWS_SECTION.match(text)
    if not found or len(text[found.end():].split()) < _MIN_LEFT:
        return text
    section = text[:found.end()].rstrip(" :").split()[2:]  # the words after "Tin tức"
    return text[found.end():] if all(word[:1].isupper() for word in section) else text


def writer_off(text: str) -> tuple[str, str]:
    """(the headline, the writer's name) when a name in small letters closes a headline in capitals;
    (text, the writer a blog names before the headline's colon, title_writers.py) otherwise."""
    found = _WRITER_END.search(text)
    if not found:
        return text, colon_writer(text) or bracket_writer(text) or dash_writer(text) or opening_dash_writer(text)
    headline, name = text[:found.start()], found.group("name")
    letters = [ch for ch in headline if ch.isalpha()]
    if len(headline.split()) < _MIN_LEFT or not all(ch.isupper() for ch in letters) or name.isupper():
        return text, dash_writer(text)  # a headline in small letters keeps the name on its line (round 88)
    names = parse_byline(name)
    return (headline.rstrip(), names[0]) if len(names) == 1 and names[0] == name else (text, "")
