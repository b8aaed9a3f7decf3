"""The shape of a person's name (issue 13): is a text a name, and how the archive writes it.

- a name is surname first or a pen name ("Bình Yên"), initials may stand for a part ("H.Tr");
- a name in capitals is written in proper case ("HỒNG PHƯƠNG" -> "Hồng Phương");
- a site's name, a first word then a common phrase ("X Bốn Phương", masthead_phrases.py), a place, an organisation, "PV", "BTV", a time suffix ("PM") or an interface word is never a
  name (names.py holds the word lists);
- a name without a surname at either end is a pen name, so its words are Vietnamese
  syllables: a label in another language ("Breaking News", "Live") is none.
"""
from __future__ import annotations

import re

from archive.read import names as vocab
from archive.read.country_names import REGIONS
from archive.read.masthead_phrases import masthead_phrase
from archive.read.name_labels import split_prefix
from archive.read.part_headings import numbered_part
from archive.read.phrase_surnames import phrase_surname_name
from archive.read.religious_calendars import CATHOLIC_SUNDAY, cyclic_year
from archive.read.religious_names import dharma_name, roman_numeral
from archive.read.religious_titles import holy_name
from archive.read.toned_not_names import other_tones, phrase_word
from archive.read.unit_credits import unit_opening
from archive.text.dates import WEEKDAYS
from archive.text.month_names import month_in_words
from archive.text.normalize import fold
from archive.text.surnames import is_surname, marked, surname_at_end

# "H.Tr", "T.Nga", "T.THUẬN": initials then a name's part; initials alone ("N.T.H", "P.V") name no one
_ABBREVIATED = re.compile(r"[A-ZĐ]\.(?:[A-ZĐ]\.)*[A-ZĐ][\w]+", re.UNICODE)
_INITIAL = re.compile(r"(?![IVX]\.)[A-ZĐ]\.", re.UNICODE)  # the "S." of "S. Hải"; "I." numbers a heading
# A weekday ("Thứ Hai", "Chủ nhật") or a month in words ("Tháng Ba"), a site clock's part on its own line,
# is never a name; compared with its tone marks, so "Thu Tú" (a name, "thu tu" folded, as "Thứ Tư") stays one.
_WEEKDAY_NAMES = {day.lower() for day in WEEKDAYS} | {CATHOLIC_SUNDAY}  # "Chúa Nhật": a Catholic site's Sunday
_NAME_WORDS = 4  # a Vietnamese name runs to four words ("Nguyễn Thị Hồng Giang"); a line in capitals past it is a masthead
# A Vietnamese syllable, folded: an initial consonant (or none), one to three vowels and a
# final consonant (or none). "Breaking", "News", "Live", "Update" are not syllables.
_VOWELS = frozenset("aeiouy")
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")


def proper_case(word: str) -> str:
    """'THUẬN' -> 'Thuận', 'T.THUẬN' -> 'T.Thuận'; a word not all in capitals stays."""
    if not word.isupper() or len(word) == 1:
        return word
    return ".".join(part[:1] + part[1:].lower() for part in word.split("."))


def person_name(text: str) -> str:
    """`text` as a person's name in proper case, or "" when it is not one."""
    tokens = text.split()
    if not 1 <= len(tokens) <= 5 or not all(_name_token(t) for t in tokens) or _clock_part(tokens):
        return ""
    folded = [fold(t).strip(".") for t in tokens]
    whole = " ".join(folded)
    phrase_surname = phrase_surname_name(tokens) and not _names_place(folded)  # "Đồng Văn Đến"
    not_name = whole in vocab.NOT_NAMES and not other_tones(text, whole)  # "Văn Hòa" is no "văn hóa"
    if whole in vocab.PLACES or not_name or whole in vocab.PAPER_NAMES or whole in vocab.PREFIXES \
            or tokens[0].lower() in vocab.NOT_NAME_FIRST and not phrase_surname or unit_opening(tokens) \
            or phrase_word(tokens):  # "Văn Phòng X"; "Cao Đài Trong Tương Lai"
        return ""
    if len(tokens) >= 2 and " ".join(folded[-2:]) in REGIONS:
        return ""  # "Khủng Hoảng Châu Âu", "Châu Âu": a region of the world (round 85)
    if len(tokens) > 3 and " ".join(folded[:2]) in vocab.PLACES:
        return ""  # "Hà Nội Sinh Hoạt": a capitals headline's words after its place, no four-word name
    if len(tokens) > 1 and masthead_phrase(tokens):
        return ""  # "Trà Kiệu Bốn Phương", "Quảng Online": a site's name, a first word then a phrase (round 51)
    if len(tokens) == 2 and folded[1] == "thi" and is_surname(tokens[0], marked(tokens)):
        return ""  # "Trần Thị": a name the paste cut after "Thị", which ends none ("Lê Văn" is a pen name)
    if any(f in vocab.NOT_NAME_TOKENS and not (f in vocab.CLOCK_MARKS and t.istitle()) for t, f in zip(tokens, folded)) \
            or _document_heading(tokens) or numbered_part(tokens) \
            or any(" ".join(folded[:k]) in vocab.ORGANISATION_OPENINGS for k in (2, 3)):
        return ""
    if is_foreign_label(text) or text.isupper() and len(tokens) > _NAME_WORDS:
        return ""  # "THAI NGUYEN DEPARTMENT OF TRANSPORT": a masthead, in English or past a name's length
    if initials_only(tokens):
        return ""  # "Đ.T", "T.T.H", "Đ. T.", "H. A": an office's or an outlet's initials look the same
    if any(roman_numeral(t, text.isupper()) for t in tokens):
        return ""  # "Chương VIII": a chapter's number
    full = [f for t, f in zip(tokens, folded) if not _INITIAL.fullmatch(t)]
    if len(tokens) == 1 and not _ABBREVIATED.fullmatch(tokens[0]):
        return ""  # one word ("BTNO", "Infographic") is not a name; "H.Tr" is
    surnamed = surname_at_end([t for t in tokens if not _INITIAL.fullmatch(t)]) or dharma_name(tokens) or holy_name(tokens) or phrase_surname
    if len(full) >= 3 and not surnamed:
        return ""  # three words or more: a full name, so a surname at one end
    if not surnamed and not all(is_syllable(f) if "." not in f else _abbreviated_part(f) for f in full):
        return ""  # a pen name is Vietnamese syllables: "Breaking News", "E.Magazine" are interface labels
    return " ".join(proper_case(t) for t in tokens)


def _names_place(folded: list[str]) -> bool:
    """Two words side by side name a place ("Đồng Văn", "Hà Giang"): a place label, not a name."""
    return any(" ".join(folded[k:k + 2]) in vocab.PLACES for k in range(len(folded) - 1))


def _clock_part(tokens: list[str]) -> bool:
    """"Thứ Hai", "CHỦ NHẬT", "Chúa Nhật", "Tháng Ba", "Giáp Thìn": a weekday, a month in words or a
    year's cyclic name, never a name."""
    text = " ".join(tokens)
    return text.lower() in _WEEKDAY_NAMES or month_in_words(text) or len(tokens) == 2 and cyclic_year(text)


def initials_only(tokens: list[str]) -> bool:
    """Capital initials with no name part ("Đ.T", "N.H", "T.T.H", "Đ. T."): no person's name,
    since the initials of an office or an outlet look the same. "H.Tr", "T. Nga" have a name part."""
    parts = [p for t in tokens for p in re.split(r"[.'’]", t) if p]
    return bool(parts) and all(len(p) == 1 for p in parts)


def _abbreviated_part(folded: str) -> bool:
    """The name's part after its initials ("h.tr", "t.nga", "t.thuan", folded) is a syllable or a
    syllable cut short with no vowel ("Tr", "Ng"); "e.magazine" is a format's label (round 45)."""
    return all(is_syllable(part) or not _VOWELS.intersection(part)
               for part in re.split(r"[.'’]", folded) if len(part) > 1)


def is_syllable(folded: str) -> bool:
    """A folded word is one Vietnamese syllable ("dang", "nghiep"); "skip", "content" are not."""
    return bool(_SYLLABLE.fullmatch(folded))


def is_foreign_label(text: str) -> bool:
    """An interface label in another language ("Skip to main content", "Skip Ribbon
    Commands"): no Vietnamese letter, and half its words or more no Vietnamese syllable.
    A Vietnamese line of some words always carries a tone mark or a letter like "ư". Words in
    capitals are acronyms, unless the whole line is in capitals ("HO CHI MINH CITY COLLEGE OF
    TECHNOLOGY", a masthead in English): then its words of four letters or more count."""
    if not text.isascii():  # asked first: most lines are Vietnamese, and their words need no folding
        return False
    capitals = text.isupper()
    words = [fold(w) for w in re.findall(r"[A-Za-z]+", text) if (len(w) > 3 if capitals else not w.isupper())]
    if len(words) < 2:
        return False
    return 2 * sum(not is_syllable(w) for w in words) >= len(words)


FULL_NAME_WORDS = 3  # a surname, a middle name, a given name: "Bình Long" (two words) may be a place's name


def full_name(name: str) -> bool:
    """A full name: three words or more, a surname at one end (has_surname)."""
    return len(name.split()) >= FULL_NAME_WORDS and has_surname(name)


def has_surname(author: str) -> bool:
    """The name (after any degree) has two words or more and a surname at one end (or opens with a
    surname that also opens phrases and a middle name: "Đồng Văn Đến", phrase_surnames.py)."""
    _, name = split_prefix(author)
    words = name.split()
    return len(words) >= 2 and (surname_at_end(words) or phrase_surname_name(words))


def _document_heading(tokens: list[str]) -> bool:
    """"QUYẾT ĐỊNH", "Hướng dẫn thực hiện": a heading of an official text, not a name."""
    words = [t.lower() for t in tokens]
    return any(" ".join(words[:k]) in vocab.DOCUMENT_HEADINGS for k in range(2, len(words) + 1))


def _name_token(token: str) -> bool:
    letters = re.sub(r"[.'’]", "", token)  # "H'Hen", "H’Mai": names of the Central Highlands peoples
    if token.endswith(".") and len(letters) == 1:
        return bool(_INITIAL.fullmatch(token))
    return bool(letters) and letters.isalpha() and token[0].isupper()
