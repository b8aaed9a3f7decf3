"""A headline, a bare credit and the lead run together on the first line (round 64, holdout 63's kind):
"Thành lập Hội khuyến học xã Tân Lập PV Ngày 31 tháng 12 năm 2015, xã Tân Lập đã ...".

A copy that lost every line break of the head leaves one line far too long for a headline. Where a short
credit that is never a word of running text stands in it (a staff code "PV", "CTV", "BTV"; a source's tag
in brackets "(TTXVN)"; initials with dots "N.V.A"; a unit's initials in capitals "TTXVN"), with a
headline-shaped opening before it and a sentence's opening after it, the line is headline + credit + lead:
it is split in three, each piece as written. The credit keeps its own line, where the writer's slot reads
it as naming no one (writer_slots.py: a staff code or initials are never a writer).

A bare unit's initials are common in a headline ("... của UBND tỉnh"), so after one the lead must open
with a lead's own word ("Ngày", "Sáng", "Thực hiện"); after a staff code, a bracketed tag or dotted
initials a capital word followed by a small word or a number, or a place, is a sentence's opening too. A
name after the credit ("PV Minh Anh") is a byline's and the line stays whole; so does a credit with no
paragraph after it, and a credit in the lead's own sentence ("phóng viên (PV) đã ...", no headline
before it).
"""
from __future__ import annotations

import re

from archive.read.lead_openers import lead_opening
from archive.read.line_sizes import PROSE_WORDS
from archive.read.names import PLACES
from archive.read.position_lines import unit_initials
from archive.read.writer_slots import staff_code
from archive.text.normalize import fold

_WINDOW = 400  # characters: a headline and its credit stand within them
_BRACKETED = re.compile(r"\(([A-ZĐ]{2,8})\)")  # "(TTXVN)", "(PV)"
# "N.V.A", "T.H"; not "T.H.", which a line alone would leave to be read as a stopped sentence (the lead)
_DOTTED = re.compile(r"[A-ZĐ](?:\.[A-ZĐ]){1,3}")
_TOKEN = re.compile(r"(?<!\S)(\S+)(?=\s)")
_PLACE_WORDS = 4  # "Bà Rịa - Vũng Tàu": the longest place's words


def headline_credit_lead(text: str, headline_like) -> list[str]:
    """[headline, credit, lead] when `text` is a headline, a bare credit, then a lead; else [text].
    `headline_like` tells whether the part before may be a headline. The first staff code, bracketed tag
    or dotted initials decides; a unit's initials that split nothing may be the headline's own word."""
    if len(text.split()) < PROSE_WORDS + 4:
        return [text]  # cheap gate: room for a headline's few words and a paragraph
    for found in _TOKEN.finditer(text, 0, _WINDOW):
        strong = _strong_credit(found.group(1))
        if not strong and not unit_initials(found.group(1)):
            continue
        before, after = text[:found.start()].strip(), text[found.end():].strip()
        opens = lead_opening(after) or strong and (_sentence_opening(after) or _place_opening(after))
        if headline_like(before) and len(after.split()) >= PROSE_WORDS and opens:
            return [before, found.group(1), after]
        if strong:
            return [text]  # a staff code or a tag in the line decides; a unit's initials may be the headline's
    return [text]


def _strong_credit(token: str) -> bool:
    """A credit that is never running text's word: a staff code, a tag in brackets, dotted initials."""
    return token.isupper() and staff_code(token) or bool(_BRACKETED.fullmatch(token) or _DOTTED.fullmatch(token))


def _sentence_opening(text: str) -> bool:
    """A capital word then a small word or a number ("Ngày 31 ...", "Hội nghị đã ..."): no name's run of
    capitals ("Minh Anh ..."), which a byline's credit would be followed by."""
    first, second = (text.split() + [""])[:2]
    return first[:1].isupper() and (second[:1].islower() or second[:1].isdigit())


def _place_opening(text: str) -> bool:
    """The text opens with a place's name ("Hà Nam đã ...", "TP.HCM - ...")."""
    words = text.split()
    return any(fold(" ".join(words[:n])).strip(" ,.:-") in PLACES for n in range(1, _PLACE_WORDS + 1))
