"""The kinds of body a name opens with, and the kind's word made a common word by the word after it.

Three rules read a line as a body's name by the kind opening it, each with its reach: `sources.organ_name`
(a state organ or a public service: `ORGAN_KINDS`), `clock_mastheads.body_name` (a masthead over the site's
clock: an association's, a union's or a company's, `ASSOCIATION_KINDS`) and
`chained_mastheads.chained_masthead` (an institution's units chained by dashes: all of them and the units
inside a school, a ministry or the Party, `UNIT_KINDS`). A school's kind runs on through its levels
("Trường Phổ thông Dân tộc Nội trú Trung học cơ sở X": `SCHOOL_LEVELS`, round 110), no part of its name.

A body's kind and the next word making a common word is no body's name (rounds 47 and 58): "Hội nghị" is a
meeting, not an association; "Ban hành" an action, not a board; "Phòng chống" a verb, not an office; "Khoa
học" science, not a faculty (`KIND_COMPOUNDS`, for the last two rules).
"""
from __future__ import annotations

from archive.text.normalize import fold

# Folded, lower case: the kind's last word and the word after it.
KIND_COMPOUNDS = frozenset(fold(word).lower() for word in """
hội nghị|hội thảo|hội thi|hội diễn|hội chợ|hội trại|hội xuân|hội khỏe|hội làng|hội ngộ|hội đàm|hội tụ|
hội nhập|hội họp|hội báo|hội giảng|đoàn kết|đoàn viên|đoàn tụ|ban hành|ban bố|ban đầu|quỹ đạo|
phòng chống|phòng ngừa|phòng tránh|phòng cháy|phòng bệnh|phòng dịch|phòng khám|khoa học|trường hợp|
bộ đề|bộ sưu|tổ chức|tổ quốc|viện trợ|viện phí|sở hữu|sở thích|vụ án|vụ việc|vụ mùa
""".replace("\n", "").split("|"))

# As printed; each rule tone-keys or folds them as it reads.
ORGAN_KINDS = ("Trung tâm", "Sở", "Ban", "Trường", "Bệnh viện", "Công ty", "Tổng Công ty", "UBND", "Ủy ban nhân dân",
               "Viện", "Học viện", "Chi cục", "Cục", "Văn phòng")
ASSOCIATION_KINDS = ("Công đoàn", "Tổng Liên đoàn", "Liên đoàn", "Hội", "Tổng hội", "Hiệp hội", "Liên hiệp", "Ủy ban",
                     "Uỷ ban", "Ban", "Công ty", "Tổng Công ty", "Tập đoàn", "Đoàn", "Câu lạc bộ", "Hợp tác xã", "Quỹ",
                     "Liên minh", "Mặt trận")
UNIT_KINDS = ("Khoa", "Bộ môn", "Phòng", "Tổ", "Đại học", "Cao đẳng", "Bộ", "Tổng cục", "Vụ", "Hội đồng", "Đảng bộ",
              "Đảng ủy")
# The words after "Trường" that say what school it is, part of its kind (round 110): a boarding school's full
# name runs to a dozen words before its place's ("TRƯỜNG PHỔ THÔNG DÂN TỘC NỘI TRÚ TRUNG HỌC CƠ SỞ BÌNH LONG").
SCHOOL_KIND = "Trường"
SCHOOL_LEVELS = ("Phổ thông", "Dân tộc nội trú", "Dân tộc bán trú", "Trung học cơ sở", "Trung học phổ thông",
                 "Trung học", "Tiểu học", "Mầm non", "Mẫu giáo", "Liên cấp", "Trung cấp", "Cao đẳng", "Đại học",
                 "THCS", "THPT", "PTDTNT", "PTDTBT", "PTDT", "PTCS", "PTTH", "TH", "MN", "TC", "CĐ", "ĐH")
