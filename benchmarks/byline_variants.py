"""Conventions round 27: writers' forms the fresh sets missed once and no earlier round reprints, as
`make eval-variants` transformations (`benchmarks/transforms.py` gathers them with the others).

Each reprints the one labelled name (a paste's lone byline) as a holdout printed its writer: two pen
names joined by a dash, closed by a full stop and pushed right by spaces ("Văn Hòa – Đình Trung."), a
name in brackets under the headline, the writer's name and post on one line at the end, a compiler's
credit ("X sưu tầm"), the end credit over a script's leftover ("]]>"), a name with a footnote's mark.
The answer is the label's name (with the made-up second writer where one is printed). The made-up names
name no one. Not reprinted: a pen name of given names outside `theo_pen_names`' closed list after "Theo"
("Theo Hữu Tâm"), which that list keeps from papers' and documents' names by design.
"""
from __future__ import annotations

from typing import Callable

from benchmarks.credit_variants import POST, _credit
from benchmarks.variants import Spots, Variant
from benchmarks.writer_variants import SECOND, _reaching


def _at(where: str, form: Callable[[str], list[str]], names: Callable[[str], list[str]] | None = None):
    """`form` in the byline's place, only where the paste prints its byline: "head" or "end"."""
    credit = _credit(form, names)

    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        return credit(lines, s, label) if s.byline is not None and s.byline_at == where else None
    return transform


_FORMS = {
    "byline two pen names 'X – Y.' pushed right": _credit(lambda n: [f"{' ' * 24}{n} – {SECOND}."], lambda n: [n, SECOND]),
    "byline '(X)' under the headline": _at("head", lambda n: [f"({n})"]),
    "byline 'X, post' at the end": _at("end", lambda n: [f"{n}, {POST}"]),
    "byline 'X sưu tầm'": _credit(lambda n: [f"{n} sưu tầm"]),
    "byline at the end over ']]>'": _at("end", lambda n: [n, "]]>"]),
    "byline with a footnote mark 'X (*)'": _credit(lambda n: [f"{n} (*)"]),
}
BYLINE_TRANSFORMS: dict[str, Callable[[list[str], Spots, dict], Variant | None]] = {
    name: _reaching(transform) for name, transform in _FORMS.items()}
