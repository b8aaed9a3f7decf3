"""A bare date line with a two-digit year right under the headline ("27/03/20", round 32): a
company's notice prints its date so. Read only as a whole short line whose line above is the
headline: elsewhere "27/03/20" may be a score, a ratio or a document's number, and no date.
Conventions round 14: under a headline closed by one full stop too (stopped_headlines.py).
Conventions round 12: over the headline too, as a page's date line printed above it ("20/03/20" over
the headline, a bar or a ticker's word between them): one of the two lines under it is the headline.
Conventions round 22: under the headline's sapo too, the page's furniture under it (a source, a section).
Conventions round 24: a field's label alone on its line between them ("Người đăng:") is a short line, no sapo.
Round 124: inside a line of fields that say whose day it is, anywhere: a forum thread's starter line ("Thảo luận trong
'X' bắt đầu bởi Y, 12/11/25 lúc 16:48.", XenForo's Vietnamese short date; thread_starters.py), or the software's
account and a bullet or a bar before it ("admin • 30/10/25"), or a weekday right under the headline ("Thứ 6, 08/01/16", round 125), a
clock maybe after it.
"""
from __future__ import annotations

import re

from archive.read.candidates import headline_shaped
from archive.read.line_sizes import HEADLINE_WORDS, is_prose
from archive.read.stopped_headlines import stopped_headline
from archive.read.site_accounts import SOFTWARE_ACCOUNTS
from archive.read.thread_starters import thread_starter
from archive.text.dates import CLOCK_PATTERN, WEEKDAY_PATTERN, full_year
from archive.text.normalize import fold

Line = tuple[int, str]

# The whole line: day, month and year in two digits, one separator throughout.
_SHORT_YEAR_LINE = re.compile(r"\s*(\d{1,2})([/.-])(\d{1,2})\2(\d\d)\s*")
_REACH = 4  # the lines over it where the headline may stand (a sapo, a byline, a label between)
# The same date inside a line (no figure or date mark touching it), and what may stand around it there.
_SHORT_YEAR = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d\d)(?![\d/.-]|[.,]\d)")
_ACCOUNT_BEFORE = re.compile(rf"\s*(?:{SOFTWARE_ACCOUNTS})\s*[•·|–-]\s*")  # folded
_WEEKDAY_BEFORE = re.compile(rf"\s*(?:{WEEKDAY_PATTERN})\s*[,|–-]?\s*(?:ngày\s+)?", re.IGNORECASE)  # "Thứ 6, 08/01/16"
_CLOCK_AFTER = re.compile(rf"\s*(?:lúc\s*)?(?:{CLOCK_PATTERN})?\s*\.?\s*", re.IGNORECASE)


def short_year_line(lines: list[Line], index: int) -> str | None:
    """The line as a date with its year whole ("27/03/2020"), when it is a bare "27/03/20" right
    under the headline; else None."""
    found = _SHORT_YEAR_LINE.fullmatch(lines[index][1])
    if found is None:
        return fielded_short_year(lines[index][1], index > 0 and _headline(lines[index - 1][1]))
    if not (index > 0 and _headline(lines[index - 1][1])
                             or _headline_over_short_lines(lines, index)
                             or any(_headline(text) for _, text in lines[index + 1:index + 3])):  # round 24: stopped too
        return None
    day, sep, month, year = found.groups()
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return None
    return f"{day}{sep}{month}{sep}{full_year(int(year))}"


def fielded_short_year(text: str, under_headline: bool = False) -> str | None:
    """The line with its year whole when a thread's starter fields or the software's account stand before its one
    two-digit-year date, or a weekday does right under the headline (a site's clock prints one at the top: "Thứ ba,
    3-2-26 02:29:36"), and at most a clock after it; else None."""
    found = _SHORT_YEAR.search(text)
    if found is None or not _CLOCK_AFTER.fullmatch(text, found.end()):
        return None
    starter = thread_starter(text)  # 0: no starter line
    if not (starter and starter == found.start() or _ACCOUNT_BEFORE.fullmatch(fold(text[:found.start()]))
            or under_headline and _WEEKDAY_BEFORE.fullmatch(text, 0, found.start())):
        return None
    day, sep, month, year = found.groups()
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return None
    return f"{text[:found.start()]}{day}{sep}{month}{sep}{full_year(int(year))}{text[found.end():]}"


def _headline_over_short_lines(lines: list[Line], index: int) -> bool:
    """A headline stands a few lines over the line, only short lines (a byline, a label) between them; or
    one paragraph right under the headline, its sapo, when the page's furniture follows the line (a video
    page prints the headline, the sapo, "02/01/23", then its source or its section; conventions round 22):
    a figure alone between paragraphs, or closing the paste, stays in the text."""
    sapo = False
    for _, text in reversed(lines[max(0, index - _REACH):index]):
        if is_prose(text) and not _field_label(text):
            if sapo:
                return False  # two paragraphs between: the figure is in the text
            sapo = True
        elif headline_shaped(text):
            return not sapo or _furniture_under(lines, index)
        elif sapo:
            return False  # a short line over the paragraph: no sapo right under its headline
    return False


def _field_label(text: str) -> bool:
    """A field's label left alone on its line ("Người đăng:", "Ngày đăng:"): a short line closed by its
    colon, no paragraph (conventions round 24: the label cells over a date printed "21/09/24")."""
    return text.rstrip().endswith(":") and len(text.split()) < HEADLINE_WORDS


def _furniture_under(lines: list[Line], index: int) -> bool:
    """The line under `index` is the page's furniture: a short line, neither a paragraph nor a headline."""
    return index + 1 < len(lines) and not is_prose(lines[index + 1][1]) and not headline_shaped(lines[index + 1][1])


def _headline(text: str) -> bool:
    """The line over the date is a headline: round 32's shape, or one closed by a full stop (round 14)."""
    return headline_shaped(text) or stopped_headline(text)
