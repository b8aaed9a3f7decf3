"""The names of countries, and of bodies and regions, that read as a person's given names: one list that
the "Theo X" rules share (theo_pen_names.named_source, theo_given_names), and a date line's parts (a dateline's
country is no writer: section_bylines.meta_names, round 112).

After "Theo" a repost credits a writer or a source. "Theo Nga", "Theo Đức", "Theo Thái Lan" (it even
opens with a surname) credit a country's press, and "Theo Công An", "Theo Tân Hoa" a body or an
agency: every word of them is also a common given name, so the closed lists of given names alone
would take them for pen names. Folded (no tone marks, small letters), as the rules compare them.
"""
from __future__ import annotations

from archive.text.normalize import fold

# "Anh" is Britain, "Triều" Korea's north ("Triều Tiên" elsewhere), "Hàn" its south. The older two-word names an
# overseas community still prints in a dateline ("Speyer, Đức Quốc, chủ nhật, ngày ...", round 112) read as a
# surname or a middle name and a given name too.
COUNTRIES = (
    "Anh", "Nga", "Đức", "Mỹ", "Nhật", "Pháp", "Lào", "Hàn", "Ý", "Úc", "Triều",
    "Trung Quốc", "Anh Quốc", "Thái Lan", "Việt Nam", "Hồng Kông", "Hồng Công",
    "Đức Quốc", "Pháp Quốc", "Mỹ Quốc", "Hoa Kỳ", "Hàn Quốc", "Nhật Bản", "Ba Lan", "Na Uy", "Thụy Sĩ", "Thụy Điển",
    "Đan Mạch", "Phần Lan", "Ấn Độ", "Đài Loan", "Úc Châu", "Gia Nã Đại", "Tân Tây Lan", "Tây Ban Nha",
    "Bồ Đào Nha", "Cam Bốt", "Miến Điện", "Tân Gia Ba", "Phi Luật Tân", "Ai Cập",
)
# Bodies, agencies and regions: the police, the navy, the centre, Xinhua, the South-East ...
BODIES = (
    "Công An", "Gia Đình", "Nhân Đạo", "Văn Hiến", "Hải Quân", "Minh Hải", "Phương Đông", "Tây Nam",
    "Đông Nam", "Quân Khu", "Trung Ương", "Thanh Tra", "Tân Hoa",
)
FOLDED_COUNTRIES = frozenset(fold(name) for name in COUNTRIES)
FOLDED_SOURCE_NAMES = FOLDED_COUNTRIES | frozenset(fold(name) for name in BODIES)

# The world's regions, whose two words read as a surname and a given name ("Châu Âu": Europe; round 85): a name
# ending so is a headline's phrase ("Khủng Hoảng Châu Âu: ..."), no person.
REGIONS = frozenset(fold(name) for name in (
    "Châu Âu", "Châu Á", "Châu Phi", "Châu Mỹ", "Châu Úc", "Bắc Mỹ", "Nam Mỹ", "Mỹ La-tinh", "Trung Đông", "Bắc Âu",
    "Nam Âu", "Tây Âu", "Đông Âu", "Nam Á", "Bắc Phi", "Nam Phi",
))
