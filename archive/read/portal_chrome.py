"""Furniture portal software prints under an article, as whole lines, folded (issue 13,
conventions round 2); chrome.py joins these to its own lists.

- Footer openers: a link list of older or newer articles ("Tin cũ hơn", "Các tin mới hơn") and
  a social network's comments plugin, by its count ("0 bình luận") or its sort menu ("Sắp xếp
  theo"): from there on the page is no longer the article.

- A browser notice the page prints where its scripts did not run: "Để có trải nghiệm tốt hơn ...,
  bật JavaScript trong trình duyệt của bạn", "Bật javascript trình duyệt Chrome" (the script's name
  misspelt as printed), "Please enable JavaScript in your browser": a line naming the script and
  the browser, however long; a line naming the script alone (an article on web pages) goes on.

A row of buttons each in square brackets ("[ Quay lại ] [ In trang ]") is noise by
furniture.button_row, with the rows joined by bars.
"""
from __future__ import annotations

STOP_LINES = (
    r"(cac )?(tin|bai|bai viet|tin bai) (cu|moi) hon:?|(cac )?tin cu:?",
    r"\d{1,5} binh luan|sap xep theo",
)

# a script's name as pages spell it, misspelt too ("javasrcipt"), and the browser a notice names
_SCRIPT = r"\bjava ?s(?:cr|rc)i?pt\b"
_BROWSER = r"\b(?:trinh duyet|browser)\b"
NOISE_LINES = (
    rf".{{0,200}}{_SCRIPT}.{{0,120}}{_BROWSER}.{{0,120}}|.{{0,200}}{_BROWSER}.{{0,120}}{_SCRIPT}.{{0,120}}",
)
