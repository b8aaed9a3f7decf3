"""Lines a paste ran together, put back on lines of their own: one loop for every rule that finds
where a line should be cut (glued_fields.py: an author's field glued to a sentence's end;
glued_capitals.py: a line in capitals glued to a title-case one)."""
from __future__ import annotations

from typing import Callable

Line = tuple[int, str]  # (1-based file line, text)


def cut_lines(lines: list[Line], cut_at: Callable[[str], int | None]) -> list[Line]:
    """`lines`, each cut in two where `cut_at` says (both parts keep the file line), else as it is."""
    out: list[Line] = []
    for number, text in lines:
        cut = cut_at(text)
        if cut is None:
            out.append((number, text))
        else:
            out += [(number, text[:cut].rstrip()), (number, text[cut:].strip())]
    return out
