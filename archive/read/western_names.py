"""A writer's name in Western order after a writer's label: "By Stephanie Nguyen", "Tác giả: Michael Tran" (issue 13,
round 73).

Lifestyle magazines and overseas Vietnamese sites print a writer's English given name first and the family name
last, typed without marks. The line reads like an interface label in English (half its words are no Vietnamese
syllable: person_names.is_foreign_label), so no name was read. After a label that says "by" or names the author,
two or three capitalised words ending in a Vietnamese surname are the writer's name; with no label, "Stephanie
Nguyen" on a line of its own stays unread (a caption, a menu's label in English look the same). Round 84: after such
a label, a foreign writer's name ("Tác giả: Zhixing Zhang", "By Joseph Nye") is one too, unless a word of it is a
desk's, an account's or a paper's ("Staff Writer", "Site Admin", "Hanoi Times"), or every word a Vietnamese
syllable typed without marks ("Trang Tin").
"""
from __future__ import annotations

from archive.read.person_names import is_syllable
from archive.text.surnames import is_surname

_MOST_WORDS = 3


def western_order_name(text: str) -> str:
    """`text` as a name in Western order ("Stephanie Nguyen"), or ""; asked only after a writer's label."""
    tokens = text.split()
    if not 2 <= len(tokens) <= _MOST_WORDS or not text.isascii():
        return ""
    if not all(token.isalpha() and token[0].isupper() and token[1:].islower() for token in tokens):
        return ""
    if is_surname(tokens[0], False):
        return ""  # "Nguyen Van An": a Vietnamese name in its own order, typed without marks
    if is_surname(tokens[-1], False):
        return text
    # a foreign writer's name (round 84: "Tác giả: Zhixing Zhang", "By Joseph Nye"), not a desk's or a paper's, nor
    # Vietnamese words typed without marks ("Tin bài: Trang Tin")
    if any(token.lower() in _NOT_NAME_WORDS for token in tokens) or all(is_syllable(token.lower()) for token in tokens):
        return ""
    return text


# Words of a desk, an account or a paper, never a person's name after "By": "Staff Writer", "Site Admin", "Hanoi Times".
_NOT_NAME_WORDS = frozenset("""
admin administrator editor editors editorial staff team desk news site guest user users writer writers author authors
contributor contributors reporter reporters correspondent the and of our web media press newsroom content marketing
group company blog post posts category home page more read share print times daily tribune journal review online
express today net agency service services office vietnam hanoi saigon report channel radio tv click here view see all
login sign subscribe follow contact us search menu next previous back top
""".split())
