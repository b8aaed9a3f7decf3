"""A box over the headline with its own tagged sapo: the page's lead is the next tagged one (issue 13,
round 69).

A readers'-letters or follow-up page prints a box on the post it answers ("BÀI GỐC <title>", the title
again, "(Outlet)-<its sapo>", a share count) over its own headline and its own tagged lead. The head
ended at the first source tag, so the box's title was the only headline in reach. When the address's
slug names a headline-shaped line between the first tagged lead and a second one a few lines under it,
and names no line over the first, the first tag was the box's: the page's lead is the second. A page
with one tagged lead, a slug naming nothing or naming a line above, stays as it is.

Round 115: a repost may print the source's headline with the source's tag before it as its own first line ("(NLĐ) –
Hội Bảo vệ thiên nhiên ... đã ra mắt sáng 27-6-2009"): when that tagged line is the paste's first, a headline's length
with no closing stop, and the address's slug spells it, it is the headline, no tagged lead.
"""
from __future__ import annotations

from archive.read import candidates as weigh
from archive.read.lead_markers import lead_marker, marker_prose
from archive.read.slugs import named_by_slug, slug_words

Line = tuple[int, str]  # (1-based file line, text)

_BOX_LINES = 6  # a box's sapo, its share row, the headline and a stray mark or two
_HEADLINE_WORDS = 30  # a tagged line past this is a paragraph, whatever the slug spells


def tagged_headline(lines: list[Line], marker: int, slug: frozenset[str]) -> bool:
    """The tagged line at `marker` is the paste's first, a headline's length closed by no stop, and the slug spells it."""
    text = lines[marker][1].rstrip()
    return bool(slug) and marker == 0 and len(text.split()) <= _HEADLINE_WORDS \
        and not text.endswith((".", "…", "!", "?")) and named_by_slug(text, slug)


def page_lead(lines: list[Line], marker: int | None, url: str) -> int | None:
    """The index of the page's own tagged lead: `marker`, the first tagged lead, unless it is a box's."""
    slug = slug_words(url)
    if marker is not None and tagged_headline(lines, marker, slug):
        return None  # a repost's headline under its source's tag, the paste's first line (round 115)
    if marker is None or not slug or any(named_by_slug(text, slug) for _, text in lines[:marker + 1]):
        return marker
    for at in range(marker + 1, min(len(lines), marker + 1 + _BOX_LINES)):
        text = lines[at][1]
        if lead_marker(text) and marker_prose(text):
            between = lines[marker + 1:at]
            return at if any(weigh.headline_shaped(t) and named_by_slug(t, slug) for _, t in between) else marker
    return marker
