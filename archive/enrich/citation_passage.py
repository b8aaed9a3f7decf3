"""The shapes every citation reader shares: a `Passage` (its text, folded form and the offset maps
between them) and a `Cite` (a citation being worked on), with `make_cite` turning folded offsets into
one. Kept apart from the readers (citation_scan.py and the modules it asks) so that each of them,
and the readers outside the scan (bare_decrees.py, company_letters.py, ...), takes the shapes from
one place without importing the scan.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from archive.registry.documents import Document
from archive.text.normalize import fold_passage, fold_with_offsets

_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})  # 1:1, keeps offsets


@dataclass
class Cite:
    """A citation being worked on; becomes a DocumentRef at the end."""

    passage: int
    start: int
    end: int
    kind: str
    priority: int = 0  # lower wins when two citations overlap
    number: str = ""
    type: str = ""
    issuer: str = ""
    year: int | None = None
    date: dt.date | None = None
    place: str = ""  # local committee's place ("Hà Nội") for TU/HU documents
    local_term: str = ""  # the committee's own term, "XVII" of "Thành ủy Hà Nội (khóa XVII)"
    plenum: int | None = None
    term: str = ""
    bare: tuple[str, int] | None = None  # (code, number) of "Nghị quyết 39"
    body: str = ""  # Central body named after a bare number
    congress: bool = False
    text: str = ""  # the citation as written
    after: str = ""  # folded text that follows, for telling documents apart by subject
    doc: Document | None = None
    drop: bool = False


class Passage:
    """A passage with its folded form and offset maps both ways."""

    def __init__(self, index: int, text: str):
        if "\u00d0" in text or "\u00f0" in text:  # rare: test first, translate is slow
            text = text.translate(_ETH)
        self.index, self.text = index, text
        self.folded = fold_passage(self.text)
        # Offset maps only when folding changed the length (rare): otherwise offsets agree.
        self.origin: list[int] | None = None
        self._to_folded: list[int] | None = None
        if len(self.folded) != len(self.text):
            self.folded, self.origin = fold_with_offsets(self.text)
            self._to_folded = [len(self.folded)] * (len(self.text) + 1)
            for at in range(len(self.origin) - 1, -1, -1):
                self._to_folded[self.origin[at]] = at

    def to_folded(self, at: int) -> int:
        """Passage offset -> folded offset."""
        return at if self._to_folded is None else self._to_folded[at]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Folded [start, end) -> passage [start, end)."""
        if self.origin is None:
            return start, max(start, end)
        if start >= end:
            at = self.origin[start] if start < len(self.origin) else len(self.text)
            return at, at
        return self.origin[start], self.origin[end - 1] + 1

    def original(self, start: int, end: int) -> str:
        begin, finish = self.span(start, end)
        return self.text[begin:finish]


def make_cite(p: Passage, start: int, end: int, kind: str, **fields) -> Cite:
    """A cite from folded offsets."""
    begin, finish = p.span(start, end)
    return Cite(p.index, begin, finish, kind, text=p.text[begin:finish],
                after=p.folded[end:end + 300], **fields)
