"""An organisation's name over the site's clock is its masthead, not the headline (round 47).

Trade unions', associations', committees' and companies' sites print at the page's top their name
("Công đoàn Ngân hàng Việt Nam", "HỘI NÔNG DÂN TỈNH X", "Tổng Công ty Y"), then a clock (weekday,
today's date, time: clock_lines.clock_stamp), maybe a section's label, then the headline. The name,
first and headline-shaped, was taken for the headline, and the clock under it for the post's date.
A line is left out as such a masthead when it only names a body (a body's kind opening it, then a
name's words: each capitalised, an administrative word, or a compound's second syllable; no digit,
no verb, no sentence's end) and the next line with text is a clock, a headline-shaped line standing
within a few lines under the clock. The clock itself is then the head's first line and loses to a date
under the headline (candidates.py). A name over a date line with words ("Hà Nội, 12/03/2024"), over
no headline, or a headline opening with a body's kind and an action ("Công đoàn X tổ chức ...") stays.
"""
from __future__ import annotations

import re

from archive.read.body_kinds import ASSOCIATION_KINDS, KIND_COMPOUNDS as _COMPOUNDS  # "Hội nghị", "Ban hành": no body
from archive.read.chrome import Dropped
from archive.read.clock_lines import clock_stamp
from archive.read.line_sizes import is_prose, long_unclosed
from archive.read.sources import organ_name
from archive.text.normalize import fold, tone_key
from archive.text.surnames import marked

Line = tuple[int, str]  # (1-based file line, text)

_HEAD_LINES = 12  # the page's top, where a masthead stands
_TOP = 3  # the masthead is among the page's first lines with text (a menu's item or two above it)
_HEADLINE_REACH = 3  # lines with text from the clock to the headline: a section's label between
_NAME_WORDS = 12
# A body's kind opening its name (tone_key: lower case, marks kept), longest first.
_KINDS = tuple(sorted((tone_key(kind) for kind in ASSOCIATION_KINDS), key=len, reverse=True))
_FOLDED_KINDS = tuple(sorted({fold(kind) for kind in _KINDS}, key=len, reverse=True))  # an unaccented paste
# Lower-case words a body's name may hold before a capitalised word: places' words, "và".
_NAME_LOWER = frozenset("tinh thanh pho huyen quan xa phuong thi xa va cac".split())
_NOT_A_NAME = re.compile(r"[\d:;|!?\"“”…/,.]")


def masthead_over_clock(lines: list[Line]) -> tuple[list[Line], list[Dropped]]:
    """`lines` without an organisation's masthead standing over the site's clock, and it, listed."""
    filled = [i for i, (_, text) in enumerate(lines[:_HEAD_LINES]) if text.strip()]
    for k, i in enumerate(filled[:min(_TOP, len(filled) - 2)]):
        text = " ".join(lines[i][1].split())
        if is_prose(text):
            break  # the text has begun
        if not clock_stamp(lines[filled[k + 1]][1]) or not body_name(text):
            continue
        if _headline_under(lines, filled[k + 2:k + 2 + _HEADLINE_REACH]):
            return lines[:i] + lines[i + 1:], [Dropped(*lines[i], "the site's masthead: a body's name over its clock")]
        break
    return lines, []


def _headline_under(lines: list[Line], indexes: list[int]) -> bool:
    """A headline-shaped line (words enough, no closing stop, not another body's name) under the
    clock before the text begins: the name over the clock was the headline when a paragraph comes first."""
    for j in indexes:
        text = lines[j][1]
        if is_prose(text):
            return False
        if long_unclosed(text) and not body_name(text):
            return True
    return False


def body_name(text: str) -> bool:
    """The line only names a body: "Công đoàn Ngân hàng Việt Nam", "HỘI NÔNG DÂN TỈNH TRÀ VINH"."""
    text = " ".join(text.split())
    words = [w for w in text.split() if w not in "-–—&"]
    if not words or len(words) > _NAME_WORDS or not text[:1].isupper() or _NOT_A_NAME.search(text):
        return False
    if organ_name(text):
        return True
    keyed = tone_key(text) if marked(words) else fold(text).lower()  # "BẠN ĐỒNG HÀNH" opens with no "Ban"
    kinds = _KINDS if marked(words) else _FOLDED_KINDS
    kind = next((kind for kind in kinds if keyed == kind or keyed.startswith(kind + " ")), "")
    rest = words[len(kind.split()):] if kind else []
    if not rest or fold(f"{kind.split()[-1]} {rest[0]}").lower() in _COMPOUNDS:
        return False  # "Hội Nghị ...", "Đoàn Kết ...": a word, in a headline in title case
    return text.isupper() or _name_shaped(rest)


def _name_shaped(rest: list[str]) -> bool:
    """A proper noun first, then capitalised words, places' words, or a compound's second syllable
    (the word before it capitalised: "Nông dân"); "tổ chức" after a lower-case word is a verb."""
    if not rest[0][:1].isupper():
        return False
    for previous, word in zip(rest, rest[1:]):
        if not (word[:1].isupper() or fold(word).lower() in _NAME_LOWER or previous[:1].isupper()):
            return False
    return True
