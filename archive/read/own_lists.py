"""A run of "•" bullets that is the article's own list, not links to other articles (issue 13, round 53).

The layout drops a bulleted line as a link to another article (link_lists.drop_links): a portal's "Tin liên
quan" box prints other articles' headlines behind bullets. But articles print their own lists the same
way, and a list's words are the author's: conditions ("• Văn phòng công chứng phải có từ 02 thành viên
..."), labelled items ("• Trẻ em (8–16 tuổi):"), the guests of a ceremony under "Đến dự có:". A headline
of another article never ends with ":" or ";" (an item leading on, or one item of a sentence cut in
parts), never runs to a paragraph's words, and a link box is not introduced by a sentence ending ":".
So a run of bullets (numbered items may stand between them) is the article's when one of its items
ends ":" or ";", one runs to a paragraph's words without asking (a headline may ask, "...?"), one is a
label and its explanation closed by a full stop (a headline "X: Y" has no full stop), or the
line just above the run ends with ":". The other runs stay links (a "Mục lục" or "Tin liên quan" box).
"""
from __future__ import annotations

import re

from archive.read.blocks import ITEM
from archive.read.prose import PROSE_WORDS
from archive.read.line_sizes import words

Line = tuple[int, str]

LINK_LINE = re.compile(r"^(>>|»|•|›)\s*")  # a line a link box opens; only "•" may open the article's list
_BULLET = "•"
_LEADS_ON = (":", ";")
_ASKS = ("?", "!")
_NEAR = 2  # the intro and the first item: on the next line, or one blank line between


def own_items(rest: list[Line]) -> set[int]:
    """File line numbers of the bulleted lines in `rest` that are the article's own list."""
    own: set[int] = set()
    i = 0
    while i < len(rest):
        if not rest[i][1].startswith(_BULLET):
            i += 1
            continue
        end = i
        while end < len(rest) and (rest[end][1].startswith(_BULLET) or ITEM.match(rest[end][1])):
            end += 1
        run = [ln for ln in rest[i:end] if ln[1].startswith(_BULLET)]
        intro = rest[i - 1] if i else None
        if _introduced(intro, rest[i]) or any(_own_item(LINK_LINE.sub("", t, count=1)) for _, t in run):
            own.update(n for n, _ in run)
        i = end
    return own


def _own_item(text: str) -> bool:
    text = text.rstrip()
    return text.endswith(_LEADS_ON) or words(text) >= PROSE_WORDS and not text.endswith(_ASKS) \
        or text.endswith(".") and ": " in text  # "• Tuần thứ 6–8: tiêm mũi đầu." a labelled item explained


def _introduced(intro: Line | None, first: Line) -> bool:
    """The line above the run ends with a colon: "Chức năng chính của văn phòng là:", "1. Thể lệ:"."""
    return intro is not None and intro[1].rstrip().endswith(":") and 0 < first[0] - intro[0] <= _NEAR
