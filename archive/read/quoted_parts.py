"""A headline broken before a quoted phrase, in the shapes round 13 left apart (conventions round 16).

broken_headlines._quoted joins "Hội thảo khoa học" / "“Xây dựng Đảng ...”" but not when the part above
is in title case or capitals (a site's name or slogan over a quoted headline) or joins phrases by a
spaced dash (a topics line: "Thời sự - Kinh tế - Đời sống"). Headlines are printed so too: "ĐOÀN VIÊN
... THAM GIA" / "“NGÀY HỘI HIẾN MÁU” NĂM 2022", "Trường ... Được Phong Tặng Danh Hiệu" / "“Anh Hùng Lao
Động” Thời Kỳ Đổi Mới", "Chuyện ... : Kỳ 3 – Suy ngẫm từ" / "“Tự soi, tự sửa”". The quoted part goes on
such a part when:
- the part ends with a word no phrase ends on ("từ", "về", "của", "cho", ...): it cannot stand alone;
- or the part and the quoted line are printed in the same case, capitals under capitals or title case
  under title case, the part has a headline's words and names no outlet (a masthead's name in capitals
  over a quoted headline stays apart).
A quote opened with one mark and closed with another ("“Chi hội ... sạch\"") closes its line too.
Conventions round 20: a part in capitals ending with a colon ("HỘI THẢO KHOA HỌC QUỐC TẾ:") over a
quoted phrase in capitals closing on its line is one headline too (`colon_quoted`): a kicker in capitals
over a headline in small letters stays a kicker (broken_headlines._colon).
"""
from __future__ import annotations

from archive.read.line_sizes import HEADLINE_WORDS
from archive.read.sources import masthead_name
from archive.text.normalize import fold

# words a phrase does not end on: a part ending so goes on under it (marked; folded for a paste without marks)
# (round 18: the tense words before a verb, "sẽ", "đang", "sắp": "Nhà hát sắp" / "“xuất ngoại” du xuân")
_OPEN_WORDS = frozenset("từ về của cho với và các những tại trong trên đến nhằm theo là để mà hoặc hay bằng qua "
                        "sẽ đang sắp".split())
_FOLDED_OPEN_WORDS = frozenset(fold(word) for word in _OPEN_WORDS)
_QUOTE_ENDS = ('"', "”", "»")
_QUOTES = ('"', "“", "«")


def closes_quote(text: str) -> bool:
    """The quoted line closes its quote, with the same mark or another one."""
    return text.count('"') >= 2 or "”" in text or "»" in text or text.rstrip(" .!?").endswith(_QUOTE_ENDS)


def open_ended(before: str) -> bool:
    """The part ends with a word no phrase ends on."""
    words = before.split()
    if not words:
        return False
    last = words[-1].lower()
    return last in _OPEN_WORDS if fold(last) != last else last in _FOLDED_OPEN_WORDS  # "đề" is no "để"


def same_case(before: str, text: str) -> bool:
    """Capitals under capitals, or title case under title case, under a part of a headline's words that
    names no outlet."""
    if len(before.split()) < HEADLINE_WORDS or masthead_name(before):
        return False
    if before.isupper():
        return text.isupper()
    return not before.isupper() and not text.isupper() and _title(before) and _title(text)


def _title(text: str) -> bool:
    words = [w.lstrip("\"“«(") for w in text.split()]
    return sum(not w[:1].isupper() and not w[:1].isdigit() for w in words if w) <= 1


def colon_quoted(before: str, text: str) -> bool:
    """A part in capitals closed by a colon, a quoted phrase in capitals under it closing its quote."""
    part = before.rstrip().removesuffix(":").rstrip()
    return before.rstrip().endswith(":") and part.isupper() and text.startswith(_QUOTES) \
        and closes_quote(text) and same_case(part, text)
