"""Lists of links to other articles in the body: dropped, since their headlines and numbers are not the
article's (a related-link box's "Nghị định 15" would be cited as the article's own).

Under the lead, a run of three headline-shaped lines or more is such a list, unless it is a chronicle
told a line an event (chronicle_lines.py), a paragraph broken over short lines (broken_prose.py) or a poem
printed a verse a line (verse_lines.poem); a
line opened by a bullet or ">>" is a link too, unless it is a legal basis (legal_bases.py), an item of
the article's own list (own_lists.py), or only names, the page's byline, which is kept without its mark.
"""
from __future__ import annotations

from archive.read.author_fields import is_author_field
from archive.read.blocks import CAPTION_CUES, ITEM
from archive.read.line_sizes import END_PUNCT
from archive.read.broken_prose import runs_on
from archive.read.byline_slots import only_names
from archive.read.chrome import Dropped, undouble
from archive.read.chronicle_lines import chronicle, dated_sentence
from archive.read.legal_bases import legal_basis
from archive.read.own_lists import LINK_LINE, own_items
from archive.read.prose import sentence_break
from archive.read.verse_lines import poem
from archive.read.line_sizes import words
from archive.text.normalize import fold_passage

Line = tuple[int, str]  # (1-based file line, text)

_LIST_RUN = 3  # headlines in a row that make a list of links
_LONG_HEADLINE = 60  # the most words of a headline that closes a list already begun


def drop_links(rest: list[Line], dropped: list[Dropped]) -> list[Line]:
    """The body's lines without its lists of links to other articles, each dropped line listed in
    `dropped`. A bulleted line only of names is the page's byline: kept, without its bullet."""
    kept, run, own = [], [], own_items(rest)
    for line in rest + [(0, "")]:
        bullet = LINK_LINE.match(line[1])
        if bullet and only_names(line[1][bullet.end():]):  # "• Hải Yến – Xuân Tiến": the page's authors
            line = (line[0], line[1][bullet.end():])
        elif bullet and not legal_basis(line[1][bullet.end():]) and line[0] not in own:
            # "• Nghị định số ...;" is a legal basis, and the article's own list stays
            dropped.append(Dropped(line[0], line[1], "a link to another article"))
            continue
        if _in_run(line[1], run):
            run.append(line)
            continue
        links = len(run) >= _LIST_RUN and not chronicle(run) and not runs_on(line) \
            and not poem([text for _, text in run])  # broken_prose: a paragraph's lines; a poem's verses (round 107)
        dropped += [Dropped(n, t, "a list of links to other articles") for n, t in run if links]
        kept += [] if links else run
        run = []
        if line[1]:
            kept.append(line)
    return kept


def _in_run(text: str, run: list[Line]) -> bool:
    """The line carries on a run of headlines; a long headline may close a list that has begun."""
    if not text:
        return False
    return (headline_like(text) or len(run) >= 2 and headline_like(text, _LONG_HEADLINE)) and not sentence_break(text)


def headline_like(text: str, longest: int = 30) -> bool:
    """Another article's headline as a list prints it: capitalised, not in capitals, no closing stop;
    not a list item, a caption, an author's field, a dated sentence or a legal basis."""
    return (6 <= words(text) <= longest and text[0].isupper() and not text.isupper()
            and not text.endswith((*END_PUNCT, ",", ")")) and not ITEM.match(text) and undouble(text) is None
            and not CAPTION_CUES.search(fold_passage(text)) and not is_author_field(text)
            and not dated_sentence(text) and not legal_basis(text))
