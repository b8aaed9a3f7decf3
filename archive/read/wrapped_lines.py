"""A paragraph hard-wrapped into short lines near the top, joined again before the head is read
(issue 13, round 34).

Some pages (a shop's news item, an old CMS) print their one paragraph wrapped into short lines, each
opening and ending with a space: " Ngày khai trường là sự mở đầu, có tác dụng tạo hứng " / " khởi cho
suốt một năm học, ...". Cleaned, the first wrapped line is a phrase of a headline's length with no full
stop, and it beat the real short headline above it. A line that opens with a space and ends mid-phrase
(no final punctuation) and a space, whose next line (a blank between or none) goes on in a small letter, is one
line of prose with it: they are joined, the next line's place left blank. Only among the head's first
lines (the body's wrapped lines read as they are), and on the lines as pasted, before their spaces go.
"""
from __future__ import annotations

Line = tuple[int, str]  # (1-based file line, text as pasted)

_HEAD_TEXT_LINES = 12  # the lines with text at the top where a headline can stand
_PHRASE_WORDS = 6  # a wrapped line holds a phrase; a few words under a space are a label's, a menu's, a poem's
_ENDS = (".", "!", "?", ":", ";", "…", '"', "”", ")", "]", "»")  # a line closed so is no phrase cut by a wrap


def join_wrapped_head(lines: list[Line]) -> list[Line]:
    """`lines` (as pasted) with each wrapped phrase near the top joined to the line that carries it on."""
    out = list(lines)
    seen = at = 0
    while at < len(out) and seen < _HEAD_TEXT_LINES:
        text = out[at][1]
        if not text.strip():
            at += 1
            continue
        seen += 1
        if text[:1].isspace() and _cut(text):  # spaces at both ends: a wrap's
            nxt = _next_text(out, at)
            while nxt is not None and out[nxt][1].strip()[:1].islower():
                out[at] = (out[at][0], out[at][1].rstrip() + " " + out[nxt][1].strip())
                out[nxt] = (out[nxt][0], "")
                nxt = _next_text(out, at) if _cut(out[at][1]) else None
        at += 1
    return out


def stops_mid_phrase(words: str) -> bool:
    """`words` (a stripped line) hold a phrase a wrap cut: some words, and no mark that closes them.
    Also wrapped_prose.py's test, for the wraps a paste leaves unmarked."""
    return len(words.split()) >= _PHRASE_WORDS and not words.endswith(_ENDS)


def _cut(text: str) -> bool:
    """A phrase a wrap cut, the wrap's space left at its end."""
    return text[-1:].isspace() and stops_mid_phrase(text.strip())


def _next_text(lines: list[Line], at: int) -> int | None:
    """The index of the next line with text, one blank line between at most."""
    for k in range(at + 1, min(at + 3, len(lines))):
        if lines[k][1].strip():
            return k
    return None
