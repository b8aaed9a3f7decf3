"""The furniture portal software prints around a headline (issue 13, round 2), as whole lines.

Liferay e-portals, DotNetNuke and other .NET portals, Joomla, WordPress themes and school
portals print an article's info block beside its headline: the detail view's title ("Chi tiết",
"Details"), the category ("Chuyên mục: Tin tức", "Category: ..."), counters ("Số lượt xem: 41",
"Lượt truy cập: 1.023", "Hits: 58"), a rating ("Đánh giá: 4.5/5", "★★★★★"), the comment count
("0 Bình luận", "Chưa có bình luận"), the software's own account as the poster ("Người đăng: Quản
trị", "Viết bởi Super User"), buttons in brackets ("[ Quay lại ] [ In trang ]") and a
contact bar ("Hotline: 0912 000 111"). None of it is the article's text or its headline. Matched
on the folded whole line, so a sentence holding these words is kept.
"""
from __future__ import annotations

import re
from typing import Callable

from archive.text.normalize import fold_passage

_FIELDS = (
    r"chi tiet( tin( tuc)?| bai viet)?|details?",  # the detail view's title
    # the category, its value a few words: "Chuyên mục: Tin tức"; with no colon fewer, as a name
    # is printed ("chuyên mục Tin hoạt động"; "Danh mục tài sản công" is a headline's words)
    r"(chuyen muc|danh muc|categor(y|ies)|posted in)\s?:\s?[^\s:|]+( [^\s:|]+){0,5}",
    r"(so )?(luot (xem|doc|truy cap)|so lan (xem|doc)|hits|views?)\s?:?\s?\d[\d.,]*",  # a counter
    r"danh gia\s?:\s?[\d.,]+(\s?/\s?\d+)?( sao)?|[★☆✩✭✰ ]{3,}",  # a rating, its stars
    r"(\d+|chua co|khong co) (binh luan|y kien|comments?)",  # the comment count
    r"(ve |len )?dau trang",  # back to the top
    # the software's own account as the poster: "Người đăng: Quản trị", "Viết bởi Super User", "Đăng bởi: admin"
    r"(nguoi dang|(duoc )?(dang|viet) boi|posted by|written by|by|tac gia)\s?:?\s?"
    r"(admin(istrator)?|quan tri( vien| he thong)?|super ?user|webmaster|root)",
)
_FIELD = re.compile("|".join(f"(?:{p})" for p in _FIELDS))
# A contact field: a label opened by the line to call or write ("Hotline", "Đường dây nóng", "Cấp cứu
# 24/7", "Tổng đài đặt lịch"), then a number or an address; a bar may join several. A name before
# it ("Minh Anh - Email: ...") is a byline's, and the line is no contact bar.
_CONTACT_WORDS = r"(?:hotline|duong day nong|dien thoai|dt|tel|fax|email|e-mail|tong dai|cap cuu)"
_CONTACT_FIELD = rf"(?:so )?{_CONTACT_WORDS}\b[^:|]{{0,30}}:\s?(?:\+?\d[\d .()-]{{6,}}\d|[\w.-]+@[\w.-]+)"
_CONTACT = re.compile(rf"{_CONTACT_FIELD}(?:\s?[|•-]\s?{_CONTACT_FIELD})*")
_BRACKETED = re.compile(r"\[([^\[\]]{1,30})\]")


_CATEGORY_BARE = re.compile(r"(?i:chuyên mục|danh mục|category|posted in)\s+[A-ZĐÀ-Ỹ]\S*(?: \S+){0,2}")


def is_info_field(line: str) -> bool:
    """One field of an article's info block or a contact bar, alone on its line."""
    folded = fold_passage(line).strip()
    return bool(_FIELD.fullmatch(folded) or _CONTACT.fullmatch(folded) or _CATEGORY_BARE.fullmatch(line.strip()))


def bracketed_buttons(line: str, is_button: Callable[[str], bool]) -> bool:
    """A row of buttons each printed in brackets ("[ Quay lại ] [ In trang ] [ Đầu trang ]",
    "[trở về]"): nothing else on the line, and every bracket holds a button (`is_button`)."""
    items = _BRACKETED.findall(line)
    return bool(items) and not _BRACKETED.sub("", line).strip(" |•-") \
        and all(is_button(item.strip()) or is_info_field(item) for item in items)
