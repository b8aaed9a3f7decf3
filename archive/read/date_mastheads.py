"""A body's name over the date line, the headline under it (issue 13, round 25).

A school's or an office's site prints its name, then the article's date, then the headline:
"Trường Hải quan Việt Nam" / "10/09/2021" / "Chúc mừng ... Hải quan Việt Nam". A date line under a
line usually closes that line as the headline; here the line only names a body (sources.organ_name)
and a longer headline stands just under the date: the name is the site's masthead. The address
cannot tell them apart when the headline names the body too (slugs.slug_names_below asks it first).
Kept out of candidates.py, at its size limit.
"""
from __future__ import annotations

from archive.read.line_sizes import HEADLINE_WORDS  # fewer make a label, not the headline under the name
from archive.read.sources import organ_name

Line = tuple[int, str]



def name_over_date(lines: list[Line], candidates: list[int], above: int | None, date_index: int | None,
                   skip: set[int]) -> bool:
    """The line `above` the date line only names a body, and a longer headline stands under the date."""
    if above is None or date_index is None or not organ_name(lines[above][1]):
        return False
    below = date_index + 1
    while below in skip:
        below += 1
    if below not in candidates:
        return False
    text = lines[below][1]
    words = len(text.split())
    return words >= HEADLINE_WORDS and words > len(lines[above][1].split()) and not text.rstrip().endswith(".")

