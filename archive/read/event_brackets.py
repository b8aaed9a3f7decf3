"""A bracketed date inside the lead's running text under the headline is an event's day (round 64,
holdout 63's kind): "Cùng cả nước hưởng ứng Ngày Quốc tế phòng chống ma túy (26/6/2012) Hội Phụ nữ
phường đã phối hợp ...".

glued.py splits a line that holds words, a date in brackets and a paragraph into headline, date line and
lead: the shape of a head whose line breaks a copy lost ("Họp ... ( Cập nhật ngày: 21/11/2024 )Chiều
ngày ..."). Under a line that is already a headline, a page has no second headline: the words before the
bracket open the lead's sentence, and the bare date in it (no label, no clock) names the day of what the
sentence tells. It stays in the text unless the words after it open a lead of their own ("Sáng nay,
...", "Ngày 26/6, ..."), the glued head's shape. A bracket with a label or a clock ("(Cập nhật: ...)",
"(26/6/2012 10:15)") is a date line wherever it stands, and a line that is only the bracket is one too.
"""
from __future__ import annotations

import re

from archive.read.candidates import headline_shaped
from archive.read.lead_openers import lead_opening
from archive.read.prose import sentence_break

_HEADLINE_MOST = 40  # words: glued.py's longest headline before a bracket


def event_bracket(found: re.Match, after: str, above: str | None) -> bool:
    """`found` (glued.py's date line match, its groups `open`, `word`, `time`, `time_first`) is a bare
    bracketed date inside running text under the headline `above` (a head line `headline_line` took, a
    writer's slot or a date line between them or not; None when none stands over it); `after` is the
    text after it."""
    bare = found.group("open") is not None and found.group("word", "time", "time_first") == (None,) * 3
    return bare and above is not None and not lead_opening(after)


def headline_line(text: str) -> bool:
    """A headline's line, its own day in it or not ("Hội nghị sơ kết ... ngày 23/11/2017"): capitalised, a
    headline's words, no sentence ended inside it, no date line's shape."""
    return text[:1].isupper() and len(text.split()) <= _HEADLINE_MOST and headline_shaped(text) \
        and not sentence_break(text)
