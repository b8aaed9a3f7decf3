"""Credit labels that name the writer only with their colon (round 36): "Đưa tin: X" (reported by,
as "Người đưa tin:"), "Viết bài: X", "Tin bài: X", "Tường thuật: X" (a report's writer), "Ghi: X" (who
took the notes), "Thông tin: X" (a school's or a unit's news, its giver), "Biên soạn: X" (compiled, as
"Tổng hợp:" and "Sưu tầm:"), "Chấp bút: X" (who held the pen), and the "Người ..." forms ("Người thực
hiện:", "Người tổng hợp:", "Người biên soạn:"). Their words also make phrases ("Thông tin về ...",
"Ghi nhận", "Tường thuật trực tiếp"), so without the colon they are no label, unlike names.LABELS,
which may end with a dash or "của". The editor ("Biên tập:") and the photographer ("Ảnh:") are other
credits (source_credits.py), and what follows the colon must still be a person's name.
"""
from __future__ import annotations

from archive.text.normalize import fold

COLON_LABELS = frozenset((
    "dua tin", "viet bai", "tin bai", "tuong thuat", "ghi", "thong tin", "bien soan", "chap but",
    "nguoi thuc hien", "nguoi tong hop", "nguoi bien soan", "nguoi tuong thuat",
))


def colon_label(head: str) -> bool:
    """The text before a colon is one of these labels, with tone marks or none, any case."""
    return len(head) <= 20 and " ".join(fold(head).split()) in COLON_LABELS
