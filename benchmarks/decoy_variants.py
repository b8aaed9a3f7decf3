"""Conventions round 27: DECOYS, name-like lines that are no writer, printed where sites print them, as
`make eval-variants` transformations (`benchmarks/transforms.py` gathers them with the others).

Round 11's and round 25's no-name families put a line naming no one in a writer's slot of pastes with no
writer. These insert, into every paste (with its writer or without), a line that names a person, a brand
or a heading but credits no writer, where Vietnamese pages print one: a brand under an app banner or a
place-like masthead over the headline, a weekday alone at the page's top, an account "admin" or an essay's
"Mở bài" under the date line, a caption naming an official, a speaker's line with his degree, a portrait's
caption, a quote's attribution "— X" inside the text, and after the text a contact line, a photo credit, a
unit in capitals, a related article's headline opening with a name and a reader's comment signed with his
name. The answer is always the label's byline(s): any other name read is invented. The made-up names name
no one.
"""
from __future__ import annotations

from typing import Callable

from benchmarks.variants import Spots, Variant, below_header, head_top, squash
from benchmarks.writer_variants import PHOTOGRAPHER

OFFICIAL = "Lê Văn Thành"  # a made-up official in a caption
SPEAKER = "Đỗ Minh Khôi"  # a made-up speaker
QUOTED = "Trần Quang Vinh"  # a made-up author of a quote
CONTACT = "Phạm Thu Trang"  # a made-up contact person
SUBJECT = "Lê Thị Hạnh"  # a made-up person a related headline names
READER = "Trần Văn Hải"  # a made-up reader who comments
BRAND = "Phúc Thịnh"  # a made-up brand, two given names' shape


def _head_end(s: Spots) -> int:
    """The head's last line: the date line under the headline, else the headline."""
    return s.date if s.date is not None and s.date > s.title else s.title


_HEAD_REACH = 7  # lines under the headline where a writer's line (with his post) may stand


def _paragraph(lines: list[str], s: Spots, nth: int) -> int | None:
    """The lead's line (`nth` 1), or the `nth` long line (a paragraph's) or a later one past the head's
    reach, under the head and its byline, when two more paragraphs follow it: a line put under it stands
    inside the text."""
    start = _head_end(s) + 1
    if s.byline is not None and s.byline_at == "head":
        start = max(start, s.byline + 1)
    if s.last_block is None:
        return None
    long = [i for i in range(start, s.last_block + 1) if len(lines[i].strip()) >= 80]
    if nth == 1:  # the lead, when two more paragraphs follow it
        return long[0] if len(long) >= 3 and long[0] < start + 16 else None
    # inside the text: past the head's reach (seven lines under the headline), two more paragraphs after it
    inside = [i for k, i in enumerate(long[nth - 1:-2], nth - 1) if i > s.title + _HEAD_REACH]
    return inside[0] if inside and inside[0] < start + 24 else None


def _end(lines: list[str], s: Spots, label: dict, credit: bool = True) -> int | None:
    """Where a line after the text goes: under its last paragraph and, `credit`, under the line after
    it printing a labelled writer's name (an end credit, however it is printed)."""
    if s.last_block is None or s.last_block <= s.title:
        return None
    at = s.last_block + 1
    names = [squash(n).casefold() for n in label.get("bylines") or []]
    if credit and names:
        for i in range(s.last_block + 1, min(len(lines), s.last_block + 8)):
            if any(n in squash(lines[i]).casefold() for n in names):
                at = i + 1
    return at


def _decoy(where: str, *decoy: str):
    """The lines `decoy` put at `where`: "page top" (under the paste's header), "top" (over the head), "head" (under the date line, else the
    headline), "lead" (under the lead's paragraph), "text" (under the second paragraph), "end" (after the text and its end credit) or "text end" (under
    the text's last paragraph, over an end credit)."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        if s.title is None:
            return None
        if where == "top":
            at = head_top(s)
        elif where == "page top":
            at = below_header(lines)
        elif where == "head":
            at = _head_end(s) + 1
        elif where in ("lead", "text"):
            above = _paragraph(lines, s, 1 if where == "lead" else 2)
            at = None if above is None else above + 1
        else:
            at = _end(lines, s, label, credit=where == "end")
        if at is None:
            return None
        return Variant(lines[:at] + list(decoy) + lines[at:], squash(lines[s.title]))
    return transform


DECOYS: dict[str, Callable[[list[str], Spots, dict], Variant | None]] = {
    "decoy: brand under an app banner at the top": _decoy("page top", f"Tải ứng dụng {BRAND}", "", BRAND, ""),
    "decoy: place masthead over the headline": _decoy("top", "Phú Mỹ Quê Hương"),
    "decoy: weekday alone at the page top": _decoy("page top", "Chủ Nhật"),
    "decoy: account 'admin' under the date": _decoy("head", "admin"),
    "decoy: essay heading 'Mở bài'": _decoy("head", "Mở bài"),
    "decoy: caption naming an official": _decoy("lead", f"Đồng chí {OFFICIAL}, Bí thư Đảng ủy xã phát biểu tại hội nghị."),
    "decoy: portrait caption 'Đồng chí X'": _decoy("lead", f"Đồng chí {OFFICIAL}"),
    "decoy: speaker 'ThS. X phát biểu'": _decoy("lead", f"ThS. {SPEAKER} phát biểu tại buổi sinh hoạt chuyên đề"),
    "decoy: speaker 'ThS. X, post' in the text": _decoy("text", f"ThS. {SPEAKER}, Phó Giám đốc Trung tâm Chính trị huyện"),
    "decoy: quote attribution '— X' in the text": _decoy(
        "lead", "“Đảng viên đi trước, làng nước theo sau.”", f"— {QUOTED}"),
    "decoy: contact 'Liên hệ: X' at the end": _decoy("end", f"Liên hệ: {CONTACT}"),
    "decoy: photo credit 'Ảnh: X' at the end": _decoy("text end", f"Ảnh: {PHOTOGRAPHER}"),
    "decoy: unit in capitals at the end": _decoy("end", "PHÒNG VĂN HÓA VÀ THÔNG TIN"),
    "decoy: related headline naming a person": _decoy(
        "end", "Tin liên quan:", f"{SUBJECT}: người giữ lửa phong trào ở thôn Đồng Tâm"),
    "decoy: reader's comment signed": _decoy("end", "Bình luận", READER, "Bài viết rất hay, cảm ơn tác giả."),
}
