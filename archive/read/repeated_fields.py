"""A field a form repeats is no writer's credit (issue 13, round 76).

A how-to or a procedure prints the same fields under each of its steps: "Người thực hiện: Cán bộ lưu trữ",
"Cách làm:", "Lưu ý: ...". "Người thực hiện" ("who carries it out") is a credit's label too ("Thực hiện: Minh
Anh"), so the last step's field, which the paste cut ("Người thực hiện: Lưu trữ "), reads as a signature at the
article's end. A credit is printed once (or shown twice, the same line): a label that opens another line of the
text as well, with another value, is a form's field, and whatever follows it names no writer. Labels are
compared folded, as field_lines.LABEL finds them at the line's start.
"""
from __future__ import annotations

from archive.read.field_lines import LABEL
from archive.text.normalize import folded_line


def _label(text: str) -> str:
    found = LABEL.match(text.strip())
    return folded_line(found.group(1)) if found else ""


def repeated_label(texts: list[str], at: int) -> bool:
    """The line at `at` opens with a field's label that opens another of `texts` too, with another value (the
    same field printed twice, "Tác giả: Trung Hiếu" over itself, is one credit shown twice)."""
    label, line = _label(texts[at]), folded_line(texts[at])
    return bool(label) and any(i != at and _label(text) == label and folded_line(text) != line
                               for i, text in enumerate(texts))
