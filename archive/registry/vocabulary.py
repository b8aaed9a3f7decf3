"""The document vocabulary, in one place: kinds, type words, Party codes, state codes
and Party terms (DESIGN.md section 4).

The registry checks documents.yml against it; citation extraction (enrich/) reads
text with it; the documents index (render/) titles its sections by kind.
"""
from __future__ import annotations

from enum import StrEnum

from archive.text.normalize import fold


class Kind(StrEnum):
    """What sort of document a citation or registry entry names. A StrEnum: each
    member is its string, so the export and the pages write "party" as before."""

    PARTY = "party"  # a numbered Party document: "18-NQ/TW"
    STATE = "state"  # a state legal document: "123/2020/NĐ-CP", "719/QĐ-TTg"
    PLENUM = "plenum"  # a plenum or congress resolution cited without a number


KINDS = tuple(Kind)
# Section titles of the documents index, in the order the index lists them.
KIND_TITLES = {
    Kind.PARTY: "Văn bản của Đảng",
    Kind.PLENUM: "Nghị quyết Hội nghị Trung ương, Đại hội (không số)",
    Kind.STATE: "Văn bản quy phạm pháp luật của Nhà nước",
}

# Party type words and their codes. Quy định and Quyết định share QĐ: only the word
# in front tells them apart; "Thông báo kết luận" is a Thông báo (TB).
PARTY_TYPES = (
    ("Nghị quyết", "NQ"), ("Chỉ thị", "CT"), ("Kết luận", "KL"), ("Quy định", "QĐ"),
    ("Quyết định", "QĐ"), ("Quy chế", "QC"), ("Hướng dẫn", "HD"), ("Kế hoạch", "KH"),
    ("Chương trình", "CTr"), ("Đề án", "ĐA"), ("Thông báo", "TB"), ("Thông báo kết luận", "TB"),
    ("Thông tri", "TT"), ("Báo cáo", "BC"), ("Tờ trình", "TTr"), ("Công văn", "CV"),
)
# Spellings of a code that mean another: QĐi, around 2018-2019, is QĐ.
CODE_VARIANTS = {"QĐi": "QĐ"}
# State codes (the part after the year) -> the type word they imply.
STATE_TYPES = {"NĐ": "Nghị định", "TT": "Thông tư", "TTLT": "Thông tư liên tịch", "QĐ": "Quyết định",
               "CT": "Chỉ thị", "NQ": "Nghị quyết", "KH": "Kế hoạch", "QH": "Luật", "UBTVQH": "Nghị quyết"}

# Every type word a registry entry may use: Party first, then state.
TYPE_WORDS = tuple(dict.fromkeys([word for word, _ in PARTY_TYPES] + list(STATE_TYPES.values())))
# Type word -> its Party code.
TYPE_CODES = dict(PARTY_TYPES)
# Party code as canonically written (QĐ keeps its Đ), variants included.
PARTY_CODES = tuple(dict.fromkeys([code for _, code in PARTY_TYPES] + list(CODE_VARIANTS)))
# Code -> the type word it implies when a citation writes none. For QĐ that is Quy
# định: Central QĐ/TW documents cited in the news mostly are (the registry overrides it).
CODE_TYPES = {code: next(w for w, c in PARTY_TYPES if c == CODE_VARIANTS.get(code, code)) for code in PARTY_CODES}
# Folded forms, for matching text folded by normalize.fold: "nghi quyet", "qd".
FOLDED_TYPE_WORDS = {fold(word): word for word in TYPE_WORDS}
FOLDED_CODES = {fold(code): code for code in PARTY_CODES}

# Party congress terms (khóa) and the years they span; a boundary year belongs to both.
TERMS: dict[str, tuple[int, int]] = {
    "VIII": (1996, 2001),
    "IX": (2001, 2006),
    "X": (2006, 2011),
    "XI": (2011, 2016),
    "XII": (2016, 2021),
    "XIII": (2021, 2026),
    "XIV": (2026, 2031),
}


def roman(number: int) -> str:
    """1..39 as a Roman numeral (terms and congresses never go beyond)."""
    tens, units = divmod(number, 10)
    ones = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")
    return "X" * tens + ones[units]


def parse_term(text: str) -> str:
    """"XI", "xi" or "11" -> "XI"; "" when it is not a known term."""
    text = text.strip().upper()
    if text.isdecimal():
        text = roman(int(text)) if 0 < int(text) < 40 else ""
    return text if text in TERMS else ""


def term_of_year(year: int) -> str:
    """The term in force during most of `year` (congresses sit in January)."""
    found = ""
    for term, (start, _end) in TERMS.items():
        if start <= year:
            found = term
    return found
