"""A line the address's slug spells and the page prints again further down is the headline.

A blog or shop page often prints another post's title first (a related post, a category's
featured item), then the article's own headline, then a rating or a share row; the headline comes
back lower down as an image's alt text or a caption. The first line's place is worth as much as the
slug's witness alone, so the two tie; the repeat breaks the tie. A kicker over a headline the slug
names is not helped (the slug does not spell it); a slug in another language or a numeric id spells
no line, and a line printed only once gains nothing.
"""
from __future__ import annotations

from archive.read.slugs import named_by_slug
from archive.text.normalize import fold_passage

SLUG_REPEAT_WEIGHT = 1.0  # more than the first line's place (0.8), which ties the slug alone
_GAP = 2  # the repeat stands at least this many file lines lower: not the same line pasted twice in a row


def slug_named_repeat(lines: list[tuple[int, str]], index: int, slug: frozenset[str]) -> bool:
    """The slug spells the line at `index`, and the same words stand alone on a line further down
    the paste (an image's alt text, a caption), apart from it."""
    if not slug:
        return False
    text = lines[index][1]
    if not named_by_slug(text, slug):
        return False
    key = fold_passage(text).strip(" .:")
    number = lines[index][0]
    size = len(text)
    return any(abs(len(later) - size) <= 3 and later_number - number >= _GAP
               and fold_passage(later).strip(" .:") == key
               for later_number, later in lines[index + 1:])
