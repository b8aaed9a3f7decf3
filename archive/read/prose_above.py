"""A line under the text's first paragraph is a subheading, not the headline (round 70, from holdout 70).

A forum thread or a blog prints its headline, then the text, whose own subheadings follow: "Quan sát Nhật Thực
lúc Hừng Đông" / its subtitle / a paragraph of prose / "Nhật thực một phần rạng sáng 21/5/2012 tại Việt Nam"
/ more prose. The subheading, long and sentence-cased, weighed as much as the headline. A candidate that stands
under a paragraph of prose (a line of a paragraph's words holding a sentence's end), itself under a
headline-shaped first candidate most of whose words the address's slug holds, is the text's: the headline stands over the text,
not inside it. Without the slug's witness the first line may be a banner or a masthead and the paragraph under it
a site's description, with the headline under that (as the variants showed with an app's banner put on top); a
paragraph over the first candidate (a site's welcome, a ticker) says nothing either.
"""
from __future__ import annotations

from archive.read.candidates import headline_shaped
from archive.read.prose import ended_paragraph
from archive.read.slugs import SLUG_MATCHED, folded_words

Line = tuple[int, str]  # (1-based file line, text)


def under_first_paragraph(lines: list[Line], candidates: list[int], rank: int, slug: frozenset[str]) -> bool:
    """The candidate at `rank` stands under a paragraph of prose that stands under the first candidate, a
    headline's shape whose words the slug holds."""
    first = lines[candidates[0]][1]
    if rank < 2 or not headline_shaped(first) or not _slug_shares(first, slug):
        return False
    return any(ended_paragraph(lines[index][1]) for index in candidates[1:rank])


def _slug_shares(text: str, slug: frozenset[str]) -> bool:
    """The slug holds most of the line's words (a forum's slug may drop or change one: "Quan sát Nhật Thực lúc
    Hừng Đông" under ".../715-Nhat-Thuc-mot-phan-luc-Hung-Dong-2152012")."""
    words = folded_words(text)
    shared = sum(word in slug for word in words)
    return shared >= SLUG_MATCHED and 2 * shared > len(words)
