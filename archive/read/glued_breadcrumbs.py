"""A site's name and its breadcrumb glued to the headline on the first line, no space between
("3CElectricTin tứcTin tức liên quanHội thi thợ giỏi ..."): the page's chrome lost its line breaks
when pasted. The headline is what follows the breadcrumb's last label ("Tin tức liên quan", "Tin
tức", "Trang chủ"); it is cut onto its own line, and the glued labels before it are left as the
chrome they are (labels.glued_labels). Only among the first lines, and only at a glue: a small letter
then a capital with no space, the label right before it.
"""
from __future__ import annotations

from archive.read.cut_crumbs import crumb_lines
from archive.read.head_splits import split_head_lines
from archive.text.normalize import fold

Line = tuple[int, str]

_HEAD_LINES = 3  # the first non-empty lines, where a page's chrome stands
# A breadcrumb's last label, folded, longest first: what a section page calls its items.
_LABELS = tuple(sorted((
    "tin tuc", "tin tuc lien quan", "tin lien quan", "bai lien quan", "trang chu", "tin tuc su kien",
    "tin tuc - su kien", "su kien", "thong bao", "tin hoat dong", "hoat dong", "tin noi bo", "tin nganh",
    "tin doanh nghiep", "thoi su", "tin moi", "tin tong hop", "tin trong nuoc",
), key=len, reverse=True))
_HEADLINE_WORDS = 4  # what follows must be a headline, not a label's tail


def split_glued_breadcrumbs(lines: list[Line]) -> list[Line]:
    """`lines` with a first line's glued breadcrumb cut off its headline; every other line as it was.
    A trail ending in a cut copy of the headline under it stays whole, chrome (cut_crumbs.py)."""
    texts = [text for _, text in lines]
    trails = {texts[at] for at in crumb_lines(texts)}
    return split_head_lines(lines, lambda text: () if text in trails else _breadcrumb_and_headline(text), _HEAD_LINES)


def _breadcrumb_and_headline(text: str) -> tuple[str, ...]:
    cut = _headline_at(text)
    return (text[:cut], text[cut:]) if cut else ()


def _headline_at(text: str) -> int:
    """Where the headline starts after a glued breadcrumb's last label, or 0."""
    folded = fold(text)
    if len(folded) != len(text):
        return 0  # offsets would not agree
    for cut in _label_ends_at(folded):
        if text[cut - 1].islower() and text[cut].isupper() and _label_ends(text, folded, cut) \
                and len(text[cut:].split()) >= _HEADLINE_WORDS:
            return cut
    return 0


def _label_ends_at(folded: str) -> list[int]:
    """Where a label may end, last first: a cut _label_ends can accept ends an occurrence of a label
    in the folded line, so only those places are tried, not every character of the line."""
    lowered = folded.lower()
    if len(lowered) != len(folded):  # never for a folded text: every place, as before
        return list(range(len(folded) - 1, 0, -1))
    ends = set()
    for label in _LABELS:
        at = lowered.find(label)
        while at >= 0:
            ends.add(at + len(label))
            at = lowered.find(label, at + 1)
    return sorted((end for end in ends if 0 < end < len(folded)), reverse=True)


def _label_ends(text: str, folded: str, cut: int) -> bool:
    """A breadcrumb's label ends at `cut`, opening the line, after a space or glued to the label before."""
    for label in _LABELS:
        start = cut - len(label)
        if start >= 0 and folded[start:cut].lower() == label and text[start].isupper():
            return start == 0 or text[start - 1] == " " or text[start - 1].isalpha() and text[start - 1] != text[start - 1].upper()
    return False
