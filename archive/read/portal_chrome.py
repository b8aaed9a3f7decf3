"""Furniture portal software prints under an article, as whole lines, folded (issue 13,
conventions round 2); chrome.py joins these to its own lists.

- Footer openers: a link list of older or newer articles ("Tin cũ hơn", "Các tin mới hơn") and
  a social network's comments plugin, by its count ("0 bình luận") or its sort menu ("Sắp xếp
  theo"): from there on the page is no longer the article.

- A visit counter's box ("Thống kê truy cập", "Đang online: 5", "Lượt truy cập: 1,691,098", its label
  alone "TỔNG SỐ LƯỢT TRUY CẬP", the number lost: round 38; a row as a list item with no colon,
  "• Đang truy cập 43": round 46; its other rows, "Hôm nay: 12", "Tổng số 48424", "Trong ngày: 613", are
  noise; over the page's text, not under it, it ends the chrome above it: counter_heads.py, round 48),
  and the weather widget portals print beside it, are the page's side column: the article
  (and an end byline pushed right by spaces) stands above it, so the footer starts there.

- A browser notice the page prints where its scripts did not run: "Để có trải nghiệm tốt hơn ...,
  bật JavaScript trong trình duyệt của bạn", "Bật javascript trình duyệt Chrome" (the script's name
  misspelt as printed), "Please enable JavaScript in your browser": a line naming the script and
  the browser, however long; a line naming the script alone (an article on web pages) goes on.

- A read-aloud and glossary widget above the headline: "Từ viết tắt Đọc bài viết", "× Đọc bài
  viết Tạm dừng Đọc tiếp Dừng đọc Đang tải...", "Vui lòng chờ giây lát", "Tương phản": a line made
  only of its buttons and notices is chrome, never the headline ("Từ viết tắt" read as a short one
  lost the date line under the real headline); a headline naming those words ("Từ viết tắt trong
  văn bản hành chính") goes on.

- An image's alt text printed where the image stood, in the portal's unaccented words: "anh tin
  bai" (ảnh tin bài, the article's photo), "anh", "Ảnh đại diện": a run of them between the last
  paragraph and the author's name hid the name from the end byline's slot ("Lê Thị Diệu- Công
  chức ..." under them), and they are no text of the article. A caption ("Ảnh: ...") goes on.

- A breadcrumb's label left alone on its line, its trail lost or on the next line: "Bạn đang ở đây",
  "Vị trí hiện tại:", "You are here:" (round 61). Above the headline it read as a short headline and won
  once a byline stood between the headline and the date. Only the whole line: a headline that goes on
  ("Bạn đang ở đây, giữa lòng Hà Nội") stays. With a short trail after its colon, in words, the label's
  line is the breadcrumb too ("Bạn đang ở: Tin tức", conventions round 24): under a clock it won the title.

A row of buttons each in square brackets ("[ Quay lại ] [ In trang ]") is noise by
furniture.button_row, with the rows joined by bars.
"""
from __future__ import annotations

COUNTER_LINES = (
    r"(tong )?(thong ke|bo dem|so luot) (luot )?truy cap:?|(dang (online|truy cap)|(tong )?luot truy cap)\s?:\s?[\d.,]+",
    # its total, as a list item too ("- Tổng truy cập: 3,371,458", round 88)
    r"(?:[•·*-] ?)?tong (so )?(luot )?truy cap\s?:\s?[\d.,]+",
    # the counter's row as a list item, its colon lost ("• Đang truy cập 43", round 46), opened by a dash too ("- Đang
    # online: 5", round 88)
    r"(?:[•·*-] ?)?(dang (online|truy cap)|luot truy cap)(\s?:\s?|\s)[\d.,]+",
    # its count first ("312 người đang online", "12 khách đang truy cập": conventions round 19)
    r"(?:[•·*-] ?)?[\d.,]+ (nguoi|khach|thanh vien) dang (online|truy cap)",
)
STOP_LINES = (
    r"(cac )?(tin|bai|bai viet|tin bai) (cu|moi) hon:?|(cac )?tin cu:?",
    r"\d{1,5} (binh luan|phan hoi)|sap xep theo",  # a comment count ("32 phản hồi", round 86)
    *COUNTER_LINES,  # counter_heads.py: over the page's text, a counter ends the chrome above it instead
)

# a script's name as pages spell it, misspelt too ("javasrcipt"), and the browser a notice names
_SCRIPT = r"\bjava ?s(?:cr|rc)i?pt\b"
_BROWSER = r"\b(?:trinh duyet|browser)\b"
_READ_ALOUD = (r"(?:tu viet tat|(?:nghe )?doc bai viet|nghe bai viet|tam dung|doc tiep|dung doc|dang tai\.*|"
               r"tuong phan|vui long cho giay lat|bai viet khong co (?:file )?(?:audio|am thanh))")
NOISE_LINES = (
    # Counters with their noun in brackets, in a row with bars (round 86): "156 (lượt xem) |", "156 (lượt xem) | 3 (bình luận)".
    r"(\|? ?[\d.,]+ ?\((luot xem|luot doc|luot thich|binh luan|phan hoi|views?|comments?)\) ?\|?)+",
    # a counter's other rows ("Hôm nay: 12", "Tổng số 48424", "Tất cả:"): dropped one by one, as a
    # table in the text may print such a row (the footer starts only at the counter's own label)
    r"(?:[•·*-] ?)?(hom nay|hom qua|tuan nay|tuan truoc|thang nay|thang truoc|nam nay|tong so|tat ca)(\s?:\s?[\d.,]*|\s[\d.,]+)",
    # its rows by period, their count always printed ("Trong ngày: 613", "Trong tuần: 1352": round 48)
    r"(?:[•·*-] ?)?trong (ngay|tuan|thang|nam)\s?:\s?[\d.,]+",
    r"(?:hinh )?anh(?: (?:tin|bai|tin bai|bai viet|dai dien))?",
    rf"(?:× ?)?{_READ_ALOUD}(?: {_READ_ALOUD})*",
    rf".{{0,200}}{_SCRIPT}.{{0,120}}{_BROWSER}.{{0,120}}|.{{0,200}}{_BROWSER}.{{0,120}}{_SCRIPT}.{{0,120}}",
    r"(?:ban dang (?:o (?:day|trang)|xem)|vi tri (?:hien tai|cua ban)|you are here)\s?:?",  # a breadcrumb's label alone
    # or with a short trail after its colon ("Bạn đang ở: Tin tức", conventions round 24)
    r"(?:ban dang (?:o(?: day| trang)?|xem)|vi tri (?:hien tai|cua ban)|you are here)\s?:\s?[^\W\d_]+(?:\s?[>»›/|-]*\s?[^\W\d_]+){0,5}",
)
