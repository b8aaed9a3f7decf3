"""A writer's name pushed right by a run of spaces: a layout's column, its own cell (round 47).

Old sites and pages set in tables print the writer's name at the right edge: on its own line after
a long run of spaces, under the headline's second print and its subtitle ("            Nguyễn Văn A"),
or on the headline's line after a gap of spaces or tabs ("Tên bài viết          Nguyễn Văn A"). Once
the spaces were cleaned away, the name alone read as a sub-heading, or ran into the headline. In the
head only (the page's first lines), a line holding, after a run of three spaces or more (or a tab), a
person's full name (two words or more, a surname at one end: person_names.has_surname) is split there
into two lines, and a name standing alone after a run of spaces is noted; when the layout read no
byline, such a name among the article's first blocks becomes it. Names inside text, a name pushed
right on a line of prose (a signature's place under a letter), a run of spaces between other words, stay.

Round 78: a signature pushed right may name several writers and close with a full stop ("Văn Hòa – Đình
Trung.", "TS. Bùi Ngọc Thanh – Trần Thu Hà."), as the end of a page prints it; under the headline it is the
writers' line too (it had been taken for the lead, between the headline and the date line). The byline
parse reads it with its stop off; one name alone must carry a surname (its degree before it allowed), as a
name pushed right always had to. A caption closing with a stop names an act after the name, and places or
units name no one, so the parse refuses them.
"""
from __future__ import annotations

import re

from archive.read.bylines import parse_byline
from archive.read.chrome import Dropped
from archive.read.line_sizes import long_unclosed
from archive.read.name_labels import split_prefix
from archive.read.person_names import has_surname, person_name
from archive.read.position_lines import is_position_line
from archive.text.normalize import folded_line

Line = tuple[int, str]  # (1-based file line, text)

_HEAD_LINES = 40  # the page's first lines: a headline's second print and its writer stand there
_GAP = re.compile(r"(?:\t|[ \u00a0]{3,})\s*")
_PUSHED = 8  # spaces (a tab counts four) before a name alone: pushed right, not a paragraph's indent
_FIRST_BLOCKS = 4  # the article's first blocks, where a writer's line stands under the headline


def _name(cell: str) -> str:
    name = person_name(cell.strip())
    return name if has_surname(name) else ""


def _names(cell: str) -> tuple[str, ...]:
    """The writers a cell pushed right names: one name, or a signature of names, its stop closing it."""
    text = cell.strip().removesuffix(".").rstrip()
    if name := _name(text):
        return (name,)
    signed = parse_byline(text)  # "Văn Hòa – Đình Trung": two pen names, as a byline's parse reads them
    return signed if len(signed) > 1 or signed and has_surname(split_prefix(signed[0])[1]) else ()


def split_pushed_names(lines: list[Line]) -> tuple[list[Line], set[int]]:
    """`lines` (as pasted, spaces kept) with a name after a gap split off its line, and the numbers of
    the lines holding a name pushed right alone."""
    out: list[Line] = []
    pushed: set[int] = set()
    for at, (number, text) in enumerate(lines):
        if at >= _HEAD_LINES or ("   " not in text and "\t" not in text):  # the cheap test
            out.append((number, text))
            continue
        stripped = text.strip()
        indent = len(text.expandtabs(4)) - len(text.expandtabs(4).lstrip())
        if indent >= _PUSHED and _names(stripped):
            pushed.add(number)
            out.append((number, text))
            continue
        cells = [cell for cell in _GAP.split(stripped) if cell]
        if len(cells) == 2 and _name(cells[1]) and _headline_cell(cells[0]):
            out += [(number, cells[0]), (number, cells[1])]
            pushed.add(number)
            continue
        out.append((number, text))
    return out, pushed


def _headline_cell(cell: str) -> bool:
    """The cell before the gap reads as a headline: words enough, no closing stop, no person's name,
    no post ("Phó Chủ tịch UBND huyện    Trần Văn A" is a table's row or a signature: lead's review)."""
    return long_unclosed(cell) and not cell.endswith(",") and not _name(cell) and not is_position_line(cell)


def take_pushed_writer(layout, pushed: set[int]) -> None:
    """When no byline was read, a name pushed right among the article's first blocks, right under
    the head or under a print of the headline, or taken for the lead (the line between the headline
    and the date line), becomes it."""
    if layout.byline or not pushed:
        return
    if layout.lead and layout.lead[0] in pushed and (names := _names(layout.lead[1])):
        layout.byline = " - ".join(names)  # the signature under the headline was taken for its sapo
        layout.dropped.append(Dropped(*layout.lead, "the writers' names, pushed right (read as the byline)"))
        layout.lead = None
        return
    for at, block in enumerate(layout.blocks[:_FIRST_BLOCKS]):
        if block.line in pushed and (names := _names(block.text)) and _under_headline(layout, at):
            layout.byline = " - ".join(names)
            layout.blocks = tuple(b for b in layout.blocks if b is not block)
            layout.dropped.append(Dropped(block.line, block.text, "the writer's name, pushed right (read as the byline)"))
            return


def _under_headline(layout, at: int) -> bool:
    """The block at `at` opens the article, or stands under a print of the headline, bracketed
    subtitles between allowed: a writer's place. A name pushed right under a position ("CHỦ TỊCH"),
    a table's first cell ("Chủ tịch UBND huyện    Nguyễn Văn A") or a paragraph is a signature or a
    table's entry (lead's review of round 47: both had been taken as the writer)."""
    headline = _key(layout.title[1]) if layout.title else ""
    for block in reversed(layout.blocks[:at]):
        text = block.text.strip()
        if headline and _key(text) == headline:
            return True
        if not (text.startswith("(") and text.endswith(")")):
            return False
    return True  # only subtitles above it: the head's (an echo of the headline is left out)


def _key(text: str) -> str:
    return folded_line(text)
