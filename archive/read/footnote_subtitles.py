"""A line ending in a footnote's mark under a headline: never the title (round 66, holdout 65's kind).

A page marks a note on its subtitle, its sapo or a sentence of its text, the mark glued to the last word
("CUỘC THI VIẾT VỀ NGÀNH GIÁO DỤC[1]", "... của tỉnh(*)", "... nhà thơ¹") or set after it ("... tỉnh *"):
the note at the page's foot tells where the piece was first printed or which contest it entered. Under a line
of the headline's pool that bears no mark and reads as a headline, the marked line is that headline's
subtitle or the text: the headline stands over the note's line. A short headline in capitals (three or four
words, "QUÀ TẶNG MÙA XUÂN") reads as one over a marked line in capitals, its subtitle printed as it is; a
section's name ("TIN TỨC - SỰ KIỆN", joined_sections.py) never does. A marked line with no such line over it
may be the headline itself (its mark is cut when it is cleaned: headline.py), and a capitals kicker over a
plain headline is weighed as before.
"""
from __future__ import annotations

from archive.read.joined_sections import section_named
from archive.read.line_sizes import long_unclosed
from archive.read.note_marks import note_marked

_SHORT_WORDS = 3  # a short capitals headline over its subtitle ("QUÀ TẶNG MÙA XUÂN") still has some words


def footnote_subtitles(texts: list[str], pool: list[int]) -> set[int]:
    """Lines of the headline's pool ending with a footnote's mark, under a line of the pool (the nearest one
    over it of three words or more: a credit or a label of one or two words, "Nhóm PV", may stand between)
    that bears none and reads as a headline."""
    ordered = [i for i in sorted(pool) if len(texts[i].split()) >= _SHORT_WORDS]
    return {i for above, i in zip(ordered, ordered[1:]) if note_marked(texts[i]) and _headline_over(texts[above], texts[i])}


def _headline_over(over: str, marked: str) -> bool:
    """`over` reads as the headline of the marked line under it: a headline's words with no stop or colon
    closing them (line_sizes.long_unclosed: this module sits under chrome.py, as candidates.py does not), or
    a short line in capitals over a marked line in capitals; no mark of its own, no section's name."""
    over = over.strip()
    if note_marked(over) or section_named(over) or over.endswith((".", ":")):
        return False
    return long_unclosed(over) or len(over.split()) >= _SHORT_WORDS and over.isupper() and marked.isupper()
