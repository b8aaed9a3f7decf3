"""A subtitle in brackets under the headline: never the title (issue 13, round 54).

A memoir, a series or a report prints a line wholly in brackets under its headline: what the piece
is ("(Trích đoạn hồi ký ...)", "(Ghi chép của X)"), its part ("(Kỳ 2)", "(Tiếp theo kỳ trước)"). With
a line of the headline's pool above it that is not bracketed itself, the bracketed line is that
headline's subtitle: no headline is printed in brackets under another candidate.
"""
from __future__ import annotations

_OPEN, _CLOSE = "([", ")]"


def bracketed(text: str) -> bool:
    """The whole line stands in one pair of brackets: "(Kỳ 2)", "[Trích hồi ký]"."""
    line = text.strip()
    if len(line) < 3 or line[0] not in _OPEN or line[-1] != _CLOSE[_OPEN.index(line[0])]:
        return False  # the cheap test: a bracket opens and the matching one closes the line
    inner = line[1:-1]
    return line[0] not in inner and _CLOSE[_OPEN.index(line[0])] not in inner and any(c.isalpha() for c in inner)


def bracket_subtitles(texts: list[str], pool: list[int]) -> set[int]:
    """Lines of the headline's pool wholly in brackets, under a line of the pool that is not."""
    found: set[int] = set()
    above = False
    for i in sorted(pool):
        if bracketed(texts[i]):
            if above:
                found.add(i)
        else:
            above = True
    return found
