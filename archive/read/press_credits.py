"""How Vietnamese papers dress the writer's name (issue 13, conventions round 3), where the byline
rules in bylines.py and byline_slots.py read it once these are undone:
- a credit label typed without its colon ("Bài và ảnh Nguyễn Lâm", "Phóng viên Thu Trang"): only
  the labels that can only credit (never a genre or a verb: "Thực hiện Nghị quyết" stays);
- a rank or title in capitals before a name in capitals ("THƯỢNG TÁ NGUYỄN ĐỨC THỌ"): written as
  the archive writes the name, "Thượng tá"; a degree's initials ("PGS.TS") stay as printed;
- a paper's "follow us" button glued after the name ("Minh Tuấn Theo dõi Báo X trên Google News");
- a name alone in brackets on the line after the last paragraph ("(Hồng Nhung)");
- a person's words reported after their name and post ("Nguyễn Thị Hoa, Công chức xã cho biết"): a
  sentence about someone, never a writer's post; nor is a post that goes on into what the person
  does where ("– Giảng viên hướng dẫn sinh viên thực hành tại xưởng"), a photo's caption.
"""
from __future__ import annotations

import re

from archive.read.author_fields import is_author_field
from archive.read.blocks import CAPTION_CUES
from archive.read.degree_initials import usual_initials
from archive.read.religious_names import SAINT_NAMES
from archive.text.normalize import fold

# Credit labels, folded, that a paper prints with a space for the colon; each only ever credits.
_BARE_LABELS = ("bai va anh", "tin va anh", "bai, anh", "tin, anh", "bai - anh", "tin - anh", "bai & anh",
                "tin & anh", "bai/anh", "tin/anh", "phong vien", "cong tac vien")
_BARE_LABEL = re.compile(r"(?:" + "|".join(re.escape(label) for label in _BARE_LABELS) + r")\s+(?=\w)")


def bare_label_end(text: str) -> int:
    """Where the name starts after a credit label printed with no colon, or 0. The name must open
    with a capital ("Phóng viên thường trú ..." is no label)."""
    folded = fold(text)
    if len(folded) != len(text):
        return 0  # offsets would not agree
    found = _BARE_LABEL.match(folded)
    return found.end() if found and text[found.end()].isupper() else 0


def cased_prefix(prefix: str) -> str:
    """"Thượng tá" from "THƯỢNG TÁ", "Đại tá, ThS." from "ĐẠI TÁ, ThS.": a rank or title in words,
    printed in capitals with the name, in the case the archive writes; initials ("PGS.TS") stay as
    printed, but those written in mixed case ("ThS." from "THS.", degree_initials.py). A saint's
    name in it is a name (round 36): "Đức cha Giuse" from "ĐỨC CHA GIUSE",
    "Linh mục Vinh Sơn", "LM. Giuse", and "Giuse" alone from "GIUSE"."""
    parts = [p.strip() for p in prefix.split(",")]
    cased = [p if not p.isupper() else _saints_capitalised(p.capitalize()) if "." not in p and (" " in p or _saint_at(p.lower(), 0))
             else _saints_capitalised(usual_initials(p)) for p in parts]  # "LM. Giuse": the initials as printed, the saint's name a name
    return ", ".join(cased) if cased != parts else prefix  # nothing recased: the prefix as printed


_SAINTS = sorted((s for s in SAINT_NAMES if "." not in s), key=len, reverse=True)  # whole names, not "FX."


def _saint_at(words: str, at: int) -> int:
    """The length of the saint's name that starts at `at` in the words (lower case), or 0."""
    folded = fold(words[at:])
    return next((len(s) for s in _SAINTS if folded.startswith(s) and folded[len(s):len(s) + 1] in ("", " ")), 0)


def _saints_capitalised(text: str) -> str:
    """"Đức cha Giuse" from "Đức cha giuse": each word of a saint's name after the first word capitalised."""
    words, at = text.split(" "), 1
    while at < len(words):
        length = _saint_at(" ".join(words[at:]).lower(), 0)
        span = len(fold(" ".join(words[at:]))[:length].split()) if length else 1
        if length:
            words[at:at + span] = [w[:1].upper() + w[1:].lower() for w in words[at:at + span]]
        at += span
    return " ".join(words)


# A paper's button to follow it on a news app, glued after the writer's name on the same line.
# Its words are capitalised as a button's ("Theo dõi", "THEO DÕI"): "theo dõi ... trên" in a sentence goes on.
_FOLLOW = re.compile(r"\s*(?:Theo dõi|THEO DÕI)\s+\S.{0,60}?\s+(?:trên|TRÊN)(?:\s+Google News|\s+GOOGLE NEWS)?\s*$")


def without_follow(text: str) -> str:
    """"Minh Tuấn" from "Minh Tuấn Theo dõi Báo Mẫu trên" (a button alone is left as it is)."""
    found = _FOLLOW.search(text)
    return text[:found.start()] if found and found.start() > 0 else text


def unbracketed(text: str) -> str:
    """"Hồng Nhung" from "(Hồng Nhung)": a short line wholly in one pair of brackets; "" otherwise. A
    credit's label in it ("(Tin, ảnh: Trương Thị Lành, Trung tâm Dạy nghề ...)", round 61) may bring the
    writer's unit after the name, so a labelled line may be longer (the byline parse leaves the unit out)."""
    if not (text.startswith("(") and text.endswith(")")) or "(" in text[1:-1] or ")" in text[1:-1]:
        return ""
    inner = text[1:-1].strip()
    if len(text) > _BRACKETED_NAME and not (len(text) <= _BRACKETED_CREDIT and is_author_field(inner)):
        return ""
    return inner


_BRACKETED_NAME = 48  # a name or two in brackets
_BRACKETED_CREDIT = 120  # a label, the name, the writer's unit: a line of the page, not a paragraph


# The verbs a paper reports a person's words with, folded: after "name, post" they make a sentence.
_SAYING = re.compile(r"\b(?:cho biet|chia se|khang dinh|nhan manh|bay to|de nghi|cho rang|noi rang|tam su|phan khoi)\b")


def reports_words(folded: str) -> bool:
    """The folded text reports what someone said ("... cho biết thêm", "... chia sẻ")."""
    return bool(_SAYING.search(folded))


# "tại" before a small letter: where someone does something ("tại xưởng", "tại buổi lễ"); a post's
# place is a proper name ("Trưởng đại diện tại Đà Nẵng").
_AT_A_PLACE = re.compile(r"\stại\s+(\w)")


def caption_post(text: str) -> bool:
    """The text after "name –" goes on as a caption or a report, not a post: it names what the person
    does ("hướng dẫn ... tại xưởng", "phát biểu", "trao ...") or reports their words."""
    folded = fold(text)
    at = _AT_A_PLACE.search(text)
    return bool(at and at.group(1).islower() or CAPTION_CUES.search(folded)) or reports_words(folded)
