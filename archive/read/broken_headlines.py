"""A headline printed over two or three short lines (issue 13, conventions round 13).

A narrow title box breaks a headline where its phrase allows: after a colon ("Hội nghị cán bộ toàn
ngành năm 2015:" / "Xây dựng ngành trở thành ..."), before a word that carries the phrase on ("Hội
thảo khoa học" / "về công tác tổ chức xây dựng Đảng"), between a number and its "năm" ("Kỷ niệm 35" /
"năm Ngày thành lập ..."). Read apart, the first part is taken for a kicker and the second for the
headline, or the short first part loses to a line of the lead. Collectors label such a headline as
one title, its lines joined by spaces. Round 44's `headline_tails` joins a second line only under a
first of a headline's length; here, among the head's first lines (before a paragraph closed by a mark),
a first part of three words or more (opening with a capital, a digit, a quote or "[", no date line, no
field, no menu) and the lines right under it are one headline when each goes on with the phrase: under
a colon in sentence case, a line of three words or more that is no field, date line, byline or second
kicker; after a comma, a phrase in small letters; otherwise a line opening with a carrier word in small
letters, or a quoted phrase closing on its line. A full stop closes the joined headline only when it is
a headline's length (thirty words at most, as layout.py's headline closed by a stop; round 18). A kicker
without a colon, a kicker in capitals (or one right under a headline's line, or two stacked), a sapo, a
subtitle in brackets, a byline, a date line, a caption, a wrapped paragraph and a related list's
headlines (each opening with a capital) stay as they are.
"""
from __future__ import annotations

import re

from archive.read.bylines import parse_byline
from archive.read.capitals_colons import capitals_lead_in
from archive.read.chrome import is_author_slot, is_noise_line, is_stop_line, is_tagline
from archive.read.comma_headlines import comma_capitals, comma_goes_on, comma_headline_end, long_part_ends_open
from archive.read.headline_tails import CARRIERS, join_into_first
from archive.read.line_sizes import HEADLINE_WORDS, STOPPED_HEADLINE_WORDS, long_unclosed
from archive.read.prose import PROSE_WORDS
from archive.read.quoted_parts import closes_quote, colon_quoted, open_ended, same_case
from archive.read.section_menus import section_menu
from archive.text.normalize import fold

Line = tuple[int, str]  # (1-based file line, text)

_HEAD_TEXT_LINES = 12  # the lines with text at the top where a headline can stand
_PART_WORDS = 3  # fewer words make a label, a menu item or a name's line, not a headline's part
_MAX_PARTS = 3
# Folded words that carry a headline's phrase on to its next line, beside round 44's carriers: a
# count's unit ("35" / "năm ..."), an occasion, a purpose, a time, a means.
_MORE_CARRIERS = {"nam", "nhan", "de", "sau", "qua", "khi", "bang", "nhung", "cac", "mot", "la", "hay", "hoac"}
_STOPS = (".", ";", "…", "!", "?")  # a part closed so ends a sentence: nothing goes on under it
_OPEN_ENDS = (*_STOPS, ",")  # nor under a comma, but for a phrase in small letters (_goes_on)
_DATE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{1,2}:\d{2}")
_OPENS = ("\"", "“", "'", "‘", "«", "(", "[")
_QUOTES = ("\"", "“", "«")
_SPACED_DASH = re.compile(r"\s[-–—]\s")


def join_broken_headline(lines: list[Line]) -> list[Line]:
    """`lines` with a headline's parts, printed on lines of their own, joined into its first line."""
    out = list(lines)
    texts = [at for at, (_, text) in enumerate(out) if text.strip()][:_HEAD_TEXT_LINES]
    for place, at in enumerate(texts[:-1]):
        first = out[at][1].strip()
        if len(first.split()) >= PROSE_WORDS and first.endswith(_OPEN_ENDS + (":",)) and not comma_capitals(first) \
                and not long_part_ends_open(first, out[texts[place + 1]][1].strip()):
            break  # a paragraph: the text has begun, and the headline stands over it
        if not _opening_part(first) or first.endswith(":") and place and _under_headline(out, texts[place - 1], at):
            continue
        parts = [at]
        for nxt in texts[place + 1:place + _MAX_PARTS]:
            if out[nxt][0] != out[parts[-1]][0] + 1 or not _goes_on(out[parts[-1]][1].strip(), out[nxt][1].strip()):
                break
            parts.append(nxt)
        if len(parts) < 2:
            continue
        after = texts[place + len(parts)] if place + len(parts) < len(texts) else None
        if after is not None and out[after][0] == out[parts[-1]][0] + 1 and out[after][1].strip()[:1].islower():
            continue  # a further line going on in small letters: a wrapped paragraph
        joined = " ".join(out[k][1].strip() for k in parts)
        if not _headline_end(joined, parts, out):
            continue
        join_into_first(out, parts)
        break
    return out


def _opening_part(text: str) -> bool:
    """A headline's first part: a few words from a capital, a digit or a quote, unclosed but by a colon."""
    return len(text.split()) >= _PART_WORDS and _capital(text) and not text.endswith(_STOPS) \
        and not _dated(text) and not _field(text)


def _dated(text: str) -> bool:
    """A date line: a date or a time, and too few words beside it for a headline's part."""
    return bool(_DATE.search(text)) and len(_DATE.sub(" ", text).split()) < HEADLINE_WORDS


def _capital(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit() or text.startswith(_OPENS)


def _under_headline(out: list[Line], above: int, at: int) -> bool:
    """A colon's part right under a line of a headline's length (a title, or a kicker ending with a colon
    too): a heading of the text under its title, or a second kicker."""
    text = out[above][1].strip()
    return out[above][0] == out[at][0] - 1 and text[:1].isupper() and long_unclosed(text.rstrip(":")) \
        and not _dated(text) and not _field(text)


def _goes_on(before: str, text: str) -> bool:
    """`text` carries on the headline whose part `before` is."""
    if before.endswith(","):  # round 15: any line in the part's case (comma_headlines.py)
        return comma_goes_on(before, text) and len(text.split()) >= _PART_WORDS and not _dated(text) \
            and (text[:1].islower() or not _field(text))
    if before.endswith(_OPEN_ENDS):
        return False
    if before.endswith(":"):  # conventions round 20: a quoted phrase under a part in capitals (quoted_parts.py)
        return _colon(before, text) or colon_quoted(before, text) and len(text.split()) >= _PART_WORDS \
            or capitals_lead_in(before, text) and not _dated(text) and not _field(text) and not parse_byline(text)
    return _carried(text) and len(text.split()) >= 2 or _quoted(before, text)


def _quoted(before: str, text: str) -> bool:
    """A quoted phrase (a programme's, a contest's name) the part before it names: "Hội thảo khoa học" /
    "“Xây dựng Đảng ...”". The quote closes in its line, and the part before opens none left open and
    joins no phrases by dashes and is not in title case (a site's slogan, topics or name over a quoted
    headline: "Thời sự - Kinh tế - Đời sống", "Văn Chương và Cuộc Sống")."""
    if not text.startswith(_QUOTES) or len(text.split()) < _PART_WORDS or not closes_quote(text) or _opened(before):
        return False  # round 16: an open-ended part, or one in the quote's case, goes on (quoted_parts.py)
    return open_ended(before) or same_case(before, text) or not _SPACED_DASH.search(before) and not title_case(before)


def title_case(text: str) -> bool:
    """Every word capitalised but one at most (a joining "và", "&"): a name's or a motto's case."""
    return sum(not word[:1].isupper() for word in text.split()) <= 1


def _opened(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”") or text.count("«") > text.count("»")


def _headline_end(joined: str, parts: list[int], out: list[Line]) -> bool:
    """The joined parts end as a headline does: unclosed, or by a full stop when of a headline's length."""
    if any(out[k][1].rstrip().endswith(",") for k in parts[:-1]):
        return comma_headline_end(joined, out[parts[-1]][1].strip())  # after a comma, a stop only short of a paragraph (round 15)
    if joined.endswith("."):  # a headline closed by a stop runs to thirty words (round 18: line_sizes.py)
        return len(joined.split()) <= STOPPED_HEADLINE_WORDS
    return not joined.endswith((";", ",", ":"))


def _carried(text: str) -> bool:
    """A line opening in small letters with a word that carries a phrase on."""
    first = text.split(None, 1)[0] if text else ""
    return first[:1].islower() and fold(first) in CARRIERS | _MORE_CARRIERS


def _colon(before: str, text: str) -> bool:
    """Under a part ending with a colon, the headline's rest: words enough, printed in the part's case
    (a kicker in capitals over a headline in small letters is a kicker), no field, date line or name, and
    no second colon (kickers stacked over the headline)."""
    return (_capital(text) or text[:1].islower() and not before.isupper()) and len(text.split()) >= _PART_WORDS \
        and not before.isupper() and not text.isupper() and not text.endswith(":") and not _dated(text) and not _field(before) \
        and not (_field(text) and not is_tagline(text)) and not parse_byline(text)


def _field(text: str) -> bool:
    """A field's label or value, a list's label, a menu, the page's chrome: no part of a headline."""
    return is_noise_line(text) or is_stop_line(text) or is_author_slot(text) or section_menu(text)
