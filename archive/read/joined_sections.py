"""A line that only names the page's news section, or two or three joined (round 61): "GIÁO DỤC-Y TẾ",
"Kinh tế / Xã hội", "Văn hóa & Thể thao", "Thời sự, Chính trị".

A portal prints the section's label over the headline, often in capitals like it, and its words may be
joined by a dash with no space, so it was no pair of labels (labels.paired_labels wants spaces) and,
being short, it read as the first line of a capitals headline broken over lines (capitals_blocks.py):
the headline under it was taken for its continuation, and the label became the title. Every part must
parse into sections' names (section_menus.SECTIONS, which widens names.NEWS_SECTIONS) and open on a
capital: a place, a number or any other word ("HÀ NỘI - MÙA THU", "Giáo dục Hà Nội") makes it no label.
Asked by capitals_blocks._joined (the label joins no block) and title_weights._shape_weight (over a
headline-shaped line it weighs as a label, never the title).

Round 73: a section's path and its rubric after a colon ("Tin tức - Sự kiện: Đưa nghị quyết của Đảng vào cuộc
sống", holdout 72) over the date line is the page's place, not a headline the date line closes. Only a path of two
or three joined names counts: one name before a colon opens real headlines ("Phóng sự: ...", "Video: ...").
"""
from __future__ import annotations

import re

from archive.read.section_menus import section_items
from archive.text.normalize import fold

_JOIN = re.compile(r"\s*[-–—/&,]\s*")
_MOST_PARTS = 3
_MOST_CHARS = 60  # three sections' names and their joins


def section_named(text: str) -> bool:
    """The line is nothing but one to three sections' names, each part capitalised."""
    text = text.strip()
    if not text or len(text) > _MOST_CHARS or not text[:1].isalpha() or any(ch.isdigit() for ch in text):
        return False
    parts = _JOIN.split(text)
    if len(parts) > _MOST_PARTS or not all(part[:1].isupper() for part in parts):
        return False
    return all(_section_part(part.split()) for part in parts)


def _section_part(words: list[str]) -> bool:
    """Sections' names, or "Tin" before them ("Tin hoạt động", "TIN ĐỊA PHƯƠNG": news of that section,
    conventions round 26); "Tin" alone is no section."""
    if section_items(words) is not None:
        return True
    return len(words) > 1 and fold(words[0]) == "tin" and section_items(words[1:]) is not None


_RUBRIC_WORDS = 12  # a rubric's name after the colon: a headline's length would be the headline itself


def section_rubric(text: str) -> bool:
    """Two or three joined sections' names, a colon, and a short rubric: "Tin tức - Sự kiện: Đưa nghị quyết của Đảng
    vào cuộc sống", "Kinh tế / Xã hội: Nông thôn mới"."""
    path, colon, rubric = text.partition(":")
    return bool(colon) and 0 < len(rubric.split()) <= _RUBRIC_WORDS and len(_JOIN.split(path.strip())) > 1 \
        and section_named(path)
