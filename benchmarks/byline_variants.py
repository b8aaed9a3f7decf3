"""Conventions round 27: writers' forms the fresh sets missed once and no earlier round reprints, as
`make eval-variants` transformations (`benchmarks/transforms.py` gathers them with the others).

Each reprints the one labelled name (a paste's lone byline) as a holdout printed its writer: two pen
names joined by a dash, closed by a full stop and pushed right by spaces ("Văn Hòa – Đình Trung."), a
name in brackets under the headline, the writer's name and post on one line at the end, a compiler's
credit ("X sưu tầm"), the end credit over a script's leftover ("]]>"), a name with a footnote's mark.
The answer is the label's name (with the made-up second writer where one is printed). The made-up names
name no one. Not reprinted: a pen name of given names outside `theo_pen_names`' closed list after "Theo"
("Theo Hữu Tâm"), which that list keeps from papers' and documents' names by design.

Round 70 adds a repost credited to the writer's page on a social network (holdout 69): the label's name
after "Theo Facebook" at the end (a head byline moved there), and in an editor's note in brackets in the
head byline's place ("[Bài viết trích từ Facebook của bạn X, ...]").

Round 72 adds a poster's field naming someone else beside the writer's own field (holdout 71's magazine):
"Tác giả: X" in the byline's place, and "Đăng bởi: Y" under the headline or "Người đăng: Y" after the text.
"""
from __future__ import annotations

import re
from typing import Callable

from benchmarks.credit_variants import POST, _credit
from benchmarks.variants import Spots, Variant, squash
from benchmarks.writer_variants import SECOND, _reaching


def _at(where: str, form: Callable[[str], list[str]], names: Callable[[str], list[str]] | None = None):
    """`form` in the byline's place, only where the paste prints its byline: "head" or "end"."""
    credit = _credit(form, names)

    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        return credit(lines, s, label) if s.byline is not None and s.byline_at == where else None
    return transform


_PREFIXED = re.compile(r"[.,]\s")


def _social(form: Callable[[str], list[str]], where: str):
    """`form(the label's name)` for the lone byline: a social page's credit names its owner as the label
    spells him, not as the byline printed him (with its labels and capitals); "end": a head byline moves
    after the text; "head": only a head byline. A label with a rank or a degree ("Thiếu tá, ThS. X") is
    left alone: an account's name carries none."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        if s.byline is None or where == "head" and s.byline_at != "head" or _PREFIXED.search(label["bylines"][0]):
            return None
        return _credit(lambda _printed: form(label["bylines"][0]), to_end=where == "end")(lines, s, label)
    return transform


POSTER = "Lâm Thảo Vy"  # a made-up account's owner, who posted the page


def _posted(poster_at: str):
    """The lone byline as the author's field ("Tác giả: X", the label's name) in its place, and a poster's field
    naming someone else: "head" right under the headline, "end" after the text's last line (or the field's)."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        if s.byline is None or s.title is None or s.last_block is None:
            return None
        out = list(lines)
        out[s.byline] = f"Tác giả: {squash(label['bylines'][0])}"
        if poster_at == "end":
            out.insert(max(s.last_block, s.byline) + 1, f"Người đăng: {POSTER}")
        else:
            out.insert(s.title + 1, f"Đăng bởi: {POSTER}")
        return Variant(out, squash(lines[s.title]))
    return transform


_FORMS = {
    "byline two pen names 'X – Y.' pushed right": _credit(lambda n: [f"{' ' * 24}{n} – {SECOND}."], lambda n: [n, SECOND]),
    "byline '(X)' under the headline": _at("head", lambda n: [f"({n})"]),
    "byline 'X, post' at the end": _at("end", lambda n: [f"{n}, {POST}"]),
    "byline 'X sưu tầm'": _credit(lambda n: [f"{n} sưu tầm"]),
    "byline at the end over ']]>'": _at("end", lambda n: [n, "]]>"]),
    "byline with a footnote mark 'X (*)'": _credit(lambda n: [f"{n} (*)"]),
    "byline 'Theo Facebook X' at the end": _social(lambda n: [f"Theo Facebook {n}"], "end"),
    "byline as a note '[Bài viết trích từ Facebook của bạn X, ...]'": _social(
        lambda n: [f"[Bài viết trích từ Facebook của bạn {n}, xin được gửi đến bạn đọc]"], "head"),
    "byline 'Tác giả: X' under a poster 'Đăng bởi: Y' under the headline": _posted("head"),
    "byline 'Tác giả: X' with a poster 'Người đăng: Y' after the text": _posted("end"),
}
BYLINE_TRANSFORMS: dict[str, Callable[[list[str], Spots, dict], Variant | None]] = {
    name: _reaching(transform) for name, transform in _FORMS.items()}
