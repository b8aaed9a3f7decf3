"""A heading under the headline that names the article's subject, not its writer (issue 13, round 42).

A travel or culture page prints its topic as a heading under the headline: "Võ Cổ Truyền Bình Định"
(a martial art) under "Võ Cổ Truyền Bình Định – Nét Đẹp ...". In title case and opening with a word
that is also a surname ("Võ", "Lễ", "Hội"), it reads as a person's name. A name of three words or more
that the headline opens with, or that the text below prints as common words (a small letter:
"võ cổ truyền Bình Định"), is the page's topic: a writer's name is neither in its own headline nor
written in small letters. Shorter names are left alone ("Thanh Bình", "Hà Nam" may be words by chance).
"""
from __future__ import annotations

import re

from archive.read.subject_bylines import common_words, named_in_text  # common_words: layout.py imports it from here
from archive.read.title_writers import dash_writer, opening_dash_writer
from archive.text.normalize import fold

Line = tuple[int, str]

_TOPIC_WORDS = 3  # words at least: a topic's name, not a two-word name that may be a word by chance
_PROSE_LINES = 5  # the lines under the head read for the topic in small letters


def subject_heading(bylines: dict[int, tuple[str, ...]], title: Line | None, lead: Line | None,
                    rest: list[Line]) -> bool:
    """Whether the head's `bylines` name the text's subject: a titled name the text names (subject_bylines),
    or a topic's name the headline opens with or the text prints in small letters."""
    if named_in_text(bylines, [lead] * bool(lead) + rest):
        return True
    names = tuple(name for found in bylines.values() for name in found if len(name.split()) >= _TOPIC_WORDS)
    if not names:
        return False
    headline = fold(title[1]).lower() if title else ""
    if headline and any((found := _phrase(fold(name).lower()).match(headline))
                        and not _writer_opening(headline[found.end():], name, lead, rest, headline) for name in names):
        return True  # the headline opens with it; "Những ngày ở Áo (Thích Như Điển)" credits the writer at its end
    return common_words(names, [lead] * bool(lead) + rest[:_PROSE_LINES])


# A spaced dash after the writer's name opening the headline ("Phạm Lê Vương Các - Vài suy ngẫm ...", round 86).
_DASH = re.compile(r"\s+[-–—]\s")


def _writer_opening(after: str, name: str, lead: Line | None, rest: list[Line], headline: str) -> bool:
    """The name opening the headline is a blog's writer (title_writers.py), no subject: before a colon ("Name:
    headline"), or before a spaced dash when the text does not name it again (a profile's subject it does, round 86)."""
    return after.startswith(":") or bool(_DASH.match(after)) and not _named_again(name, lead, rest, headline)


def _named_again(name: str, lead: Line | None, rest: list[Line], headline: str) -> bool:
    """The text under the headline (its lead and the rest) names `name`; folded only when asked, as it is long. The
    headline printed again under itself (`headline`, folded in small letters) names no one again (round 99)."""
    texts = (fold(line).lower() for _, line in [lead] * bool(lead) + rest)
    return fold(name).lower() in " ".join(text for text in texts if text != headline)


def _phrase(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)")


def unnamed_writer(name: str, title: Line | None, lead: Line | None, rest: list[Line]) -> str:
    """`name`, the writer headline_parts.writer_off found on the headline's line; one the headline opens
    with before its colon, or closes with after a spaced dash (title_writers.py, round 88), only if the text does
    not name it again: a blog's writer is named once, over the essay; a profile's subject ("Nguyễn Văn An: người
    thầy ...", "Người thầy của vùng cao - Nguyễn Văn An") is named in the text it heads, and is no writer. The
    headline printed again under itself names no one again (round 99)."""
    if not name or not (title and (title[1].startswith(name + ":") or dash_writer(title[1]) == name
                                   or opening_dash_writer(title[1]) == name)):
        return name
    return "" if _named_again(name, lead, rest, fold(title[1]).lower()) else name
