"""A line naming only the page's section ("TIN TỨC - SỰ KIỆN", "Tin hoạt động") over the headline: the
section's label, never the title, whatever the headline's end (a question, a full stop; conventions round 26)."""
from __future__ import annotations

from typing import Callable

from archive.read.joined_sections import section_named

_SHORTEST = 3  # the headline under it: a few words at least


def section_heads(texts: list[str], pool: list[int], is_box_label: Callable[[str], bool]) -> set[int]:
    """Lines of the headline's pool that only name sections (joined_sections.py), with a later line of the
    pool naming none, of a few words: the headline under the label. A link box's label ("Tin tiêu điểm",
    `is_box_label`) is left to the weights, which read the links under it as the box's."""
    found: set[int] = set()
    for at, i in enumerate(pool):
        if section_named(texts[i]) and not is_box_label(texts[i]) and any(len(texts[j].split()) >= _SHORTEST and not section_named(texts[j])
                                           for j in pool[at + 1:]):
            found.add(i)
    return found
