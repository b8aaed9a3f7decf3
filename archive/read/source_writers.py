"""The writer a source credit names after a dash (round 65).

A repost credits its source, then the person who wrote the piece: "Nguồn: Báo Mẫu - Trần Thị Bình",
"(Nguồn: Tạp chí Mẫu - tapchimau.vn - TS. Lê Văn An, Trung tâm Tư vấn X)". Before the writer stand
only the source's parts: the outlet's name (after the credit's label, whatever its words), its host,
a source's tag. The writer is then a full name, as bylines.py tests it, with a prefix such as "TS."
kept and the unit after the comma left out; a place, a unit or another outlet after the dash is no one.
"""
from __future__ import annotations

import re
from typing import Callable

from archive.read.source_credits import is_source_credit

# A whole line in brackets opening with the source's label and its colon: "(Nguồn: Báo X - Trần Thị B)".
_BRACKETED_SOURCE = re.compile(r"[(\[]\s*(nguồn(?:\s+tin)?\s*:[^()\[\]]+?)\s*[)\]]\s*\.?", re.IGNORECASE)

Names = Callable[[str], list[str]]


def unbracketed_source(line: str) -> str:
    """"Nguồn: X - Y" from "(Nguồn: X - Y)"; the line itself otherwise."""
    found = _BRACKETED_SOURCE.fullmatch(line.strip()) if line[:1] in "([ " else None
    return found.group(1) if found else line


def source_front(parts: list[str], names_in: Names, labelled: bool) -> int:
    """How many of the dash-parted `parts` at the front name the source, not a writer: the first when it
    names a source, or names no one after a credit's label (`labelled`: "Nguồn: Môi trường và Đời sống -
    ..."), then each host or outlet after it; at least one part is left for the writer. 0: no source first."""
    if len(parts) < 2 or names_in(parts[0]) or not (labelled or is_source_credit(parts[0])):
        return 0
    front = 1
    while front < len(parts) - 1 and not names_in(parts[front]) and is_source_credit(parts[front]):
        front += 1  # "- tapchimau.vn -": the outlet's host after its name
    return front


def writer_before_unit(part: str, names_in: Names) -> list[str]:
    """"TS. Lê Văn An, Trung tâm Tư vấn X": the credited writer before the comma, his unit after it
    (however the unit is written: "TT Tư vấn ...", a unit's initials). Only one name before it."""
    head, comma, unit = part.partition(",")
    found = names_in(head.strip()) if comma and unit.strip()[:1].isupper() else []
    return found if len(found) == 1 else []
