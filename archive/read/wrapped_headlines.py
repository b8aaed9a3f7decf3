"""A headline hard-wrapped like the rest of its paste (issue 13, round 68).

Some pastes keep the line breaks of the page's source: every paragraph, the headline too, is cut at a
width mid-phrase and goes on in a small letter on the next line ("... thực hiện chương" / "trình
"Triệu phần quà san sẻ yêu" / "thương" năm 2025"); an anniversary's headline may break before its span
in brackets ("Kỷ niệm 95 năm Ngày thành lập Đảng" / "(3/2/1930-3/2/2025), ..."). Read apart, the first
line alone was the title. Only in a paste wrapped so below its head too (two wraps at least: a line cut
mid-phrase, the next file line going on in a small letter), the head's first line that opens a
headline and the lines right under it carrying its phrase on are one headline, when the last closes no
sentence and the line after it opens a new one (or a blank line follows). A wrapped lead closed by a
full stop, a paragraph longer than a headline, a byline, a site account, a format's label or a date line in
small letters ("bởi admin", "admin", "eMagazine", "đăng lúc 10:00 ngày 12/3/2024"), a breadcrumb ending in the
headline printed under it in a small letter, a masthead in title case over a headline opening in a small letter,
a line over a headline in small letters that the address's slug names alone, a wrapped lead under a headline
in capitals or title case (its wrap falling before a name's capital), and a paste wrapped nowhere else stay as
they are.
"""
from __future__ import annotations

import re

from archive.read.broken_headlines import title_case
from archive.read.by_names import by_label
from archive.read.chrome import is_author_slot, is_noise_line
from archive.read.cut_crumbs import crumb_lines
from archive.read.headline_tails import join_into_first
from archive.read.line_sizes import PROSE_WORDS, long_unclosed
from archive.read.person_names import is_syllable
from archive.read.slugs import named_by_slug, slug_words
from archive.read.wrapped_lines import stops_mid_phrase
from archive.text.dates import all_dates
from archive.text.normalize import fold

Line = tuple[int, str]  # (1-based file line, text)

_HEAD_TEXT_LINES = 12  # the lines with text at the top where a headline can stand
_OPENING_WORDS = 3  # fewer words make a label, a menu item or a name's line, not a headline's first line
_MOST_WORDS = 2 * PROSE_WORDS  # a wrapped headline runs to two paragraph lines' words; more is a paragraph
_WRAPS_BELOW = 2  # wraps below the head that show the paste keeps its source's line breaks
_OPENERS = "\"“«'‘(["  # an opening quote or bracket before a wrap's first word
_CLOSED = (".", "!", "?", ":", ";", "…")  # a line closed so ends a sentence or a label: nothing goes on under it
_HEADLINE_ENDS = (".", ",", ":", ";")  # a run ending so is a sentence or a part, not a whole headline
# An anniversary's span in brackets opening a line: "(1930 - 2025)", "(3/2/1930-3/2/2025)".
SPAN = re.compile(r"\((?:\d{1,2}/\d{1,2}/)?\d{4}\s*[-–]\s*(?:\d{1,2}/\d{1,2}/)?\d{4}\)")


def join_wrapped_headline(lines: list[Line], url: str = "") -> list[Line]:
    """`lines` with a headline wrapped over several lines, in a hard-wrapped paste, joined into its first.
    `url` is the article's address: a slug naming a line under the first, not the first, names a headline
    of its own (one printed in small letters), no wrap's piece."""
    out = list(lines)
    slug = slug_words(url)
    texts = [at for at, (_, text) in enumerate(out) if text.strip()]
    trails = crumb_lines([text for _, text in out])  # a trail ending in the headline under it
    for place, at in enumerate(texts[:_HEAD_TEXT_LINES]):
        first = out[at][1].strip()
        if len(first.split()) >= PROSE_WORDS and first.endswith(_CLOSED):
            break  # a paragraph: the text has begun
        if not _opening(first) or at in trails:
            if long_unclosed(first) and not is_noise_line(first) and at not in trails:
                break  # a headline stands here already (in capitals, in title case): the lead is under it
            continue
        run = _run(out, texts, place)
        if len(run) < 2:
            continue
        if slug and not named_by_slug(first, slug) and any(named_by_slug(out[k][1], slug) for k in run[1:]):
            continue
        joined = " ".join(out[k][1].strip() for k in run)
        after = texts[place + len(run)] if place + len(run) < len(texts) else None
        if joined.endswith(_HEADLINE_ENDS) or len(joined.split()) > _MOST_WORDS or not _new_sentence(out, run[-1], after) \
                or _wraps(out, texts[place + len(run):]) < _WRAPS_BELOW:
            continue
        join_into_first(out, run)
        break
    return out


def _opening(text: str) -> bool:
    """A headline's first line: some words from a capital, a digit or a quote, closing nothing, in sentence
    case (a name in title case, a masthead's "Phú Mỹ Quê Hương", wraps into no small letter)."""
    return len(text.split()) >= _OPENING_WORDS and (text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"“«") \
        and not text.endswith(_CLOSED) and not title_case(text) and not is_noise_line(text) and not is_author_slot(text)


def _run(out: list[Line], texts: list[int], place: int) -> list[int]:
    """The line at `texts[place]` and the file lines right under it that carry its phrase on."""
    run = [texts[place]]
    for nxt in texts[place + 1:]:
        before, text = out[run[-1]][1].strip(), out[nxt][1].strip()
        if out[nxt][0] != out[run[-1]][0] + 1 or before.endswith(_CLOSED) or not _carries_on(text):
            break
        run.append(nxt)
    return run


def _carries_on(text: str) -> bool:
    """A wrap's next line: a Vietnamese word in a small letter or an anniversary's span, and no byline,
    site account ("admin"), format label ("eMagazine"), field or date line."""
    if SPAN.match(text):
        return True
    return opens_in_small_word(text) and not is_author_slot(text) and not is_noise_line(text) and not by_label(text) \
        and not (all_dates(text) and len(text.split()) < PROSE_WORDS // 2)


def opens_in_small_word(text: str) -> bool:
    """`text` opens, past an opening quote or bracket, with a Vietnamese word in a small letter, as a wrap's
    next piece does; "admin", "eMagazine" are no such word (also source_wraps.py's test)."""
    bare = text.lstrip(_OPENERS)
    word = re.sub(r"\W+$", "", bare.split(None, 1)[0]) if bare.strip() else ""
    return word[:1].isalpha() and word[:1].islower() and is_syllable(fold(word).lower())


def _new_sentence(out: list[Line], last: int, after: int | None) -> bool:
    """The run stops where a headline does: a blank line or the paste's end under it, or a line opening anew."""
    if after is None or out[after][0] != out[last][0] + 1:
        return True
    first = out[after][1].strip()[:1]
    return first.isupper() or first.isdigit() or not first.isalnum()


def _wraps(out: list[Line], below: list[int]) -> int:
    """Wraps among the lines below: a line cut mid-phrase, the next file line going on in a small letter."""
    count = 0
    for this, nxt in zip(below, below[1:]):
        text, following = out[this][1].strip(), out[nxt][1].strip()
        if out[nxt][0] == out[this][0] + 1 and stops_mid_phrase(text) and following[:1].isalpha() \
                and following[:1].islower():
            count += 1
    return count
