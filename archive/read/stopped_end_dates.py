"""A headline closed by a full stop, then its day bare on the same line (conventions round 16).

Small portals print the headline as a sentence, full stop and all, and the day after it with only a
space: "Đại hội Chi bộ lần thứ 2, nhiệm kỳ 2025 – 2027. 23.11.2017". headline_end_dates.py took a
bare day after a headline with no stop, or after a stop and a dash; a stop and a space left the day
in the title and the page undated. The stop closes a headline when what it closes is one sentence of
a headline's length: a sentence break inside, or a paragraph's length, is prose, and the day stays.
Conventions round 18: a headline's length is the one layout.py gives a headline closed by a stop (up to
thirty words, line_sizes.py), not a paragraph line's.
"""
from __future__ import annotations

from archive.read.line_sizes import HEADLINE_WORDS, STOPPED_HEADLINE_WORDS
from archive.read.prose import sentence_break


def stop_closed_headline(text: str) -> bool:
    """`text` (what is left before the day) is one headline-long sentence closed by a full stop (a
    closing quote may stand before or after it; an ellipsis is no stop)."""
    core = text.rstrip().rstrip("\"”’»)")
    if not core.endswith(".") or core.endswith(".."):
        return False
    return HEADLINE_WORDS <= len(core.split()) <= STOPPED_HEADLINE_WORDS and not sentence_break(core)

