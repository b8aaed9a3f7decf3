"""A date under the end byline (conventions round 4): schools, associations, parishes and small
portals with no date line under the headline sign the article at its end, the writer's name and
under it the day ("Thích Minh Tâm" over "24/08/2015", "(24/8/2015 08:21)"). Only a bare date, the
last line of the paste, right under the line the reader took the byline from: a date in the last
paragraph's prose is the event's, and a related list's date stands under a headline, not a name.
A repost's source line with the source's day, the last line too ("(Theo Báo Nông thôn, 24/8/2015)",
"Nguồn: VOV - 24/08/2015 08:21"), dates the page the same way: the day the source published it. So
does the writer's signature closed by its day, among the last lines ("(Trí Dũng, Phòng Lễ tân, ngày
30-8-2006)" over a CMS footer, round 113: dated_signatures.py): the name on it must be the byline read. So does
the end's field list, the day right above the writer's name ("• 21/08/2020 06:00" / "• Thanh Huyền", round 118).
"""
from __future__ import annotations

import re

from archive.read.dated_signatures import signature_parts
from archive.text.dates import CLOCK_PATTERN, DATE_PATTERN, all_dates
from archive.text.normalize import fold

Line = tuple[int, str]

_BARE = re.compile(rf"\s*[(\[]?\s*{DATE_PATTERN}(?:\s*[-|,]?\s*{CLOCK_PATTERN})?\s*[)\]]?\s*")

# "(Theo <source>, <date>)": the source's name is capitalised and holds no figure and no comma, so
# "Theo Quyết định số 12/QĐ-UBND ..." and "Theo đó, đến ngày ..." (a sentence the paste cut) are none.
_SOURCE = re.compile(rf"\s*[(\[]?\s*(?:Theo|Nguồn(?:\s+tin)?\s*:?)\s+(?P<name>[^\W\d_][^\d()\[\],]{{1,60}}?)\s*(?:[,(]|[-–])?\s*"
                     rf"(?:ngày\s+)?{DATE_PATTERN}(?:\s*[-|,]?\s*{CLOCK_PATTERN})?\s*\)?\s*[)\]]?\s*")
# A document the sentence follows, not a source: "Theo Kế hoạch của UBND tỉnh, ngày 24/8/2015".
_DOCUMENT = re.compile(r"\b(?:quyet dinh|ke hoach|nghi quyet|chi thi|thong bao|cong van|ket luan|huong dan|quy dinh|bao cao)\b")


def end_date(lines: list[Line], byline: str) -> tuple[int, int, str] | None:
    """(index, file line, text) of a bare date under the end byline `byline`, or of a source line's
    date, the last line of the paste; or None."""
    filled = [i for i, (_, text) in enumerate(lines) if text.strip()]
    if len(filled) < 2:
        return None
    last, above = filled[-1], filled[-2]
    text = lines[last][1]
    source = _SOURCE.fullmatch(text)
    if source and source.group("name")[0].isupper() and not _DOCUMENT.search(fold(source.group("name"))):
        return last, lines[last][0], text.strip()
    if byline and _BARE.fullmatch(text) and fold(byline) in fold(lines[above][1]):
        return last, lines[last][0], text.strip()
    return _listed_day(lines, filled, byline) or _signed_day(lines, filled[-_SIGNATURE_REACH:], byline)


# The end's field list, a bullet each maybe: the day, the writer, a view count ("• 21/08/2020 06:00" / "• Thanh Huyền"
# / "• 1572", round 118).
_BULLET = re.compile(r"\s*[•·▪◦›»-]?\s*")
_COUNT = re.compile(_BULLET.pattern + r"\d[\d.,]*\s*")  # a view count alone, its bullet maybe


def _listed_day(lines: list[Line], filled: list[int], byline: str) -> tuple[int, int, str] | None:
    """(index, file line, text) of a bare date right above the end byline's line, nothing after the name but a view
    count alone, or None."""
    tail = filled[:-1] if _COUNT.fullmatch(lines[filled[-1]][1]) else filled
    if not byline or len(tail) < 2 or fold(byline) not in fold(lines[tail[-1]][1]):
        return None
    day, text = tail[-2], lines[tail[-2]][1]
    bare = text[_BULLET.match(text).end():]
    return (day, lines[day][0], bare.strip()) if _BARE.fullmatch(bare) else None


_SIGNATURE_REACH = 6  # the last lines with text where the signature stands (a CMS footer's may follow it)


def _signed_day(lines: list[Line], tail: list[int], byline: str) -> tuple[int, int, str] | None:
    """(index, file line, text) of the byline's own signature closed by its day, or None."""
    if not byline:
        return None
    signed = fold(byline)
    for i in reversed(tail):
        parts = signature_parts(lines[i][1])
        if parts and signed in fold(parts[0]) and all_dates(parts[1]):  # a whole date, no year alone
            return i, lines[i][0], lines[i][1].strip()
    return None
