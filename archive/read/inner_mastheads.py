"""A site's name over its slogan below other chrome, not at the page's top (conventions round 17).

`site_mastheads.py` (round 10) reads a small site's masthead only when it opens the page. Pasted from
a portal, the same block often comes under a login bar, a share row or a counter, right over the
headline or over the date line above it ("Đất Việt Net" / "Trang thông tin tổng hợp - Cập nhật hằng
ngày"): the slogan's dashed phrases then read as a headline. Below the top the block is taken only in
its surest shape: a site's name (a site's word last, or an address) with a marked slogan right under
it (its own "!", or short phrases joined by spaced dashes, no digit), and under the slogan a line that
can stand as the headline or its date line, not a paragraph: a name over a dashed headline and its
lead ("Hà Nội Online" / "Hà Nội - mùa thu vàng" / the lead) stays as it is. A writer's blog's name in
initials over its line opening with "&" ("T.Vấn" / "& Bạn Hữu", site_mastheads.py's surest name) is taken
below the top too, with the parts under it that site_masthead takes at the top (conventions round 22):
read apart, "& Bạn Hữu" and its topics are a writer's names.
"""
from __future__ import annotations

from itertools import islice

from archive.read.line_sizes import PROSE_WORDS
from archive.read.site_mastheads import site_masthead, site_name, slogan

_HEAD = 40  # lines with text looked at: a masthead stands in the head


def inner_masthead(texts: list[str]) -> list[int]:
    """Indexes (into `texts`) of a masthead's lines below the page's first line with text, or []."""
    filled = list(islice((i for i, text in enumerate(texts) if text.strip()), _HEAD))
    # Each line's words joined as the loop reaches it: it stops at the text's first paragraph, and
    # joining every line of the head first cost most of the look (paragraphs are long).
    parts = _Joined(texts, filled)
    for k in range(1, len(filled) - 2):
        if len(parts[k].split()) >= PROSE_WORDS:
            break  # the text has begun
        name, tagline, below = parts[k], parts[k + 1], parts[k + 2]
        if not (name[-1:].isalpha() and site_name(name, tagline)) or any(ch.isdigit() for ch in tagline):
            continue
        if tagline.startswith("& ") and len(block := site_masthead(texts[filled[k]:])) > 1:
            return [filled[k] + at for at in block]  # a blog's "T.Vấn" / "& Bạn Hữu" and its parts
        if slogan(tagline) and len(below.split()) < PROSE_WORDS:
            return [filled[k], filled[k + 1]]
    return []


class _Joined(dict):
    """The k-th filled line with its runs of spaces made one, joined on first asking."""

    def __init__(self, texts: list[str], filled: list[int]):
        super().__init__()
        self.texts, self.filled = texts, filled

    def __missing__(self, k: int) -> str:
        joined = self[k] = " ".join(self.texts[self.filled[k]].split())
        return joined
