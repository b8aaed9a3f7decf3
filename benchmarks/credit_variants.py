"""Conventions round 25: byline conventions of Vietnamese news sites no earlier round printed, as
`make eval-variants` transformations (`benchmarks/transforms.py` gathers them with the others).

Round 11 moved the writer and joined a second one; these print the one labelled name (a paste's lone
byline) in the credit forms papers and portals use: "Bài, ảnh: X", "X thực hiện", "Ghi chép của X",
"X/Báo Y", "X | Báo Y", "X (TTXVN)", "Tin: X; Ảnh: Y", "PV X", "X (Trung tâm ...)", "X - Y (Báo Z)",
a reporters' team's label naming its paper ("Nhóm PV Báo Z: X - Y"), a rank and a degree before the
name in proper case, the name over the writer's post, the end credit under a photo's caption, in
capitals over a source line, as "Theo X (Báo Y)", or after a dash in a bracketed source credit (in its
place too, after the outlet and its address: "(Nguồn: Báo Y - host - X)"). The
answer is the label's name (with the rank, with the made-up second writer where one is added); a
photographer's, a unit's or a paper's name is never read. NO-NAME transformations print what is no
writer (a reporters' team, a photo credit alone, a unit, a paper's credit) where a writer would stand,
on pastes with no labelled writer: any name read is invented. The made-up names name no one.
"""
from __future__ import annotations

from typing import Callable

from benchmarks.variants import Spots, Variant, squash
from benchmarks.writer_variants import PHOTOGRAPHER, SECOND, _not_a_writer, _printed, _reaching, titled

OUTLET = "Báo Lao Động"  # an outlet after a writer: never a byline
UNIT = "Trung tâm VH-TT huyện Tân Phú"  # a writer's unit: never a byline
HOST = "baolaodong.vn"  # the outlet's address in a source credit
POST = "Phó Trưởng ban Tuyên giáo Huyện ủy"  # a writer's post on the line under the name
CAPTION = "Các đại biểu tham dự hội nghị."  # a photo's caption over the end credit


def _credit(form: Callable[[str], list[str]], names: Callable[[str], list[str]] | None = None,
            to_end: bool = False):
    """The lone byline's line replaced by the lines `form(name as printed)`; `names(label name)` the
    answer when not the label's; `to_end`: a head byline is moved after the text's last paragraph."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        if s.byline is None or s.title is None:
            return None
        new = form(_printed(lines, s))
        out = list(lines)
        if to_end and s.byline_at == "head":
            if s.last_block is None or s.last_block <= s.byline:
                return None
            out[s.last_block + 1:s.last_block + 1] = new
            del out[s.byline]
        else:
            out[s.byline:s.byline + 1] = new
        answer = names(squash(label["bylines"][0])) if names else None
        return Variant(out, squash(lines[s.title]), bylines=answer)
    return transform


def _one(text: str) -> list[str]:
    return [text]


_FORMS = {
    "credit 'Bài, ảnh: X'": _credit(lambda n: _one(f"Bài, ảnh: {n}")),
    "credit 'X thực hiện'": _credit(lambda n: _one(f"{n} thực hiện")),
    "credit 'Ghi chép của X'": _credit(lambda n: _one(f"Ghi chép của {n}")),
    "credit 'Phóng sự của X'": _credit(lambda n: _one(f"Phóng sự của {n}")),
    "credit 'X/Báo Y'": _credit(lambda n: _one(f"{n}/{OUTLET}")),
    "credit 'X | Báo Y'": _credit(lambda n: _one(f"{n} | {OUTLET}")),
    "credit 'X (TTXVN)'": _credit(lambda n: _one(f"{n} (TTXVN)")),
    "credit 'Tin: X; Ảnh: Y'": _credit(lambda n: _one(f"Tin: {n}; Ảnh: {PHOTOGRAPHER}")),
    "credit 'PV X'": _credit(lambda n: _one(f"PV {n}")),
    "credit 'X (Trung tâm ...)'": _credit(lambda n: _one(f"{n} ({UNIT})")),
    "credit 'X - Y (Báo Z)'": _credit(lambda n: _one(f"{n} - {SECOND} ({OUTLET})"), lambda n: [n, SECOND]),
    "credit 'Nhóm PV Báo Z: X - Y'": _credit(lambda n: _one(f"Nhóm PV {OUTLET}: {n} - {SECOND}"), lambda n: [n, SECOND]),
    "credit rank 'Đại tá, ThS. X'": titled("Đại tá, ThS."),
    "credit rank 'Thượng tá X'": titled("Thượng tá"),
    "credit name over a post line": _credit(lambda n: [n, POST]),
    "credit at the end under a caption": _credit(lambda n: [CAPTION, n], to_end=True),
    "credit at the end caps + 'Nguồn:'": _credit(lambda n: [n.upper(), f"Nguồn: {OUTLET}"], to_end=True),
    "credit at the end 'Theo X (Báo Y)'": _credit(lambda n: _one(f"Theo {n} ({OUTLET})"), to_end=True),
    "credit '(Nguồn: Báo Y - host - X)'": _credit(lambda n: _one(f"(Nguồn: {OUTLET} - {HOST} - {n})")),
    "credit at the end '(Nguồn: Báo Y - X)'": _credit(lambda n: _one(f"(Nguồn: {OUTLET} - {n})"), to_end=True),
}
NOT_CREDITS = {"team 'Nhóm PV'": "Nhóm PV", "team 'Nhóm phóng viên'": "Nhóm phóng viên",
               "photo 'Ảnh: Y'": f"Ảnh: {PHOTOGRAPHER}", "unit 'Trung tâm ...'": UNIT}
END_NOT_CREDITS = {"team 'NHÓM PV BÁO Y'": f"NHÓM PV {OUTLET.upper()}", "photo 'Ảnh: Y'": f"Ảnh: {PHOTOGRAPHER}",
                   "paper 'Báo Y'": OUTLET, "source 'Theo Báo Y'": f"Theo {OUTLET}", "unit 'Trung tâm ...'": UNIT}
CREDIT_TRANSFORMS: dict[str, Callable[[list[str], Spots, dict], Variant | None]] = {
    **{name: _reaching(transform) for name, transform in _FORMS.items()},
    **{f"no credit: {name}": _not_a_writer(word) for name, word in NOT_CREDITS.items()},
    **{f"no credit at the end: {name}": _not_a_writer(word, at_end=True) for name, word in END_NOT_CREDITS.items()},
}
