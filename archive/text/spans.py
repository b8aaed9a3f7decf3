"""Spans of a passage that may not overlap, kept sorted.

Keeping the better of overlapping matches (citations, names, tag phrases) asks, for
each candidate, whether it overlaps one already kept. Looking at every kept span made
a long single-line passage quadratic (a 500 KB line took minutes); kept spans never
overlap, so sorted by start they end in order too, and one bisect finds the only one
a candidate could overlap.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from typing import Iterable


class Spans:
    """Spans [start, end) of which none overlaps another. Two overlap when each starts
    before the other ends; so an empty span overlaps only a span it lies strictly inside."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()):
        self.starts: list[int] = []  # the non-empty spans, by start (and so by end)
        self.ends: list[int] = []
        self.points: list[int] = []  # the empty spans
        for start, end in spans:
            if not self.overlaps(start, end):
                self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect_left(self.starts, end)  # spans starting before this one ends
        if before and self.ends[before - 1] > start:
            return True
        inside = bisect_right(self.points, start)
        return inside < len(self.points) and self.points[inside] < end

    def add(self, start: int, end: int) -> None:
        """Keep a span that overlaps none kept (ask overlaps() first)."""
        if start < end:
            at = bisect_left(self.starts, end)
            self.starts.insert(at, start)
            self.ends.insert(at, end)
        else:
            insort(self.points, start)

    def take(self, start: int, end: int) -> bool:
        """Keep the span unless it overlaps one kept; whether it was kept."""
        if self.overlaps(start, end):
            return False
        self.add(start, end)
        return True
