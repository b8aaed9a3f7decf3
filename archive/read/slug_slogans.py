"""A site's slogan over the headline, told by the article's address (issue 13, round 55).

A small site prints its slogan on a line of its own over every article ("Tinh hoa của thời đại",
"Uy tín tạo nên thương hiệu"): a few words, first in the head, shaped like a short headline. The
slug, made from the headline, tells them apart: it spells none of the slogan's words and most of the
line under it (SLUG_MATCHED words or more, at least half of them, a headline the site reworded a
little). Then the first line is no headline. A short headline the slug spells, or one over a line the
slug does not name, stays; so does a line with a number or a date in it (a headline's fact).
"""
from __future__ import annotations

from archive.read.line_sizes import HEADLINE_WORDS
from archive.read.slugs import SLUG_MATCHED
from archive.text.normalize import folded_words

_SLOGAN_WORDS = HEADLINE_WORDS + 2  # a slogan is a phrase, not a sentence


def slogan_over(first: str, under: str, slug: frozenset[str]) -> bool:
    """`first` is a site's slogan over the headline `under`, by the address's slug words."""
    if not slug or any(ch.isdigit() for ch in first) or len(first.split()) > _SLOGAN_WORDS:
        return False
    if any(word in slug for word in folded_words(first)):
        return False
    words = folded_words(under)
    matched = sum(word in slug for word in words)
    return matched >= SLUG_MATCHED and 2 * matched >= len(words)
