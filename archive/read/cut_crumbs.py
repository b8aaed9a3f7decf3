"""A breadcrumb whose last crumb is the headline cut short, over the headline printed whole
(issue 13, round 49): "Trang ChủTin tứcLễ hội - Nghi lễHơn 3 vạn người dự Đại lễ Vu Lan tại..."
then "Hơn 3 vạn người dự Đại lễ Vu Lan tại chùa X". A theme prints the trail over the page, the
paste ran its crumbs together, and a crumb cut off the glued line ("Trang Chủ") was taken for the
title. The line holding a cut copy of the line under it (that line's first words, then "...") is
the page's chrome, every crumb of it; a home link ("Trang chủ", "TRANG CHỦ") alone on a head line
is chrome too: no page is titled so.
"""
from __future__ import annotations

from itertools import islice

from archive.read.line_sizes import HEADLINE_WORDS
from archive.text.normalize import folded_line

_ELLIPSES = ("...", "…")
_HEAD_LINES = 8  # the first lines with text, where a trail stands
_HOME = frozenset({"trang chu"})


def crumb_lines(texts: list[str]) -> set[int]:
    """Indices, among the first lines with text, of a trail ending in a cut copy of the next line
    with text, and of a home link standing alone."""
    found: set[int] = set()
    shown = list(islice((at for at, text in enumerate(texts) if text.strip()), _HEAD_LINES + 1))
    for here, below in zip(shown, shown[1:] + [None]):
        text = texts[here]
        if _home_link(text) or below is not None and cut_copy_over(text, texts[below]):
            found.add(here)
    return found


def cut_copy_over(text: str, below: str) -> bool:
    """`text` ends with `below`'s first words (a headline's words at least) and an ellipsis, with more
    before them (the crumbs) and `below` going on past them: the trail's cut copy of `below`."""
    line = text.rstrip()
    if not line.endswith(_ELLIPSES):  # the cheap gate: the line is cut
        return False
    copy = _flat(line.rstrip(".…"))
    whole = _flat(below).split()
    last = copy.rsplit(" ", 1)[-1]
    # A start of `below` ending the copy ends on the copy's last word: only those starts are
    # joined and compared (`below` may be a whole paragraph, the copy a long line).
    for words in range(min(len(whole) - 1, copy.count(" ") + 1), HEADLINE_WORDS - 1, -1):
        if whole[words - 1] == last:
            start = " ".join(whole[:words])
            if copy.endswith(start) and len(copy) > len(start):
                return True
    return False


def _flat(text: str) -> str:
    return folded_line(text)


def _home_link(text: str) -> bool:
    return len(text) < 20 and _flat(text).strip(" :>»|-") in _HOME
