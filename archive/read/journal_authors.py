"""A journal's article page (Open Journal Systems and the like) lists its authors under a heading
("Các tác giả", "Tác giả", "Authors"), one to a numbered line, each name followed by the page's
"Email to author" link and the author's affiliation after a comma:

    Các tác giả
    1. Nguyễn Văn An Email to author, Trường Đại học X
    2. Trần Thị Bình, Viện Y

or with each affiliation on the line under its author's name ("1. Nguyễn Văn An" over "Trường Đại học X").
Round 69: a bullet may mark the line ("• Nguyễn Văn An"), and the affiliation may run on after the name with
no comma ("• Nguyễn Văn An Học viện Biên phòng"): the name ends where a body's name opens (sources.organ_name).

Round 90: with no heading, two authors or more each on a line of their own, each over the line of
their affiliation, a body's name ("Bùi Thị Việt Hà" / "Trường Đại học Y-Dược, Đại học Thái Nguyên" /
"Nguyễn Thị Tố Uyên" / ...), are the list too: one name over a body is a speaker's or a caption's.

Round 114: above the abstract, each author on a line of his own with his e-mail address after the name, maybe
the corresponding author's "*" between, the affiliation and its address run on after ("Phạm Thanh Tuấn *
phamthanhtuan187@gmail.com Học viện ..."): a journal's author lines, one or more.

The names are the bylines; the numbers, the link, the e-mail addresses and the affiliations are not. The list stands
between the head and the abstract, where no byline slot looks (reader.py asks this when none was read).
"""
from __future__ import annotations

import re

from archive.models import CAPTION
from archive.read.bylines import parse_byline
from archive.read.chrome import Dropped
from archive.read.sources import organ_name
from archive.text.normalize import fold

Line = tuple[int, str]

_HEADINGS = frozenset(("cac tac gia", "tac gia", "nhom tac gia", "authors", "author"))
# "1. Nguyễn Văn An Email to author, Trường ..."; the link and the affiliation may be missing.
_AUTHOR = re.compile(r"(?:\d{1,2}[.)]|[•·*])\s+(?P<name>[^,]+?)(?:\s+Email to author)?\s*(?:,\s*\S.*)?", re.IGNORECASE)
_NAME_WORDS = 2  # a name's fewest words before a body's name run on after it


def journal_authors(lines: list[Line]) -> tuple[tuple[str, ...], list[Line]]:
    """The names of the numbered list under an authors' heading among `lines`, and the lines it
    takes (the heading with the list); ((), []) when there is no such list."""
    for at, (_, text) in enumerate(lines):
        if fold(text).strip(" :") not in _HEADINGS:
            continue
        names: list[str] = []
        taken = [lines[at]]
        rest = lines[at + 1:]
        for place, line in enumerate(rest):
            found = _AUTHOR.fullmatch(line[1].strip())
            authors = parse_byline(_without_body(found["name"])) if found else ()
            if len(authors) == 1:
                names.append(authors[0])
                taken.append(line)
            elif not (names and _affiliation_between(rest, place)):
                break
            else:
                taken.append(line)  # an author's affiliation on its own line, another author after it
        if names:
            return tuple(names), taken
    return _paired_authors(lines)


_ABSTRACT = frozenset(("tom tat", "abstract", "summary"))


def _above_abstract(blocks) -> list[Line]:
    """The blocks' lines above a heading naming the abstract ("Tóm tắt"); none when no such heading stands."""
    lines = [(block.line, block.text) for block in blocks]
    end = next((k for k, (_, text) in enumerate(lines) if fold(text).strip(" :") in _ABSTRACT), 0)
    return lines[:end]


_PAIRED = 2  # the fewest authors over their affiliations that make an unheaded list


def _paired_authors(lines: list[Line]) -> tuple[tuple[str, ...], list[Line]]:
    """The names of the first run of lines paired name over affiliation, two pairs or more, and its lines."""
    at = 0
    while at + 1 < len(lines):
        names: list[str] = []
        while at + 1 < len(lines) and _author_over_body(lines[at][1], lines[at + 1][1]):
            names.append(parse_byline(lines[at][1].strip())[0])
            at += 2
        if len(names) >= _PAIRED:
            return tuple(names), lines[at - 2 * len(names):at]
        at += 1 if not names else 0
    return (), []


# A name, maybe the corresponding author's "*", then an e-mail address; the affiliation may run on after it.
_EMAILED = re.compile(r"(?P<name>[^\W\d_][^@*\d|:]{2,60}?)\s*\*?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b.*")


def _emailed_authors(lines: list[Line]) -> tuple[tuple[str, ...], list[Line]]:
    """The names of the lines above the abstract that each give an author and his e-mail address, and those lines."""
    names: list[str] = []
    taken: list[Line] = []
    for line in lines:
        found = _EMAILED.fullmatch(line[1].strip())
        authors = parse_byline(found["name"].strip()) if found else ()
        if len(authors) == 1 and fold(authors[0]) == fold(found["name"].strip()):
            names.append(authors[0])
            taken.append(line)
    return tuple(names), taken


def _author_over_body(text: str, below: str) -> bool:
    """`text` names one person alone, and `below` is a body's name (its first part before a comma, maybe)."""
    return len(parse_byline(text.strip())) == 1 and parse_byline(text.strip())[0] == text.strip() \
        and (organ_name(below.strip()) or organ_name(below.split(",")[0].strip()))


def _without_body(name: str) -> str:
    """`name` without a body's name run on after it ("Phạm Văn An Học viện Biên phòng" -> "Phạm Văn An")."""
    words = name.split()
    cut = next((k for k in range(_NAME_WORDS, len(words)) if organ_name(" ".join(words[k:]))), len(words))
    return " ".join(words[:cut])


def _affiliation_between(rest: list[Line], place: int) -> bool:
    """True when the line at `place` is an unnumbered line right under an author and above the
    next numbered author: that author's affiliation ("Trường Đại học X")."""
    after = rest[place + 1][1].strip() if place + 1 < len(rest) else ""
    return not _NUMBERED.match(rest[place][1].strip()) and bool(_NUMBERED.match(after))


_NUMBERED = re.compile(r"\d{1,2}[.)]\s+\S")


def take_journal_authors(layout) -> None:
    """When no byline was read, the authors a journal lists above its abstract (the layout's
    captions, the lines between the head and the lead) become it, their lines left out."""
    if layout.byline:
        return
    captions = [(block.line, block.text) for block in layout.blocks if block.kind == CAPTION]
    names, taken = journal_authors(captions)
    if not names:  # a journal's page read its lead too early ("Dữ liệu tải xuống chưa có sẵn."): above its abstract
        names, taken = _paired_authors(_above_abstract(layout.blocks))
    if not names:  # each author's line with his e-mail address, above the abstract, the lead among them (round 114)
        text = sorted([layout.lead, *((block.line, block.text) for block in layout.blocks)] if layout.lead else [])
        end = next((k for k, (_, line) in enumerate(text) if fold(line).strip(" :") in _ABSTRACT), 0)
        names, taken = _emailed_authors(text[:end])
    if not names:
        return
    layout.byline = " - ".join(names)
    layout.blocks = tuple(block for block in layout.blocks if (block.line, block.text) not in taken)
    if layout.lead in taken and layout.blocks:  # the text opens with what stood under the authors
        layout.lead, layout.blocks = (layout.blocks[0].line, layout.blocks[0].text), layout.blocks[1:]
    layout.dropped += [Dropped(n, t, "the journal's list of authors (read as the byline)") for n, t in taken]
