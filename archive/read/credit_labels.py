"""Credit labels that name the writer only with their colon (round 36): "Đưa tin: X" (reported by,
as "Người đưa tin:"), "Viết bài: X", "Tin bài: X", "Tường thuật: X" (a report's writer), "Ghi: X" (who
took the notes), "Thông tin: X" (a school's or a unit's news, its giver), "Biên soạn: X" (compiled, as
"Tổng hợp:" and "Sưu tầm:"), "Chấp bút: X" (who held the pen), and the "Người ..." forms ("Người thực
hiện:", "Người tổng hợp:", "Người biên soạn:"). Their words also make phrases ("Thông tin về ...",
"Ghi nhận", "Tường thuật trực tiếp"), so without the colon they are no label, unlike names.LABELS,
which may end with a dash or "của". The editor ("Biên tập:") and the photographer ("Ảnh:") are other
credits (source_credits.py), and what follows the colon must still be a person's name.

Round 57: a profession or a title written in words before a colon ("Nhà báo: X", "Bác sĩ: X", "Luật sư:
X", "Kỹ sư: X") is such a label too, and so is a school's role ("Học sinh: X", "Giáo viên: X"). Without
the colon it stays before the name as a title ("Nhà báo X", names.PREFIXES); with it, the page prints a
field's label, and the field's value is the name.
"""
from __future__ import annotations

from archive.read.names import PREFIXES
from archive.text.normalize import fold

COLON_LABELS = frozenset((
    "dua tin", "viet bai", "tin bai", "tuong thuat", "ghi", "thong tin", "bien soan", "chap but",
    "nguoi thuc hien", "nguoi tong hop", "nguoi bien soan", "nguoi tuong thuat",
    # round 57: a school's or a forum's writer by role ("Học sinh: X", "Giáo viên: X", "Người gửi: X"),
    # a journalist's old word ("Ký giả: X"), the collector ("Người sưu tầm: X")
    "hoc sinh", "sinh vien", "giao vien", "co giao", "thay giao", "nguoi gui", "ky gia", "nguoi suu tam",
))
# The titles names.PREFIXES writes out in words ("nha bao", "bac si", "dai ta"), not the short forms ("ts.", "bs").
_TITLE_WORDS = frozenset(title for title in PREFIXES if " " in title and "." not in title)


def colon_label(head: str) -> bool:
    """The text before a colon is one of these labels, with tone marks or none, any case."""
    folded = " ".join(fold(head).split())
    return len(head) <= 20 and (folded in COLON_LABELS or folded in _TITLE_WORDS)
