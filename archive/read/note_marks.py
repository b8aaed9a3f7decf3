"""A footnote's mark closing a line ("...Luật(1)", "...tỉnh[2]", "... năm 2024 (*)", "...thơ¹", "... tỉnh *"): no
word of the line, the mark of a note at the page's foot; its vocabulary, once.

Glued to the last letter, a number or a star in brackets or superscript digits mark a note; spaced, "(2)" may
number a part ("Kỳ họp (2)") and is no mark, while a star in brackets ("(*)", "(**)", "[*]") is one spaced or
glued, and a lone star set after the last word ("... tỉnh *") or glued to it ("...tỉnh*") is one too ("*đậm*", a
star at both ends, is emphasis). footnote_subtitles.py asks `note_marked`; headline.py cuts `NOTE_MARK` and
`star_note_off`.
"""
from __future__ import annotations

import re

_STAR = r"[(\[]\s*\*{1,3}\s*[)\]]"  # a star in brackets: "(*)", "(**)", "[*]"
NOTE_MARK = rf"\s+\*|(?<=[^\W\d_])(?:\(\d{{1,2}}\)|\[\d{{1,2}}\]|{_STAR}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)"
_MARK_END = re.compile(rf"(?:{NOTE_MARK})\s*$")
_STAR_END = re.compile(r"(?<=[^\W\d_])\*\s*$")  # a lone star glued to the last letter ("...tỉnh*")
_STAR_NOTE_END = re.compile(rf"\s*{_STAR}\s*$")  # a star in brackets, spaced or glued
_MIN_WORDS = 3  # what is left must still be a headline


def note_marked(text: str) -> bool:
    """The line ends with a footnote's mark."""
    return bool(_MARK_END.search(text)) or bool(_STAR_END.search(text)) and text.count("*") == 1


def star_note_off(text: str) -> str:
    """The headline without a star in brackets at its end (conventions round 26); a star between words ("Điểm (*)
    mới") stays, and so does a line too short to be a headline without it."""
    found = _STAR_NOTE_END.search(text)
    return text[:found.start()] if found and len(text[:found.start()].split()) >= _MIN_WORDS else text
