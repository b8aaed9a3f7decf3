"""Furniture portal software prints under an article, as whole lines, folded (issue 13,
conventions round 2); chrome.py joins these to its own lists.

- Footer openers: a link list of older or newer articles ("Tin cũ hơn", "Các tin mới hơn") and
  a social network's comments plugin, by its count ("0 bình luận") or its sort menu ("Sắp xếp
  theo"): from there on the page is no longer the article.

A row of buttons each in square brackets ("[ Quay lại ] [ In trang ]") is noise by
furniture.button_row, with the rows joined by bars.
"""
from __future__ import annotations

STOP_LINES = (
    r"(cac )?(tin|bai|bai viet|tin bai) (cu|moi) hon:?|(cac )?tin cu:?",
    r"\d{1,5} binh luan|sap xep theo",
)
