"""Verse printed as one line, its lines cut by slashes (issue 13, round 48).

A literary site prints a verse widget at the page's top: "Poet Name: Đêm mơ nước, ngày thấy hình của
nước/ Cây cỏ trong chiêm bao .../ Ăn một miếng ngon .../ ..." (a poet's name, a colon and a stanza,
each of its lines opening on a capital after a slash). No headline is cut so: it is never the title,
and the name before its colon is the poet's, never a blog's "Writer: headline" (title_writers.py).
Three verse lines at least (two cuts), each of a headline's words or more (line_sizes.HEADLINE_WORDS):
"Hà Nội/ Huế/ Sài Gòn", a date "12/11/1974", "V/v" and a headline with one slash stay.
"""
from __future__ import annotations

import re

from archive.read.line_sizes import HEADLINE_WORDS

# a word (its comma, stop or mark kept), a slash, a space, then a capital: where a verse line ends
_CUT = re.compile(r"(?:(?<=[^\W\d_])|(?<=[,.;!?…]))\s*/\s+(?=[^\W\d_])")
_MIN_CUTS = 2


def verse_line(text: str) -> bool:
    """The line is a stanza, its lines cut by slashes, each line long as a headline."""
    if text.count("/") < _MIN_CUTS:
        return False  # cheap test first
    parts = _CUT.split(text)
    if len(parts) <= _MIN_CUTS:
        return False
    opened = all(part[:1].isupper() for part in parts[1:])
    return opened and all(len(part.split()) >= HEADLINE_WORDS for part in parts[:-1])


def verse_lines(texts: list[str], pool: list[int]) -> set[int]:
    """Lines of the headline's pool that are stanzas."""
    return {i for i in pool if verse_line(texts[i])}


# A poem printed a verse a line (round 107): four lines in a row at least, each of five to eight syllables opening
# on a capital, no figure and no full stop, all of one length (five or seven syllables) or six and eight in turn (lục
# bát). Each has a headline's words, so a run of them looked like a list of other articles' headlines
# (link_lists.py), and the page's own text, the poem, was dropped.
_POEM_RUN = 4
_VERSE = re.compile(r"[^\W\d_][^\d.]*[^\d.:]")


def poem(texts: list[str]) -> bool:
    """Consecutive lines that are a poem's verses, a verse a line (four at least, of one metre)."""
    return len(texts) >= _POEM_RUN and all(_verse(text) for text in texts) and _metred([len(t.split()) for t in texts])


def _verse(text: str) -> bool:
    text = text.strip()
    return 5 <= len(text.split()) <= 8 and text[:1].isupper() and bool(_VERSE.fullmatch(text))


def _metred(sizes: list[int]) -> bool:
    return len(set(sizes)) == 1 or all(size == (6, 8)[k % 2] for k, size in enumerate(sizes))


def poem_verses(texts: list[str], pool: list[int]) -> set[int]:
    """Lines of the headline's pool that are a poem's verses, a verse a line (round 120): a poem page's title stands
    over them ("NHỚ MẸ HIỀN" over "Giữa cảnh chiều thu nhớ mẹ hiền" / ...), and no verse is the title. The runs are of
    the page's lines with text, blank lines between them or none; a run must keep its metre from its first verse."""
    filled = [i for i, text in enumerate(texts) if text.strip()]
    verses, run = set(), []
    for i in filled + [None]:
        if i is not None and _verse(texts[i]):
            run.append(i)
            continue
        if poem([texts[j] for j in run]):
            verses.update(run)
        run = []
    return verses & set(pool)
