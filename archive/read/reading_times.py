"""How long the page takes to read, a widget's figure: "15 minutes", "5 phút đọc", "5 min read", "Thời gian đọc: 5
phút" (round 81). Alone on its line it is chrome (chrome.py); printed on the date line beside the date and a section
("19/01/2026 19 min Tài Chính Cá Nhân", round 123) it is the line's furniture, no word of it.
"""
from __future__ import annotations

import re

from archive.text.normalize import fold_with_offsets

# Folded (no marks, lower case), as chrome.py matches its lines.
READING_TIME = r"(thoi gian doc:? ?)?\d{1,3} ?(minutes?|mins?|phut)( read| doc)?"
# On a date line a bare "15 phút" may be the time in words ("10 giờ 15 phút"): only the English units, or "phút đọc".
_UNIT = re.compile(r"(?i)min|ph[uú]t")  # "phut": typed without marks
_ON_DATE_LINE = re.compile(r"(?<![\w:])(?:(?:thoi gian doc:? ?)?\d{1,3} ?phut doc|\d{1,3} ?(?:minutes?|mins?)(?: read)?)(?!\w)")


def reading_times_out(text: str) -> str:
    """`text` (a date line's words) with each reading time made a bar."""
    if not _UNIT.search(text):
        return text  # cheap first: most date lines name no minutes (every line of the head is asked)
    folded, origin = fold_with_offsets(text)  # folded and in lower case, each character's origin kept
    for found in reversed(list(_ON_DATE_LINE.finditer(folded))):
        start, end = origin[found.start()], origin[found.end() - 1] + 1
        text = text[:start] + " | " + text[end:]
    return text
