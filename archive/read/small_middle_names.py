"""A signature at the article's end whose middle name lost its capital ("Mai viết Tăng", round 33).

A small site's writer types the name under the last paragraph (after the official texts' "/." or
a full stop) and a slip leaves one middle word in small letters. Only that slip is forgiven: three
or four words, a surname first, the last word and every other word capitalised, and the small word
one of the common middle names ("Văn", "Thị", "Viết", "Đức", "Ngọc" ...). A sentence that opens
with a surname's word goes on with a verb or a particle ("Mai sẽ về", "Lê được khen"), which is no
middle name, and ends in small letters; a caption runs longer. The name is written in proper case,
as the archive writes every name.
"""
from __future__ import annotations

from archive.read.line_sizes import END_PUNCT
from archive.read.bylines import parse_byline
from archive.text.normalize import fold, tone_key
from archive.text.surnames import is_surname, marked

Line = tuple[int, str]  # (1-based file line, text)

# Middle names, the common ones; a word that is mostly a particle ("Như", "Thế") is left out.
MIDDLE_NAMES = frozenset(tone_key(word) for word in """
Văn Thị Viết Đức Hữu Ngọc Minh Quốc Thanh Xuân Công Đình Bá Trọng Quang Kim Hồng Thu Anh Tuấn Huy
Duy Mạnh Tiến Khắc Đăng Gia Hoài Phú Trung Hải Thành Tấn Phước Vĩnh Chí Sỹ Sĩ Tất Hoàng Bảo Mỹ
Thúy Thùy Phương Bích Nhật Thiện Trí Diệu Khánh Ánh Lệ Kiều Tường Thái Đắc Doãn Đại
""".split())
_FOLDED_MIDDLE_NAMES = frozenset(fold(word) for word in MIDDLE_NAMES)  # a paste typed with no marks at all
_SENTENCE_END = tuple(p for p in END_PUNCT if p not in ":;")


def small_middle_name(rest: list[Line], at: int, lead: Line | None = None) -> tuple[str, ...]:
    """The name on line `at` of `rest`, in proper case, when it closes the article (the line above it,
    or the lead over the first, ends a sentence) and its only slip is a middle name in small letters."""
    above = (rest[at - 1] if at > 0 else lead or (0, ""))[1].rstrip()
    if not above.endswith(_SENTENCE_END):
        return ()
    mended = middle_mended(rest[at][1].strip())
    names = parse_byline(mended) if mended else ()
    return names if len(names) == 1 else ()


def middle_mended(text: str) -> str:
    """`text` with its one middle name in small letters capitalised, when that is its only slip: three or
    four words, a surname first, every other word capitalised ("Mai viết Tăng" -> "Mai Viết Tăng"); "" else."""
    words = text.split()
    if not 3 <= len(words) <= 4 or not all(word.isalpha() for word in words):
        return ""
    small = [i for i, word in enumerate(words) if word.islower()]
    if len(small) != 1 or small[0] in (0, len(words) - 1):
        return ""
    if not all(word[0].isupper() and word[1:].islower() for i, word in enumerate(words) if i != small[0]):
        return ""
    marks = marked(words)
    middle = tone_key(words[small[0]]) in MIDDLE_NAMES if marks else fold(words[small[0]]) in _FOLDED_MIDDLE_NAMES
    if not middle or not is_surname(words[0], marks):
        return ""
    return " ".join(word[0].upper() + word[1:] for word in words)
