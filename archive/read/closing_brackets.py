"""A writer's name in round brackets closing the article's last paragraph (issue 13, round 38): "... có
hoàn cảnh khó khăn (Phi Hồng)". Some portals sign an item so, on the same line as its last words, with
or without a stop before or after the brackets; press_credits.unbracketed reads the name on a line of
its own, byline_slots.glued_name a name after the last stop with no brackets.

Only a full name is a writer: two words or more, read by bylines.parse_byline, with a surname first or
a common given name last (given_names.GIVEN_NAMES, "Phi Hồng", "Minh Anh"), and not a place whose
compass word opens it ("Đông Anh", "Bắc Sơn"). Initials ("(P.V)", "(TTXVN)", "(NT)") are a source's tag,
an outlet, a unit or a place ("(Báo Nhân Dân)", "(Hà Nội)") no person: parse_byline gives them nothing.
Not a writer either: a name glossing the one before it ("đồng chí Lê Duẩn (Ba Duẩn)", the word before the
brackets capitalised), a quote's author ('..." (Nguyễn Du)', a quote closing before the brackets), or the
last line of a verse (short lines: the paragraph must run long, a hard-wrapped line above joined to it).
"""
from __future__ import annotations

import re

from archive.read.line_sizes import END_PUNCT
from archive.read.bylines import has_surname, parse_byline
from archive.read.given_names import GIVEN_NAMES
from archive.text.normalize import fold, tone_key

# The words before, a space, the name in brackets (no digit, no bracket inside), maybe a stop after it.
_TAIL = re.compile(r"(\S)\s+\(\s*([^()\d]{3,40}?)\s*\)\s*[.!]?$")
_PROSE_WORDS = 12  # a paragraph's words before the name: a verse's line runs shorter
_WRAPPED_WORDS = 10  # a hard-wrapped line above that goes on into the last one is this long
_COMPASS = frozenset("dong tay nam bac thuong ha trung".split())  # "Đông Anh", "Bắc Sơn": a district


def bracketed_writer(lines: list[str]) -> tuple[str, str] | None:
    """(the last line without the name, "Phi Hồng") when the last of `lines` (the article's text, in
    order) closes with a writer's full name in brackets; None otherwise."""
    if not lines or not lines[-1].endswith((")", ").", ")!")):
        return None
    text = lines[-1]
    tail = _TAIL.search(text)
    if tail is None or tail.group(1) in "\"”’»'" or tail.group(1) in "(":
        return None
    before = text[:tail.start(1) + 1].split()
    if not before or before[-1][:1].isupper() and not before[-1].endswith((".", "!", "?", "…")):
        return None  # "... Lê Duẩn (Ba Duẩn)": a gloss on the name before it
    words = len(before)
    for above in reversed(lines[:-1]):  # a hard-wrapped paragraph: its lines above, each long, no stop closing them
        if above.endswith(END_PUNCT) or len(above.split()) < _WRAPPED_WORDS or words >= _PROSE_WORDS:
            break
        words += len(above.split())
    names = parse_byline(tail.group(2))
    if words < _PROSE_WORDS or len(names) != 1 or not signing_name(names[0]):
        return None
    return text[:tail.start(1) + 1], names[0]


def signing_name(name: str) -> bool:
    """Two words or more, a surname first or a common given name last, no compass word first, no middle
    name last."""
    words = name.split()
    if len(words) < 2 or fold(words[0]) in _COMPASS or fold(words[-1]) in ("van", "thi"):  # "Nguyễn Văn": cut short
        return False
    return has_surname(name) or tone_key(words[-1]) in GIVEN_NAMES


def prose_over_bracket(above: str, name: str) -> bool:
    """"(Nguyễn Anh Minh)" on its own line under a paragraph left without its stop (dropped by the page or cut
    by the paste, round 80): the paragraph runs long, closes on no quote, comma or colon, and the name is a
    full one. A verse's line runs shorter, and a quote's author stands under its closing quote."""
    words = above.split()
    return (len(words) >= _PROSE_WORDS and not above.endswith(("\"", "”", "’", "»", "'", ",", ":", ";", "-", "–"))
            and signing_name(name))
