"""One line without Markdown's marks (round 55; its own module since round 70, so the breadcrumb test,
which chrome.py asks before any block is classified, can ask it too): "# " before a heading, "*...*" or
"**...**" around a line. markdown_marks.py unmarks a paste's head with it.
"""
from __future__ import annotations

import re

_HEADING = re.compile(r"#{1,6}[ \t]+(?=\S)")
_WRAPPED = re.compile(r"(\*{1,3}|_{1,3})(?=\S)(.+?)\s*\1\s*")


def unmark(text: str) -> str:
    """The line without a heading's "# " marks or the asterisks wrapped round it; else as it is."""
    if not text or text[0] not in "#*_":
        return text
    text = _HEADING.sub("", text, count=1) if text[0] == "#" else text
    wrapped = _WRAPPED.fullmatch(text)
    return wrapped.group(2).strip() if wrapped and any(ch.isalpha() for ch in wrapped.group(2)) else text
