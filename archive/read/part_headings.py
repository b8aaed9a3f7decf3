"""A heading that names a part of the text is never a person's name (issue 13, round 57).

An essay or a guide heads its parts in title case on their own lines: "Mở Bài", "Thân Bài", "Kết Bài"
(a school essay's three parts), "Lời Kết", "Lời Tựa", "Dẫn Nhập", and a numbered part: "Phần Một",
"Chương Hai", "Kỳ Ba", "Phần Kết". Two capitalised Vietnamese syllables, they read as a pen name,
and under the headline as its writer. The essay's heading words widen names.DOCUMENT_HEADINGS (the
headings of an official text); a part's word with a numeral in words (or "Kết", "Cuối") is read here.
Compared with tone marks, so a name that folds the same ("Phan Hải" for "Phần Hai") stays a name.
"""
from __future__ import annotations

# The numerals in words a part is counted with; a small one after a name's words counts a part too
# ("Kỳ hai.", dressed_signatures.miscased_name).
NUMERALS = frozenset("một hai ba bốn năm sáu bảy bẩy tám chín mười".split())
_PART_WORDS = frozenset("phần chương mục kỳ kì tập bài hồi".split())
_LAST_PARTS = frozenset(("kết", "cuối", "cuối cùng", "mở đầu"))
_MAX_TOKENS = 3  # "Phần Mười Hai"


def numbered_part(tokens: list[str]) -> bool:
    """"Phần Một", "CHƯƠNG HAI", "Phần Mười Hai", "Phần Kết": a part's word, then its number in words."""
    words = [token.lower() for token in tokens]
    if not 2 <= len(words) <= _MAX_TOKENS or words[0] not in _PART_WORDS:
        return False
    rest = words[1:]
    return all(word in NUMERALS for word in rest) or " ".join(rest) in _LAST_PARTS
