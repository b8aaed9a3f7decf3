"""A writer's one-word name after "bởi" ("by"), alone on the line: "bởi Linh", "Đăng bởi: Hà", "Được
viết bởi TUẤN" (issue 13, round 37), or after a writer's field label and its colon: "Tác giả: Phương",
"Người viết: Hà" (round 75). One word is no name on its own (a section, a label, "Video"), but
the label says a person follows, so a capitalised Vietnamese syllable after it is the writer, as
printed (in proper case when in capitals). Never a place, a word that is never a name ("PV", "Admin"
is no syllable), nor the words "bởi" opens a clause with ("bởi vì ...", "bởi Vậy", "bởi các đơn vị":
the word in small letters, or one of these).
"""
from __future__ import annotations

import re

from archive.read import names as vocab
from archive.read.person_names import is_syllable, proper_case
from archive.text.normalize import fold

# The "by" labels whose last word is "bởi" ("bởi", "Đăng bởi", "Được viết bởi"), folded, a colon maybe
_BY = re.compile(r"(?:(?:duoc\s+)?(?:dang|viet)\s+)?boi\s*:?\s+")
# A writer's field label, folded, its colon required: "Tác giả:" alone in a sentence is no field.
_WRITER_FIELD = re.compile(r"(?:tac gia|nguoi viet)\s*:\s*")
# After a writer's field, a unit's or an office's first word cut short ("Tác giả: Văn phòng", "Người viết: Khoa
# Nội") is no writer: the words that open a unit or a page's phrase (names.NOT_NAME_FIRST), and these.
_FIELD_UNIT_WORDS = frozenset("trường đoàn đội văn chi cục vụ".split()) | vocab.NOT_NAME_FIRST
# The words "bởi" opens a clause or a phrase with, in small letters with their marks (a headline in title
# case capitalises them): "Lê", "Nhung" are a surname and a name, "lẽ", "những" are not.
_CLAUSE_WORDS = frozenset("vì vậy thế nên sao lẽ những các một mọi ai người chúng họ nó tôi ta đây đó điều".split())
_MAX_LINE = 30  # "Được viết bởi " and a word: a longer line is a sentence


def by_clause(line: str) -> bool:
    """`line` opens with "bởi" and a word it opens a clause with ("Bởi Vì Sao ...", "Bởi vậy, ..."): no
    writer follows, whatever the case of the words after."""
    text = line.strip()
    if text[:1] not in "bB":
        return False
    words = text[:24].lower().split()
    return len(words) > 1 and fold(words[0]) == "boi" and words[1].strip(",:") in _CLAUSE_WORDS


def by_label(line: str) -> bool:
    """`line` is short and opens with a "by" label ("bởi admin", "Đăng bởi: Hà"): a credit's line, no phrase."""
    text = line.strip()
    return len(text) <= _MAX_LINE and bool(_BY.match(fold(text).lower())) and not by_clause(text)


def by_one_word(line: str) -> str:
    """The one-word name after a "by" label opening `line`, or ""."""
    text = line.strip()
    if len(text) > _MAX_LINE or text[:1] not in "bBđĐtTnN":
        return ""  # cheap: every label opens with "bởi", "Đăng", "Được", "Tác giả" or "Người viết"
    folded = fold(text).lower()
    if len(folded) != len(text):
        return ""  # offsets would not agree
    field = _WRITER_FIELD.match(folded)
    label = _BY.match(folded) or field
    if label is None:
        return ""
    word = text[label.end():].strip().rstrip(".")
    if field and word.lower() in _FIELD_UNIT_WORDS:
        return ""
    key = fold(word).lower()
    if not word or " " in word or not word.isalpha() or not word[0].isupper() or not (word[1:].islower() or word.isupper()):
        return ""
    if not is_syllable(key) or word.lower() in _CLAUSE_WORDS or key in vocab.PLACES or key in vocab.NOT_NAME_TOKENS \
            or key in vocab.NOT_NAMES:
        return ""
    return proper_case(word)
