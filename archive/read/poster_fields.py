"""A poster's field ("Đăng bởi: X", "Người đăng: X") under an author's field ("Tác giả: Y") (issue 13, round 72).

A content system prints the account that posted the page ("Đăng bởi: Anh Minh", "Người đăng: Lê Hoa"); on a
small site that account is often the writer, and the archive credits it when nothing else names one. A
magazine or a portal that takes contributions prints the writer's own field as well ("Tác giả: Thích Nữ
Quảng Hiền", under the first paragraph or after the text): then the author's field names the writer, and
the poster is the page's furniture, whichever of the two stands higher.

Only fields are weighed: a line opened by a label and its colon, naming a person, among the lines a byline
may stand on (the head, the first lines under the lead, the last lines). A name a paragraph carries, or a
book's "Tác giả:" in the middle of a review, is not looked at.
"""
from __future__ import annotations

import re

from archive.read.author_fields import is_author_field
from archive.read.bylines import is_position_line, parse_byline
from archive.read.chrome import Dropped
from archive.text.normalize import fold

Line = tuple[int, str]  # (1-based file line, text)

# A poster's labels, folded: the account's, not the writer's ("Người đăng tin", "Được đăng bởi", "Cập nhật bởi")
_POSTER = re.compile(r"(?:nguoi (?:dang(?: tin| bai)?|cap nhat|gui)|(?:duoc )?dang(?: tai)? boi|cap nhat boi|"
                     r"posted by)\b\s*:?", re.IGNORECASE)
_REACH = 6  # the first and the last lines of the text a field stands among
POSTER_WHY = "the account that posted the page: the author's field names the writer"


def poster_field(text: str) -> bool:
    """`text` opens with a poster's label, then its colon or a capital ("Đăng bởi: Anh Minh", "Người đăng Lê
    Hoa", "Posted by X"); "Người đang trực ..." (on duty) folds alike, but a small word follows."""
    text = text.strip()
    folded = fold(text)
    label = _POSTER.match(folded)
    if label is None or len(folded) != len(text):
        return False
    after = text[label.end():].lstrip()
    return label.group().rstrip().endswith(":") or after[:1].isupper()


def writer_field(text: str) -> tuple[str, ...]:
    """The names an author's own field gives ("Tác giả: Y", "Người viết: Y", "Bài: Y"), () for anything else."""
    return () if poster_field(text) or not is_author_field(text) else parse_byline(text)


def _reach(rest: list[Line]) -> list[int]:
    return sorted(set(range(min(_REACH, len(rest)))) | set(range(max(0, len(rest) - _REACH), len(rest))))


def field_over_poster(rest: list[Line], dropped: list[Dropped], posted: bool = False) -> str:
    """The writer an author's field names when a poster's field names someone too, its line (and a post
    line under it) taken out of `rest` with the poster's; "" when the page prints no poster naming someone
    or no author's field. `posted`: the head (the date line, the lines under the headline) printed the poster."""
    reach = _reach(rest)
    posters = [i for i in reach if poster_field(rest[i][1]) and parse_byline(rest[i][1])]
    if not (posted or posters):
        return ""
    field, names = next(((i, names) for i in reach if (names := writer_field(rest[i][1]))), (None, ()))
    if field is None:
        return ""
    taken = [field]
    if field + 1 < len(rest) and is_position_line(rest[field + 1][1]):
        dropped.append(Dropped(*rest[field + 1], "the author's position, under the byline"))
        taken.append(field + 1)
    dropped += [Dropped(*rest[i], POSTER_WHY) for i in posters]
    for i in sorted(taken + posters, reverse=True):
        del rest[i]
    return " - ".join(names)
