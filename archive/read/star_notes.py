"""A bracketed star closing a headline ("... năm 2024 (*)"): a note's mark, no word of it (conventions round 26)."""
from __future__ import annotations

import re

_STAR_NOTE_END = re.compile(r"\s*[(\[]\s*\*{1,3}\s*[)\]]\s*$")
_MIN_WORDS = 3  # what is left must still be a headline


def star_note_off(text: str) -> str:
    """The headline without a bracketed star at its end; a star between words ("Điểm (*) mới") stays."""
    found = _STAR_NOTE_END.search(text)
    return text[:found.start()] if found and len(text[:found.start()].split()) >= _MIN_WORDS else text
