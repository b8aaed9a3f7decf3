"""A lead opened by its writer's name and the source's tag in brackets (issue 13, round 90).

Some sites, and the sites that repost them, open the first paragraph with the writer and the source before
a dash, the way a paper opens it with its tag alone: "Phạm Văn (Danlambao) - Trong nhiều năm ...". The tag
is the lead's source marker (lead_markers.py); the name before it is the writer, when it reads as one
person's name whole (bylines.py: a place, "Tin", a unit's name reads as none) and prose follows the dash.
Two writers or more joined by "&" or "và" ("Lữ Gia Hùng & Thương Lê (BBC) - ...", round 99) are the writers
when each part reads as one name whole; a comma still ends the name (a sentence's opening clause has one).
"""
from __future__ import annotations

import re

from archive.read.bylines import parse_byline
from archive.read.line_sizes import words
from archive.text.dates import all_dates

# The name (no bracket, dash, colon or full stop in it), the source's tag in brackets, then a dash.
_WRITER_MARKER = re.compile(r"^(?P<name>[^\W\d_][^()\-–—:.,;]{1,40}?)\s*\(\s*(?P<tag>[\w.]+)\s*\)\s*[-–—]\s*(?=\S)")
_PROSE_WORDS = 8  # what follows the dash is a sentence of some length, as after a paper's tag
_JOINED = re.compile(r"\s*(?:&|\bvà\b)\s*")  # writers named together (a comma ends the name group above)


def writer_marker(text: str) -> tuple[str, re.Match] | None:
    """(the writers' names, " - " between two, the match: group "tag" the source's tag) when `text` opens so;
    None otherwise."""
    found = _WRITER_MARKER.match(text)
    if found is None:
        return None
    name, rest = found["name"].strip(), text[found.end():]
    names = parse_byline(name)
    if not names or names != tuple(_JOINED.split(name)) or words(rest) < _PROSE_WORDS or rest.isupper() \
            or all_dates(rest[:40]):
        return None
    return " - ".join(names), found
