"""What stands around a document number, read the same way for a Party number and a state number:
the type word written right before it ("Nghị quyết số"), the date right after it ("ngày 16/6/2022"),
a local committee named after it ("của Thành ủy Hà Nội (khóa XVII)") and the numbers listed before
it that share its code ("Nghị quyết số 18, 19-NQ/TW"). One place, so that both number readers
(citation_party.py, citation_state.py) take a number's surroundings alike.
"""
from __future__ import annotations

import datetime as dt
import re

from archive.enrich import citation_patterns as rp
from archive.enrich.citation_passage import Passage
from archive.registry.vocabulary import parse_term_numeral


def type_before(p: Passage, at: int) -> tuple[str, int]:
    """Type word written right before folded position `at`, and where it starts."""
    window = max(0, at - 45)
    found = rp.TYPE_BEFORE.search(p.folded, window, at)
    if not found:
        return "", at
    return rp.TYPE_WORDS[found["type"]], found.start()


def date_after(p: Passage, at: int) -> tuple[dt.date | None, int]:
    """The date written right after folded position `at`, and where it ends (`at` when none)."""
    found = rp.DATE_AFTER.match(p.folded, at)
    date = rp.date_from(found) if found else None
    return date, found.end() if date else at


def _local_body_after(p: Passage, at: int) -> tuple[str, str]:
    """("Hà Nội", "XVII") from "của Thành ủy Hà Nội (khóa XVII)": the place in capitalised
    words, and the committee's own term when written right after it (a local committee
    counts its terms itself: Hà Nội's XVII ran with the Party's XIII)."""
    found = rp.LOCAL_BODY_AFTER.match(p.folded, at)
    if not found or not found["place"]:
        return "", ""
    words = []
    for word in p.original(found.start("place"), found.end("place")).split():
        if not word[:1].isupper():
            break
        words.append(word)
    term = rp.LOCAL_TERM.search(p.folded, found.start("place"), found.end("place") + 16)
    return " ".join(words), (parse_term_numeral(term["term"]) if term else "")


def local_fields(p: Passage, at: int) -> dict[str, str]:
    """The Cite fields of a local committee named at folded `at` (both empty when none)."""
    place, term = _local_body_after(p, at)
    return {"place": place, "local_term": term}


def listed_before(p: Passage, at: int, fits, written: str, start: int) -> tuple[list, str, int]:
    """The numbers listed before a full number ("Nghị quyết số 18, 19-NQ/TW", "Quyết định số
    1234, 1235/QĐ-UBND"), each (number, start, end), the list's type word and where the number's
    own cite starts; none unless a type word that `fits` the code stands right before the list."""
    found = None if written else rp.LISTED_BEFORE.search(p.folded, max(0, at - 40), at)
    if not found:
        return [], written, start
    list_type, list_start = type_before(p, found.start())
    if not list_type or not fits(list_type):
        return [], written, start
    numbers = list(re.finditer(r"\d+", p.folded[found.start():found.end()]))
    listed = [(n.group(), list_start if i == 0 else found.start() + n.start(), found.start() + n.end())
              for i, n in enumerate(numbers)]
    return listed, list_type, at
