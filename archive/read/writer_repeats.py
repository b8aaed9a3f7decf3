"""A writer's name over the line that labels it (issue 13, round 48b).

Some pages print the writer's name under the text and then again in a field: "Trung Hiếu" /
"Tác giả: Trung Hiếu", a related-news label or a fragment the paste cut ("Tin ") under both. The
labelled line is the byline, and the name over it is the same byline printed twice: it closes the
text as a signature would, so the labelled line counts as standing under a closed paragraph.
"""
from __future__ import annotations

import re

from archive.text.normalize import fold, folded_line

# A writer's field label opening the line, folded: "Tác giả:", "Tac gia :", "Người viết:".
_WRITER_LABEL = re.compile(r"^\s*(?:tac gia|nguoi viet)\s*:")


def writer_labelled(text: str) -> bool:
    """The line opens with a writer's field label and its colon."""
    return text[:1].lower() in "tn" and bool(_WRITER_LABEL.match(fold(text)))


def repeats(above: tuple[str, ...], names: tuple[str, ...]) -> bool:
    """The names on the line above are the labelled line's, in any case or marks."""
    return bool(above) and [fold(n) for n in above] == [fold(n) for n in names]


def repeated_line(above: str, names: tuple[str, ...]) -> bool:
    """The line above prints the labelled line's one name again, in any case or marks ("TRUNG HIẾU"
    over "Tác giả: Trung Hiếu"), though alone it would not read as a name (capitals, no surname)."""
    return len(names) == 1 and _key(above) == _key(names[0])


def _key(text: str) -> str:
    return folded_line(text).strip(" .,;")
