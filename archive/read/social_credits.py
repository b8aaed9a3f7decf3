"""A repost credited to a person's page on a social network (round 70, from holdout 69's one byline miss).

A site that reposts what someone wrote on his own page credits that page: "Theo Facebook Nguyễn Văn An",
"Nguồn: FB Trần Thị Bình", "(Trích Facebook của nhà báo Lê Minh Tuấn)", or an editor's note in brackets
under the headline, "[Bài viết trích từ Facebook của bạn Hoang K Anh, xin được gửi đến bạn đọc]". The
page's owner wrote the piece, so the line reads as "Theo: <owner>", and bylines.py then takes only a name
"Theo" may credit (a full name, a pen name's initials): a page that names an office, a paper or a group
("Theo Fanpage Công an tỉnh X", "Nguồn: Facebook Báo Mẫu") is no one's.

Only a whole line is a credit: a label ("Theo", "Nguồn:", "Trích từ", "Bài viết trích từ") or brackets
around it must say so; a sentence that opens the same way and goes on after a comma ("Theo Facebook của
anh An, ngày 12/3 ...") is the text's, unless the whole line stands in brackets, as an editor's note does.
"""
from __future__ import annotations

import re

_NETWORK = r"(?:facebook|fb|zalo|tiktok|fanpage|trang\s+(?:facebook|fb|fanpage|cá\s+nhân))"
_LABEL = (r"(?:(?:bài\s+viết|bài|nội\s+dung)\s+(?:được\s+)?)?"
          r"(?:theo|nguồn(?:\s+tin)?|trích(?:\s+từ)?|lấy\s+từ|chia\s+sẻ\s+từ|đăng\s+trên)")
# How the note names the page's owner before his name: a kinship or a trade, as an editor writes it.
_OWNER_WORDS = r"(?:bạn|anh|chị|em|ông|bà|cô|thầy|nhà\s+báo|nhà\s+văn|nhà\s+thơ|tác\s+giả|luật\s+sư|nhà\s+nghiên\s+cứu)"
_CREDIT = re.compile(
    rf"(?P<label>{_LABEL})?\s*:?\s*{_NETWORK}(?:\s+cá\s+nhân)?(?:\s+của)?(?:\s+{_OWNER_WORDS})?\s*:?\s+"
    r"(?P<name>[^\W\d_][^,;()\[\]]*?)\s*(?P<tail>[,;].*)?",
    re.IGNORECASE)
_BRACKETS = re.compile(r"[(\[]\s*(?P<inner>[^()\[\]]+?)\s*[)\]]\s*\.?")


def social_credit(line: str) -> str:
    """"Theo: Nguyễn Văn An" for a line crediting An's page on a social network; the line itself otherwise."""
    text = line.strip()
    bracketed = _BRACKETS.fullmatch(text)
    inner = bracketed.group("inner") if bracketed else text.rstrip(".")
    found = _CREDIT.fullmatch(inner)
    if not found or not (bracketed or found.group("label")):
        return line  # "Facebook Twitter", a share bar's words: no label, no note's brackets
    if found.group("tail") and not bracketed:
        return line  # "Theo Facebook của anh An, ngày 12/3 ...": a sentence of the text
    return f"Theo: {found.group('name')}"
