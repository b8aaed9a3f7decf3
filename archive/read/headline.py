"""The headline's own text: what a page prints on the headline's line that is not the headline.

In front: a list bullet, a template's word for an empty field ("null"), the outlet's tag
("(TTV) "), a stray full stop or comma glued to the first word (".LỄ KẾT NẠP ...": a
paste that began one character early). After it: a footnote mark, the page's buttons
glued to the line ("... In trang", "... Chia sẻ Bản in"), and a bracketed publication
date (which becomes the date line). The buttons are matched as a page prints them (a
capital, then small letters), so a headline's own words ("... chia sẻ kinh nghiệm") stay.
"""
from __future__ import annotations

import re

from archive.text.dates import CLOCK_PATTERN, DATE_PATTERN

_TITLE_TAG = re.compile(r"^\(\s*[\w.]{2,20}\s*\)\s+(?=\S)")  # "(TTV) Hội nghị ...": the outlet's tag
# Interface leftovers in front of a headline: a list bullet ("• Hướng tới ..."), the word a
# page template prints for an empty field ("null Nam Đàn tổ chức ..."), or one or two stray
# marks glued to the first letter (".LỄ KẾT NẠP"; an ellipsis "..." opens a headline).
_TITLE_LEFTOVER = re.compile(r"^(?:[•·◦▪●■►▸]\s*|(?:null|undefined|NaN)\s+(?=\S)|[.,;:|](?!\.)[.,;:|]?(?=\w))+")
_FOOTNOTE_END = re.compile(r"(?:\s+\*|\s*[\"“]\*[\"”])\s*$")  # 'Tiêu đề "*"', 'Tiêu đề *'; not '*đậm*'
_BRACKET_DATE_END = re.compile(rf"\s*[(\[]\s*({DATE_PATTERN}(?:\s+{CLOCK_PATTERN})?)\s*[)\]]\s*$")
# The buttons a page prints beside its headline: print, share, send, save, listen.
_BUTTON = r"(?:In trang|In bài(?: viết| này)?|Bản in|Print|Chia sẻ|Gửi bài(?: viết)?|Gửi email|Lưu bài|" \
          r"Lưu tin|Nghe bài(?: viết)?|Đọc bài(?: viết)?|Nghe đọc|Tải về)"
_BUTTONS_END = re.compile(rf"(?:\s*[|•]?\s+{_BUTTON})+\s*[|:]?\s*$")
_MIN_WORDS = 3  # what is left must still be a headline


def clean_headline(text: str) -> tuple[str, str | None]:
    """The headline without the leftovers around it, and the bracketed date that ended
    it (None when there was none)."""
    text = _FOOTNOTE_END.sub("", _TITLE_TAG.sub("", _TITLE_LEFTOVER.sub("", text.strip())))
    buttons = _BUTTONS_END.search(text)
    if buttons and len(text[:buttons.start()].split()) >= _MIN_WORDS:
        text = text[:buttons.start()]
    dated = _BRACKET_DATE_END.search(text)
    if dated and len(text[:dated.start()].split()) >= _MIN_WORDS:
        return text[:dated.start()].strip(), dated.group(1)
    return text.strip(), None
