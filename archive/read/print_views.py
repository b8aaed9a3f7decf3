"""A print view that opens with the sapo and prints the headline under it: "<sapo>", then
"(Outlet.vn) - <sapo>" (the sapo again after the outlet's tag, as the lead), then the headline.
The first line is the headline on most pages, even when it reads as a sentence, so the sapo was
taken. The sapo printed twice, once bare and once after a source tag, says this line is no
headline: the headline is the first headline-shaped line under the tagged copy, among the next
few. It is put first (with its own line number) and the bare copy is left out, listed, so the
layout reads the headline, the tagged lead and the text as on any page. A page whose headline
stands above its sapo is left as it is.

Round 69: the page's description printed over the headline, then the same sapo word for word as the
lead a few lines under it ("PNO - <sapo>", the headline, "08:03 16/12/2025", "PNO - <sapo>"): the
first copy marks the lead's place too early, before the headline, and no title was found. The copy
over the headline is left out, listed; a sapo printed once, or printed again far from the headline,
stays.
"""
from __future__ import annotations

from archive.read import candidates as weigh
from archive.read.chrome import Dropped
from archive.read.lead_markers import lead_marker
from archive.read.prose import PROSE_WORDS, sentence_break
from archive.read.line_sizes import END_PUNCT, words
from archive.text.normalize import fold_passage

Line = tuple[int, str]  # (1-based file line, text)

_HEAD_LINES = 3  # the bare sapo stands among the first lines (under a masthead at most)
_BELOW = 3  # the headline stands among the lines just under the tagged copy
_SAPO_WORDS = 15  # a sapo is sentences; a short line printed twice is a headline's copy


def headline_first(lines: list[Line]) -> tuple[list[Line], list[Dropped]]:
    """`lines` with a print view's headline moved above its sapo, and the bare copy left out."""
    for at in range(min(_HEAD_LINES, len(lines) - 2)):
        text = lines[at][1]
        if _headline(text):
            return lines, []  # a headline above: the page is read as it is
        if (again := _printed_again_under_headline(lines, at)) is not None:
            first = Dropped(*lines[at], "the sapo printed twice, over the headline and under it: the copy under it is kept")
            return lines[:at] + lines[at + 1:], [first]
        if not _tagged_copy(text, lines[at + 1][1]):
            continue
        below = range(at + 2, min(len(lines), at + 2 + _BELOW))
        found = next((i for i in below if _headline(lines[i][1])), None)
        if found is None:
            return lines, []
        bare = Dropped(*lines[at], "the sapo printed twice (a print view): its copy after the source tag is kept")
        return [lines[found]] + lines[:at] + lines[at + 1:found] + lines[found + 1:], [bare]
    return lines, []


def _printed_again_under_headline(lines: list[Line], at: int) -> int | None:
    """Where the sapo at `at` is printed again, word for word, a few lines under a headline-shaped line
    right under it (the page's description over the headline, then its lead): None if it is not."""
    text = " ".join(lines[at][1].split())
    if len(text.split()) < _SAPO_WORDS or not text.endswith(END_PUNCT) or at + 1 >= len(lines) \
            or not _headline(lines[at + 1][1]):
        return None  # a sapo is sentences, closed; a long headline reprinted in capitals is no sapo
    return next((i for i in range(at + 2, min(len(lines), at + 3 + _BELOW)) if " ".join(lines[i][1].split()) == text), None)


def _headline(text: str) -> bool:
    """Headline-shaped and one short line, maybe a question: no sentence ends inside it."""
    return weigh.headline_shaped(text) and words(text) < PROSE_WORDS and not sentence_break(text)


def _tagged_copy(sapo: str, line: str) -> bool:
    """`line` is `sapo` after a source tag: "(Thethaovanhoa.vn) - <sapo>"."""
    marker = lead_marker(line)
    return marker is not None and len(sapo.split()) >= _SAPO_WORDS \
        and fold_passage(line[marker.end():]).strip() == fold_passage(sapo).strip()
