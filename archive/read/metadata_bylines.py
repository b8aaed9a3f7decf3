"""A name beside a portal's leaked page metadata (ISO stamps, bare addresses, the publisher's
name between them) is the site's name, never a byline (round 14: "Bình Long" over
"2023-04-19T16:39:08+07:00"), except the author's own field the portal prints under the headline,
just above that metadata: "Văn Vương - Trung tâm VH,TT&TT", a name, a dash, the writer's unit or
post. The site's name stands alone; a name with a unit after it is how an author signs. A name
the page's own addresses spell ("Bình Long - Bình Phước" on binhlong.example.gov.vn) is still the site's.
"""
from __future__ import annotations

import re

from archive.read.bylines import is_position_line, parse_byline
from archive.read.chrome import beside_page_metadata, is_page_metadata
from archive.text.normalize import fold

_DASH = re.compile(r"\s*[-–]\s+|\s+[-–]\s*")  # "Văn Vương - Trung tâm ...", "Lê Thị Diệu- Công chức ..."


def site_name_by_metadata(texts: list[str], index: int) -> bool:
    """The line at `index` stands beside page metadata and is not an author's field with a unit."""
    return beside_page_metadata(texts, index) and not _signed_with_unit(texts, texts[index])


def _signed_with_unit(texts: list[str], text: str) -> bool:
    parts = _DASH.split(text, maxsplit=1)
    if len(parts) != 2 or len(parse_byline(parts[0])) != 1 or not is_position_line(parts[1]):
        return False
    spelt = fold(parts[0]).replace(" ", "")
    return not any(spelt in fold(line) for line in texts if is_page_metadata(line))
