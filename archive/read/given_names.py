"""A writer signing with a given name alone, on its own line right under a headline in capitals and over
the text, as a blog's post prints its author ("Phương", round 28). One word is a name only from a closed
list of common given names, and only in that slot with nothing else on the line: a one-word section
label ("Tiêu điểm" is two, "Video" none of these), a place ("Vinh", "Huế": PLACES) or an interjection
is no writer. Given names that are common words too ("Xuân", "Hoa", "Mai", "Nam", "Long", "An", "Việt",
"Trung", "Đông", "Hòa", "Tâm") are left out: a line holding one may be a season's or a section's label.
The same name after a writer's label ("Tác giả: Phương", "BÀI VÀ ẢNH: PHƯƠNG", in capitals too) is the
same signature (conventions round 23), written in proper case; alone in capitals ("PHƯƠNG") it is a
masthead's word (round 28).
"""
from __future__ import annotations

from archive.read import names as vocab
from archive.read.line_sizes import END_PUNCT, HEADLINE_WORDS
from archive.read.name_labels import strip_label
from archive.text.normalize import fold, tone_key

Line = tuple[int, str]  # (1-based file line, text)

GIVEN_NAMES = frozenset(tone_key(word) for word in """
Anh Bình Châu Chi Cúc Cường Dung Dũng Duy Đạt Điệp Đức Giang Hạnh Hằng Hân Hậu Hiền Hiếu Hoài Hồng Huệ
Hùng Hưng Hương Hường Huy Huyền Khang Khánh Khoa Lan Linh Loan Ly Minh My Nga Ngân Ngọc Nguyên Nhung
Oanh Phong Phúc Phương Quân Quang Quyên Quỳnh Sơn Thanh Thảo Thắng Thủy Thúy Thư Tiến Trang Tú Tuấn
Tùng Uyên Vân Vy Yến
""".split())
_TEXT_WORDS = 12  # the line under the name opens the text: a paragraph, not a caption or a label


def lone_given_name(lines: list[Line], index: int) -> tuple[str, ...]:
    """The given name alone on the line at `index` of the head, as a byline; () when it is not one."""
    text, labelled = strip_label(lines[index][1].strip())  # "Tác giả: Phương": the writer's label goes
    text = text[:1] + text[1:].lower() if labelled and text.isupper() else text  # "BÀI VÀ ẢNH: PHƯƠNG"
    if index < 1 or index + 1 >= len(lines) or " " in text or not (text[:1].isupper() and text[1:].islower()):
        return ()
    if tone_key(text) not in GIVEN_NAMES or fold(text) in vocab.PLACES:
        return ()
    above, below = lines[index - 1][1], lines[index + 1][1]
    if not (above.isupper() and len(above.split()) >= HEADLINE_WORDS):
        return ()
    if not (below.endswith(END_PUNCT) and len(below.split()) >= _TEXT_WORDS):
        return ()
    return (text,)
