"""An essay's own heading in capitals between the page's lead and the writer's name and post (round 70).

A company's or an office's page prints its headline, its date and a lead, then the essay as its writer sent it:
its heading in capitals over a line or three ("CÔNG TY X," / "TIỀN THÂN LÀ ..." / "50 NĂM XÂY DỰNG VÀ TRƯỞNG
THÀNH"), then the writer's name and post pushed right, then the text. byline_slots.lead_byline looks for the name
and post among the first lines under the lead; the heading's lines are counted past first.
"""
from __future__ import annotations

Line = tuple[int, str]  # (1-based file line, text)

_HEADING_LINES = 3  # an essay's title in capitals runs to a few lines
_HEADING_WORDS = 15  # a line of capitals this long is a heading's, not a paragraph's


def capitals_heading(rest: list[Line]) -> int:
    """How many lines in capitals open `rest`, up to _HEADING_LINES: the text's own heading."""
    count = 0
    while count < min(_HEADING_LINES, len(rest)) and rest[count][1].isupper() \
            and len(rest[count][1].split()) <= _HEADING_WORDS:
        count += 1
    return count
