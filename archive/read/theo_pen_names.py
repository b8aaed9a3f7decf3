"""A pen name of given names after "Theo" credits a person (conventions round 15, issue 13).

Round 11 took only a full name or initials after "Theo" for a person, since a pair of capitalised
words may be a paper's ("Theo Tuổi Trẻ", "Theo Thanh Niên"). Yet most writers of provincial papers
and portals sign with a pen name of two or three given names ("Theo Hồng Phương", "Theo Xuân Thu"),
and reposts credit them so at the text's end. Papers, agencies, countries and offices are named with
words that are no given names ("Niên", "Dân", "Phong" after "Tiền", "Trẻ", "Quốc" after "Trung"...)
or are listed (`names.PAPER_NAMES`, `names.PLACES`, `country_names.py`). So two or three capitalised
words, each one of the common given or middle names of a closed list, are a person's pen name. A
source in capitals ("TTXVN", "VOV"), a document ("Nghị quyết ..."), an office ("Bộ Y tế") or a
paper ("báo Nhân Dân") fails on its first word.
"""
from __future__ import annotations

from archive.read import names as vocab
from archive.read.country_names import FOLDED_SOURCE_NAMES
from archive.read.name_labels import split_prefix
from archive.text.normalize import fold, tone_key
from archive.text.surnames import marked

# Common given and middle names. Left out: words that name papers, bodies and texts more often than
# they sign ("Dân", "Niên", "Quốc", "Hóa", "Ninh", "Quyết", "Tiền", "Triều", "Thụy", "Lĩnh"); "Trung",
# "Anh", "Thái" are kept, the countries they make listed below.
PEN_NAME_WORDS = frozenset(tone_key(word) for word in """
An Anh Ánh Bá Bảo Bích Bình Cảnh Châu Chi Chí Chiến Chinh Chung Công Cúc Cường Diệp Diệu Doãn Dung
Dũng Duy Duyên Dương Đạo Đạt Đăng Điệp Đình Định Đoan Đông Đức Gia Giang Hà Hải Hạnh Hào Hằng Hân
Hậu Hiền Hiển Hiếu Hiệp Hinh Hoa Hoài Hoàn Hoàng Hòa Hoà Hồng Huân Huệ Hùng Hưng Hương Hường Huy
Huyền Khang Khanh Khánh Khải Khiêm Khoa Khôi Kiên Kim Lam Lan Lâm Lệ Liên Liêm Linh Loan Long Luân
Lực Lương Ly Mai Mạnh Minh Mến My Mỹ Nam Nga Ngân Nghĩa Ngọc Nguyên Nguyệt Nhàn Nhân Nhật Nhi Như
Nhung Oanh Phát Phi Phong Phú Phúc Phước Phương Quân Quang Quế Quý Quí Quyên Quỳnh Sang Sơn Sinh
Tài Tâm Tân Tấn Thái Thanh Thành Thảo Thắm Thắng Thiện Thịnh Thoa Thoả Thỏa Thu Thuấn Thủy Thuỷ
Thúy Thuý Thùy Thư Thương Tiến Tiên Tình Toàn Trang Trâm Trí Trinh Trọng Trung Trường Tú Tuấn
Tùng Tuyết Tường Uyên Văn Vân Việt Vinh Vĩnh Võ Vũ Vy Xuân Yến
""".split())
_FOLDED_WORDS = frozenset(fold(word) for word in PEN_NAME_WORDS)  # a paste typed with no marks at all


def pen_name(author: str) -> bool:
    """Two or three capitalised given names, no paper's, place's or body's name: "Hồng Phương"."""
    words = split_prefix(author)[1].split()  # "TS. Hồng Phương": the degree stays before the name
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w[:1].isupper() for w in words):
        return False
    if named_source(author):
        return False
    if marked(words):
        return all(tone_key(word) in PEN_NAME_WORDS for word in words)
    return all(fold(word).lower() in _FOLDED_WORDS for word in words)


def named_source(author: str) -> bool:
    """A paper's, a place's, a country's or a body's name, however its words read ("Thái Lan" opens with
    a surname): what "Theo" credits then is a source."""
    folded = fold(split_prefix(author)[1]).lower()
    return (folded in vocab.PAPER_NAMES or folded in vocab.PLACES or folded in vocab.NOT_NAMES
            or folded in FOLDED_SOURCE_NAMES)
