"""How many words make a headline or a paragraph, how many rows a menu, and whether a line is prose by
its length or its closing mark: measures the head's rules share (issue 13).

It lives in a module of its own, importing nothing, because the rules that ask it (candidates.py,
capitals_blocks.py, date_mastheads.py, menu_runs.py, dash_menus.py, counter_heads.py ...) import one
another in a cycle through chrome.py; prose.py's finer tests (a sentence, a break inside a line) build on it.
"""
from __future__ import annotations

import re

HEADLINE_WORDS = 5  # fewer words make a section label or a menu item, not a headline
MENU_RUN = 5  # a site's navigation printed one item a line: this many lines in a row (chrome, menu_runs)
PROSE_WORDS = 25  # a line this long is a paragraph, its full stop dropped or not (prose.py's measure)
STOPPED_HEADLINE_WORDS = 30  # the most words of a headline closed by a full stop (layout.py, stopped_end_dates.py)
LONGEST_HEADLINE = 45  # past this a line is weighed down as no headline (title_weights.py, furniture.banners)


def long_unclosed(text: str) -> bool:
    """Words enough for a headline, and no full stop or colon closing the line (a sentence, a label)."""
    return len(text.split()) >= HEADLINE_WORDS and not text.rstrip().endswith((".", ":"))


END_PUNCT = tuple('.!?…:;"”»\'')  # what closes a paragraph's or a sentence's line


def words(text: str) -> int:
    """Words in a cleaned line (single spaces): counted without splitting a long paragraph."""
    return text.count(" ") + 1 if text else 0


def is_prose(text: str) -> bool:
    """A paragraph's line: closed by a stop or a mark, or long enough."""
    return text.endswith(END_PUNCT) or words(text) >= PROSE_WORDS


def headline_within(texts: list[str], at: int, headline, passable) -> bool:
    """A `headline` line at `at`, or past one short line there (fewer than HEADLINE_WORDS words, no paragraph's
    mark, `passable`: "Kỳ 2", a place's name, a weekday date) that a site or a reprint slips over it (round 109)."""
    if at < len(texts) and headline(texts[at]):
        return True
    return at + 1 < len(texts) and len(texts[at].split()) < HEADLINE_WORDS and not is_prose(texts[at]) \
        and passable(texts[at]) and headline(texts[at + 1])


_WORD = re.compile(r"[^\W\d_]{2}")  # two letters together: "H1", "A", "»", "|", "12" hold none


def worded(text: str) -> bool:
    """The line holds a word: not a script's leftovers, a bar, a number or a theme's empty heading ("H1", round 109)."""
    return bool(_WORD.search(text))
