"""A reporter and the paper he writes for, joined by a slash with no "Theo" before them: "Thanh
Phong/Viễn Đông", "Minh Anh / Người Việt" (issue 13, round 37), as overseas and community papers
print the credit of a piece they carry. The name before the slash is the byline when what follows
names an outlet, not a second writer: a few capitalised words that do not open with a surname (a
writer's full name does: "Minh Anh/Hoàng Long" stays as it was), no date, no digits, and a name
before it; one word only when it is no Vietnamese syllable ("VnExpress"; "Linh" may be a writer). The known papers, source tags and addresses are source_credits.py's to find.
"""
from __future__ import annotations

from archive.read.person_names import is_syllable, person_name
from archive.text.normalize import fold
from archive.text.surnames import is_surname

_OUTLET_WORDS = (1, 5)


def outlet_after_reporter(head: str, tail: str) -> bool:
    """`tail`, after the slash, names the outlet of the reporter `head` names."""
    words = tail.split()
    if not _OUTLET_WORDS[0] <= len(words) <= _OUTLET_WORDS[1] or not person_name(head.strip()):
        return False
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if tail.isupper() or is_surname(words[0], fold(tail) != tail):
        return False  # "Minh Anh/Hoàng Long": a second writer, surname first; capitals: a section's or a tag's
    return len(words) > 1 or not is_syllable(fold(words[0]).lower())  # "VnExpress"; "Minh Anh/Linh": a given name
