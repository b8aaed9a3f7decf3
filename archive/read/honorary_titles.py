"""The state's honorary titles written out in words, which a byline keeps before a writer's name (issue 13, round 109).

"Anh hùng Lao động Lê Văn Tam", "Nhà giáo Ưu tú Nguyễn Văn An", "Thầy thuốc Nhân dân ...": the short forms ("NGƯT",
"NSND", "TTƯT") were read already (names.PREFIXES). Folded, and placed first among the prefixes, so that "nhà giáo
ưu tú" is taken whole before "nhà giáo". A byline keeps one only before a full name, a surname first (bylines.py): a
caption names an artist by a stage name ("Nghệ sĩ ưu tú Xuân Vinh"), the subject of the page, not its writer.
"""
from __future__ import annotations

HONORARY_TITLES = ("anh hung lao dong", "anh hung luc luong vu trang nhan dan", "anh hung llvtnd", "nha giao nhan dan",
                   "nha giao uu tu", "nghe si nhan dan", "nghe si uu tu", "thay thuoc nhan dan", "thay thuoc uu tu",
                   "nghe nhan nhan dan", "nghe nhan uu tu")
