"""The words around a citation that a document's page quotes (issue 17: size budget).

A document's page quotes, under each citing article, the sentence that cites it. Pasted
sentences run long (a whole paragraph when the paste has no full stops), and a document
cited by many articles repeats them all: the quotations were the largest part of the
document pages. A reader needs the citation and what is said around it, so a quotation
keeps up to WINDOW_WORDS words either side of the citation and marks each cut with "…".
Nothing is rewritten: the kept words are the sentence's own characters, cut only at a
space; the citation itself is always whole, and a side is cut only when that drops at
least MIN_CUT words (a cut that saves a word or two is not worth the broken sentence).
The article page keeps the whole text; the quotation links to it.
"""
from __future__ import annotations

import re

from archive.render.markup import text

WINDOW_WORDS = 25
MIN_CUT = 5
CUT = "…"
_WORD = re.compile(r"\S+")


def _keep_end(before: str) -> str:
    """The last WINDOW_WORDS words of `before` (text left of the citation), cut marked."""
    words = list(_WORD.finditer(before))
    if len(words) < WINDOW_WORDS + MIN_CUT:
        return text(before)
    return f"{CUT} " + text(before[words[-WINDOW_WORDS].start():])


def _keep_start(after: str) -> str:
    """The first WINDOW_WORDS words of `after` (text right of the citation), cut marked."""
    words = list(_WORD.finditer(after))
    if len(words) < WINDOW_WORDS + MIN_CUT:
        return text(after)
    return text(after[:words[WINDOW_WORDS - 1].end()]) + f" {CUT}"


def quoted_window(sentence: str, cited: str) -> str:
    """The citing sentence as HTML, escaped, with the citation marked and the sentence
    cut to WINDOW_WORDS words either side of it ("…" where cut). A sentence that does not
    hold the citation's words is quoted whole: there is no place to centre a window."""
    at = sentence.find(cited)
    if not cited or at < 0:
        return text(sentence)
    return (_keep_end(sentence[:at]) + "<mark>" + text(cited) + "</mark>"
            + _keep_start(sentence[at + len(cited):]))
