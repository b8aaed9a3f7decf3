"""A magazine's issue line over an article: "Số 5 năm 2018", "Số 12 (tháng 6/2020)", often with
the article's pages in that issue and the link to its PDF, which a copy may glue together ("Số 5
năm 201823 - 24Download"). It names the issue, never the article: chrome, and never the title.
"""
from __future__ import annotations

import re

from archive.read.line_sizes import HEADLINE_WORDS

# "Số 5", "Kỳ 12 (340)", or the number alone before the issue's year ("104, năm 2011", round 119)
_ISSUE = r"(?:(?:tạp chí\s+)?(?:số|kỳ)\s*\d{1,3}(?:\s*\(\d{1,4}\))?|\d{1,3}(?=\s*,\s*năm\s))"
# the issue's year, or its month and year ("năm 2018", "tháng 6/2020", "(tháng 6 năm 2020)", ", 2019"),
# after a hyphen or an en dash ("Số 125 – Tháng 3/2021", round 37)
_WHEN = (r"\s*(?:[,/–—-]\s*|\()?\s*(?:năm\s+|tháng\s+\d{1,2}\s*(?:[/-]\s*|năm\s+)|(?<=[,/–—-])\s*)"
         r"(?:19|20)\d{2}\)?")
_PAGES = r"(?:\s*[,.;:-]?\s*(?:tr(?:ang)?\.?\s*)?\d{1,4}\s*[-–]\s*\d{1,4})?"  # "23 - 24", "tr. 5-9"
_LINK = r"(?:\s*[|-]?\s*(?:download|tải về|tải xuống|pdf|xem toàn văn|toàn văn))?"
_ISSUE_LINE = re.compile(rf"{_ISSUE}{_WHEN}{_PAGES}{_LINK}", re.IGNORECASE)


def is_issue_line(line: str) -> bool:
    """`line` is a magazine's issue line, maybe with the article's pages and a download link."""
    return bool(_ISSUE_LINE.fullmatch(line.strip()))


_MAGAZINE_WORDS = 4  # a magazine's name: "Đuốc Thiêng", "Tạp chí Văn nghệ Quân đội"
_HEAD_LINES = 12  # the head's lines with text, where a magazine prints its name and issue


def magazine_names(texts: list[str]) -> list[int]:
    """The indexes of a magazine's name printed right over its issue line under the headline ("Đuốc Thiêng" over
    "104, năm 2011", round 119): the magazine's, never a writer's name. Under a headline only: a short line over an
    issue line at the top may be the headline itself."""
    filled = [i for i, text in enumerate(texts) if text.strip()][:_HEAD_LINES]
    names = []
    for k, i in enumerate(filled[1:-1], start=1):
        text = texts[i].strip()
        if is_issue_line(texts[filled[k + 1]]) and 1 <= len(text.split()) <= _MAGAZINE_WORDS \
                and all(word[:1].isupper() for word in text.split()) and not any(ch.isdigit() for ch in text) \
                and any(len(texts[j].split()) >= HEADLINE_WORDS for j in filled[:k]):
            names.append(i)
    return names
