"""A Q&A page's two dated fields (round 31): the day the reader asked ("+ Ngày hỏi: 10/12/2017")
and the day the page answered ("+ Ngày trả lời: 17/07/2018"). The page went up with its answer,
so the day answered is the page's date and the day asked is not a publication date. A day asked
with no day answered on the page is left to the other rules (it may be all the page shows).
"""
from __future__ import annotations

import re

from archive.text.dates import label_before_date

Line = tuple[int, str]

# Folded labels, all that stands before the date, bullets allowed: "+ Ngày hỏi:", "Thời gian gửi câu hỏi:".
_BULLET = r"\s*(?:[-+*•]\s*)?"
_ASKED = re.compile(_BULLET + r"(?:ngay|thoi gian|thoi diem)\s+(?:hoi|gui(?: cau hoi)?|dat cau hoi)\s*:?\s*")
_ANSWERED = re.compile(_BULLET + r"(?:ngay|thoi gian|thoi diem)\s+(?:tra loi|giai dap|phan hoi)\s*:?\s*")
_REACH = 40  # the answer's field stands under the question, a few paragraphs down


def asked_day(lines: list[Line], index: int) -> bool:
    """True for the day asked when the page also prints the day answered below it."""
    label = label_before_date(lines[index][1])
    if label is None or not _ASKED.fullmatch(label):
        return False
    return any((found := label_before_date(text)) is not None and _ANSWERED.fullmatch(found)
               for _, text in lines[index + 1:index + 1 + _REACH])
