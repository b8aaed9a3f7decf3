"""A name the site's own address spells is the site's name, not a writer's (conventions round 23).

A small site prints its name alone near the top ("Tinh Hoa" on tinhhoa.example); under a page's clock
that line reads as a byline. When its letters, folded and run together, are one label of the host, and
it has no surname first, it names the site. A personal blog's host spelling its writer ("Phạm Ngọc Hiền"
on phamngochien.example) keeps its byline: that name opens with a surname. Round 74: most of a label, at its
end or its start, spells the site's brand too ("Gò Đen" on degoden.vn, "Đế Gò Đen"), and the end's and the
lead's slots ask it as the head does. Round 92: a line ending with the brand after a spaced dash or a bar ("GDPR và Nghị
định 13: Hiểu về ... - LawPlus" on lawplus.vn) is the browser tab's title over the page's own headline, and a line
naming the brand twice or more ("Thư viện ảnh tracomeco Giới thiệu tracomeco tin tức tracomeco ...") is the site's
menu, its items named after it: neither is the headline (head_window.py)."""
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


_TAB_PARTS = re.compile(r"\s[-–—|]\s")  # a page title's parts: a spaced dash or a bar


def brand_titled(text: str, url: str) -> bool:
    """`text` ends with the site's brand after a spaced dash or a bar, words before it: a browser tab's title."""
    parts = _TAB_PARTS.split(text.strip())
    return len(parts) >= 2 and len(" ".join(parts[:-1]).split()) >= 2 and spelled_by_address(parts[-1], url)


_MENU_BRANDS = 2  # the brand named this often on one line: a menu's items named after the site


def brand_menu(text: str, url: str) -> bool:
    """`text` names the site's brand twice or more, each time a word that is a whole label of its host ("tracomeco"
    on tracomeco.com; "Thanh" of "Vị Thanh" on vithanh.example is a name's part, no brand): a menu's row."""
    labels = set(host_of(url).split(".")[:-1]) if url else set()
    words = (_NOT_LETTER.sub("", fold(word).lower()) for word in text.split())
    return sum(len(word) >= _SHORTEST and word in labels for word in words) >= _MENU_BRANDS
