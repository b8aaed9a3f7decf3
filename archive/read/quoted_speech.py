"""A paragraph that quotes someone, never a signature (issue 13, round 48b).

A paste may end in the middle of a quote: "Trung tá Nguyễn Văn An – Tổ phó ..., cho biết: “Đơn vị
luôn ch". Its opening is a name and a post after a dash, the shape of an end byline, but a writer's
line never speaks: a speech verb ("cho biết", "nói", "chia sẻ", "khẳng định", "phát biểu", ...), a colon
then an opening quote, or a quotation left open make the line prose, however it opens.
"""
from __future__ import annotations

import re

from archive.text.normalize import fold

# Speech verbs, folded, as whole words, with something said after them: one ending the line is a
# button as often ("Tác giả: Lê Văn Tâm Chia sẻ", a share button glued on). "noi" folds "nội" too ("Sở
# Nội vụ" in a post): a bare "noi" counts only before a colon, and with its tone mark (_MARKED_NOI).
_VERBS = re.compile(r"\b(?:cho biet|chia se|khang dinh|phat bieu|nhan manh|cho rang|bay to|tam su|"
                    r"nhan dinh|tra loi|ke lai|noi ro|noi them)\b(?=\s*\S)|\bnoi\s*:")
_MARKED_NOI = re.compile(r"(?<!\w)nói(?!\w)(?=\s*\S)", re.IGNORECASE)
_COLON_QUOTE = re.compile(r":\s*[“\"«‘]")
_OPENING, _CLOSING = "“«‘", "”»’"


def quoted_speech(text: str) -> bool:
    """The line reports speech or quotes it: a speech verb, a colon opening a quotation, or a
    quotation opened and not closed (curly quotes counted apart, straight ones by pairs)."""
    if _COLON_QUOTE.search(text) or _unclosed(text):
        return True
    folded = fold(text)
    return bool(_VERBS.search(folded) or "n" in text and _MARKED_NOI.search(text))


def _unclosed(text: str) -> bool:
    opened = sum(text.count(mark) for mark in _OPENING)
    return opened > sum(text.count(mark) for mark in _CLOSING) or text.count('"') % 2 == 1
