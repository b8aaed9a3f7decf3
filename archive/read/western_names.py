"""A writer's name in Western order after a writer's label: "By Stephanie Nguyen", "Tác giả: Michael Tran" (issue 13,
round 73).

Lifestyle magazines and overseas Vietnamese sites print a writer's English given name first and the family name
last, typed without marks. The line reads like an interface label in English (half its words are no Vietnamese
syllable: person_names.is_foreign_label), so no name was read. After a label that says "by" or names the author,
two or three capitalised words ending in a Vietnamese surname are the writer's name; with no label, "Stephanie
Nguyen" on a line of its own stays unread (a caption, a menu's label in English look the same).
"""
from __future__ import annotations

from archive.text.surnames import is_surname

_MOST_WORDS = 3


def western_order_name(text: str) -> str:
    """`text` as a name in Western order ("Stephanie Nguyen"), or ""; asked only after a writer's label."""
    tokens = text.split()
    if not 2 <= len(tokens) <= _MOST_WORDS or not text.isascii():
        return ""
    if not all(token.isalpha() and token[0].isupper() and token[1:].islower() for token in tokens):
        return ""
    return text if is_surname(tokens[-1], False) and not is_surname(tokens[0], False) else ""
