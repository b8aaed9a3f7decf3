"""A short line under the date line, over a headline, is no headline (conventions round 24).

A line just under a date line at the top gains as the headline printed under its date (title_weights).
Where that date line is a site's clock at the page's top, the line under it is often the page's chrome:
a breadcrumb ("Bạn đang ở: Tin tức"), a district's or a section's name ("Huyện Bình An"), with the
headline further down. A line too short (its dashes no words) for a headline (fewer than HEADLINE_WORDS words), with a
headline-shaped line among the next candidates above the lead, gains nothing from standing there; a
short headline over the lead itself, with no longer line under it, or one the address's slug spells (over
a lead hard-wrapped, its first line headline-shaped), keeps the gain.
"""
from __future__ import annotations

from archive.read.candidates import headline_shaped
from archive.read.line_sizes import HEADLINE_WORDS
from archive.read.slugs import named_by_slug

Line = tuple[int, str]  # (1-based file line, text)

_REACH = 2  # candidates under the short line where the headline stands (a section's label between)


def short_over_headline(lines: list[Line], candidates: list[int], rank: int, lead_index: int,
                        slug: frozenset[str] = frozenset()) -> bool:
    """The candidate at `rank` is too short for a headline and a headline-shaped line stands under it;
    the address's slug spells not it."""
    if slug and named_by_slug(lines[candidates[rank]][1], slug):
        return False  # a short headline the address spells ("Tiếp xúc cử tri" over a lead's wrapped line)
    words = [w for w in lines[candidates[rank]][1].split() if any(c.isalnum() for c in w)]  # not a dash
    if len(words) >= HEADLINE_WORDS:
        return False
    below = [c for c in candidates[rank + 1:rank + 1 + _REACH] if c < lead_index]
    return any(headline_shaped(lines[c][1]) for c in below)
