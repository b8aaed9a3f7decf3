"""Whether a line of the head is prose (a sentence of the lead) or may be a headline.

A headline names what happened in a few words with no full stop; the lead is sentences.
A lead whose last full stop the site dropped is still prose when it runs long or a
sentence ends inside it; a headline may ask a question or end with a stop of its own,
which the layout weighs (layout.py).
"""
from __future__ import annotations

import re

from archive.read import candidates as weigh
from archive.read.bylines import parse_byline
from archive.read.chrome import undouble
from archive.read.line_sizes import PROSE_WORDS  # re-exported: rules ask prose.PROSE_WORDS
from archive.read.line_sizes import words

Line = tuple[int, str]  # (1-based file line, text)

_QUESTION_END = re.compile(r"\?[\"”’»)]*$")
# A headline wholly in quotes, the words it quotes cut off by an ellipsis ("“Xây dựng ..., nghĩa tình...”"):
# the quote names the story as a headline does, the ellipsis says more of it is in the text.
_QUOTED_CUT = re.compile(r'^["“][^"“”]+(?:\.\.\.|…)["”]$')
_SENTENCE_END = re.compile(r"[.!?…;][\"”’»)]*$")
# A word, a stop (or a run of "?" and "!": "Gì Thế??? Có gì đó ..."), a space and the next sentence's first letter.
_BREAK = re.compile(r"(?<![\w.])(\w{2,})(?:[.!?…]|[!?]{2,})\s+(\w)")
_RUN_ON_WORDS = 15  # a line this long with a sentence break inside is prose, not a headline
_LETTER = re.compile(r"[^\W\d_]")


def is_sentence(lines: list[Line], index: int) -> bool:
    """Prose beyond doubt: a sentence of some length, not a caption printed twice. A
    lead whose last full stop the site dropped is still prose when one sentence ends
    inside it ("... năm 2017. Đây là ..."): a headline holds no such break."""
    text = lines[index][1]
    if not _LETTER.search(text):
        return False  # "...... ... ..  . .": a rule of dots, no words (round 44)
    if _QUESTION_END.search(text) and words(text) < _RUN_ON_WORDS and not sentence_break(text):
        return False  # a headline may ask: "“Giải pháp nào để ...?”"
    if _QUOTED_CUT.match(text) and words(text) < PROSE_WORDS and not sentence_break(text):
        return False
    ended = bool(_SENTENCE_END.search(text)) or words(text) >= _RUN_ON_WORDS and sentence_break(text) \
        or weigh.dated_lead_opening(text)
    return ended and words(text) >= 5 and not doubled(lines, index) and undouble(text) is None \
        and not parse_byline(text)  # "... Đại học X, ThS. NGUYỄN B": a degree's full stop ends no sentence


def ended_paragraph(text: str) -> bool:
    """A paragraph's length with a sentence ended inside it: the text's, never a headline (round 21's lead asking,
    round 71's paragraph over a subheading)."""
    return words(text) >= PROSE_WORDS and sentence_break(text)


def sentence_break(text: str) -> bool:
    """A sentence ends inside the line: a word (not an abbreviation like "TP.", "TS.",
    "V.I.") then ". " and a capital."""
    return any(not m.group(1).isupper() and m.group(2).isupper() for m in _BREAK.finditer(text))


def doubled(lines: list[Line], index: int) -> bool:
    """The line printed twice in a row: a photo's caption, not prose."""
    text = lines[index][1]
    return any(0 <= j < len(lines) and lines[j][1] == text for j in (index - 1, index + 1))
