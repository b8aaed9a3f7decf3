"""Writers each over the line of his post, under the lead (byline_slots.lead_byline's slot; round 90).

"Lương Hải Sinh" over "Bí thư Đảng ủy ..." is the writer and his post, the post left out. Two authors or more
print so one after the other ("Bùi Thị Việt Hà" / "Trường Đại học Y Dược ..." / "Nguyễn Thu Hoài" / "Trường
..."): each pair is one more writer. A line closed by a colon above names a list ("Các cá nhân được khen
thưởng:"), no writer; a name a quote is put to is the speaker's (decoy_names.quote_attribution).
"""
from __future__ import annotations

from archive.read.bylines import is_position_line, parse_byline
from archive.read.chrome import Dropped
from archive.read.decoy_names import own_post, quote_attribution
from archive.read.essay_headings import capitals_heading
from archive.read.line_sizes import words

Line = tuple[int, str]  # (1-based file line, text)

POST_WHY = "the author's position, under the byline"


def writers_over_posts(rest: list[Line], dropped: list[Dropped], lead: Line | None) -> str:
    """The names of the first writers over their posts among `rest`'s first lines (past an essay's heading in
    capitals, essay_headings.py), their lines taken out of `rest`; "" when there are none."""
    for at in range(min(capitals_heading(rest) + 3, len(rest) - 1)):
        if at and rest[at - 1][1].endswith(":"):
            break  # a list's label, then names over their units
        if not _name_over_post(rest, at, lead):
            continue
        names: list[str] = []
        while not names or at + 1 < len(rest) and _name_over_post(rest, at, None):
            names += parse_byline(rest[at][1])
            dropped.append(Dropped(*rest[at + 1], POST_WHY))
            del rest[at:at + 2]
        return " - ".join(names)
    return ""


def _name_over_post(rest: list[Line], at: int, lead: Line | None) -> bool:
    """The line at `at` names a writer (no one a quote is put to), the line under it his post."""
    above = rest[at - 1][1] if at else lead[1] if lead else ""
    names = () if quote_attribution(above, rest[at][1], True) else parse_byline(rest[at][1])
    return bool(names) and words(rest[at][1]) >= 2 and at + 1 < len(rest) and is_position_line(rest[at + 1][1]) \
        and not own_post(rest[at][1])
