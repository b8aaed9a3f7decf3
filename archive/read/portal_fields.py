"""The author's field as portal software prints it (issue 13, conventions round 2).

Portal products and CMSs print the author among other fields of the article, and a paste
keeps their shapes:
- a Liferay or Joomla info block on one line, its fields after bars or glued ("Tác giả: Minh
  Anh | Nguồn: Văn phòng UBND | Lượt xem: 345", "Viết bởi Trần Hải Chuyên mục: Tin tức Được
  đăng ngày ..."): the author's field ends where the next field's label opens;
- a WordPress theme's meta line ("Tháng Sáu 14, 2024 bởi Lê Văn Sơn", "By Minh Anh • June 14,
  2024", "Posted on 14/06/2024 by Minh Anh"): a date, a "by" word and the name, nothing else
  but meta words (the comments' count, "Đăng ngày");
- a table of fields pasted one cell to a line ("Tác giả" over "Minh Anh", "Lượt xem" over
  "345"): the label and its value are one field again.
Whether the value is a person's name stays bylines.py's to say: an account ("admin"), a unit
or an empty field is none.
"""
from __future__ import annotations

import re

from archive.text.dates import CLOCK_PATTERN, MERIDIEM_PATTERN, all_dates
from archive.text.normalize import fold

Line = tuple[int, str]  # (1-based file line, text)

# The labels of the other fields an info block prints after the author's: the source, the
# counters, the category, the dates, the poster, the editor, the comments.
_NEXT_FIELD = (r"Nguồn(?: tin| bài)?|Lượt (?:xem|đọc|truy cập)|Chuyên mục|Danh mục|Thể loại|Được đăng(?: ngày)?"
               r"|Ngày (?:đăng|cập nhật|xuất bản)|Đăng ngày|Cập nhật(?: lúc| ngày)?|Người (?:đăng|duyệt)"
               r"|Biên tập(?: viên)?|Bình luận|Email|Điện thoại|Thời gian")
# After a bar, a bullet or a spaced dash, a field's label opens the next field, with a colon
# or not; glued after a space, only a capitalised label with its colon or its date does.
_FIELD_CUT = re.compile(rf"\s*(?:[|•·;]|\s[-–—])\s*(?:{_NEXT_FIELD})\b"
                        rf"|\s+(?:{_NEXT_FIELD})\s*(?::|(?=\s*\d))", re.IGNORECASE)
# Glued with no space ("Minh AnhNguồn: Sở Y tế"): a small letter, then the label's capital and its colon.
_FIELD_GLUED = re.compile(rf"(?<=[a-zà-ỹđ])(?:{_NEXT_FIELD})\s*:")
# The asset's buttons glued after the author's field: "Tác giả: Minh Anh Gửi email In trang".
_BUTTONS_END = re.compile(r"(?:\s+(?:Gửi email|Gửi bài|In trang|In bài|Bản in|Chia sẻ|Lưu tin|Đánh giá))+\s*$")
# A field or a few words (an outlet's name) opening the line, then the author's after a separator:
# "Nguồn: Báo X - Tác giả: Minh Anh", "Báo X | Tác giả: Minh Anh | 2 giờ trước".
_FIELD_OPEN = re.compile(rf"(?:{_NEXT_FIELD})\s*:|\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{4}}", re.IGNORECASE)
_BEFORE_WORDS = 6
_LATER_AUTHOR = re.compile(r"\s*(?:[|•·;]|\s[-–—])\s*(?=(?:tac gia(?: bai viet)?|nguoi viet|but danh)\s*:)")
_AUTHOR_FIELD = re.compile(r"(?:tac gia(?: bai viet)?|nguoi viet|but danh|(?:duoc )?viet boi|(?:duoc )?dang boi"
                           r"|posted by|written by)\b")

_CUES = re.compile(r"tác\s*giả|người\s*viết|bút\s*danh|bởi|\bby\b", re.IGNORECASE)

# A time beside a meta line's date ("10:00 am", "8:30 SA"); the date itself is any text.dates reads.
_CLOCK = re.compile(rf"{CLOCK_PATTERN}(?: ?{MERIDIEM_PATTERN})?", re.IGNORECASE)
# The words a meta line holds beside the date and the name, folded.
_META_WORDS = frozenset("posted on at dang ngay vao luc binh luan comments comment no khong co".split())
# Blogger's post footer with its "by" label turned off: the name, "lúc" and the clock alone
# ("Minh Tâm lúc 08:21", "Minh Tâm lúc 8:21 CH"); whether the name is a person's stays bylines.py's.
_NAME_AT_CLOCK = re.compile(rf"(?P<name>\S.{{0,40}}?)\s+lúc\s+{CLOCK_PATTERN}(?:\s?{MERIDIEM_PATTERN})?\s*",
                            re.IGNORECASE)
# "bởi" or "by" before the name, folded; what ends the name: a separator, or "on", "vào", a date.
_BY = re.compile(r"(?:^|(?<=[\s|•·,]))(?:(?:duoc )?(?:dang|viet) boi|posted by|written by|boi|by)\s*:?\s+(?=\w)")
_NAME_END = re.compile(r"\s*[|•·,]\s*|\s+[-–—]\s+|\s+(?:on|at|vao|luc|ngay)\s+|\s+(?=\d)|$")
# A word that brings in the date, left at the end of a date line's part once its date is cut
# off ("Posted by Minh Anh on 14/06/2024" -> "Minh Anh on"): small letters, never a name's.
_DATE_WORD_END = re.compile(r"(?<=\w)\s+(?:on|vào lúc|vào|lúc|ngày)$")

# A field's label alone on its line, folded, as a table pasted one cell to a line prints it.
_AUTHOR_CELLS = frozenset(("tac gia", "tac gia bai viet", "nguoi viet", "nguoi dang", "but danh", "dang boi", "viet boi"))
_COUNTER_CELLS = frozenset(("luot xem", "luot doc", "luot truy cap"))  # their value is a number
_LABEL_CELLS = _AUTHOR_CELLS | _COUNTER_CELLS
_VALUE_WORDS = 6  # a value under its label: a name or a count, never a sentence
_CELL_LENGTH = max(map(len, _LABEL_CELLS)) + 8  # a longer line is no label cell (room for spaces and a colon)


def author_part(line: str) -> str:
    """The author's field alone from an info block or a meta line; `line` when it is neither."""
    if not _CUES.search(line):
        footer = _NAME_AT_CLOCK.fullmatch(line.strip())
        return footer["name"] if footer else _DATE_WORD_END.sub("", line)  # most lines: no field, no "by" (and folding costs time)
    folded = fold(line)
    if len(folded) != len(line):
        return line  # offsets would not agree
    later = _LATER_AUTHOR.search(folded)
    if later and (_FIELD_OPEN.match(line) or len(line[:later.start()].split()) <= _BEFORE_WORDS):
        line, folded = line[later.end():], folded[later.end():]
    if _AUTHOR_FIELD.match(folded.lstrip(" |•·")):
        cuts = [cut.start() for cut in (_FIELD_CUT.search(line), _FIELD_GLUED.search(line)) if cut and cut.start() > 0]
        line = _BUTTONS_END.sub("", line[:min(cuts)].rstrip() if cuts else line)
        return _meta_name(line, fold(line)) or line  # "Posted by Minh Anh on 14/06/2024"
    return _meta_name(line, folded) or _DATE_WORD_END.sub("", line)


def _meta_name(line: str, folded: str) -> str:
    """"Tháng Sáu 14, 2024 bởi Lê Văn Sơn" -> "Lê Văn Sơn": a meta line's name, else ""."""
    by = _BY.search(folded)
    if by is None:
        return ""
    end = _NAME_END.search(folded, by.end())
    name = line[by.end():end.start()].strip()
    rest = line[:by.start()] + " " + line[end.start():]
    dates = all_dates(rest)
    if not name or not (dates or _CLOCK.search(rest)) and by.start() > 0:
        return ""  # a "by" inside a sentence; a meta line opening on "bởi" may print no date
    for date in reversed(dates):
        rest = rest[:date.start()] + " " + rest[date.end():]
    words = re.findall(r"[a-z]+", fold(_CLOCK.sub(" ", rest)))
    return name if all(word in _META_WORDS for word in words) else ""


def join_label_cells(lines: list[Line]) -> list[Line]:
    """A field's label alone on a line and its short value on the next, one field again:
    "Tác giả" / "Minh Anh" -> "Tác giả: Minh Anh" (the value's line left blank). A value that
    is itself a field stays apart (an empty "Tác giả:" over "Lượt xem: 345")."""
    out = list(lines)
    for at, (number, text) in enumerate(lines):
        if len(text) > _CELL_LENGTH or not text.strip():
            continue  # most lines: no fold needed to tell (a blank line labels nothing)
        label = fold(text).strip().rstrip(":").strip()
        value = _next_text(out, at) if label in _LABEL_CELLS else None  # the next line only under a label
        if value is not None and _is_value(value[1], label in _COUNTER_CELLS):
            out[at] = (number, f"{text.strip().rstrip(':').strip()}: {value[1].strip()}")
            out[value[0]] = (out[value[0]][0], "")
    return out


def _next_text(lines: list[Line], at: int) -> tuple[int, str] | None:
    """The index and text of the next line with text after `at`."""
    for k in range(at + 1, min(at + 3, len(lines))):
        if lines[k][1].strip():
            return k, lines[k][1]
    return None


def _is_value(text: str, count: bool) -> bool:
    """A field's value: a count under a counter's label ("345"); under an author's, a name's few
    words, each capitalised, or an account's one word ("admin"): a short headline under a menu's
    "Tác giả" goes on in small letters and stays apart."""
    text = text.strip()
    if count:
        return bool(re.fullmatch(r"\d[\d.,]*", text))
    words = text.split()
    return 0 < len(words) <= _VALUE_WORDS and (len(words) == 1 or all(w[:1].isupper() for w in words)) \
        and not text.endswith((".", ":", "!", "?")) \
        and fold(text).rstrip(":").strip() not in _LABEL_CELLS and not _FIELD_CUT.match(" | " + text)
