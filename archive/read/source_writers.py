"""The writer a source credit names after a dash (round 65).

A repost credits its source, then the person who wrote the piece: "Nguồn: Báo Mẫu - Trần Thị Bình",
"(Nguồn: Tạp chí Mẫu - tapchimau.vn - TS. Lê Văn An, Trung tâm Tư vấn X)". Before the writer stand
only the source's parts: the outlet's name (after the credit's label, whatever its words), its host,
a source's tag. The writer is then a name "Theo" may credit, as bylines.py tests it (a full name, a
pen name of common given names), with a prefix such as "TS." kept and the unit after the comma left out; a place, a unit or another outlet after the dash is no one.
"""
from __future__ import annotations

from typing import Callable

from archive.read.source_credits import MEDIA_CREDIT, is_source_credit

Names = Callable[[str], list[str]]


def source_front(parts: list[str], names_in: Names, labelled: bool) -> int:
    """How many of the dash-parted `parts` at the front name the source, not a writer: the first when it
    names a source, or names no one after a credit's label (`labelled`: "Nguồn: Môi trường và Đời sống -
    ..."), then each host or outlet after it; at least one part is left for the writer. 0: no source first."""
    if len(parts) < 2 or names_in(parts[0]) or MEDIA_CREDIT.match(parts[0]) or not (labelled or is_source_credit(parts[0])):
        return 0  # "Video: Minh Anh - ...": another medium's credit is its maker's, no source (conventions round 25)
    front = 1
    while front < len(parts) - 1 and _source_part(parts[front], names_in):
        front += 1  # "- tapchimau.vn -": the outlet's host after its name
    return front


def _source_part(part: str, names_in: Names) -> bool:
    """A host or outlet naming no one after the source's name; a medium's credit is no source."""
    return not names_in(part) and is_source_credit(part) and not MEDIA_CREDIT.match(part)


def writer_before_unit(part: str, names_in: Names) -> list[str]:
    """"TS. Lê Văn An, Trung tâm Tư vấn X": the credited writer before the comma, his unit after it
    (however the unit is written: "TT Tư vấn ...", a unit's initials). Only one name before it."""
    head, comma, unit = part.partition(",")
    found = names_in(head.strip()) if comma and unit.strip()[:1].isupper() else []
    return found if len(found) == 1 else []
