"""An author's field run into the article's last sentence, the line break lost: "... tự
nhiên”.Tác giả bài viết: Nguyễn Văn A - Phòng HCTH". A copy of some portals drops the break
between the text and the field under it, so the byline stands at the end of a paragraph, where
no byline rule looks. The line is cut where the field's label opens right after a sentence's
end with no space, its label in capitals as printed and a colon after it, and only when what
follows is a field's length, not a sentence's.
"""
from __future__ import annotations

import re

from archive.read.line_cuts import cut_lines

Line = tuple[int, str]  # (1-based file line, text)

_AUTHOR_LABELS = ("Tác giả bài viết", "Tác giả", "Người viết", "Người thực hiện", "Bài viết", "Thực hiện")
# A sentence's end (a full stop, maybe before or after a closing quote or bracket), then the label, no space.
_GLUED = re.compile(r"(?<=\w)([\"”’)]*[.!?…]+[\"”’)]*)(?=(?:" + "|".join(re.escape(label) for label in _AUTHOR_LABELS)
                    + r")\s*:\s*\S)")
_FIELD_WORDS = 12  # a name, maybe a unit after it; more is a sentence that names these words


def split_glued_fields(lines: list[Line]) -> list[Line]:
    """`lines` with an author's field glued to a sentence's end put on a line of its own."""
    return cut_lines(lines, _last_glued)


def _last_glued(text: str) -> int | None:
    """Where the glued field starts, or None."""
    if ":" not in text:  # the label's colon: most lines have none, and the pattern is tried everywhere
        return None
    found = None
    for found in _GLUED.finditer(text):
        pass
    if found is None or len(text[found.end():].split()) > _FIELD_WORDS:
        return None
    return found.end()
