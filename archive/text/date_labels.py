"""The words of a date line's label: the one list the reader's date-line rules build their patterns from.

A page names its date line by the posting or the update: "Ngày đăng:", "Đăng lúc", "Cập nhật ngày",
"Thời gian xuất bản:" ("cập nhập", "cật nhập" are common misspellings of the update). The label is one of
`LABEL_WORDS`, maybe opened by one of `LABEL_OPENERS` ("Ngày cập nhật") and closed by one of
`LABEL_CLOSERS` ("Cập nhật lúc"). A rule that needs more spells its widening beside its use, named
(glued.py's "đăng lúc", candidates.py's "đăng tải"); a rule that needs less keeps its own narrower
pattern and says why (posted_dates.py: a bare "đăng" is no label of a date printed after the text).
"""
from __future__ import annotations

from archive.text.normalize import fold

UPDATE_WORDS = ("cập nhật", "cập nhập", "cật nhập")  # the update; the others common misspellings
POSTING_WORDS = ("đăng", "xuất bản")  # the posting
LABEL_WORDS = (*UPDATE_WORDS, *POSTING_WORDS)
# In English: "Published", "Updated", and a theme's "Latest update:" (often misspelt "Lastest update", round 114).
ENGLISH_LABEL_WORDS = ("published", "updated", "latest update", "lastest update", "last update")
LABEL_OPENERS = ("ngày", "thời gian")  # "Ngày đăng", "Thời gian xuất bản"
LABEL_CLOSERS = ("ngày", "lúc")  # "Đăng ngày", "Cập nhật lúc"
# A journal's or a page's release: "Ngày phát hành", "Phát hành:Thứ Tư, 15 tháng 10, 2025" (rounds 73, 122). Not
# one of LABEL_WORDS: in a sentence it issues bonds or books ("phát hành trái phiếu ngày 15/10"); the rules
# that ask for a label before a colon or "ngày" read it.
RELEASE_WORDS = ("phát hành",)
# The same words as an info row prints a date's field label, before its colon or its date.
DATE_FIELD_LABELS = ("Được đăng", "Đăng ngày", "Ngày đăng", "Ngày cập nhật", "Cập nhật")


def either(words: tuple[str, ...], folded: bool = False, spaced: bool = False) -> str:
    """The words as a regex alternation, in their order; `folded`: each followed by its form without
    tone marks ("đăng|dang"), for a line typed without them; `spaced`: any run of spaces between a
    label's words ("cập\\s+nhật")."""
    if folded:
        words = tuple(form for word in words for form in (word, fold(word)))
    if spaced:
        words = tuple(word.replace(" ", r"\s+") for word in words)
    return "|".join(words)


def label_pattern(words: tuple[str, ...] = LABEL_WORDS, folded: bool = False) -> str:
    """A date line's label as a regex (no group, no colon): an opener, a word, a closer, the opener and
    the closer optional. `words` is LABEL_WORDS or a rule's named widening of it."""
    return (rf"(?:(?:{either(LABEL_OPENERS, folded)})\s+)?(?:{either(words, folded)})"
            rf"(?:\s+(?:{either(LABEL_CLOSERS, folded)}))?")


def held_label_pattern(folded: bool = False) -> str:
    """label_pattern, but the posting word only with an opener or a closer ("Ngày đăng", "Đăng lúc"): for a
    label matched alone on its line, where a bare "Đăng:" folded is "Đảng:", a word of the text."""
    posting, openers, closers = (either(words, folded) for words in (POSTING_WORDS, LABEL_OPENERS, LABEL_CLOSERS))
    return (rf"{label_pattern(UPDATE_WORDS, folded)}|(?:{openers})\s+(?:{posting})(?:\s+(?:{closers}))?"
            rf"|(?:{posting})\s+(?:{closers})")
