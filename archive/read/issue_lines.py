"""A magazine's issue line over an article: "Số 5 năm 2018", "Số 12 (tháng 6/2020)", often with
the article's pages in that issue and the link to its PDF, which a copy may glue together ("Số 5
năm 201823 - 24Download"). It names the issue, never the article: chrome, and never the title.
"""
from __future__ import annotations

import re

_ISSUE = r"(?:tạp chí\s+)?(?:số|kỳ)\s*\d{1,3}(?:\s*\(\d{1,4}\))?"
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
