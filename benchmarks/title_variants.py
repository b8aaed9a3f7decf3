"""A headline broken over lines elsewhere than round 10's breaks (conventions round 13): over three
lines, before a quoted phrase, after a comma. A narrow title box breaks a headline where its words
allow, and collectors label it as one title, its lines joined by spaces. Each part holds three words
or more; the title is the parts joined with a space. Deterministic: the first break that fits."""
from __future__ import annotations

from typing import Callable

from benchmarks.variants import _BREAKS, Spots, Variant, squash

_QUOTES = (" “", ' "', " «")


def _cuts(head: str, marks: tuple[str, ...]) -> list[int]:
    """Where `head` may be broken at one of `marks`: after a colon or a comma, else before the mark's word."""
    found = set()
    for mark in marks:
        at = head.find(mark, 1)
        while at > 0:
            found.add(at + 1 if mark in (": ", ", ") else at)
            at = head.find(mark, at + 1)
    return sorted(found)


def _parts_fit(parts: list[str]) -> bool:
    return all(len(part.split()) >= 3 for part in parts)


def _broken(marks: tuple[str, ...], pieces: int) -> Callable[[list[str], Spots, dict], Variant | None]:
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        if s.title is None:
            return None
        head = squash(lines[s.title])
        cuts = _cuts(head, marks)
        pairs = [(c,) for c in cuts] if pieces == 2 else [(a, b) for a in cuts for b in cuts if a < b]
        for pair in pairs:
            bounds = (0, *pair, len(head))
            parts = [head[a:b].strip() for a, b in zip(bounds, bounds[1:])]
            if _parts_fit(parts):
                return Variant(lines[:s.title] + parts + lines[s.title + 1:], head)
        return None
    return transform


TITLE_TRANSFORMS: dict[str, Callable[[list[str], Spots, dict], Variant | None]] = {
    "title over three lines": _broken((*_BREAKS, ", "), 3),
    "title broken before a quote": _broken(_QUOTES, 2),
    "title broken after a comma": _broken((", ",), 2),
}
