"""A line with no letter at all is never the headline (issue 13, round 56).

A list's lone mark ("-", "|", "•", "..."), a counter or a row of digits can stand first in a
paste, where the weights favour the first line: it names nothing, so it leaves the headline's pool
(through furniture.not_headlines) and the weights choose among lines that say something.
"""
from __future__ import annotations


def letterless(texts: list[str], pool: list[int]) -> set[int]:
    """The lines of the pool (indexes of `texts`) that hold no letter of any alphabet."""
    return {i for i in pool if not any(ch.isalpha() for ch in texts[i])}
