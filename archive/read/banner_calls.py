"""A banner's call to act over the headline does not end the head (issue 13, round 55).

A course's or a shop's banner printed over the article ends with a call ("Tư vấn 1-1 cùng Giảng Viên
ngay!", "Đăng ký ngay hôm nay!", "Goi ngay de duoc tu van!"): a short line closed by "!", which reads as
a sentence and so ended the head above the headline under it, leaving the banner's lines to be the
title. A call of a few words (HEADLINE_WORDS * 2 or fewer), with a headline in title case (most words
capitalised, line_sizes.long_unclosed) within the next two lines, before any paragraph, does not end
the head. A longer exclamation, one over a sentence-case line or a paragraph, still does.
"""
from __future__ import annotations

from archive.read.line_sizes import HEADLINE_WORDS, PROSE_WORDS, long_unclosed

Line = tuple[int, str]
_REACH = 2  # the headline stands right under the banner, or under one more of its lines


def banner_call(lines: list[Line], index: int) -> bool:
    """The line is a banner's short call ending "!", a title-case headline just under it."""
    text = lines[index][1].rstrip()
    if not text.endswith("!") or len(text.split()) > 2 * HEADLINE_WORDS:
        return False  # cheap test first
    for _, under in lines[index + 1:index + 1 + _REACH]:
        if len(under.split()) >= PROSE_WORDS:
            return False
        if long_unclosed(under) and not under.rstrip().endswith("!") and _title_case(under):
            return True
    return False


def _title_case(text: str) -> bool:
    """Most words open with a capital, as a title-case headline prints them (not one in capitals)."""
    words = [word for word in text.split() if word[:1].isalpha()]
    capitals = sum(word[0].isupper() for word in words)
    return not text.isupper() and len(words) >= HEADLINE_WORDS and 4 * capitals >= 3 * len(words)
