"""The posts a court's, a procuracy's or an inspectorate's officer signs under (issue 13, round 113).

A court's site signs its news "TP Võ Thị Tám" (Thẩm phán, a judge), a procuracy's "KSV Lê Văn An" (Kiểm
sát viên), an investigator "ĐTV ...", an enforcement officer "CHV ...", an inspector "TTV ...": the post
stays before the name as a degree does ("ThS.", names.PREFIXES). Written out ("Thẩm phán Võ Thị Tám") it
opens with a capital; its initials are also other words', so they count only in capitals. Either way a
name must follow, its first word a surname, naming no place: "TP" is first of all a city's ("TP Hồ Chí
Minh", "TP Phan Thiết"), so after it the name must have three words or more.
"""
from __future__ import annotations

import re

from archive.read import names as vocab
from archive.text.normalize import fold
from archive.text.surnames import is_surname, marked

# The posts written out, folded, longest first; then their initials in capitals, each with the fewest
# words the name after it must have: a city's name has two words ("TP Phan Thiết"), a person's mostly three.
_WRITTEN = ("hoi tham nhan dan", "kiem sat vien", "dieu tra vien", "chap hanh vien", "thanh tra vien",
            "tham tra vien", "tham phan", "hoi tham")
_INITIALS = {"TP": 3, "KSV": 2, "ĐTV": 2, "CHV": 2, "TTV": 2}
_WRITTEN_OPENING = re.compile(r"(%s)\s+" % "|".join(_WRITTEN))
_INITIALS_OPENING = re.compile(r"(%s)\.?\s+" % "|".join(_INITIALS))
_FIRST = frozenset("HKĐCT")  # the posts' first letters, written out or as initials: most lines open with none of them


def post_before_name(text: str) -> int:
    """The length of "TP ", "KSV. ", "Thẩm phán " opening `text` when a person's name follows, else 0."""
    if text[:1] not in _FIRST:
        return 0  # cheap; and "thẩm phán Võ Thị Tám" in a sentence: the post is the sentence's
    folded = fold(text[:20]).lower()
    written = _WRITTEN_OPENING.match(folded) if len(folded) == len(text[:20]) else None
    match = written or _INITIALS_OPENING.match(text)
    if not match:
        return 0
    fewest = 2 if written else _INITIALS[match.group(1)]
    words = text[match.end():].split()
    name = []
    for word in words:  # the name: the capitalised words up to a comma, a dash or a lower-case word
        bare = word.rstrip(",;")
        if not bare[:1].isupper() or not bare.replace("-", "").isalpha():
            break
        name.append(bare)
        if bare != word:
            break
    if len(name) < fewest or not is_surname(name[0], marked(name)):
        return 0
    if fold(" ".join(name)).lower() in vocab.PLACES or fold(" ".join(name[:2])).lower() in vocab.PLACES:
        return 0  # "TP Hồ Chí Minh", "TP Cần Thơ ..."
    return match.end()
