"""A portrait's caption under a headline that credits its writer (issue 13, round 31).

A literary page may credit the writer in the headline itself ("Xuân biên phòng – Ký của Đỗ Xuân
Thu") and show his photo in the text, captioned by his title and name ("Nhà văn Đỗ Xuân Thu").
That caption is not a byline line: the name is printed only as the headline's credit and under a
photo, and a photo caption is never where the byline comes from. A name line with no title
in front ("Đỗ Xuân Thu" alone) is still read as the byline: papers print the credit twice so.
Conventions round 19: a headline opening with its writer's name before a colon ("Lê Văn An: ...",
title_writers.py) credits that writer; the same name in the body is his byline, no echo of the headline.
"""
from __future__ import annotations

import re

from archive.read.genres import BYLINE_GENRES
from archive.read.headline_echoes import headline_opening
from archive.read.title_writers import colon_writer
from archive.text.dates import DATE_PATTERN
from archive.text.normalize import fold

# "– Ký của Đỗ Xuân Thu", "- Truyện ngắn của X": a genre, "của", the writer, closing the headline, a day
# printed after it or not ("... Ký của X ngày 23/11/2017", conventions round 22)
_CREDIT = re.compile(r"(?:^|\s)(?:%s) cua ([^-–:,.\d]+?)(?:\s+(?:ngay\s+)?%s)?$" % ("|".join(
    re.escape(fold(genre)) for genre in dict.fromkeys(BYLINE_GENRES)), DATE_PATTERN))


def headline_writer(title: str) -> str:
    """The writer a headline credits by its genre ("... – Ký của Đỗ Xuân Thu"), folded; else ""."""
    found = _CREDIT.search(fold(title).strip())
    return found.group(1).strip() if found else ""


def is_portrait_caption(byline: str, title: str) -> bool:
    """True when `byline` is the headline's credited writer with a title in front ("Nhà văn X")."""
    writer, name = headline_writer(title), fold(byline).strip()
    return bool(writer) and name != writer and name.endswith(" " + writer)


def headline_rules_out(byline: str, title: str) -> bool:
    """The headline says the byline is none: a portrait's caption of its credited writer, or the
    headline's own first words echoed as the body's heading (headline_echoes.py, round 32)."""
    return is_portrait_caption(byline, title) or headline_opening(byline, title) and not _colon_credit(byline, title)


def _colon_credit(byline: str, title: str) -> bool:
    """The headline names the byline's writer before its colon (title_writers.colon_writer)."""
    writer = colon_writer(title)
    return bool(writer) and fold(writer) == fold(byline).strip()
