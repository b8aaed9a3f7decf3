"""An article's info block run together on one line, split into its fields again.

Joomla, school portals and e-portals print the fields under a headline one a line or in a row:
"Chi tiết Chuyên mục: Tin tức Được đăng: 25 Tháng 11 2025 Lượt xem: 96", "Người đăng: Mai Ngày
đăng: 26/11/2025 Lượt xem: 41", "Thứ Hai, 01/12/2025 - 08:30 Cỡ chữ A- A A+", "<headline>
28/11/2025 Lượt xem: 312". A copy that loses the breaks leaves a line no rule reads: too many
words for a date line, a headline's length. The line is cut before each field's label (printed
with a capital); the fields that say nothing of the article (furniture: a category, a counter, a
button) become lines of their own, which the chrome rules drop, and the rest stays together (a
date and the name of its poster read as one date line). A date a counter follows closes the
headline before it: the page's date line, glued to the headline's line.
"""
from __future__ import annotations

import re

from archive.read.chrome import is_noise_line
from archive.read.dotted_fields import bar_dotted_fields
from archive.read.line_sizes import HEADLINE_WORDS  # a headline's words at least; a label's colon makes it a field
from archive.text.date_labels import DATE_FIELD_LABELS
from archive.text.dates import CLOCK_PATTERN, DATE_PATTERN

Line = tuple[int, str]  # (1-based file line, text)

_TITLE_FIELD = "Tiêu đề"  # the headline's own field ("Tiêu đề <headline> Ngày đăng 2021-07-31", round 73): its copy
_LABELS = ("Chi tiết", "Chuyên mục", "Danh mục", _TITLE_FIELD, *DATE_FIELD_LABELS,
           "Lượt xem", "Số lượt xem", "Lượt đọc", "Lượt truy cập", "Viết bởi", "Được viết", "Người đăng", "Đăng bởi",
           "Tác giả", "Đánh giá", "Cỡ chữ", "Xem cỡ chữ", "Bình luận", "Hits", "Category", "Written by", "Published")
# A label where a field starts: after the line's start, a space, a bar or a small letter it was glued
# to ("... mưa lũLượt xem: 312"); its first letter a capital as printed (in the text, "được đăng" and
# "lượt xem" are words of a sentence).
_LABEL = re.compile(r"(?:^|(?<=[\s|•])|(?<=[a-zà-ỹđ]))(?=(?:" + "|".join(re.escape(label) for label in _LABELS)
                    + r")\b)", re.IGNORECASE)
_DATE_END = re.compile(rf"\s+({DATE_PATTERN}(?:\s+{CLOCK_PATTERN})?)\s*[|•-]?\s*$")
_DAY_WORDS = ("ngày", "từ", "đến")
_ROW_WORDS = 40  # longer, the line is prose that names these words
_HEAD_TEXT_LINES = 12  # the info block stands near the headline, at the top of the paste


def split_rows(lines: list[Line]) -> list[Line]:
    """`lines` with each info row near the top split into its fields."""
    out: list[Line] = []
    seen = 0
    for at, (number, text) in enumerate(lines):
        seen += bool(text.strip())
        if seen > _HEAD_TEXT_LINES:
            return out + lines[at:]  # past the head: every line as it was
        pieces = _fields(bar_dotted_fields(text)) if text.strip() else [text]  # stops between fields: bars
        out += [(number, piece) for piece in pieces]
    return out


def _fields(text: str) -> list[str]:
    # split at most _ROW_WORDS times: a paragraph's words are not all cut out to be counted
    if text.rstrip().endswith((".", "!", "?")) or len(text.split(None, _ROW_WORDS)) > _ROW_WORDS:
        return [text]
    starts = [m.start() for m in _LABEL.finditer(text) if m.start() and text[m.start()].isupper()]
    if not starts or is_noise_line(text):
        return [text]  # one field, or a line dropped whole
    bounds = sorted({0, *starts, len(text)})
    pieces = [text[a:b].strip(" |•") for a, b in zip(bounds, bounds[1:])]
    pieces = [piece for piece in pieces if piece]
    # the title's field repeats the headline: its words stand alone, a copy the head drops, apart from the date
    titled = [piece[len(_TITLE_FIELD):].strip(" :") if piece.startswith(_TITLE_FIELD) else "" for piece in pieces]
    pieces = [title or piece for title, piece in zip(titled, pieces)]
    furniture = [bool(title) or is_noise_line(piece) for title, piece in zip(titled, pieces)]
    if len(pieces) < 2 or not any(furniture):
        return [text]
    out: list[str] = []
    for at, (piece, noise) in enumerate(zip(pieces, furniture)):
        if noise or not out or furniture[at - 1]:
            out.append(piece)
        else:
            out[-1] += " " + piece  # the fields that tell something stay together
    return [part for kept in out for part in _date_off(kept)]


def _date_off(piece: str) -> list[str]:
    """A headline's line ending on a date: in a row with furniture, that date is the date line."""
    dated = _DATE_END.search(piece)
    before = piece[:dated.start()] if dated else ""
    if len(before.split()) < HEADLINE_WORDS or not before[:1].isupper() or ":" in before \
            or before.split()[-1].lower() in _DAY_WORDS:  # "... tiếp công dân ngày 15/4/2025": the headline's day
        return [piece]
    return [before.strip(), dated.group(1)]
