"""A reviewer's or an editor's credit under the headline, never the headline (issue 13, round 55).

A clinic's or a health site's article prints who checked it under its headline ("Bài viết được thẩm
định bởi BS. X", "Tham vấn y khoa: ThS. BS. X", "Kiểm duyệt bởi X", "Biên tập: X", "Medically reviewed
by X"). The line names the one who passed the text, not who wrote it: no headline, and no byline (the
dev README's rule on editors' credits). Matched on the folded line, from its start: a credit's verb
then "bởi" ("by") and a few words, or a credit's label, its colon and a name (its last word
capitalised, no question). A headline about appraising or consulting ("Thẩm định giá đất: ...",
"Tham vấn y khoa: khi nào cần gặp bác sĩ?") stays. The label may stand alone, or with the reviewer's degree
only, over the name on the next line ("Tham vấn y khoa : Bác sĩ" / "Hà Văn Hương", round 76): that name is the
reviewer's too (`reviewer_label`).
"""
from __future__ import annotations

import re

from archive.read import names as vocab
from archive.text.normalize import fold, fold_passage

_CREDIT = r"(?:tham dinh|kiem duyet|duyet|hieu dinh|tham van|co van|bien tap|kiem chung)"
_FIELD = r"(?: (?:chuyen mon|y khoa|y te|y hoc|noi dung|boi))?"
# "Bài viết được thẩm định bởi ...", "Nội dung được kiểm duyệt chuyên môn bởi ...", "Được tham vấn bởi ..."
_BY = re.compile(rf"(?:(?:bai viet|noi dung|thong tin) )?(?:da )?(?:duoc )?{_CREDIT}{_FIELD}(?: chuyen mon| y khoa)? boi\s+\S"
                 r"|(?:medically |fact[- ]?)?(?:reviewed|checked|edited) by\s+\S")
# "Tham vấn y khoa: BS. X", "Biên tập: X", "Kiểm duyệt nội dung: X"
_LABEL = re.compile(rf"{_CREDIT}{_FIELD}(?: vien)?\s*:\s*\S")
_WORDS = 16  # a credit names one or two people and their degrees
# The label and its colon, and no more than a few words after it (a degree: "Bác sĩ", "ThS. BS.")
_LABEL_ALONE = re.compile(rf"{_CREDIT}{_FIELD}(?: vien)?\s*:")


def reviewer_credit(text: str) -> bool:
    """The line is a reviewer's or an editor's credit."""
    if len(text.split()) > _WORDS or "?" in text or "!" in text:
        return False
    folded = fold_passage(text).strip().lower()
    if _BY.match(folded):
        return True
    label = _LABEL.match(folded)
    if not label:
        return False
    words = text.rstrip(" .").split()
    return bool(words) and words[-1][:1].isupper()


def reviewer_credits(texts: list[str], pool: list[int]) -> set[int]:
    """Lines of the headline's pool that are a reviewer's or an editor's credit."""
    return {i for i in pool if reviewer_credit(texts[i])}


def reviewer_label(text: str) -> bool:
    """The line is a reviewer's label with nothing after its colon but the reviewer's degree: the name under it
    is the reviewer's."""
    folded = fold_passage(text).strip().lower()
    label = _LABEL_ALONE.match(folded)
    if not label or len(folded) != len(text.strip()):
        return False
    value = fold(text.strip()[label.end():]).lower().strip()
    return not value or value in vocab.PREFIXES or all(part in vocab.PREFIXES for part in value.split())
