"""A comment box's heading: readers' words under it, never the article's (issue 13; its own module in round 70).

chrome.py's footer openers hold these headings with the related lists and the site's footer. Only a comment
box's heading ends the page under a text that is its lead alone ("Bình luận" / "Trần Văn Hải" / "Bài viết rất
hay ..."): a related list may stand between a sapo and its text, a comment box never does, and the name under
it is a reader's, not a writer's.
"""
from __future__ import annotations

import re

from archive.text.normalize import fold_passage

COMMENT_LINES = (  # folded
    r"binh luan",  # 000: comment box
    r"\(\d+\) binh luan",  # 001: "(0) Bình luận"
    r"y kien ban doc",  # 002: reader comments
    r"tong luot binh luan",
    r"ban doc phan hoi|(viet|gui) binh luan( cua ban)?|y kien cua ban",  # comment boxes
)
_COMMENT = re.compile("|".join(f"(?:{p})" for p in COMMENT_LINES))
COUNT_END = re.compile(r"\s*\(\d+\)$")  # "Ý kiến bạn đọc (0)", "Bình luận (12)": a count


def comment_box(line: str) -> bool:
    """A comment box's heading ("Bình luận", "Ý kiến bạn đọc (3)", "Gửi bình luận:")."""
    label = COUNT_END.sub("", fold_passage(line).strip()).rstrip(":").rstrip()
    return bool(_COMMENT.fullmatch(label))
