"""The author's post or unit, on the line under a byline or after a comma on its own line
(issue 13): "Học viện Chính trị, Bộ Quốc phòng", "(Đảng ủy Khối CCQ tỉnh)", "Hội Nông dân xã
Tân Phú", a unit's initials ("TTXVN"). A post is never one of the authors.
"""
from __future__ import annotations

import re

from archive.read import names as vocab
from archive.read.person_names import is_syllable, person_name
from archive.read.unit_credits import unit_opening
from archive.text.normalize import fold, tone_key
from archive.text.surnames import is_surname, marked

# An association's line holds its name and its place only: "Hội Nhà báo Việt Nam tỉnh Hòa Tân",
# "Hội Nông dân xã Tân Phú"; a headline opening so goes on ("... tập huấn kỹ thuật ...").
_ASSOCIATION = re.compile(r"hoi(?: \S+){1,4}(?: viet nam)?(?: (?:tinh|huyen|xa|phuong|quan|thi xa|thanh pho|tp\.?)(?: \S+){1,3})?")


_FORMER = tone_key("cựu")  # a post once held (round 113); "nguyên" is one of names.POSITION_FIRST


def is_position_line(text: str) -> bool:
    """A line under a byline naming the author's post or unit: "Học viện Chính trị, Bộ
    Quốc phòng", "(Đảng ủy Khối CCQ tỉnh)"."""
    if not text or len(text) > 200 or text.endswith((".", "!", "?", ":")):
        return False
    words = text.split()
    if text.startswith("(") and text.endswith(")"):
        return True
    if tone_key(words[0]) == _FORMER and len(words) > 1:  # "Cựu sinh viên ...", "Cựu Bí thư ...": the post once held
        post = text[len(words[0]):].lstrip()
        return words[0][0].isupper() and is_position_line(post[0].upper() + post[1:])
    if fold(words[0]) == "hoi":  # an association by its name ("Hội Nhà báo ..."), not a meeting ("Hội nghị")
        return words[0][0].isupper() and len(words) > 1 and words[1][:1].isupper() \
            and bool(_ASSOCIATION.fullmatch(fold(text)))
    if is_surname(words[0], True) and person_name(text):
        return False  # "Nguyễn Văn Dương": a name, its surname folding like a post's word ("Nguyên")
    job = fold(words[0]) in vocab.JOB_FIRST and len(words) > 1 and words[1].islower()  # "Công chức ..."
    return (_post_word(words) or job or unit_opening(words)) and words[0][0].isupper()


def _post_word(words: list[str]) -> bool:
    """The first word opens a post: folded in an unmarked line, with its own marks in a marked one."""
    if fold(words[0]) not in vocab.POSITION_FIRST:
        return False
    return not marked(words) or tone_key(words[0]) in vocab.POSITION_FIRST_MARKED


def unit_initials(text: str) -> bool:
    """One word in capitals that is no Vietnamese syllable ("TTXVN", "TTVHTTTTDL"): a unit's
    initials, not a name in capitals ("HÀ")."""
    word = text.strip(" .()")
    return len(word) >= 3 and word.isupper() and word.isalpha() and not is_syllable(fold(word).lower())


_STOPPED_WORDS = 10  # a unit's name, not a sentence about it


def stopped_position(text: str) -> bool:
    """The writer's unit or post closed by one full stop, as a credit under the name prints it ("Tin,
    ảnh: X." / "Văn phòng Điều phối chương trình huyện.", round 62): a few words and no number, so a
    sentence about a unit ("Trung tâm Y tế huyện đã tiêm 500 mũi.") is none. Asked under an end byline."""
    body = text[:-1].rstrip()
    return (text.endswith(".") and not body.endswith(".") and len(body.split()) <= _STOPPED_WORDS
            and not any(c.isdigit() for c in body) and is_position_line(body))
