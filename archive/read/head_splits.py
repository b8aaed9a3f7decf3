"""A head line that a paste ran together, split in two, among the paste's first lines with text.

Glued breadcrumbs (`glued_breadcrumbs.py`) and dates glued to a rating (`rating_dates.py`) walk the
head the same way and differ only in where a line is cut: the walk lives here once.
"""
from __future__ import annotations

from collections.abc import Callable

Line = tuple[int, str]  # (1-based file line, text)


def split_head_lines(lines: list[Line], split: Callable[[str], tuple[str, ...]], head_lines: int) -> list[Line]:
    """`lines` with each of the first `head_lines` lines with text replaced by the parts `split` cuts
    it into (its file line kept), when it cuts it; every other line as it was."""
    out: list[Line] = []
    seen = 0
    for at, (number, text) in enumerate(lines):
        if seen >= head_lines:
            return out + lines[at:]
        seen += bool(text.strip())
        parts = split(text)
        out += [(number, part) for part in parts] if parts else [(number, text)]
    return out
