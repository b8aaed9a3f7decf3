"""A notice's type in capitals over its subject line, with no formal header (round 60).

A company, a school or an association posts a notice as the page without the state's header
(document_headers.py reads that one): "THÔNG BÁO" (or "KẾ HOẠCH", "QUYẾT ĐỊNH", ... as
document_types.type_line knows them) alone on its line, then its subject, "V/v dời lịch ..." or "Về
việc ...". The two are one title, as a headline printed over several lines is: the type is its first
part, joined with one space. Read apart, the type alone is taken for a label and the subject line
wins alone. A type with no subject under it, a subject with no type over it, and a menu's
"Thông báo" in small letters stay as they are.
"""
from __future__ import annotations

from archive.read.document_types import SUBJECT_LABEL, type_line
from archive.text.normalize import fold_passage

Line = tuple[int, str]  # (1-based file line, text)

_HEAD_TEXT_LINES = 4  # the type stands among the first lines with text
_SUBJECT_WORDS = 40  # a subject is a headline's length, no paragraph


def join_type_subject(lines: list[Line]) -> list[Line]:
    """`lines` with a type line and the subject line under it joined on the type's line."""
    texts = [at for at, (_, text) in enumerate(lines) if text.strip()][:_HEAD_TEXT_LINES + 1]
    for place, at in enumerate(texts[:_HEAD_TEXT_LINES]):
        if not type_line(lines[at][1]) or place + 1 >= len(texts):
            continue
        under = texts[place + 1]
        subject = lines[under][1].strip()
        if not SUBJECT_LABEL.match(fold_passage(subject)) or len(subject.split()) > _SUBJECT_WORDS:
            continue
        out = list(lines)
        out[at] = (lines[at][0], f"{lines[at][1].strip().rstrip(':').strip()} {subject}")
        out[under] = (lines[under][0], "")
        return out
    return lines
