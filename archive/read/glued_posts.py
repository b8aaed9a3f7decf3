"""A writer's name glued to the post under it (issue 13, round 86): a page prints the name and the post in two
boxes and a copy loses the break between them, "Nguyễn Trần BạtChủ tịch / Tổng giám đốc, InvestConsult Group".
A word whose small letters run straight into a capital ("BạtChủ") is two words; split there, the name is a
byline and the rest its post when person_name takes the first part and the second reads as a post or a unit.
Names in one word of two capitals ("VietNamNet", "McDonald") never split so: the first part must be a full name.
"""
from __future__ import annotations

from archive.read.person_names import person_name
from archive.read.position_lines import is_position_line

_NAME_WORDS = (2, 4)  # a full name: two to four words


def glued_post(text: str) -> list[str]:
    """[name, post] when `text` is a writer's name glued to its post; [text] otherwise."""
    stripped = text.strip()
    hump = next((i for i in range(1, len(stripped)) if stripped[i - 1].islower() and stripped[i].isupper()), None)
    if hump is None:
        return [text]
    name, post = stripped[:hump], stripped[hump:]  # the first hump: a unit's name after the post may hold more
    if not _NAME_WORDS[0] <= len(name.split()) <= _NAME_WORDS[1] or person_name(name) != name:
        return [text]
    return [name, post] if is_position_line(post) else [text]
