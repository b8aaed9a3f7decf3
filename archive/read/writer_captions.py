"""A photo's caption under the signature naming the writer it shows (round 110): "NGUYỄN THANH PHONG ( XẸP)" /
"(TP.HCM 15-2-2013)" / "Nguyễn Thanh Phong (Xẹp) trong ngày họp mặt ...". A letter or a memoir may close on its
writer's own photo, its caption opening with the name just signed; the end's byline slot passes over that caption to
the signature, as over a caption opening with "Ảnh:". A caption opening with anyone else's name still stops it, and so
does a paragraph's length (a profile's lines under its subject's name: "X năm nay 16 tuổi, ...", dev 876)."""
from __future__ import annotations

from archive.read.bylines import parse_byline
from archive.read.line_sizes import PROSE_WORDS
from archive.read.person_names import has_surname
from archive.text.normalize import fold

Line = tuple[int, str]  # (1-based file line, text)

_SIGNED_ABOVE = 3  # lines up to the signature: a place and date of writing may stand between


def writer_caption(lines: list[Line], at: int) -> bool:
    """The line at `at`, shorter than a paragraph, opens with a full name that a name line at most three lines above
    it signs, and goes on."""
    words = fold(lines[at][1]).lower().split()
    if len(words) >= PROSE_WORDS:
        return False
    for above in range(max(0, at - _SIGNED_ABOVE), at):
        for name in parse_byline(lines[above][1]):
            signed = fold(name).lower().split()
            if has_surname(name) and len(words) > len(signed) and words[:len(signed)] == signed:
                return True
    return False
