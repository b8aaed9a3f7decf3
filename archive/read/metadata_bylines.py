"""A name beside a portal's leaked page metadata (ISO stamps, bare addresses, the publisher's
name between them) is the site's name, never a byline (round 14: "Bình Long" over
"2023-04-19T16:39:08+07:00"), except the author's own field the portal prints under the headline,
just above that metadata: "Văn Vương - Trung tâm VH,TT&TT", a name, a dash, the writer's unit or
post. The site's name stands alone; a name with a unit after it is how an author signs. A name
the page's own addresses spell ("Bình Long - Bình Phước" on binhlong.example.gov.vn) is still the site's. Round 94: so
is a full name, a surname and two words or more after it, on the line under the headline ("Đặng Văn Cẩn" over
"2025-02-06T15:55:25+07:00" and the portal's name "Công an tỉnh Bình Định" among the addresses): no site is named so.
Round 110: so is a name with a surname and an abbreviation in brackets after it ("Mai Anh (G)", "Thu Hà (TTVH)"), the
other way a writer adds a unit or a mark; a site never brackets one after its name.
"""
from __future__ import annotations

import re

from archive.read.bylines import is_position_line, parse_byline
from archive.read.chrome import beside_page_metadata, is_page_metadata
from archive.read.person_names import full_name, has_surname
from archive.text.normalize import fold

_MARKED = re.compile(r"(.+?)\s*\([A-ZĐ]{1,8}\)")  # "Mai Anh (G)", "Thu Hà (TTVH)"
_DASH = re.compile(r"\s*[-–]\s+|\s+[-–]\s*")  # "Văn Vương - Trung tâm ...", "Lê Thị Diệu- Công chức ..."


def site_name_by_metadata(texts: list[str], index: int) -> bool:
    """The line at `index` stands beside page metadata and is not an author's field with a unit, a mark or a full name."""
    return beside_page_metadata(texts, index) and not _signed_with_unit(texts, texts[index]) \
        and not _signed_with_mark(texts, texts[index]) and not _full_name(texts, texts[index])


def _signed_with_mark(texts: list[str], text: str) -> bool:
    """A name with a surname, then an abbreviation in brackets: capitals only, no place's name ("Bình Long (Bình
    Phước)" stays a site's)."""
    match = _MARKED.fullmatch(text.strip())
    names = parse_byline(match.group(1)) if match else ()
    return len(names) == 1 and has_surname(names[0]) and not _spelt_in_metadata(texts, names[0])


def _full_name(texts: list[str], text: str) -> bool:
    """`text` names writers by full names, a surname and two words or more each, labelled or not ("Tác giả: X"), that
    no metadata line (an address, a stamp) spells."""
    names = parse_byline(text.strip())
    return bool(names) and all(full_name(name) and not _spelt_in_metadata(texts, name) for name in names)


def _spelt_in_metadata(texts: list[str], name: str) -> bool:
    spelt = fold(name).replace(" ", "")
    return any(spelt in fold(line) for line in texts if is_page_metadata(line))


def _signed_with_unit(texts: list[str], text: str) -> bool:
    parts = _DASH.split(text, maxsplit=1)
    if len(parts) != 2 or len(parse_byline(parts[0])) != 1 or not is_position_line(parts[1]):
        return False
    return not _spelt_in_metadata(texts, parts[0])
