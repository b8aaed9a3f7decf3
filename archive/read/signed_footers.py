"""A small site's footer line after the text, the writer signed among the page's facts:
"Tenmien.com - 07:33 - 16/01/2021 - Bài của Phạm Ngọc Hiền". Every part before the name is the
site, a time or a date (one date at least, so a plain dash-joined pair of names is bylines.py's);
the last part is the byline. The footer's date is footer_dates.py's (one rule for the page's date). A writer's
signature closed by its day ("(Trí Dũng, Phòng Lễ tân, ngày 30-8-2006)", round 113) is dated_signatures.py's."""
from __future__ import annotations

import re

from archive.read.bylines import parse_byline
from archive.read.dated_signatures import dated_signature
from archive.read.footer_dates import FOOTER_DASH
from archive.text.dates import CLOCK_PATTERN, MERIDIEM_PATTERN, all_dates

_PARTS = re.compile(FOOTER_DASH)
_TIME = re.compile(rf"(?:{CLOCK_PATTERN}|\d{{1,2}}h\d\d(?::\d\d)?)(?:\s*{MERIDIEM_PATTERN})?", re.IGNORECASE)  # "07:33", "07h33"
_SITE = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)  # "Phamngochien.com"


def footer_names(text: str) -> tuple[str, ...]:
    """The writer a dated footer line or a dated signature signs, () when the line is neither."""
    parts = _PARTS.split(text.strip())
    if len(parts) < 3:
        return dated_signature(text)
    facts = parts[:-1]
    dated = [part for part in facts if all_dates(part)]
    if not dated or not all(_fact(part) for part in facts):
        return ()
    return parse_byline(parts[-1])


def _fact(part: str) -> bool:
    return bool(_TIME.fullmatch(part) or _SITE.fullmatch(part) or all_dates(part) and len(part.split()) <= 6)

