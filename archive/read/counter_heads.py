"""A visitor counter above the page's text, not under it (issue 13, round 48).

A visit counter ("Đang truy cập: 37", "Lượt truy cập: 774292") stands in a side column: pasted
under the article, the footer starts at it (portal_chrome.COUNTER_LINES). A page whose side column
comes first pastes it above the headline, under the column's other boxes (its section labels, a
comments box of readers' names and sayings): the sayings made the page's text seem begun, and the
footer cut took the article. Such a counter ends the chrome above it: what follows it is the page's
head. Told by what follows the counter's rows (a label and a count each: "Trong ngày: 613"): a
headline-shaped line (line_sizes.long_unclosed), then a paragraph (prose.PROSE_WORDS words) within the
head's next lines (a writer, a date, the headline printed again). A counter under an article stands over
the page's links, address and licence: no headline opens what follows it, and it still opens the footer.
A site's masthead, its name and tagline, may stand between the rows and the headline (conventions round 23:
"Đất Việt Net" / "Trang thông tin tổng hợp - ..."): the headline is looked for among the first lines after
the rows, the paragraph still after it.
"""
from __future__ import annotations

import re

from archive.read import portal_chrome
from archive.read.line_sizes import PROSE_WORDS, long_unclosed
from archive.text.normalize import fold_passage

_COUNTER = re.compile("|".join(f"(?:{p})" for p in portal_chrome.COUNTER_LINES))
_ROW = re.compile(r"[•·*]?\s*[^\W\d][^\d:]{0,40}?\s?:?\s?[\d.,]+")  # a counter's row: a label, a count
_HEAD_LINES = 4  # a headline's writer, its date, its second print, then the paragraph
_MASTHEAD_LINES = 2  # a site's name and its tagline over the headline


def counter_over_text(texts: list[str], at: int) -> bool:
    """The line at `at` is a visit counter's, and a page's head follows its rows: a headline, then a paragraph."""
    low = texts[at].lower()
    if "truy" not in low and "online" not in low and "đếm" not in low:
        return False  # cheap test first
    if not _COUNTER.fullmatch(fold_passage(texts[at]).strip()):
        return False
    rest = [text for text in texts[at + 1:] if text.strip()]
    while rest and _ROW.fullmatch(rest[0].strip()):
        rest.pop(0)
    return any(_headline_over_text(rest, i) for i in range(min(len(rest), 1 + _MASTHEAD_LINES)))


def _headline_over_text(rest: list[str], i: int) -> bool:
    """rest[i] is a headline with a paragraph among the head's lines under it."""
    if not long_unclosed(rest[i]) or _ROW.fullmatch(rest[i].strip()):
        return False
    if any(len(text.split()) >= PROSE_WORDS for text in rest[:i]):
        return False  # a paragraph over it: the text had begun
    return any(len(text.split()) >= PROSE_WORDS for text in rest[i + 1:i + 1 + _HEAD_LINES])
