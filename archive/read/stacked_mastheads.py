"""A body's masthead in capitals stacked over the headline, a unit a line ("TRƯỜNG CAO ĐẲNG X" / "KHOA Y"):
names of bodies only, chrome over the headline however short it is (conventions round 26)."""
from __future__ import annotations

import re

from archive.read.chained_mastheads import unit_name
from archive.read.sources import organ_name
from archive.text.normalize import fold

_SHORTEST = 3  # a short headline's words ("LỄ KẾT NẠP ĐẢNG"); fewer make a label
_PORTAL = re.compile(r"(?:cong|trang) (?:thong tin|ttdt|tt)\b|website\b")  # a portal's name, the masthead's too


def stacked_mastheads(texts: list[str], pool: list[int], dated: set[int]) -> set[int]:
    """Lines of the headline's pool, each in capitals and only a unit's name (chained_mastheads' shape),
    over a line of the pool right under them that is headline-shaped (a few words, naming no body: a site's
    name or a masthead under them leaves them the headline): never one its date line closes (`dated`: a
    body's own page), nor a run with no other line under it."""
    members = set(pool)
    found: set[int] = set()
    run: list[int] = []
    for i in sorted(pool):
        line = " ".join(texts[i].split())
        if line.isupper() and i not in dated and unit_name(line, True):
            run = run + [i] if run and run[-1] == i - 1 else [i]
            continue
        if run and run[-1] == i - 1 and i in members and _headline_under(line):
            found.update(run)
        run = []
    return found


def _headline_under(line: str) -> bool:
    return len(line.split()) >= _SHORTEST and not organ_name(line) and not _PORTAL.match(fold(line).lower())
