"""A labelled writer's field: the name, a comma, then a note about the writer (issue 13, round 57).

A school's or an association's page prints its writer as a field: "Nhà báo: Lê Quang Vinh, Học sinh
khóa: 01", "Tác giả: Trần Văn An, lớp 12A1", "Thực hiện: Minh Anh, nguyên giáo viên Trường THCS X". The
label already says a name follows, so what the comma adds is the writer's class, unit or post, however it
is worded (a small letter, a number, a colon of its own); only a post the reader knows was left off before
(bylines._post_after_comma). After a label, a comma and a short note that names no one end the byline
at the name. A second name after the comma ("Tác giả: Trần Văn An, Lê Thị Bình") is a second writer, and
a sentence after it ("..., cho biết thêm.") is no note: both stay as they were.

With no label, a pupil's class after the comma ("Nguyễn Thị Hằng, lớp 11A2", "Trần An, khóa 2010 - 2013")
is such a note too (class_note, asked by bylines._post_after_comma): the class's word, then its number,
and no more than a word or two in capitals or digits after it. "..., lớp 9A nhận giải nhất" is a caption.
So is a post in small letters (small_post): "Trần Bình, nguyên Bí thư Huyện ủy", "Minh Hằng, giáo viên
Trường THCS X", a member's ("hội viên Hội CCB xã", "đảng viên Chi bộ 3", "cựu học sinh khóa 1975"), or a
staff's initials ("GV Trường THCS X", "PV"); position_lines.py reads the posts that open with a capital. The
caller still refuses a caption's or a speaker's words after it.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from archive.text.normalize import fold

_NOTE_WORDS = 10  # a class, a unit, a post: a few words, never a paragraph
_SENTENCE_ENDS = (".", "!", "?", "…")
# A post, a job or a membership as a note prints it in small letters after a comma, with its tone marks (so
# "khóa học" and "học trò" open none): "nguyên Bí thư", "giáo viên Trường X", "hội viên Hội Y", "cựu học sinh".
_SMALL_POSTS = tuple(f"{words.strip()} " for words in """
nguyên, phó, trưởng, chủ tịch, chủ nhiệm, bí thư, giám đốc, tổng biên tập, hiệu trưởng, hiệu phó, thư ký,
ủy viên, uỷ viên, giáo viên, giảng viên, chuyên viên, cán bộ, nhân viên, công chức, phóng viên, cộng tác viên,
biên tập viên, hội viên, đảng viên, đoàn viên, thành viên, học sinh, sinh viên, học viên, cựu
""".replace("\n", " ").split(",") if words.strip())
_STAFF_INITIALS = frozenset({"gv", "hs", "pv", "ctv", "btv", "sv"})  # a teacher, a pupil, a reporter, a student
# "lớp 11A2", "Lớp 12 Văn", "khóa 2010 - 2013", "niên khóa 1975-1978": a class or an intake, numbered.
_CLASS_NOTE = re.compile(r"(?i:lớp|khóa|khoá|niên khóa|niên khoá)\s+\S*\d\S*(?:\s+(?:[-–]\s+)?[\dA-ZĐÀ-Ỹ]\S*){0,2}")


def name_before_note(text: str, names_in: Callable[[str], list[str]],
                     names_of: Callable[[str], tuple[str, ...]]) -> str:
    """`text` (a labelled field's value) up to its first comma when a name stands before it and a note
    after it; `text` as it is otherwise. `names_in` reads the names of a part, `names_of` a whole line."""
    head, comma, note = text.partition(",")
    note = note.strip()
    if not comma or not note or len(note.split()) > _NOTE_WORDS or note.endswith(_SENTENCE_ENDS):
        return text
    if not names_in(head.strip()) or names_of(note) or names_in(note):
        return text  # no name first, or a second writer after the comma
    return head.strip()


def class_note(text: str) -> bool:
    """A pupil's class or intake after a writer's name and a comma: "lớp 11A2", "khóa 2010 - 2013"."""
    return bool(_CLASS_NOTE.fullmatch(text.strip()))


def small_post(text: str) -> bool:
    """A writer's post, membership or staff initials after the name and a comma, in small letters or
    initials: "nguyên Bí thư Huyện ủy", "hội viên Hội CCB xã", "GV Trường THCS X"."""
    words = text.split()
    if not words or text.count("(") != text.count(")"):
        return False  # "nguyên Giám đốc ... (nhiệm kỳ 2015": a headline cut at its dash inside brackets, no whole note
    if fold(words[0]).lower().rstrip(".") in _STAFF_INITIALS and words[0].isupper():
        return True
    return text[:1].islower() and f"{text} ".startswith(_SMALL_POSTS)
