"""A body's masthead in capitals stacked over the headline, a unit a line ("TRƯỜNG CAO ĐẲNG X" / "KHOA Y"):
names of bodies only, chrome over the headline however short it is (conventions round 26). Round 110: past one
line of furniture between them (a short line, "Kỳ 2", "-"; a field, "Địa chỉ: ..."; a portal's name), as a site or a
reprint slips one in."""
from __future__ import annotations

import re

from archive.read.chained_mastheads import unit_name
from archive.read.line_sizes import HEADLINE_WORDS
from archive.read.sources import organ_name
from archive.read.writer_slots import names_no_one
from archive.text.normalize import fold

_GAP = 2  # a date line may stand between the masthead and the headline
_SHORTEST = 3  # a short headline's words ("LỄ KẾT NẠP ĐẢNG"); fewer make a label
_FIELD = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,2}\s?:")  # a labelled field ("Address: ...", "Chủ đầu tư: ...")
_PORTAL = re.compile(r"(?:cong|trang) (?:thong tin|ttdt|tt)\b|website\b")  # a portal's name, the masthead's too


def stacked_mastheads(texts: list[str], pool: list[int], dated: set[int]) -> set[int]:
    """Lines of the headline's pool, each in capitals and only a unit's name (chained_mastheads' shape),
    over the next line of the pool (a date line may stand between) when it is headline-shaped: a few words
    naming no body (a site's name or a masthead under them leaves them the headline). Never a lone one its
    date line closes (`dated`: a body's own page; under two stacked, the date line is the page's)."""
    found: set[int] = set()
    run: list[int] = []
    passed = False  # one line of furniture passed between the masthead and the headline
    for i in sorted(pool):
        line = " ".join(texts[i].split())
        near = bool(run) and i - run[-1] <= _GAP + passed
        if line.isupper() and unit_name(line, True):
            run, passed = (run + [i] if near and not passed else [i]), False
            continue
        if near and _headline_under(line) and (len(run) > 1 or run[-1] not in dated):
            found.update(run)
        elif near and not passed and _furniture(line):
            passed = True
            continue
        run, passed = [], False
    return found


def _furniture(line: str) -> bool:
    """A line a site or a reprint slips between a masthead and the headline: a short one naming no body and no one
    ("Kỳ 2", "-"), a field ("Địa chỉ: ..."), a portal's name."""
    return len(line.split()) < HEADLINE_WORDS and not organ_name(line) and not names_no_one(line) \
        or bool(_FIELD.match(line)) or bool(_PORTAL.match(fold(line).lower()))


def _headline_under(line: str) -> bool:
    return len(line.split()) >= _SHORTEST and not organ_name(line) and not _PORTAL.match(fold(line).lower()) \
        and not names_no_one(line) and not _FIELD.match(line)  # a credit or a field under a capitals line: its headline
