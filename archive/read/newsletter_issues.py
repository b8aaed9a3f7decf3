"""A newsletter's or a magazine's issue line over the headline (issue 13, round 37): its name, then the
issue's number and its year or month ("Lá thư Làng Mai 37 – 2014", "Bản tin số 12/2020", "Tập san X số
88, 2015", "Nội san Kỳ 5 - tháng 3/2021"). It names the issue the article came out in, so it is the
kicker over the headline, never the title, when a headline-shaped line of the title's pool stands right
under it; alone, it may be the page's own title and stays in the pool. (A bare "Số 5 năm 2018" is
issue_lines.py's, chrome wherever it stands.)
"""
from __future__ import annotations

import re

from archive.text.normalize import fold

# The kind of publication, folded: a letter, a bulletin, a house or a special magazine, a monthly
_KIND = r"(?:la thu|ban tin|tap san|dac san|noi san|ban nguyet san|nguyet san|tuan san|tap chi|newsletter|bulletin)"
_NAME = r"(?:\s+[^\W\d_][\w'-]*){0,5}?"  # its name, a few words ("Làng Mai", "Hiệp Thông")
_NUMBER = r"\s+(?:(?:so|ky|no\.?)\s*)?\d{1,4}"
_YEAR = r"\s*(?:[-–—,/]\s*|\(\s*|\s+nam\s+)(?:thang\s+\d{1,2}\s*(?:[/-]\s*|nam\s+))?(?:19|20)\d{2}\s*\)?"
_ISSUE = re.compile(rf"{_KIND}{_NAME}{_NUMBER}{_YEAR}")
_HEADLINE_WORDS = (3, 40)


def newsletter_issue(line: str) -> bool:
    """`line` is a newsletter's issue line."""
    text = line.strip()
    return text[:1] in "LlBbTtĐđNn" and bool(_ISSUE.fullmatch(fold(text)))


def issues_over_headlines(texts: list[str], pool: list[int]) -> set[int]:
    """Indexes of the pool's issue lines with a headline-shaped line of the pool right under them."""
    return {i for i in pool if i + 1 in pool and newsletter_issue(texts[i]) and _headline_shaped(texts[i + 1])}


def _headline_shaped(text: str) -> bool:
    words = len(text.split())
    return _HEADLINE_WORDS[0] <= words <= _HEADLINE_WORDS[1] and (not text.endswith(".") or text.endswith("...")) \
        and text[:1].isupper()
