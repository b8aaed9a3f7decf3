"""A name under the head that the text itself names as its subject: "Nhà văn Trương Thị Hà" printed
under the date line (a portrait's caption), then "... nhà văn Trương Thị Hà – Chủ tịch Hội ... cho
biết" in the lead. A writer is not named by her title in her own text; the one interviewed is. Only a
name with a title ("Nhà văn", "Nhà thơ", "PGS.TS") reads so: a bare pen name may recur by chance."""
from __future__ import annotations

import re

from archive.read.bylines import split_prefix
from archive.text.normalize import fold

Line = tuple[int, str]


def named_in_text(bylines: dict[int, tuple[str, ...]], rest: list[Line]) -> bool:
    """Whether a titled name among the head's `bylines` recurs, with its title, in the text below."""
    titled = [name for names in bylines.values() for name in names if _titled(name)]
    if not titled:
        return False
    text = " ".join(fold(line).lower() for _, line in rest)
    return any(fold(name).lower() in text for name in titled)


def _titled(name: str) -> bool:
    prefix, bare = split_prefix(name)
    return bool(prefix) and len(bare.split()) >= 2


def common_words(names: tuple[str, ...], lines: list[Line]) -> bool:
    """Whether a name of the head is words the text prints with a small letter: "Phật Đản - 20/05/2022"
    under "Lễ tắm Phật tại Đại lễ Phật đản": a section's name, no writer (every word of a name is capitalised)."""
    text = "\n".join(line for _, line in lines)
    for name in names:
        if len(name.split()) < 2:
            continue
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)", re.IGNORECASE)
        if any(any(word[:1].islower() for word in m.group().split()) for m in pattern.finditer(text)):
            return True
    return False
