"""A name followed by a phone number: a commenter or a contact, never the headline (issue 13, round 48).

A comments box prints each commenter's name over the comment, some with a phone number after it
("VŨ NHO 0855890003", "vũ nho 085 589 0003", "Nguyễn Văn An - 0912.345.678"); a page's contact bar
prints a person's name and number the same way. With the words few (a name's, two to four) and the
number a phone's (nine to eleven digits, spaced, dotted or dashed), the line is no headline: a
headline's number counts something ("Kết nạp 5 đảng viên mới") or names a year or a day.

Round 54: a contact field opened by its label and a colon ("Địa chỉ: Số 270/10D - ...", "Điện thoại:",
"Hotline:", "Email:", "Fax:", "Website:", "ĐT:", "Tel:") is a shop's or an office's bar, never the
headline. CONTACT_LABEL is the one list of those labels (above_headline.py's letterhead lines use it).

Round 70: the contact words are matched folded, and a gazetteer's name, "Địa chí" (sắc tone: "Địa chí Hà Nam", a
section of a provincial paper), folds as the address label "Địa chỉ" (hỏi tone) does. `contact_folded` is the
text folded for those words with that one collision written out first, so a section line holding a date is no
contact bar; a label typed without tone marks ("Dia chi:") still is one.
"""
from __future__ import annotations

import re

from archive.text.normalize import fold_passage

_PHONE_END = re.compile(r"(?:\+84|0)\d(?:[ .-]?\d){7,9}\s*$")
# The words a contact field is labelled by, folded: the one list (names re-exports it for the date lines
# and the byline slots; furniture's contact bars and the labels below widen it).
CONTACT_WORDS = r"dien thoai|duong day nong|e-?mail|fax|hotline|dia chi|lien he|dt"
# A contact field's label, folded, then its colon: what the line is for is to be called or found.
CONTACT_LABEL = re.compile(rf"(?:{CONTACT_WORDS}|tel|phone|website|web|mst|ma so thue|"
                           r"address|tru so(?: chinh)?|di dong|so dien thoai)\s?\.?\s?:")  # round 19: "Trụ sở chính:"
_NAME = re.compile(r"(?:[^\W\d_]+\s+){1,3}[^\W\d_]+\s*[-–:,(]?\s*")
# Words that fold to a contact word but are none: a gazetteer ("Địa chí", sắc tone) is no address ("Địa chỉ").
_FOLDS_LIKE_CONTACT = re.compile(r"địa\s+chí", re.IGNORECASE)


def contact_folded(text: str) -> str:
    """`text` folded for matching CONTACT_WORDS, with the words that only fold like them left out."""
    return fold_passage(_FOLDS_LIKE_CONTACT.sub(" ", text))


def contact_name(text: str) -> bool:
    """The line is a person's few words of name, then a phone number."""
    if not text[-1:].isdigit():
        return False  # cheap test first
    phone = _PHONE_END.search(text)
    return bool(phone) and bool(_NAME.fullmatch(text[:phone.start()]))


def contact_field(text: str) -> bool:
    """The line opens with a contact field's label and its colon ("Địa chỉ: ...", "ĐT: ...")."""
    head = text.lstrip()[:20]
    if ":" not in head:
        return False  # cheap test first: every label ends in a colon within its first words
    return bool(CONTACT_LABEL.match(fold_passage(head)))


def contact_names(texts: list[str], pool: list[int]) -> set[int]:
    """Lines of the headline's pool that name someone and their phone number, or open with a contact
    field's label."""
    return {i for i in pool if contact_name(texts[i]) or contact_field(texts[i])}
