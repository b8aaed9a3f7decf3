"""An info row whose fields a paste ran together with full stops, barred again (issue 13, round 34).

Some portals print the author, the posting date and the counter on one line, each field closed by a
full stop that the template glues to the next label: "Tác giả: Minh Anh .Ngày đăng: 16/03/2022 .Lượt
xem: 679 lượt.", "Người đăng: Minh Anh. Ngày đăng: 16/03/2022. Lượt xem: 679". The stops hide the
fields from the rules that read an info row split by bars or dashes (info_rows.py, portal_fields.py),
and the stop at the end makes the line read as a sentence. A line that opens with a field's label and
its colon, with another label and its colon after a stop, has its stops before labels turned into
bars and its closing stop dropped; each field stays short, or the line is prose and stays as it is.
"""
from __future__ import annotations

import re

from archive.text.date_labels import DATE_FIELD_LABELS
from archive.text.normalize import fold

# The labels, folded (with tone marks or none, in any case, the text is matched folded).
# The date's field labels (text/date_labels.py), widened by the posting's "Ngày xuất bản".
_DATE_LABELS = (*(fold(label) for label in DATE_FIELD_LABELS), "ngay xuat ban")
_LABELS = ("tac gia", "nguoi viet", "nguoi dang", "dang boi", "viet boi", "but danh", *_DATE_LABELS,
           "luot xem", "luot doc", "so luot xem",
           "luot truy cap", "nguon", "nguon tin", "chuyen muc", "danh muc")
_LABEL = "(?:" + "|".join(sorted(_LABELS, key=len, reverse=True)) + r")\s*:"
_OPENS = re.compile(_LABEL)
# A stop with or without a space on either side, then a label and its colon (the label printed with a capital).
_STOP_LABEL = re.compile(r"\s*\.\s*(?=" + _LABEL + ")")
_FIELD_WORDS = 8  # a field's value: a name, a date and a time, a count; longer, the line is prose


def bar_dotted_fields(text: str) -> str:
    """`text` with the stops between its fields made bars, when it is such an info row; else `text`."""
    if ":" not in text or "." not in text:
        return text  # most lines: no colon or no stop, nothing to fold
    folded = fold(text)
    if len(folded) != len(text) or not _OPENS.match(folded.lstrip()):
        return text  # a label must open the line (and the offsets must agree)
    stops = [m for m in _STOP_LABEL.finditer(folded) if m.start() and text[m.end()].isupper()]
    if not stops:
        return text
    barred = "".join(_swap(text, stops))
    fields = barred.split(" | ")
    if any(len(field.partition(":")[2].split()) > _FIELD_WORDS for field in fields):
        return text
    return barred.rstrip().removesuffix(".").rstrip()


def _swap(text: str, stops: list[re.Match]):
    at = 0
    for stop in stops:
        yield text[at:stop.start()]
        yield " | "
        at = stop.end()
    yield text[at:]
