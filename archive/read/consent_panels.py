"""A cookie-consent panel pasted above the headline (issue 13, round 79).

A site's consent panel may open a paste, in Vietnamese or in English: its heading ("Tùy chỉnh tùy chọn đồng
ý", "Customize Consent Preferences"), a paragraph on each kind of cookie ("Cookie cần thiết là ...",
"Necessary cookies are ..."), its switches' and buttons' labels ("Luôn luôn hoạt động", "Always Active",
"Chấp nhận tất cả") and "Không có cookie để hiển thị.", and only then the article's headline. The panel's
heading, short and with no mark, was taken for the headline.

Among the paste's first lines, a run holding two lines or more that name cookies, closer than a few lines
apart, with the panel's labels between or after them and its heading over the first (a line naming consent
or preferences), is the panel: its lines are left out and listed, and the page is read from the line after
it. An article about cookies stays as it is: its headline or the lines under the run name cookies too, or
the run does not open the paste.
"""
from __future__ import annotations

import re

from archive.read.chrome import Dropped
from archive.text.normalize import folded_line

Line = tuple[int, str]  # (1-based file line, text)

_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_OPENS_BY = 3  # the panel's first cookie line stands among the paste's first lines (its heading, a label above)
_GAP = 3  # lines between two of the panel's cookie lines at most: a switch's label, a button
_PANEL_LINES = 60  # the most a panel holds: a paragraph and a switch for each kind of cookie, its buttons
_AFTER = 3  # the lines under the panel that must not name cookies (an article about them would)
# The panel's heading names consent or preferences; its buttons and switches say what they do (folded).
_HEADING = re.compile(r"\b(?:dong y|tuy chon|quyen rieng tu|consent|preferences|privacy)\b")
_CONTROLS = frozenset((
    "luon luon hoat dong", "luon hoat dong", "chap nhan", "chap nhan tat ca", "tu choi", "tu choi tat ca",
    "luu tuy chon", "luu lua chon", "tuy chinh", "dong y", "always active", "accept", "accept all", "reject",
    "reject all", "save my preferences", "customize", "show more", "show less", "xem them", "an bot"))


def consent_off(lines: list[Line]) -> tuple[list[Line], list[Dropped]]:
    """`lines` from the article on when a cookie-consent panel opens the paste, and the panel's lines."""
    first = next((i for i, (_, text) in enumerate(lines[:_OPENS_BY + 1]) if _COOKIE.search(text)), None)
    if first is None:
        return lines, []  # the cheap test: no cookie named at the top
    last, count = first, 1
    for i in range(first + 1, min(len(lines), first + _PANEL_LINES)):
        if i - last > _GAP:
            break
        if _COOKIE.search(lines[i][1]):
            last, count = i, count + 1
    end = last + 1
    while end < len(lines) and _control(lines[end][1]):
        end += 1  # "Chấp nhận tất cả", "Always Active" under the last paragraph
    start = next((i for i in range(first) if _HEADING.search(folded_line(lines[i][1]))), None)
    if count < 2 or start is None or any(not _control(text) and not _heading(text)
                                         for _, text in lines[start:first]):
        return lines, []
    if end >= len(lines) or any(_COOKIE.search(text) for _, text in lines[end:end + _AFTER]):
        return lines, []  # nothing after it, or the article itself is about cookies
    panel = [Dropped(*line, "a cookie-consent panel above the article") for line in lines[start:end]]
    return lines[:start] + lines[end:], panel


def _control(text: str) -> bool:
    return folded_line(text).strip(" .:") in _CONTROLS


def _heading(text: str) -> bool:
    return bool(_HEADING.search(folded_line(text))) and len(text.split()) <= 8
