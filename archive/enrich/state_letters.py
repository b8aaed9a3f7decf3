"""A state body's letter numbered "number/issuer" with no type code and no unit (round 44):
"công văn số 2795/UBND thị xã Đông Triều", "văn bản số 702/UBND". A công văn is numbered with
its issuer's initials, and a People's Committee, a council, a department or a ministry often
prints no drafting unit after them. Cited as printed only after "công văn số" or "văn bản số",
and only for a closed list of state issuers' codes (a district office's among them, round 65): a Party
committee's code is read by party_letters.py, "số 12/2024" (a date or a year) holds no code, a code
with a unit after it ("702/UBND-VX") is dispatch_numbers.py's, and a code glued to more letters is not
such a letter.
"""
from __future__ import annotations

import re

from archive.enrich.dispatch_numbers import LETTER_OPENING, letter_type
from archive.text.normalize import fold

# State issuers that sign letters under their bare initials: People's Committees and councils
# (and their offices), the Government's office, the ministries, the provinces' departments (Sở),
# social insurance. Folded.
STATE_LETTER_ISSUERS = frozenset(fold(code) for code in (
    "UBND", "HĐND", "VPUBND", "VPCP", "TTg", "BNV", "BYT", "BTC", "BCA", "BQP", "BNG", "BTP", "BXD",
    "BCT", "BKHĐT", "BGDĐT", "BLĐTBXH", "BVHTTDL", "BTNMT", "BNNPTNT", "BGTVT", "BTTTT", "BKHCN",
    "SNV", "STC", "SYT", "SGDĐT", "STP", "SXD", "SCT", "SKHĐT", "STNMT", "SNNPTNT", "SLĐTBXH",
    "SVHTTDL", "SGTVT", "STTTT", "SKHCN", "BHXH"))
# A district's specialised offices (Phòng: Nội vụ, Tư pháp, Tài chính - Kế hoạch, Tài nguyên và Môi
# trường, Lao động - Thương binh và Xã hội, Văn hóa và Thông tin, Giáo dục và Đào tạo, Y tế, Kinh tế,
# Kinh tế và Hạ tầng, Quản lý đô thị, Nông nghiệp, Dân tộc) sign under their field's initials alone:
# "Công văn số 50/VHTT" (round 65). Folded; only here, after a letter's type word, where no Party
# committee's or company's code stands (the Inspectorate's "TTr" is left out: a Tờ trình's code too).
DISTRICT_OFFICE_CODES = frozenset(fold(code) for code in (
    "NV", "TP", "TCKH", "TNMT", "LĐTBXH", "VHTT", "VHTTDL", "GDĐT", "YT", "KT", "KTHT", "QLĐT", "NNPTNT", "DT"))
_ISSUERS = STATE_LETTER_ISSUERS | DISTRICT_OFFICE_CODES  # joined once, not for every number found
_LETTER = re.compile(LETTER_OPENING + r"(?P<iss>[A-ZĐ][A-ZĐa-z]{1,7})(?![\w/&.-]|\.\w)")


def state_letters(text: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, number, issuer, type) of each such letter in `text`, offsets in `text`."""
    return [(m.start(), m.end(), f"{m['num']}/{m['iss']}", m["iss"], letter_type(m))
            for m in _LETTER.finditer(text) if fold(m["iss"]) in _ISSUERS]
