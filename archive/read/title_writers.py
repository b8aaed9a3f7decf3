"""A blog's writer named before the headline's colon (conventions round 10).

Literary and community blogs print an essay's headline as "Writer Name: the essay's title"
("Nguyễn Văn An: Nhờ đâu ..."), the writer named nowhere else. The headline is the whole line, as
printed; the name before the colon is the byline when no other is found (layout._byline asks it last,
through headline_parts.writer_off). Only a person's full name: a surname at one end or a monk's dharma name
("Thích Tâm Đức", round 80), three or four words,
not in capitals (a subject in capitals, "LÊ VĂN AN: ..."), with a headline of five words or more after
it that does not open with a quote (a speaker's words: 'Nguyễn Văn An: "Chúng ta ..."'). A place ("Tân
Yên: ..."), a body ("Đảng bộ xã: ..."), a section ("Tin tức: ..."), a position before the name
("Thủ tướng Phạm Minh Chính: ...") give no writer; nor does a name of two words, a pen name or a
district's ("Lục Yên: ...", "Nông Sơn: ...", a surname's syllable first): no page tells them apart.
Nor does a poet's name over a stanza cut by slashes (verse_lines.py, round 48).
"""
from __future__ import annotations

from archive.read.person_names import has_surname, person_name
from archive.read.religious_names import dharma_name
from archive.read.verse_lines import verse_line

_MIN_REST = 5
_QUOTES = ("\"", "“", "‘", "'", "«", "„")


def colon_writer(title: str) -> str:
    """The writer's name the headline opens with before a colon, or ""."""
    if ": " not in title[:45]:
        return ""
    name, rest = (part.strip() for part in title.split(": ", 1))
    words = name.split()
    if not 3 <= len(words) <= 4 or name.isupper() or len(rest.split()) < _MIN_REST or rest.startswith(_QUOTES) \
            or verse_line(rest):  # a poet's stanza, cut by slashes (verse_lines.py): no headline
        return ""
    proper = person_name(name)
    return name if proper == name and (has_surname(name) or dharma_name(words)) else ""  # "Thích Tâm Đức" (round 80)
