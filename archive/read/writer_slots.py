"""What a site prints in a writer's slot under the headline when it names no one (conventions round 11,
issue 13): a staff code ("PV", "CTV", "BTV", "PV - CTV", "Nhóm PV", spelled out: "Nhóm phóng viên"), a
photo credit alone ("Ảnh: Minh Hà"), a writer's unit with no writer ("Trung tâm VH-TT huyện X"; these
three since conventions round 25), a site's account ("admin", "Quản trị viên"), initials alone ("N.V.A",
"NVA"), a place ("Hà Nội", "TP.HCM"), an office ("Ban Biên tập", "Văn phòng Huyện ủy", "Tòa soạn"), a
section's name ("Xây dựng Đảng"). Right under a headline such a line is no headline, and like a source
credit it parts the headline from nothing: the headline over it keeps what the date line or the lead
under it says of it. (Format labels, "E.Magazine", "Video", are another rule's.)
"""
from __future__ import annotations

import re

from archive.read.line_sizes import long_unclosed
from archive.read.names import PLACES
from archive.read.photo_credits import photo_labelled
from archive.read.section_menus import SECTIONS
from archive.read.short_heads import title_case_head
from archive.read.unit_credits import unit_opening
from archive.read.site_accounts import SOFTWARE_ACCOUNTS
from archive.text.normalize import folded_line

_FORMATS = frozenset("multimedia emagazine podcast infographic video anh".split())
_SECTION_NAMES = SECTIONS - _FORMATS
_STAFF_WORDS = r"(?:pv|ctv|btv|ptv|phong vien|cong tac vien|bien tap vien)"  # a code or the post it stands for
_STAFF = re.compile(rf"(?:nhom\s+)?{_STAFF_WORDS}(?:\s*[-/,&]\s*{_STAFF_WORDS})*")
_ACCOUNT = re.compile(SOFTWARE_ACCOUNTS)
_INITIALS = re.compile(r"[A-ZĐ](?:\.\s?[A-ZĐ]){1,3}\.?|[A-ZĐ]{2,4}")
_OFFICE = re.compile(r"(?:ban bien tap|toa soan|van phong|bo phan|ban quan tri)(?:\s+[^\d.,:;!?]+)?")
_OFFICE_WORDS = 5
_UNIT_WORDS = 7


def staff_code(text: str) -> bool:
    """A staff code alone ("PV", "CTV", "PV - CTV", "Nhóm PV"): a credit that names no writer (also asked
    by credit_splits.py of a word between a headline and its lead)."""
    return bool(_STAFF.fullmatch(folded_line(text.strip())))


def names_no_one(text: str) -> bool:
    """The line holds only what may stand where a writer would, naming no person."""
    text = text.strip().rstrip(".")
    if not text or len(text) > 40 or not text[:1].isalpha():
        return False
    folded = folded_line(text)
    if _STAFF.fullmatch(folded) or _ACCOUNT.fullmatch(folded) or _INITIALS.fullmatch(text) or photo_labelled(text):
        return True
    if unit_opening(text.split()) and len(text.split()) <= _UNIT_WORDS:
        return True  # "Trung tâm VH-TT huyện X": a writer's unit alone, with no writer (round 25)
    if folded in PLACES or folded in _SECTION_NAMES:
        return text[:1].isupper()
    return text[:1].isupper() and bool(_OFFICE.fullmatch(folded)) and len(text.split()) <= _OFFICE_WORDS


def slot_fillers(texts: list[str], pool: list[int]) -> set[int]:
    """Lines of the headline's pool right under a headline-long line of it, or a short title-case one
    (short_heads.py, round 60), that name no one there."""
    return {i for i in pool if i - 1 in pool and (long_unclosed(texts[i - 1]) or title_case_head(texts[i - 1]))
            and names_no_one(texts[i])}
