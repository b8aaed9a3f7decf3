"""One body line -> one block: a numbered item, a caption, a heading or a paragraph.

The rules come from the sources' layouts (corpus/README.md, "Các khối nội dung"):
a caption is a line the site printed twice, "Ảnh: ...", "... (Ảnh: ...)" or a short
line with caption words; a heading is a short capitalised line with no final
punctuation; the rest are paragraphs.
"""
from __future__ import annotations

import re

from archive import models
from archive.read.chrome import undouble
from archive.read.line_sizes import END_PUNCT
from archive.read.photo_credits import photo_caption_end, photo_labelled
from archive.text.normalize import fold_passage

ITEM = re.compile(r"^(\d{1,2})\s*[.)]\s+(?=\S)")
CAPTION_CUES = re.compile(  # words of a photo caption that a subheading would not use (folded)
    r"\b(phat bieu|du hoi nghi|du le|du buoi|trao (tang )?(bang|giay|huy|qua|hoa|quyet dinh)"
    r"|nhan (bang|giay) khen|chup anh|tang hoa|quang canh|chu tri hoi nghi|tham quan|den tham"
    r"|trong anh|anh minh hoa)\b"
)


def classify(number: int, text: str) -> models.Block:
    """One body line -> a block of the right kind."""
    single = undouble(text)
    if single is not None:
        return models.Block(models.CAPTION, single, number)
    if photo_labelled(text) or photo_caption_end(text):  # "Ảnh: ...", "... (Ảnh: ...)" (photo_credits.py)
        return models.Block(models.CAPTION, text, number)
    item = ITEM.match(text)
    if item:
        return models.Block(models.ITEM, text[item.end():], number, number=item.group(1))
    if not text.endswith(END_PUNCT) and not text.endswith(")"):
        if CAPTION_CUES.search(fold_passage(text)):
            return models.Block(models.CAPTION, text, number)
        if len(text.split()) <= 20 and text[0].isupper():
            return models.Block(models.HEADING, text, number)
    return models.Block(models.PARAGRAPH, text, number)
