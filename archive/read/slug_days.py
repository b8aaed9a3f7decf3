"""Whether a page's address spells a day as one of its headline's words (conventions round 16).

headline_end_dates.py keeps a bare day at the headline's end in the title when the address's slug
spells it ("...-thanh-ca-giuse-1932017"): the slug is the headline's words, the day one of them. Many
sites also put the day they post in the slug, before the headline's words or after a section's
("...-xay-dung-dang-15122017-huyen-chau-duc-..."): there the figures are no headline word. The day is
the headline's when the slug spells it where the headline prints it: right after the headline's last
word, or last in the slug (a slug cut short drops words before the end, not the end), an article's
number or a file ending alone after it.
"""
from __future__ import annotations

import re

from archive.text.normalize import fold

_SEP = "[-_.]"
_SLUG_END = re.compile(r"[-_.]*(?:[a-z]{0,3}\d+)?(?:[-_.]+(?:html?|aspx?|php|htm))?[-_./]*")


def day_in_slug(date: str, url: str, before: str) -> bool:
    """The day `date` (as printed) stands in the slug of `url` where the headline (`before` it) prints it."""
    if not url:
        return False
    figures = re.sub(r"\D", "", date.split()[0])
    slug = fold(url.rstrip("/").rsplit("/", 1)[-1]).lower()
    last = re.sub(r"[^a-z0-9]", "", fold(before.split()[-1]).lower()) if before.split() else ""
    spelt = re.compile(f"{_SEP}?".join(figures))  # "1932017", "19-3-2017"
    for found in spelt.finditer(slug):
        ahead = re.sub(_SEP, "", slug[:found.start()])
        if _SLUG_END.fullmatch(slug[found.end():]) or last and ahead.endswith(last):
            return True
    return False
