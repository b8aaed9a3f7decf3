"""What stands before a name on a byline (issue 13): a degree, rank or title that stays with it
("TS.", "Thiếu tá, ThS."), and a label that goes ("Thực hiện:", "Tin, ảnh:", "CTV-", "Ký của",
"Bởi"). Whether what is left is a person's name is person_names.py's to say.
"""
from __future__ import annotations

import re

from archive.read import names as vocab
from archive.read.court_titles import post_before_name
from archive.read.credit_labels import colon_label
from archive.read.genre_credits import genre_credit
from archive.read.hyphen_saints import saint_after_title
from archive.read.press_credits import bare_label_end
from archive.read.religious_titles import title_before_religious_name
from archive.text.normalize import fold


def split_prefix(text: str) -> tuple[str, str]:
    """("Thiếu tá, ThS.", "Đoàn Văn Hiếu") from "Thiếu tá, ThS. Đoàn Văn Hiếu" (one C test first: most open with none)."""
    at = 0
    while True:
        rest = text[at:]
        folded = fold(rest)
        found = folded.startswith(vocab.PREFIXES) and next((p for p in vocab.PREFIXES if folded.startswith(p) and _prefix_ends(folded, len(p))), "")
        length = len(found) if found else title_before_religious_name(rest)  # "Cha Giuse", "HT. Thích"
        length = length or saint_after_title(text[:at], rest)  # "LM An-phong": a saint's name in syllables
        length = length or post_before_name(rest)  # "TP Võ Thị Tám", "KSV Lê An": a judge's, a prosecutor's post
        length = length or _master_cut_short(rest)  # "Vs Trần Nguyên Đạo"
        if not length:
            break
        at += length
        while at < len(text) and text[at] in " ,":
            at += 1
    return text[:at].rstrip(" ,"), text[at:]


# A martial-arts master's title cut short as "ks." is ("Vs Trần Nguyên Đạo", round 117), in its case as printed:
# "VS" and "vs" say "versus" ("VS Thái Lan").
_MASTER_CUT_SHORT = re.compile(r"Vs(?:\.|(?= ))")


def _master_cut_short(text: str) -> int:
    found = _MASTER_CUT_SHORT.match(text)
    return found.end() if found else 0


def _prefix_ends(folded: str, length: int) -> bool:
    return length < len(folded) and (folded[length] in " ," or folded[length - 1] == ".")


def strip_label(text: str) -> tuple[str, bool]:
    """("ANH DŨNG - QUÁCH HÙNG", True) from "Thực hiện: ANH DŨNG - QUÁCH HÙNG"; a label may
    also end with a dash ("CTV- Nguyễn Thơm"), with "của" ("Ký của Minh Ngọc"), or, when it
    is a credit's initials in capitals, with a space ("CTV Kim Hoàng")."""
    if _other_phrase(text):
        return text, False
    head, colon, rest = text.partition(":")
    if colon and (fold(head).strip() in vocab.LABELS or _CREDITS_LABEL.fullmatch(fold(head).strip()) or colon_label(head)
                  or _TEAM_LABEL.fullmatch(" ".join(fold(head).split()))):
        return rest.strip(), True
    bare = bare_label_end(text)  # "Bài và ảnh Nguyễn Lâm": a credit label, its colon left out
    if bare:
        return text[bare:].strip(), True
    if named := genre_credit(text):  # "Truyện ngắn Nguyễn Văn An", "truyện ngắn nguyễn thị thảo an" (round 92)
        return named, True
    folded = fold(text)
    if len(folded) != len(text):
        return text, False  # offsets would not agree
    by = BY_LABEL.match(folded)
    if by:  # "Bởi Phan Văn An", "Đăng bởi Minh Anh": the label says "by", no colon needed
        return text[by.end():].strip(), True
    for label in vocab.LABELS_LONGEST_FIRST:
        if folded.startswith(label):
            after = _AFTER_LABEL.match(folded, len(label))
            capitals = label.rstrip(".") in vocab.NOT_NAME_TOKENS and text[:len(label)].isupper() \
                and text[len(label):len(label) + 1] == " "  # "CTV Kim Hoàng", "PV Minh Anh", "GV. Lê Bình"
            if after or capitals:
                return text[after.end() if after else len(label):].strip(), True
    return text, False


# Labels whose folded spelling is also another phrase: "Người viết" (the writer) folds as "Người
# Việt" (the Vietnamese, an overseas paper's name) does, so only its own marks make it the label.
_MARKED_LABELS = {"nguoi viet": "người viết"}


def _other_phrase(text: str) -> bool:
    """True when `text` opens with a label's folded spelling but not with its marks ("Người Việt ...")."""
    folded = fold(text[:12])
    return any(folded.startswith(label) and not text.lower().startswith(marked)
               for label, marked in _MARKED_LABELS.items())


# The credits of the text and of other media joined in one label: "Tin, bài, ảnh:", "Bài, ảnh, video:", "Tin – ảnh:",
# "TIN, BÀI:", a station's "Tin, hình:" (the footage); the writer's is among them, so the name after
# the colon is the author.
_CREDITS_LABEL = re.compile(r"(?:tin|bai|bai viet)(?:\s*(?:,|&|/|-|–|—|va)\s*(?:tin|bai|anh|hinh|video|clip|do hoa)){1,3}")
# A "by" label opening a line or a date line's part, folded, then a space; a colon or a table's
# bar may stand between ("Tác giả | Minh Anh": a field pasted from a table).
# A reporters' team or a reporter credited with the paper ("Nhóm PV Báo X:", "Phóng viên Đài Y:", conventions
# round 25): the writers' label, so the names after its colon are the writers, not a source's.
_TEAM_LABEL = re.compile(r"(?:nhom\s+)?(?:pv|ptv|ctv|phong vien|cong tac vien)\s+(?:bao|tap chi|dai|truyen hinh|ttxvn|vov|vtv)\b.{0,40}")
BY_LABEL = re.compile(rf"(?:{'|'.join(re.escape(b) for b in vocab.BY_LABELS)})\s*[:|]?\s+(?=\w)")
_AFTER_LABEL = re.compile(r"\s*[-–—]\s*(?=\w)|\s+cua\s+(?=\w)")  # "CTV- ", "Ký của "
