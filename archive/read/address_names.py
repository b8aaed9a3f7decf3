"""A name the site's own address spells is the site's name, not a writer's (conventions round 23).

A small site prints its name alone near the top ("Tinh Hoa" on tinhhoa.example); under a page's clock
that line reads as a byline. When its letters, folded and run together, are one label of the host, and
it has no surname first, it names the site. A personal blog's host spelling its writer ("Phạm Ngọc Hiền"
on phamngochien.example) keeps its byline: that name opens with a surname. Round 74: most of a label, at its
end or its start, spells the site's brand too ("Gò Đen" on degoden.vn, "Đế Gò Đen"), and the end's and the
lead's slots ask it as the head does."""
from __future__ import annotations

import re

from archive.read.person_names import has_surname
from archive.registry.outlets import host_of
from archive.text.normalize import fold

_NOT_LETTER = re.compile(r"[^a-z0-9]+")
_SHORTEST = 4  # letters: "Com", "Gov" spell no site's name
_MOST = 0.7  # of a host's label: a brand's last words ("goden" of "degoden"), not a word a long name holds


def spelled_by_address(text: str, url: str) -> bool:
    """`text` is the site's name as its address spells it, and no person's name."""
    host = host_of(url) if url else ""
    letters = _NOT_LETTER.sub("", fold(text).lower())
    if len(letters) < _SHORTEST or not host or has_surname(text.strip()):
        return False
    labels = host.split(".")[:-1]  # the last label is the country's or the kind's
    # Round 74: or most of one label, its end or its start ("Gò Đen" on degoden.vn, the brand "Đế Gò Đen")
    return letters in labels or any(len(letters) >= _MOST * len(label)
                                    and (label.endswith(letters) or label.startswith(letters)) for label in labels)
