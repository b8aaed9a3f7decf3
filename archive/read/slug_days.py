"""Whether a page's address spells a day as one of its headline's words (conventions round 16).

headline_end_dates.py keeps a bare day at the headline's end in the title when the address's slug
spells it ("...-thanh-ca-giuse-1932017"): the slug is the headline's words, the day one of them. Many
sites also put the day they post in the slug, before the headline's words or after a section's
("...-xay-dung-dang-15122017-huyen-chau-duc-..."): there the figures are no headline word. The day is
the headline's only when the slug spells it right after the headline's last word, as it does for
every other word.
"""
from __future__ import annotations

import re

from archive.text.normalize import fold


def day_in_slug(date: str, url: str, before: str) -> bool:
    """The day `date` (as printed) follows the headline's last word (of `before`) in the slug of `url`."""
    if not url or not before.split():
        return False
    figures = re.sub(r"\D", "", date.split()[0])
    slug = re.sub(r"[-_.]", "", fold(url.rstrip("/").rsplit("/", 1)[-1]).lower())  # "giuse-19-3-2017" too
    last = re.sub(r"[^a-z0-9]", "", fold(before.split()[-1]).lower())
    return any(slug[:found.start()].endswith(last) for found in re.finditer(re.escape(figures), slug))
