"""A writer's card between the lead and the text (issue 13, round 75).

Some sites print the writer as a small profile card under the sapo: the name, the name again with the day
or hour it was posted ("Quynh Anh" / "Quynh Anh 29/08"), and a button to follow the writer ("Theo dõi",
"+ Theo dõi", "Follow"). A name with no surname alone under the lead is no byline to the lead's slot (a
short subheading or a caption reads the same), but the card's second row or its button says whose name it
is: the writer's, a pen name or a given name typed without marks. The names must be the card's first row
(its credits beside them read as a byline's: "Quynh Anh - Minh Châu", "Quynh Anh (TTXVN)"); the rows under it
are the card's only when each is one of those names again with a stamp, or the button, so a name over the
text's first paragraph stays what byline_slots.lead_byline makes of it.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from archive.text.dates import AGO_PATTERN
from archive.text.normalize import fold, folded_line

Line = tuple[int, str]  # (1-based file line, text)

# The button to follow the writer, folded and alone on its line: "Theo dõi", "+ Theo dõi", "Follow", "Theo dõi tác giả".
_FOLLOW = re.compile(r"\+?\s*(?:theo doi|follow)(?: tac gia)?")
# What the card's second row prints after the name: a day with or without its year, an hour, or both;
# or "3 giờ trước". Folded, so the ago words lose their marks.
_STAMP = re.compile(r"[\s,|·•-]*(?:(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?\s*,?\s*(?:\d{1,2}:\d\d)?"
                    rf"|\d+\s+{fold(AGO_PATTERN)})\s*")
_ROWS = 2  # under the name: its repeat with a stamp, its button, or both
FOLLOW_WHY = "a button to follow the writer, on the writer's card"
REPEAT_WHY = "the writer's name again with the day it was posted, on the writer's card"


def follow_button(text: str) -> bool:
    """The line is only a button to follow the writer."""
    return bool(_FOLLOW.fullmatch(folded_line(text)))


def stamped_repeat(text: str, name: str) -> bool:
    """`text` is `name` again, then a day or an hour ("Quynh Anh 29/08", "Quỳnh Anh · 2 giờ trước")."""
    key, row = folded_line(name), folded_line(text)
    if not row.startswith(key) or row[len(key):len(key) + 1].isalnum():
        return False  # "Quynh Anhh": another word
    stamp = row[len(key):]
    return any(ch.isdigit() for ch in stamp) and bool(_STAMP.fullmatch(stamp))


def card_rows(rest: list[Line], names_of: Callable[[str], tuple[str, ...]]) -> tuple[tuple[str, ...], list[str]]:
    """The names on a writer's card opening `rest`, and the reason each row under the name goes (one per
    row, in order); ((), []) when `rest` opens with no card. `names_of` reads a line as a byline."""
    if not rest or not (names := names_of(rest[0][1])):
        return (), []
    whys: list[str] = []
    for _, text in rest[1:1 + _ROWS]:
        if follow_button(text) and FOLLOW_WHY not in whys:
            whys.append(FOLLOW_WHY)
        elif any(stamped_repeat(text, name) for name in names) and REPEAT_WHY not in whys:
            whys.append(REPEAT_WHY)
        else:
            break
    return (names, whys) if whys else ((), [])
