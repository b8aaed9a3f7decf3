"""A "by" label in capitals with no colon, over words that are no full name (issue 13, round 48).

A sidebar prints its sections' labels in capitals: "TÁC GIẢ QUEN THUỘC" (familiar writers), "TÁC GIẢ
NỔI BẬT", "NGƯỜI VIẾT TRẺ". Read as "Tác giả" and a name, the words after the label pass for a two-word
pen name ("Quen Thuộc"): in capitals, a name's capitals tell nothing. A byline in capitals with its
label and no colon names a full name, a surname first ("TÁC GIẢ NGUYỄN VĂN AN"); words with no
surname after an uncoloned label in capitals are the label's own, never a byline. With a colon
("TÁC GIẢ: HỮU THỈNH"), or in sentence case ("Tác giả Hữu Thỉnh"), a pen name still reads.
"""
from __future__ import annotations

import re

from archive.read import names as vocab
from archive.read.person_names import has_surname
from archive.text.normalize import fold

_BARE = re.compile(rf"\s*(?:{'|'.join(re.escape(b) for b in vocab.BY_LABELS)})\s+(?=\w)")


def capitals_label_only(line: str, authors: tuple[str, ...] | list[str]) -> bool:
    """The line is a "by" label in capitals, no colon, over words no author of which has a surname."""
    if not line.isupper() or ":" in line:
        return False  # cheap tests first
    return bool(_BARE.match(fold(line))) and not any(has_surname(author) for author in authors)
