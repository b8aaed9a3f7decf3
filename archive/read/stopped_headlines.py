"""A headline closed by one full stop (conventions round 14).

Some small sites close the headline with a full stop ("Hội nghị Ban chấp hành Đảng bộ phiên tháng
7/2025."). `candidates.headline_shaped` takes a closing stop for a sentence, so round 32's bare
two-digit-year date line ("31/07/25") found no headline over it and the page went undated. A headline
is one sentence: the stop closes it when it is its only sentence end (no ". " inside, no "?", "!" or
";") and the line has a headline's words and is short of a paragraph (prose.PROSE_WORDS); a lead's
sentence runs longer, or holds several. Only `short_year_lines` asks: a bare day of round 12 printed
after the stop on the headline's own line stays on it (headline_end_dates: a sentence ending in a day).
"""
from __future__ import annotations

from archive.read.line_sizes import HEADLINE_WORDS
from archive.read.prose import PROSE_WORDS


def stopped_headline(text: str) -> bool:
    """`text` is one headline's sentence closed by a full stop."""
    text = text.strip()
    if not text.endswith(".") or text.endswith(".."):  # cheap first; an ellipsis cuts a headline short
        return False
    inner = text[:-1]
    return HEADLINE_WORDS <= len(text.split()) < PROSE_WORDS and ". " not in inner \
        and not any(mark in inner for mark in "?!;")
