"""A paste that keeps Markdown's marks (issue 13, round 55): a page copied from its Markdown source
or a reader view prints "# " before its headline, "## " before the writer's post line and "*...*" or
"**...**" around its lead. The marks are no part of the words: the head's lines are weighed without
them, once, here, so no rule downstream sees "# " in a title or takes a marked line for chrome.

Only the head is unmarked (down to its first paragraph, line_sizes.PROSE_WORDS words), and only for
weighing: a line that ends up in the article's text gets its marks back (`restore_marks`), since what
the contributor pasted is the text, faithful to the source (render/markup.py escapes a "#" opening a
line, so it shows as written); the lead alone keeps an italic sapo's asterisks off. A marked post line,
"## <name> (dd/mm/yy)", gives its date as a date line ("28/07/2018"); a name in small letters or
with digits or "_" is a site account's user name and is dropped (no byline), a proper name stays on
its own line. Lines that open with neither "#" nor "*" are not looked at.
"""
from __future__ import annotations

import re

from archive import models
from archive.read.blocks import classify
from archive.read.line_sizes import PROSE_WORDS
from archive.read.markdown_unmark import unmark
from archive.text.dates import full_year

Line = tuple[int, str]

_POST = re.compile(r"(?P<name>[^()]{0,60}?)\s*\(\s*(?P<d>\d{1,2})([/.-])(?P<m>\d{1,2})\3(?P<y>\d{2}|\d{4})\s*\)\s*")


def unmark_head(lines: list[Line]) -> list[Line]:
    """The head's lines without their Markdown marks, down to the first paragraph; the rest as pasted."""
    out: list[Line] = []
    for i, (number, text) in enumerate(lines):
        bare = unmark(text)
        post = _post_line(text, bare) if bare != text else None
        out += [(number, part) for part in post] if post else [(number, bare)]
        if len(bare.split()) >= PROSE_WORDS:
            return out + lines[i + 1:]
    return out


def _post_line(text: str, bare: str) -> list[str] | None:
    """A marked writer's post line, "## nusy (28/7/18)": its date as a date line, the name only when
    it is a person's (a user name is an account's, no byline)."""
    if not text.startswith("#") or "(" not in bare:
        return None
    found = _POST.fullmatch(bare)
    if found is None or len(found["name"].split()) > 5:
        return None
    day, month, year = int(found["d"]), int(found["m"]), found["y"]
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    date = f"{day:02d}/{month:02d}/{full_year(int(year)) if len(year) == 2 else year}"
    name = found["name"].strip()
    person = name and name[0].isupper() and not any(ch.isdigit() or ch == "_" for ch in name)
    return [name, date] if person else [date]


def marked_lines(lines: list[Line]) -> dict[int, str]:
    """File line number -> the pasted text, for the head's lines `unmark_head` would change."""
    return {number: text for number, text in lines if unmark(text) != text}


def restore_marks(blocks: tuple[models.Block, ...], marked: dict[int, str]) -> tuple[models.Block, ...]:
    """The article's blocks with their pasted marks back ("# Không phải tiêu đề" is text, not a heading
    to drop the "#" of), only where a block is just what the unmarked line gave. The lead keeps its
    wrapping asterisks off: an italic sapo ("*...*") is the page's emphasis, its words the lead."""
    def back(block: models.Block) -> models.Block:
        pasted = marked.get(block.line)
        return classify(block.line, pasted) if pasted and classify(block.line, unmark(pasted)) == block else block
    return tuple(map(back, blocks)) if marked else blocks
