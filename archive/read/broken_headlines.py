"""A headline printed over two or three short lines (issue 13, conventions round 13).

A narrow title box breaks a headline where its phrase allows: after a colon ("Hội nghị cán bộ toàn
ngành năm 2015:" / "Xây dựng ngành trở thành ..."), before a word that carries the phrase on ("Hội
thảo khoa học" / "về công tác tổ chức xây dựng Đảng"), between a number and its "năm" ("Kỷ niệm 35" /
"năm Ngày thành lập ..."). Read apart, the first part is taken for a kicker and the second for the
headline, or the short first part loses to a line of the lead. Collectors label such a headline as
one title, its lines joined by spaces. Round 44's `headline_tails` joins a second line only under a
first of a headline's length; here, among the head's first lines, a first part of three words or more
(opening with a capital, a digit or a quote, no closing mark but a colon) and the lines right under it
are one headline when each goes on with the phrase: under a colon, a capital line of three words or
more that is no field, no byline and no list's label; otherwise a line opening with a carrier word in
small letters. The headline ends unclosed and stays shorter than a paragraph. A kicker without a
colon over a headline, a sapo (closed by a full stop), a subtitle in brackets, a byline, a date line,
a caption and a related list's headlines (each opening with a capital) stay as they are.
"""
from __future__ import annotations

import re

from archive.read.bylines import parse_byline
from archive.read.chrome import is_author_slot, is_noise_line, is_stop_line, is_tagline
from archive.read.headline_tails import CARRIERS
from archive.read.line_sizes import HEADLINE_WORDS, long_unclosed
from archive.read.prose import PROSE_WORDS
from archive.text.normalize import fold

Line = tuple[int, str]  # (1-based file line, text)

_HEAD_TEXT_LINES = 12  # the lines with text at the top where a headline can stand
_PART_WORDS = 3  # fewer words make a label, a menu item or a name's line, not a headline's part
_MAX_PARTS = 3
# Folded words that carry a headline's phrase on to its next line, beside round 44's carriers: a
# count's unit ("35" / "năm ..."), an occasion, a purpose, a time, a means.
_MORE_CARRIERS = {"nam", "nhan", "de", "sau", "qua", "khi", "bang", "nhung", "cac", "mot", "la", "hay", "hoac"}
_OPEN_ENDS = (".", ";", ",", "…", "!", "?")  # a part closed so ends a sentence: nothing goes on under it
_DATE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{1,2}:\d{2}")
_OPENS = ("\"", "“", "'", "‘", "«", "(", "[")


def join_broken_headline(lines: list[Line]) -> list[Line]:
    """`lines` with a headline's parts, printed on lines of their own, joined into its first line."""
    out = list(lines)
    texts = [at for at, (_, text) in enumerate(out) if text.strip()][:_HEAD_TEXT_LINES]
    for place, at in enumerate(texts[:-1]):
        first = out[at][1].strip()
        if len(first.split()) >= PROSE_WORDS and first.endswith(_OPEN_ENDS + (":",)):
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
        out[at] = (out[at][0], joined)
        for k in parts[1:]:
            out[k] = (out[k][0], "")
        break
    return out


def _opening_part(text: str) -> bool:
    """A headline's first part: a few words from a capital, a digit or a quote, unclosed but by a colon."""
    return len(text.split()) >= _PART_WORDS and _capital(text) and not text.endswith(_OPEN_ENDS) \
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
    if before.endswith(_OPEN_ENDS):
        return False
    if before.endswith(":"):
        return _colon(before, text)
    return _carried(text) and len(text.split()) >= 2


def _headline_end(joined: str, parts: list[int], out: list[Line]) -> bool:
    """The joined parts end as a headline does: unclosed, or by a full stop when short of a paragraph."""
    if joined.endswith("."):
        return len(joined.split()) < PROSE_WORDS
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
        and before.isupper() == text.isupper() and not text.endswith(":") and not _dated(text) and not _field(before) \
        and not (_field(text) and not is_tagline(text)) and not parse_byline(text)


def _field(text: str) -> bool:
    """A field's label or value, a list's label, the page's chrome: no part of a headline."""
    return is_noise_line(text) or is_stop_line(text) or is_author_slot(text)
