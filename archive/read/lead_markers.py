"""The source tag that opens a lead: "(HNM) -", "TCCS -", "Laocaitv.vn -".

Many papers open the article's first paragraph with their own tag and a dash. Such a line is the
lead, whatever stands around it, so the layout looks for it before it weighs the head's lines
(layout.py, head_window.py), and a print view's headline is told from its sapo by it (print_views.py).
A tag and a dash also open a headline ("ASEAN - Động lực ...") or a date line ("QPTD -Thứ Năm, ..."):
`marker_prose` asks that prose follow the tag.
"""
from __future__ import annotations

import re

from archive.read.line_sizes import words as _words
from archive.text.dates import all_dates

LEAD_MARKER = re.compile(r"^\(\s*([\w.]+)\s*\)\s*[-–—]\s*")
# Unbracketed source tags: "TCCS -", "CTTBTG -", "Laocaitv.vn -", "QPTD -Thứ Năm ...".
BARE_MARKER = re.compile(r"^([A-ZĐ]{2,8}|(?i:[a-z][\w-]*\.(?:vn|com|org|net)(?:\.vn)?))\s*[-–—]\s*(?=\S)")


def lead_marker(text: str) -> re.Match | None:
    return LEAD_MARKER.match(text) or BARE_MARKER.match(text)


def marker_prose(text: str) -> bool:
    """A source tag opens the lead, not a date line or a tagline: prose follows it (in
    capitals, what follows "HCT-" is a headline). After a bare tag the prose is a sentence
    or a paragraph: an acronym and a dash open a headline too ("ASEAN - Động lực ...")."""
    rest = text[lead_marker(text).end():]
    sentence = LEAD_MARKER.match(text) or rest.rstrip().endswith((".", "…", ".”", '."')) or _words(rest) >= 25
    return _words(rest) >= 8 and not all_dates(rest[:40]) and not rest.isupper() and bool(sentence)
