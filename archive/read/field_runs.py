"""A run of labelled data fields under a short headline (round 60).

A firm's project page, a product's or a place's card prints its name as a short headline, then its
data one field a line: "Category: ...", "Address: ...", "Year: 2019 - 2021", "Owner: Ban quản lý ...",
"Địa chỉ: ...", "Chủ đầu tư: ...". Each field's label is written as field_lines.LABEL knows it (a
capitalised word and up to three small ones, then a colon); its value is a few words, or none. Three
such lines or more in a row, under a short line that is no field (the headline), are data, never the
headline, and never a headline that closes a letterhead above it. One or two labelled lines are a
kicker's colon ("Hà Nội: ...") or a portal's info block, read elsewhere; a line holding a date is a
date line, read as one. The run is counted among the lines the chrome leaves: an info block's
"Category: ..." is chrome already.
"""
from __future__ import annotations

from archive.read.field_lines import LABEL
from archive.read.short_heads import TRAIL  # a breadcrumb's trail over the run is no headline
from archive.text.dates import all_dates

_RUN = 3  # fewer labelled lines are a kicker or an info block's pair
_VALUE_WORDS = 12  # a field's value is a name, an address, a figure: no sentence
_HEAD_WORDS = 10  # the headline over the run: a name
_LABEL_WORDS = 4


def field_line(text: str) -> bool:
    """A data field alone on its line: its label, then a short value or none ("Category: ,")."""
    text = text.strip()
    match = LABEL.match(text)
    if match is None:
        bare = text[:-1].split() if text.endswith(":") else []
        return 0 < len(bare) <= _LABEL_WORDS and bare[0][0].isupper() and not all_dates(text)
    return len(text[match.end():].split()) <= _VALUE_WORDS and not all_dates(text)


def field_runs(texts: list[str], among: list[int] | None = None) -> set[int]:
    """Indexes of `texts` (blank lines skipped) in runs of data fields under a short headline; with
    `among`, only those indexes."""
    order = [i for i, text in enumerate(texts) if text.strip()]
    found: set[int] = set()
    start = 0
    while start < len(order):
        end = start
        while end < len(order) and field_line(texts[order[end]]):
            end += 1
        if end - start >= _RUN and start > 0 and _headline_over(texts[order[start - 1]]):
            found.update(order[start:end])
        start = max(end, start + 1)
    return found if among is None else found & set(among)


def _headline_over(text: str) -> bool:
    """The short line over the run: a name, no sentence, no label, no breadcrumb's trail."""
    text = text.strip()
    return 0 < len(text.split()) <= _HEAD_WORDS and not text.endswith((".", ":", "!", "?")) \
        and not TRAIL.search(text) and not field_line(text)
