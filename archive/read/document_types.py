"""The types a document prints in capitals over its subject ("QUYẾT ĐỊNH", "TƯỜNG TRÌNH"), in one list.

The Party's and the state's types (36-HD/VPTW, Nghị định 30/2020/NĐ-CP) are what document_headers.py
reads a formal header by. Bodies outside them (a religious order, a union, an association) print the
same types and a few of their own ("TƯỜNG TRÌNH", a report of an event; "DIỄN VĂN", a speech; "THƯ
MỜI"). A type word alone on a line in capitals is never a writer's name, even where its first word is
a surname ("Tường", round 34): the byline parse asks `type_line`.
"""
from __future__ import annotations

import re

from archive.text.normalize import fold

# The Party's and the state's types, folded, longest first (a type line opens with one of them).
DOCUMENT_TYPES = tuple(sorted("""
nghi quyet, quyet dinh, chi thi, ket luan, quy che, quy dinh, thong tri, huong dan, thong bao, ke hoach,
chuong trinh, de an, du an, phuong an, to trinh, bao cao, cong van, cong dien, bien ban, loi keu goi,
thu ngo, thu chuc mung, tuyen bo, thong cao, thong tu, nghi dinh, lenh, giay moi, de cuong, dieu le
""".replace("\n", " ").split(", "), key=len, reverse=True))
# The types other bodies print too: a report of an event, a speech, an invitation, a message, an open word.
OTHER_TYPES = ("tuong trinh", "dien van", "dien tu", "thu moi", "thu cam on", "thong diep", "tam thu", "loi ngo",
               "loi keu goi", "thu gui", "bao cao tong ket",
               "thong bach")  # round 36: a Buddhist body's notice ("THÔNG BẠCH"), its own word for "thông báo"
TYPE_WORDS = frozenset(t.strip() for t in DOCUMENT_TYPES + OTHER_TYPES)
# A letter's or a notice's subject line, folded: "V/v dời lịch ...", "Về việc ..." (document_headers.py,
# type_subjects.py).
SUBJECT_LABEL = re.compile(r"^v/v\b|^ve viec\b")
_LONGEST = max(len(t) for t in TYPE_WORDS) + 4  # room for spaces and a colon


def type_line(text: str) -> bool:
    """`text` is a type alone, printed in capitals ("TƯỜNG TRÌNH", "THƯ NGỎ:"), with tone marks or none."""
    text = text.strip()
    return len(text) <= _LONGEST and text.isupper() and " ".join(fold(text).rstrip(":").split()) in TYPE_WORDS
