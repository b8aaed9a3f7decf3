"""A photo's caption naming the people in it by where they stand (issue 13, conventions round 8).

Under a headline, small sites (communities abroad, associations, parishes) print a photo's caption
that lists the guests and says who stands where: "Quan khách ...: X, bên trái, Y, Z", "Từ trái sang
phải: ...", "(giữa)", "thứ hai từ trái", "left to right". Such a line is long and has no full stop,
so it weighed like a headline; it never is one. It leaves the headline's pool only under a
headline-shaped line of the pool (a page whose only long line is the caption keeps it).
"""
from __future__ import annotations

import re

from archive.read.line_sizes import long_unclosed
from archive.text.normalize import fold_passage

# A caption naming people by where they stand in the photo.
_PLACED = re.compile(r"\b(?:ben (?:trai|phai)|tu (?:trai|phai) (?:sang|qua) (?:phai|trai)|"
                     r"thu (?:hai|ba|tu|nam|\d) tu (?:trai|phai)|dung giua|hang (?:dau|truoc|sau)|"
                     r"from left|left to right)\b|\((?:trai|phai|giua|l|r)\)")


def placed_caption(text: str) -> bool:
    """A caption naming people by where they stand ("X, bên trái, Y", "từ trái sang phải")."""
    folded = fold_passage(text)
    return ("trai" in folded or "phai" in folded or "giua" in folded or "left" in folded or "(" in folded) \
        and bool(_PLACED.search(folded))


def captions_under(texts: list[str], pool: list[int]) -> set[int]:
    """Lines of the headline's pool (indexes of `texts`) that are a caption naming people under a
    headline-shaped line of the pool."""
    return {i for i in pool if any(j < i and long_unclosed(texts[j]) and not placed_caption(texts[j]) for j in pool)
            and placed_caption(texts[i])}
