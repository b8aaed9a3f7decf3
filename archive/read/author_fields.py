"""A line opened by an author's label and a colon ("Tác giả: Lục Thắng - xã Việt Vinh",
"Người viết : Minh Anh") is the article's author field, never a headline in a list of links.
A portal may print its rating and comment widgets and then a "Những tin mới hơn" list under the
field; its words and capital letter look like a headline's, so the run of links swallowed it.
Only a label the byline rules know counts, and only with its colon: "Tác giả Nam Cao và ..."
opens a real headline. Footnote marks after each author's name are dropped too.
"""
from __future__ import annotations

import re

from archive.read import names as vocab
from archive.text.normalize import fold


def is_author_field(text: str) -> bool:
    head, colon, rest = text.partition(":")
    return bool(colon and rest.strip()) and fold(head).strip() in vocab.LABELS


# A journal keys each author to an affiliation with footnote marks glued after the name
# ("Kim Ngọc Thanh*, Trần Thị Linh Tú** - Viện X*, Bệnh viện Y**", "Lê Văn An¹"): the marks
# are no part of a name. Only marks right after a letter go: "* * *", a section break, stays.
# A mark in square brackets, a number or stars, keys a name to its note too ("Đinh Quang Tiến [1]",
# round 34), glued or after one space; a bracket holding a word ("[ảnh]") is no mark. An empty one
# ("Minh Hằng []", round 58) is a template's blank slot, as at a headline's end.
_MARKS = re.compile(r"(?<=[^\W\d_])(?:[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+| ?\[(?:\d{1,2}|\*{1,3}|\s*)\])")


def without_marks(text: str) -> str:
    return _MARKS.sub("", text)
