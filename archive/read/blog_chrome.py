"""Furniture blog software prints under a post, as whole lines, folded (issue 13, conventions
round 5); chrome.py joins these to its footer openers.

Blogger (its Vietnamese interface) closes a post with its footer ("Đăng bởi X lúc 08:21"), a mail
button ("Gửi email bài đăng này"), the comment count ("Không có nhận xét nào:", "2 nhận xét:") and
box ("Đăng nhận xét"), the links to the next and the previous posts ("Bài đăng Mới hơn", "Bài đăng
Cũ hơn") and its feed ("Đăng ký: Đăng Nhận xét (Atom)"); its side column holds the archive ("Lưu
trữ Blog") and the writer's profile ("Giới thiệu về tôi", "Xem hồ sơ hoàn chỉnh của tôi").
WordPress.com closes one with its like button ("Thích điều này:", "Thích Đang tải..."). From any
of them on the page is no longer the post, so a name the sidebar's profile box prints is no
byline, and the writer's name over them is the last line of the post. (The recent posts' label,
"Bài viết mới", is a link box's label above a page's text, and stays furniture.py's.)

Round 35: the links to the previous and the next post, as Blogger's English interface and WordPress
themes print them ("Previous" over "Next Post »", "Older Post" / "Newer Post" / "Home", "« Previous",
"← Bài trước", "Bài tiếp theo →", "Điều hướng bài viết"), end the post the same way, one a line or in a
row. "Home" or "Trang chủ" alone is a menu's item, above the post as often as under it: only in a row
with a previous or next link is it the navigation.
"""
from __future__ import annotations

_BEFORE = r"(?:[«‹<←]+ ?)?"  # an arrow printed as text
_AFTER = r"(?: ?[»›>→]+)?"
_PAGER = (r"(?:previous|prev|next|older|newer)(?: (?:post|posts|entry|entries|article|page))?"
          r"|(?:bai|tin|bai viet|tin bai) (?:truoc|sau|tiep theo|ke tiep)|bai (?:dang|viet) (?:moi|cu) hon")
_LINK = rf"{_BEFORE}(?:{_PAGER}){_AFTER}"
_ROW_ITEM = rf"{_BEFORE}(?:{_PAGER}|home|trang chu){_AFTER}"
_SEPARATOR = r"\s*[|/·•-]?\s*"

STOP_LINES = (
    r"gui email bai dang nay",
    r"(khong co nhan xet nao|\d+ nhan xet)\s?:?|dang nhan xet|dang ky\s?:? dang nhan xet.*",
    r"bai dang (moi|cu) hon|luu tru blog|gioi thieu ve toi|xem ho so (hoan chinh )?cua toi",
    r"thich dieu nay\s?:?|thich dang tai.*",
    # the post's navigation: a previous or next link, alone or in a row with others and "Home"
    rf"(?:{_ROW_ITEM}{_SEPARATOR})*{_LINK}(?:{_SEPARATOR}{_ROW_ITEM})*",
    r"dieu huong bai (viet|dang)|post navigation",  # WordPress's label over the two links
)
