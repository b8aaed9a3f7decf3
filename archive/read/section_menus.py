"""A site's menu pasted as one line of section names: "Trang chủ Thời sự Chính trị Kinh tế Xã hội".

A navigation bar copied from a page loses its cells: the sections' names come as one line, with
spaces between them or a bar, a dot, a slash. Such a line over the headline has five words and more
and no full stop, so it was weighed as the headline. It is chrome when the whole line parses into
three sections' names or more, each opening on a capital (a menu capitalises every item; a headline
in sentence case "Kinh tế xã hội ..." opens only its first), or four in a line all in capitals or in
title case (a title-case headline, "Kiểm Tra Hoạt Động Đảng Bộ", may be made of sections' words).
Any other word (a place, a verb, a number) makes it no menu: "Văn hóa Thể thao Hà Nội" stays. It
is dropped wherever it stands (chrome.strip_chrome_noting): a long tab title or a script notice
above the menu makes the page's text seem begun, and no paragraph is only sections' names.
"""
from __future__ import annotations

import re

from archive.read.names import NEWS_SECTIONS
from archive.text.normalize import fold

# Sections as news sites and portals name them in their menus, folded (a word to four): the news
# sections, and what portals and Party sites add; a portal's top bar of tools too ("Thư điện tử Liên hệ Sơ
# đồ trang", conventions round 24: under a clock it won the title).
SECTIONS = NEWS_SECTIONS | frozenset(phrase.strip() for phrase in """
trang chu, gioi thieu, lien he, multimedia, emagazine, podcast, infographic, anh, xe, so hoa,
bat dong san, xay dung dang, hoi dap, van ban, thong bao, tin anh, phong chong tham nhung, chuyen de,
khoa giao, van nghe, tuyen giao, dan van, to chuc, kiem tra, dang bo, chinh quyen, mat tran, doan the,
ho so, binh luan, tu lieu, cai cach hanh chinh, thu tuc hanh chinh, dich vu cong, hoat dong
thu dien tu, so do trang, so do website, sitemap, dang nhap, tim kiem, rss
""".replace("\n", ",").split(",") if phrase.strip())
_LONGEST = 4
_SEPARATORS = re.compile(r"\s*[|/•·>»›–—]\s*|\s+-\s+")
_MIN_ITEMS, _MIN_CAPITAL_ITEMS = 3, 4
_MAX_WORDS = 40  # a menu's row; a paragraph is no menu
# Its characters at most: every word a section's (the longest, "infographic", 11 letters) and a
# separator (" | ") after it. A longer line is a paragraph, told before it is read through.
_MAX_CHARS = 15 * _MAX_WORDS
_DIGIT = re.compile(r"\d")


def section_menu(line: str) -> bool:
    """The line is nothing but sections' names, a menu's items: three and more, each capitalised."""
    if len(line) > _MAX_CHARS or not line[:1].isalpha() or line.rstrip().endswith((".", ":", "?", "!")) \
            or _DIGIT.search(line):
        return False  # cheap tests first: this runs on every line of the paste
    words = _SEPARATORS.sub(" ", line).split()
    if not _MIN_ITEMS <= len(words) <= _MAX_WORDS:
        return False
    items = section_items(words)
    if items is None:
        return False
    # All in capitals, or every word capitalised (a headline in title case, "Kiểm Tra Hoạt Động Đảng Bộ",
    # may be made of sections' words): four items at least; sentence-case items ("Thời sự") are a menu's.
    capitals = line.isupper() or all(word[:1].isupper() for word in words)
    return len(items) >= (_MIN_CAPITAL_ITEMS if capitals else _MIN_ITEMS) \
        and (capitals or all(item[0][:1].isupper() for item in items))


def section_items(words: list[str]) -> list[list[str]] | None:
    """The words cut into sections' names, longest first; None when a word belongs to none."""
    items, at = [], 0
    while at < len(words):
        for size in range(min(_LONGEST, len(words) - at), 0, -1):
            if fold(" ".join(words[at:at + size])) in SECTIONS:
                items.append(words[at:at + size])
                at += size
                break
        else:
            return None
    return items
