"""Whom "Theo X" credits (conventions round 11, issue 13). After "Theo" with no colon a pair of given
names may be a paper's ("Theo Tuổi Trẻ", "Theo Thanh Niên"), so only a full name is taken for a
person; a pen name abbreviated to its initials and one syllable ("Theo T.Nga", "Theo H. Quân",
"Theo H.Tr") is a person's too: no paper prints its name so.
"""
from __future__ import annotations

import re

from archive.read.person_names import has_surname
from archive.read.religious_names import dharma_name
from archive.read.theo_pen_names import named_source, pen_name

_ABBREVIATED_PEN_NAME = re.compile(r"(?:[A-ZĐ]\.\s?){1,3}[A-ZĐ][^\W\d_]+")


# A whole line in brackets opening with "Theo" ("(Theo Nguyễn Văn An)", round 17) or with a source's
# label ("(Nguồn: Báo X - Nguyễn Văn An)", conventions round 25): a repost's credit, read as the same line
# without its brackets.
_BRACKETED_THEO = re.compile(r"[(\[]\s*((?:theo\s|nguồn(?:\s+tin)?\s*:)[^()\[\]]+?)\s*[)\]]\s*\.?", re.IGNORECASE)


def unbracketed_theo(line: str) -> str:
    """"Theo X" from "(Theo X)" or "[Theo X].", "Nguồn: Y - X" from "(Nguồn: Y - X)"; the line itself otherwise."""
    found = _BRACKETED_THEO.fullmatch(line.strip()) if line[:1] in "([ " else None
    return found.group(1) if found else line


def credited_person(author: str) -> bool:
    """A name "Theo" may credit: a full name, a monk's or a nun's dharma name ("Thích Tâm Đức", round 80),
    initials and one syllable, or a pen name of given names (theo_pen_names.py, round 15)."""
    if named_source(author):
        return False  # "Theo Thái Lan": a country's name, though it opens with a surname
    return has_surname(author) or dharma_name(author.split()) or bool(_ABBREVIATED_PEN_NAME.fullmatch(author.strip())) \
        or pen_name(author)
