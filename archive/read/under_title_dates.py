"""A date line under the headline beats a day printed at the headline's end (conventions round 14).

Round 22 and round 12 split a day off the headline's end ("... (23/11/2017)", "... - 23/11/2017", "...
23-11-2017") and took it for the page's date. When the page also prints its own date line under the
headline ("12/03/2024 08:15", "Thứ Ba, 12/03/2024"), that line is the post's and the day in the headline is
what the headline is about (an event's, a meeting's): the date line wins. Only right under it (the next line,
or one line between: a byline, a sapo): a date further down is a document's own ("Phú Yên, ngày 25 tháng 10
năm 2021" under its letterhead). A date line above the headline, a site clock or a widget does not either
(the headline's day stays the page's, as round 12 reads it).
"""
from __future__ import annotations

from archive.read.candidates import DateCandidate

_REACH = 2  # the date line right under the headline, or one line between


def date_line_under(candidate: DateCandidate | None, title_index: int | None) -> bool:
    """The head's date line stands right under the headline and is no widget."""
    return candidate is not None and title_index is not None and 0 < candidate.index - title_index <= _REACH \
        and not candidate.widget
