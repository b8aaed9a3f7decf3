"""A body's kind and the next word making a common word, not a body's name (rounds 47 and 58): "Hội
nghị" is a meeting, not an association; "Ban hành" an action, not a board; "Phòng chống" a verb, not
an office; "Khoa học" science, not a faculty. The one list for the rules that read a line as a body's
name by the kind opening it: `clock_mastheads.body_name` (a masthead over the site's clock) and
`chained_mastheads.chained_masthead` (an institution's units chained by dashes).
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
