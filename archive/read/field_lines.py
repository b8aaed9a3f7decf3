"""A meta line of labelled fields, each label glued to its value or spaced from it: "Mới nhất:2024-03-21
18:28:44   Số lần đã xem:0 Nguồn gốc:Tân Hoa xã" (round 28). The date is one field's value; the labels
around it are the line's furniture, not its words, so the line reads as a date line (and so is never a
headline). A label is written in sentence case as a field's name is ("Số lần đã xem", "Nguồn gốc"): a
capitalised word and up to three small ones, then a colon. Two labels at least, one right before the
date: a headline "Hà Nội: ... ngày 21/3/2024" has one. `LABEL` is the one pattern of such a label; a run of
lines each opened by one is field_runs.py's.
"""
from __future__ import annotations

import re

from archive.text.dates import all_dates

LABEL = re.compile(r"(?<![^\s|])([^\W\d_]+(?:\s+[a-zà-ỹ]+){0,3})\s*:(?=\s*\S)")
_LABELS = 2  # one label is a kicker's colon or a place's; two make a line of fields


def field_labels_out(text: str, rest: str) -> str:
    """`rest` (what the date line `text` holds beside its dates) with its field labels made bars,
    when `text` is a line of labelled fields; else `rest` as is."""
    if ":" not in text:
        return rest
    labels = [m for m in LABEL.finditer(text) if m.group(1)[0].isupper()]
    if len(labels) < _LABELS or not _labels_a_date(text, labels):
        return rest
    return LABEL.sub(lambda m: " | " if m.group(1)[0].isupper() else m.group(0), rest)


def _labels_a_date(text: str, labels: list[re.Match]) -> bool:
    """Whether a date stands right after one of the labels, as that field's value."""
    starts = {m.start() for m in all_dates(text)}
    return any(len(text[label.end():]) - len(text[label.end():].lstrip()) + label.end() in starts
               for label in labels)
