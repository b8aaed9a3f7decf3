"""A post's tags on the line under their label, above the article (issue 13, round 37): "Tags:" alone on
its line (chrome, as a stop line too early to end the page), then the tags, glued in one line by the copy
("khám phá Sài Gònlễ hội truyền thốnggiỗ tổ nghề ...") or joined by commas or bars. That line names the
post's subjects, never its headline, and would otherwise be weighed as one (over a date line it weighs
most). Only a line no headline is shaped like: opened by a small letter, holding two words glued at a
capital or more, or three items or more parted by commas, bars or hashes; a headline right under the
label stays.
"""
from __future__ import annotations

import re

from archive.text.normalize import fold_passage

_LABEL = re.compile(r"(?:tags?|tu khoa|the)\s?:?")
_ITEMS = re.compile(r"\s*[,|#•;]\s*")
_HEAD = 30  # lines at the top of a paste


def tag_lists(texts: list[str]) -> set[int]:
    """Indexes of the tag lines under a lone tag label among the first lines of `texts`."""
    found = set()
    filled = [i for i, text in enumerate(texts[:_HEAD * 2]) if text.strip()][:_HEAD]
    for at, below in zip(filled, filled[1:]):
        if len(texts[at]) <= 8 and _LABEL.fullmatch(fold_passage(texts[at]).strip()) and _tags(texts[below].strip()):
            found.add(below)
    return found


def _tags(text: str) -> bool:
    glued = sum(1 for a, b in zip(text, text[1:]) if a.islower() and b.isupper())  # "hoànLệ": a tag's end, the next's capital
    return text[:1].islower() or glued >= 2 \
        or len([item for item in _ITEMS.split(text) if item]) >= 3
