"""A writer's name with a slip of case, dressed as bylines are (conventions round 23).

A small site's writer may type the name with a small letter: a middle name ("Mai viết Tăng",
small_middle_names.py) or a given name ("Minh hiếu", a two- or three-word name, `miscased_name`).
Signed alone under the text, round 33 reads it. The same name with a writer's label before it
("Tác giả: Minh hiếu."), after a dash ("- Mai viết Tăng"), with the writer's paper or unit after it
("Mai viết Tăng (Báo X)", "Minh hiếu - Trung tâm Y") or moved under the headline is the same
signature: the name part is mended and the line read again as a byline. Only the name's part is
mended; a label, a paper or a unit keeps its case, and the line must read as exactly that one name.
A two- or three-word name is mended only after a writer's label or before a closing stop: bare,
"Giáo dục" is a section's label, after a dash "- In ra" a button's, before a comma "Sinh thời, ..." a
sentence's opening words; its first word must be a surname or a common middle name ("Tác giả: Không rõ",
the author unknown, names no one).
"""
from __future__ import annotations

import re

from archive.read.bylines import parse_byline, strip_label
from archive.read.line_sizes import END_PUNCT
from archive.read.part_headings import NUMERALS
from archive.read.small_middle_names import MIDDLE_NAMES, middle_mended
from archive.text.normalize import tone_key
from archive.text.surnames import is_surname, marked

Line = tuple[int, str]  # (1-based file line, text)

_OPENING = "-–—( "  # a dash or a bracket before the name
_NAME_END = re.compile(r"\s+[-–—]\s|\s*[(),]")  # the name's end: a unit after a dash, a paper in brackets
_SENTENCE_END = tuple(p for p in END_PUNCT if p not in ":;")


def miscased_name(text: str) -> tuple[str, ...]:
    """"Minh hiếu": a name of two or three words typed with a small letter, a slip whose only fault is
    case: the name in proper case when that reads as a person's name (a sentence never does)."""
    proper = _proper(text)
    return parse_byline(proper) if proper and proper != text else ()


def _proper(text: str) -> str:
    words = text.split()
    if not 2 <= len(words) <= 3 or not words[0][:1].isupper() or not all(w.isalpha() for w in words) \
            or any(w in NUMERALS for w in words):
        return ""  # "Kỳ hai.", "Phần ba.": a small numeral counts a part, it names no one
    return " ".join(w[:1].upper() + w[1:] for w in words)


def _opens_name(text: str) -> bool:
    """The first word is a surname or a common middle name ("Minh hiếu"): "Không rõ" (unknown) is none."""
    words = text.split()
    return bool(words) and (is_surname(words[0], marked(words)) or tone_key(words[0]) in MIDDLE_NAMES)


def dressed_signature(text: str) -> tuple[str, ...]:
    """The one name a byline line gives once its name's part is mended, or () when the line needs no
    mending or reads otherwise."""
    text = text.strip()
    closing = text.endswith(".") and not text.endswith("..")
    text = text[:-1] if closing else text
    unlabelled, labelled = strip_label(text)
    start = len(text) - len(unlabelled)
    while start < len(text) and text[start] in _OPENING:
        start += 1
    end = _NAME_END.search(text, start)
    stop = end.start() if end else len(text)
    name = text[start:stop].rstrip(")")
    mended = middle_mended(name)
    if not mended and (labelled or closing and stop == len(text)) and _opens_name(name):
        mended = _proper(name)
    if not mended or mended == name:
        return ()
    names = parse_byline(text[:start] + mended + text[start + len(name):])
    wanted = parse_byline(mended)
    return names if len(names) == 1 and names == wanted else ()


def dressed_end_signature(rest: list[Line], at: int, lead: Line | None = None) -> tuple[str, ...]:
    """The dressed signature on line `at` of `rest` when it closes the article: the line above it, or
    the lead over the first, ends a sentence."""
    above = (rest[at - 1] if at > 0 else lead or (0, ""))[1].rstrip()
    return dressed_signature(rest[at][1]) if above.endswith(_SENTENCE_END) else ()
