"""A religious calendar's line near the headline (issue 13, conventions round 7).

Buddhist sites print the Buddhist year beside the common one ("PL. 2568 - DL. 2024", "Phật lịch
2568"), Cao Đài sites the Đạo year and the year's cyclic name ("Năm Đạo thứ 99 - Ất Tỵ"), both a
lunar day ("Rằm tháng Giêng năm Giáp Thìn", "ngày 15 tháng 4 năm Giáp Thìn"); Catholic sites the
liturgical day over a homily or a notice ("Chúa Nhật XI Thường Niên - Năm B", "Thứ Hai tuần II
Mùa Vọng"). Such a line, alone, says which day or year, never what the page is about: it is no
headline while another line may be. A headline that holds one among other words ("Đại lễ Phật đản
PL. 2568 tại chùa X") stays one. Catholic sites also call Sunday "Chúa Nhật", a clock's word, never
a name.
"""
from __future__ import annotations

import re

CATHOLIC_SUNDAY = "chúa nhật"

_CAN = "Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý"
_CHI = "Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi"
_CYCLIC = rf"(?:năm\s+)?(?:{_CAN})\s+(?:{_CHI})"
_LUNAR_MONTH = r"(?:\d{1,2}|Giêng|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười|Mười Một|Một|Chạp)"
_PART = re.compile("|".join((
    r"(?:PL|P\.L|Phật lịch)\.?\s*:?\s*25\d\d",  # the Buddhist era
    r"(?:DL|D\.L|Dương lịch|TL|Tây lịch)\.?\s*:?\s*(?:19|20)\d\d",  # the common era beside it
    r"(?:năm\s+)?Đạo\s+thứ\s+\d{1,3}|Đại Đạo(?: Tam Kỳ Phổ Độ)?\s+(?:năm\s+)?thứ\s+\d{1,3}",  # Cao Đài's year
    _CYCLIC,
    rf"(?:(?:ngày|đêm)\s+)?(?:\d{{1,2}}|mùng\s+\d{{1,2}}|mồng\s+\d{{1,2}}|rằm)\s+tháng\s+{_LUNAR_MONTH}"
    rf"(?:\s+(?:nhuận|âm lịch|âl))?(?:\s+{_CYCLIC})?(?:\s*\(?âm lịch\)?)?",  # a lunar day
    r"(?:Chúa Nhật|Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|CN)\s+(?:tuần\s+)?(?:[IVXL]+|\d{1,2})\s+"
    r"(?:Mùa Vọng|Mùa Chay|Mùa Phục Sinh|Phục Sinh|Mùa Giáng Sinh|Giáng Sinh|Thường Niên|MV|MC|PS|TN)",
    r"(?:Năm\s+)?[ABC]",  # the liturgical year after a dash ("- Năm B")
)), re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*(?:[-–—|/,;]|\(|\))\s*")
_FIRST = frozenset("PpDdTtNnĐđGgẤấBbMmKkCcQqRr0123456789")  # what such a line opens with


_CYCLIC_PAIR = re.compile(rf"(?:{_CAN})\s+(?:{_CHI})", re.IGNORECASE)


def cyclic_year(text: str) -> bool:
    """"Giáp Thìn", "ẤT TỴ": a year's cyclic name, never a person's though "Giáp" is a surname."""
    return bool(_CYCLIC_PAIR.fullmatch(text.strip()))


def calendar_line(text: str) -> bool:
    """The whole line is a religious calendar's year or day, its parts joined by dashes, bars or
    commas ("PL. 2568 - DL. 2024", "Năm Đạo thứ 99 - Ất Tỵ", "Chúa Nhật XI Thường Niên - Năm B")."""
    text = text.strip()
    if not text or text[0] not in _FIRST or len(text) > 80:
        return False
    parts = [p for p in _SEPARATORS.split(text) if p]
    if not parts or all(re.fullmatch(r"(?:Năm\s+)?[ABC]", p, re.IGNORECASE) for p in parts):
        return False
    return all(_PART.fullmatch(p) for p in parts)


def calendar_lines(texts: list[str], pool: list[int]) -> set[int]:
    """Lines of the headline's pool that only print a religious calendar's day or year, while
    another line is in the pool."""
    found = {i for i in pool if calendar_line(texts[i])}
    return found if len(found) < len(pool) else set()
