"""A list of other articles' links, each "headline - dd/mm/yyyy", over the page's text (round 61).

A portal's side box of older items pastes as lines that each end in a dash and the item's date,
often with trailing spaces ("Tình hình kinh tế - xã hội tháng 5 năm 2014 - 23/05/2014    "). Pasted above
the headline, the first item read as the headline and its date as the page's. Three such lines in a row
(blank lines between them allowed) are a list of links: no line of it is a title and none of its dates is
the page's. One line ending so is a headline with its day printed at its end (headline_dates.py), and
stays. The body's own lists of links are link_lists.py's; this is asked by chrome.strip_chrome_noting for
the lines above the page's text only, so a chronicle in the article, a line an event and its day, stays.
"""
from __future__ import annotations

import re

# A headline of a few words, a dash, a full date closing the line.
# Or the date in brackets, a time before it or not ("... cho cán bộ (22/06/2023)", "... [08:15 22/06/2023]":
# conventions round 26).
_DAY = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
_DATED_LINK = re.compile(rf"\S+(?:\s+\S+){{2,}}(?:\s+[-–—]\s*{_DAY}|\s*[(\[]\s*(?:\d{{1,2}}[:h]\d\d\s*,?\s*)?{_DAY}\s*[)\]])\s*")
_RUN = 3  # items in a row that make a list


def dated_link_runs(texts: list[str]) -> set[int]:
    """The indexes of `texts` in runs of three or more dated links; blank lines do not break a run.
    Each line is only one link ("[-–—]" or a bracket opening its date), so a sentence holding dates stays."""
    found: set[int] = set()
    run: list[int] = []
    for at, text in enumerate([*texts, "end"]):
        line = text.strip()
        if not line:
            continue
        # The pattern's backtracking over a long paragraph is slow, and a dated link's last
        # character is the year's last digit (re's \d is str.isdecimal): most lines are passed over.
        if (line[-1].isdecimal() or line[-1] in ")]") and _DATED_LINK.fullmatch(line):
            run.append(at)
            continue
        if len(run) >= _RUN:
            found.update(run)
        run = []
    return found
