"""The labels over a list of the site's other articles, as whole lines, folded (round 36); chrome.py
joins them to its footer openers. "Tin khác", "Các tin khác", "Các bài viết khác" and "Các tin đã đưa"
were known; their siblings end the article the same way: "Bài khác", "Các bài khác:", "Những bài khác",
"Các tin bài khác", "Các tin tức khác", "Các bài đã đưa", "Các bài đã đăng". From the label on is the
list, so the writer's name right above it is the article's last line, its byline. A line that goes on
past the label ("Các bài khác của tác giả đang được ...") is a sentence and stays. A list offered to the reader
opens the same way (round 113): "Có thể bạn quan tâm", "Bạn có thể quan tâm", "Có thể bạn muốn xem", "Có thể
bạn chưa đọc", "Bạn có thể thích".
"""
from __future__ import annotations

_WHAT = r"(?:bai|tin|tin bai|tin tuc|bai viet|bai bao)"

STOP_LINES = (
    rf"(?:(?:cac|nhung) )?{_WHAT} (?:khac|da dua(?: ngay)?|da dang(?: ngay)?)\s?:?",
    r"(?:co the ban|ban co the) (?:quan tam|muon (?:xem|doc)|chua (?:doc|xem)|(?:se )?thich)\s?:?",
)
