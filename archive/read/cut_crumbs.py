"""A breadcrumb whose last crumb is the headline cut short, over the headline printed whole
(issue 13, round 49): "Trang ChủTin tứcLễ hội - Nghi lễHơn 3 vạn người dự Đại lễ Vu Lan tại..."
then "Hơn 3 vạn người dự Đại lễ Vu Lan tại chùa X". A theme prints the trail over the page, the
paste ran its crumbs together, and a crumb cut off the glued line ("Trang Chủ") was taken for the
title. The line holding a cut copy of the line under it (that line's first words, then "...") is
the page's chrome, every crumb of it; a home link ("Trang chủ", "TRANG CHỦ") alone on a head line
is chrome too: no page is titled so.

Round 54: the trail may end in the headline whole, not cut ("Home Tin tức Nội thất Kiến thức
chuyên ngành Gỗ công nghiệp là gì? ..." over "Gỗ công nghiệp là gì? ..."): a line of a few crumbs
(no sentence's end among them) ending with the whole next line, a headline's words at least, is
the trail too. The next line alone is the headline.

Round 70: a date line may stand between the trail and the headline. The headline under the trail may be printed with a little more than the trail's copy of it, a
footnote's mark, empty brackets or its day ("... ĐÀ NẴNG (*)", "... ĐÀ NẴNG NGÀY 23/11/2017"), or with a
Markdown heading's marks ("# ..."): the trail ending in all but those last few words is the trail still.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import islice

from archive.read.line_sizes import HEADLINE_WORDS
from archive.read.markdown_unmark import unmark
from archive.text.dates import all_dates
from archive.text.normalize import folded_line

_ELLIPSES = ("...", "…")
_HEAD_LINES = 8  # the first lines with text, where a trail stands
_HOME = frozenset({"trang chu"})
_DATE_LINE_WORDS = 8  # a date line's few words: a weekday, the day, a clock


def crumb_lines(texts: list[str]) -> set[int]:
    """Indices, among the first lines with text, of a trail ending in a cut copy of the next line
    with text, and of a home link standing alone."""
    found: set[int] = set()
    shown = list(islice((at for at, text in enumerate(texts) if text.strip()), _HEAD_LINES + 1))
    for step, here in enumerate(shown):
        text = texts[here]
        if _home_link(text) or any(cut_copy_over(text, texts[below]) or whole_copy_over(text, texts[below])
                                   for below in _headline_under(texts, shown[step + 1:])):
            found.add(here)
    return found


def _headline_under(texts: list[str], lower: list[int]) -> list[int]:
    """Where the trail's headline may stand: the next line with text, or the one under it when the next
    is the page's date line ("Thứ năm, 24-09-2020" between the trail and the headline, round 70)."""
    if len(lower) > 1 and len(texts[lower[0]].split()) <= _DATE_LINE_WORDS and all_dates(texts[lower[0]]):
        return lower[:2]
    return lower[:1]


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


_CRUMBS_WORDS = 12  # a trail's crumbs: a few section names, not a sentence
_NO_CRUMB = (".", "!", "?", ":", ";", ",", "(", ")", "[", "]", "•")  # a sentence's end, a source tag, a bullet
_TAIL_WORDS = 3  # what the headline may print past the trail's copy of it: a mark, "()", "NGÀY 23/11/2017"


def whole_copy_over(text: str, below: str) -> bool:
    """`text` is a few crumbs, then the whole of `below` (a headline's words at least) or all of it but
    a short tail (a note's mark, "()", a day): the trail ending in the headline it stands over."""
    line, whole = text.rstrip(), unmark(below.strip()).rstrip()
    if not line or not whole:
        return False
    copy, end_words = _flat(line), _flat(whole).split()
    if copy.rsplit(" ", 1)[-1] not in end_words[-1 - _TAIL_WORDS:]:  # the cheap gate: the trail ends on a last word
        return False
    for cut in range(len(end_words), max(HEADLINE_WORDS, len(end_words) - _TAIL_WORDS) - 1, -1):
        end = " ".join(end_words[:cut])
        if copy.endswith(" " + end):
            crumbs = copy[:-len(end)].strip(" >»/|-")
            return 0 < len(crumbs.split()) <= _CRUMBS_WORDS and any(c.isalpha() for c in crumbs) \
                and not any(mark in crumbs for mark in _NO_CRUMB)
    return False


# crumb_lines is asked by three readers (chrome, glued breadcrumbs, glued capitals) about the same
# head lines, and the gates fold whole paragraphs: each line is folded once.
@lru_cache(maxsize=256)
def _flat(text: str) -> str:
    return folded_line(text)


def _home_link(text: str) -> bool:
    return len(text) < 20 and _flat(text).strip(" :>»|-") in _HOME
