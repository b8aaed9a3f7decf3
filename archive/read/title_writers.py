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
Nor does a poet's name over a stanza cut by slashes (verse_lines.py, round 48). Round 84: the same full name
closing the headline in brackets ("... (Lê Hoành Sơn)") is the writer too, asked the same way; round 88: after a
spaced dash closing it ("... Việt Nam - Huỳnh Khánh Tiết"); round 99: a literary site's full name in capitals
opening it before a spaced dash, the title after it not in capitals ("TRẦN BẢO ĐỊNH - Tản mạn…"), in proper case.
"""
from __future__ import annotations

import re

from archive.read.person_names import full_name, has_surname, person_name
from archive.read.religious_names import dharma_name
from archive.read.verse_lines import verse_line

_MIN_REST = 5
_QUOTES = ("\"", "“", "‘", "'", "«", "„")


def colon_writer(title: str) -> str:
    """The writer's name the headline opens with before a colon, or ""."""
    if ": " not in title[:45]:
        return ""
    name, rest = (part.strip() for part in title.split(": ", 1))
    if rest.startswith(_QUOTES) or verse_line(rest):  # a poet's stanza, cut by slashes (verse_lines.py): no headline
        return ""
    return name if _full_name(name) and len(rest.split()) >= _MIN_REST else ""


def bracket_writer(title: str) -> str:
    """The writer's name closing the headline in brackets ("KÊNH ĐÀO ... CỬU LONG (Lê Hoành Sơn)", "... tại Tu viện
    Quảng Đức (Thích Như Điển)", round 84), or "": the same full name colon_writer asks for, after a headline of
    five words or more. A place ("(Quảng Ninh)"), a span ("(1930 - 2025)"), a series' part ("(Kỳ 1)"), a source
    ("(TTXVN)") or a name in capitals is none."""
    return _closing_writer(title, _BRACKETED_END)


_BRACKETED_END = re.compile(r"\s\((?P<name>[^()]+)\)\s*$")


def dash_writer(title: str) -> str:
    """The writer's full name closing the headline after a spaced dash ("Tem Sưu Tập Việt Nam - Huỳnh Khánh Tiết",
    round 88), or "": the same full name colon_writer asks for, after a headline of five words or more. A place
    ("- Hà Nội"), a body ("- Báo X") or a name in capitals is none; a subject the text names again is none either
    (subject_headings.unnamed_writer)."""
    return _closing_writer(title, _DASHED_END)


_DASHED_END = re.compile(r"\s[-–—]\s+(?P<name>[^-–—]+?)\s*$")


def opening_dash_writer(title: str) -> str:
    """The writer's full name in capitals opening the headline before a spaced dash, in proper case ("TRẦN BẢO ĐỊNH -
    Tản mạn… “chim quyên...”" gives "Trần Bảo Định", round 99), or "": the title after the dash is not in capitals
    (a headline all in capitals opens with its subject or its place, "HÀ NỘI - ..."), three words or more. A subject
    the text names again is none (subject_headings.unnamed_writer)."""
    found = _CAPITALS_OPENING.match(title)
    if not found or not found["name"].isupper() or found["rest"].isupper() \
            or len(found["rest"].split()) < _MIN_TITLE_AFTER:
        return ""
    name = person_name(found["name"].strip())
    return name if full_name(name) and len(name.split()) <= _MOST_NAME_WORDS else ""


_CAPITALS_OPENING = re.compile(r"^(?P<name>[^\W\d_][^-–—:()\d]{4,40}?)\s+[-–—]\s+(?P<rest>\S.*)$")
_MIN_TITLE_AFTER = 3  # "Tản mạn… “chim quyên...": an essay's short title
_MOST_NAME_WORDS = 4  # "Nguyễn Thị Hồng Giang"


def _closing_writer(title: str, ending: re.Pattern[str]) -> str:
    """The full name `ending` finds closing the headline, after five words or more; "" otherwise."""
    found = ending.search(title)
    if not found:
        return ""
    name = found.group("name").strip()
    return name if _full_name(name) and len(title[:found.start()].split()) >= _MIN_REST else ""


def _full_name(name: str) -> bool:
    """A person's full name of three or four words, not in capitals: a surname at one end or a dharma name."""
    words = name.split()
    if not 3 <= len(words) <= 4 or name.isupper():
        return False
    return person_name(name) == name and (has_surname(name) or dharma_name(words))  # "Thích Tâm Đức" (round 80)
