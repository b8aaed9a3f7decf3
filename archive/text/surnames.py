"""Vietnamese surnames, matched with their tone marks where the text carries them.

A surname is a closed list, but many Vietnamese words fold (archive.text.normalize.fold)
to a surname: "Đô" (a capital) and "Đỗ", "Đảng" (the Party) and "Đặng", "Lệ" and "Lê".
So a name printed with marks must carry the surname's own marks ("Lao Động Thủ Đô" ends
on no surname, "Trần Văn Đỗ" does); only a name printed without any mark (an unaccented
paste, "Nguyen Van An") is matched folded. Tone placement ("Hoà"/"Hòa"), capitals
("ĐẶNG") and NFD text compare alike (tone_key).
"""
from __future__ import annotations

from functools import lru_cache

from archive.text.normalize import fold, tone_key

# As printed: the common ones first (Nguyễn, Trần, Lê, Phạm, Hoàng/Huỳnh, Phan, Vũ/Võ, Đặng,
# Bùi, Đỗ, Hồ, Ngô, Dương, Lý), then the rest met in bylines and officials' names, then the
# surnames of the northern peoples (Tày, Thái, Mông: "Cầm", "Sầm", "Vàng", "Sùng", "Lầu", "Lù"), and the rare
# "Trà" (read/names.py holds the districts named with it, "Trà My", "Trà Bồng", as places).
# Where two spellings or two surnames fold alike, both ("Lý"/"Lí", "Ma"/"Mã", "La"/"Lã", "Hàn"/"Hán").
TONED = frozenset(tone_key(word) for word in """
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lí
Đào Đoàn Vương Trịnh Trương Lâm Phùng Mai Tô Hà Tạ Lương Đinh Lưu Cao Quách Thái Châu
La Lã Lại Kiều Chu Chử Đàm Khúc Triệu Thân Tăng Hứa Âu Mạc Nghiêm Ông Tống Diệp Giang Hầu Khổng
Lữ Lư Lục Ma Mã Phí Quan Quản Thạch Từ Vi Viên Bế Nông Lò Lù Ninh Kim Doãn Hàn Hán
Lăng Lạc Bạch Bành Cù Điêu Điểu Giáp Khuất Kha Khâu Liêu Liễu Lộc Mẫn Nhâm
Tôn Ưng Ứng Cấn Cầm Sầm Cung Vàng Sùng Khương Tiêu Chế Lầu Trà
""".split())

# The clan names of the Central Highlands peoples (Ê Đê, Jrai: "Djuang Niê", "Ksor Phước", "Y Thanh
# Niê Kđăm"), folded: spelt many ways ("Niê"/"Nie", "Kpă"/"Kpa") and no Vietnamese word folds like them.
CLANS = frozenset("""
nie ksor siu rmah kpa rcom mlo eban bya adrong ayun hdok kbuor enuol rlan kdam
""".split())

# Every surname folded: how a name printed with no mark at all is matched.
FOLDED = frozenset(fold(key) for key in TONED) | CLANS


def marked(words: list[str]) -> bool:
    """Any of the words printed with a Vietnamese mark (a tone, "ê", "ư", "đ"): the name's text
    carries marks, so its surname must carry its own."""
    return any(fold(word) != word.lower() for word in words)


@lru_cache(maxsize=4096)  # the same few hundred capitalised words are asked about in every article
def is_surname(word: str, with_marks: bool) -> bool:
    """`word` is a surname; `with_marks`: the name it stands in is printed with marks."""
    folded = fold(word).strip(".")
    if folded in CLANS:
        return True
    if not with_marks:
        return folded in FOLDED
    return tone_key(word.strip(".")) in TONED


def surname_at_end(words: list[str]) -> bool:
    """A surname opens the name, or (given name first) ends it."""
    with_marks = marked(words)
    return bool(words) and (is_surname(words[0], with_marks) or is_surname(words[-1], with_marks))
