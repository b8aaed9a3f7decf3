"""Lines a paste ran together: parts of the head glued in one line, split apart again.

A copy from some pages loses the line breaks of the head: the headline, its date line
and the text come as one line ("Họp ... lần thứ XX ( Cập nhật ngày: 21/11/2024 )Chiều
ngày 21/11/2024, ..."), a date line is glued to the lead ("23/04/2021Sáng 22/04, ...") or to
the headline's last word ("... gấp đôi12/04/2025 07:45"), or named by a word after the headline
on its line ("... gấp đôi Cập nhật lúc 07:45 12/04/2025"); a headline glued to the lead
("... gấp đôiNhững ngày này, ..."); a headline glued to its own cut copy, the page's short
form of it then the full one ("... Ngày Chuyển đổi sốBộ ... Ngày Chuyển đổi số quốc gia"); a writer's name
glued to the post under it ("Nguyễn Trần BạtChủ tịch / ...", glued_posts.py).
Only these sure shapes are split, and only near the top, where the head stands; each
piece keeps its file line number. In prose a bracketed date is the event's and stays.
"""
from __future__ import annotations

import re
from itertools import compress

from archive.read.chrome import is_noise_line
from archive.read.credit_splits import headline_credit_lead
from archive.read.event_brackets import event_bracket, headline_line
from archive.read.glued_posts import glued_post
from archive.read.info_rows import split_rows
from archive.read.labelled_glued_dates import LEAD_WORDS, labelled_glued_date
from archive.read.lead_openers import headline_then_lead
from archive.read.prose import PROSE_WORDS
from archive.text.date_labels import POSTING_WORDS, UPDATE_WORDS, label_pattern
from archive.text.dates import CLOCK_PATTERN, DATE_PATTERN, ISO_PATTERN, MERIDIEM_PATTERN

Line = tuple[int, str]  # (1-based file line, text)

_HEAD_LINES = 3  # the lines with text at the top where a headline can stand
# A site's masthead, slogan and topics may stand over the headline (conventions round 24): a date line
# its label or weekday names, glued to the lead, is a sure shape a few lines further down too.
_MASTHEAD_LINES = 3
_MERIDIEM = rf"\s*{MERIDIEM_PATTERN}"  # "1:15:06 PM" (a 12-hour clock), before a glued lead too
# A date line glued between the headline and the text: it names itself a date line by
# brackets, a word ("Cập nhật", "Ngày đăng") or a time beside the date, maybe after a dash
# ("21/09/2022 - 16:16:00"); a bare date in a line could be the event's. The label is taken whole
# ("Ngày cập nhật", "Thời gian xuất bản", round 35): its first word left behind is no headline's.
# The label's words widened by "đăng lúc" before "đăng", so "Đăng lúc ngày ..." is taken whole too.
_LABEL_WORDS = (*UPDATE_WORDS, "đăng lúc", *POSTING_WORDS)
_DATE_LINE = re.compile(
    rf"(?P<open>\(\s*)?(?P<word>{label_pattern(_LABEL_WORDS)}\s*:?\s*)?"
    rf"(?:{DATE_PATTERN}(?P<time>\s+(?:[-–|]\s+)?{CLOCK_PATTERN})?|(?P<time_first>{CLOCK_PATTERN}\s+){DATE_PATTERN})(?(open)\s*\))", re.IGNORECASE)
# A date (and time) opening a line, glued to the capital of the lead's first word.
_DATE_GLUED = re.compile(rf"^({DATE_PATTERN}(?:\s+{CLOCK_PATTERN}(?:{_MERIDIEM}(?=[A-ZĐÀ-Ỹ]))?)?)(?=[^\W\d_])")
# A date (and time), day first or year first, opening the lead before a spaced dash, the way a
# source tag does ("2015-03-24 - Thực hiện ...", "24/03/2015 08:15 – Sáng nay, ..."): the page's date.
_DATE_DASHED = re.compile(rf"^((?:{DATE_PATTERN}|{ISO_PATTERN})(?:\s+{CLOCK_PATTERN})?)\s+[-–—]\s+(?=[A-ZĐÀ-Ỹ])")
_SENTENCE_BREAK = re.compile(r"\w[.!?]\s+[A-ZĐÀ-Ỹ]")
# A date line glued to the end of the headline, a letter then the date with no space ("... gấp
# đôi12/04/2025 07:45"): the line break between them lost. With a space, the line may be a
# date line naming its section ("Tin tức sự kiện 05/03/2024 08:30"), and stays.
_DATE_END_GLUED = re.compile(rf"(?<=[^\W\d_])((?:{DATE_PATTERN}|{ISO_PATTERN})(?:\s+{CLOCK_PATTERN}(?:{_MERIDIEM})?)?)\s*$")


def unglue(lines: list[Line]) -> list[Line]:
    """`lines` with the glued head lines split; past them only a date and a clock glued to a capital."""
    out: list[Line] = []
    seen = 0
    above = None  # the last head line shaped as a headline ("PV" or a date line under it is none)
    rows = split_rows(lines)
    for at, (number, text) in enumerate(rows):
        if seen >= _HEAD_LINES + _MASTHEAD_LINES:
            return out + [(number, piece) for number, text in rows[at:] for piece in clock_split(text)]
        if seen >= _HEAD_LINES:  # under a masthead's lines: only a date line its label or weekday names
            seen += bool(text.strip()) and not is_noise_line(text)
            out += [(number, piece) for piece in _labelled_split(text)]
            continue
        if text.strip():
            noise = is_noise_line(text)  # a row of tool labels ("Xem cỡ chữ", "In") is no head line
            seen += not noise
            out += [(number, piece) for piece in _split(text, under_headline=seen > 1, above=above)]
            above = text if not noise and headline_line(text) else above
        else:
            out.append((number, text))
    return out


def clock_split(text: str) -> list[str]:
    """A date and a clock glued to a capital ("19/09/2025 21:32Ba bộ phim ..."), anywhere in the paste: a
    date line that lost its line break before the headline or the lead under it, a sure shape even below a
    list of links (round 56); split in two. A meridiem after the clock ("21:32 PM") is the clock's."""
    if not text[:1].isdigit():
        return [text]  # cheap gate: the date opens the line
    found = _DATE_GLUED.match(text)
    rest = text[found.end():] if found else ""
    if not found or not re.search(CLOCK_PATTERN, found.group(1)) or not rest[:1].isupper() \
            or re.match(rf"{MERIDIEM_PATTERN}(?![^\W\d_])", rest) or len(rest.split()) < 3:
        return [text]
    return [found.group(1), rest]


def _labelled_split(text: str) -> list[str]:
    """A labelled or weekday's date line glued to the lead, split off; a date and a clock glued to a capital too."""
    glued = labelled_glued_date(text)
    return [glued.group(1), text[glued.end():]] if glued else clock_split(text)


def _split(text: str, under_headline: bool, above: str | None = None) -> list[str]:
    copied = _cut_copy_end(text)
    if copied:
        return [text[copied:]]  # the short form says nothing the full one does not
    if under_headline and len(posted := glued_post(text)) > 1:
        return posted  # "Nguyễn Trần BạtChủ tịch / ...": the writer's name and his post (round 86)
    glued = _DATE_GLUED.match(text) or labelled_glued_date(text) or under_headline and _dated_lead(text)
    if glued:
        return [glued.group(1), text[glued.end():]]
    ending = _DATE_END_GLUED.search(text)
    if ending and _headline_before(text[:ending.start()]):
        return [text[:ending.start()].strip(), ending.group(1)]
    found = next((m for m in _DATE_LINE.finditer(text) if m.group("open", "word", "time", "time_first") != (None,) * 4),
                 None)
    if found is None:
        pieces = [text] if under_headline else headline_credit_lead(text, _headline_before)
        return pieces if len(pieces) > 1 else _headline_and_lead(text)  # "<headline> PV Ngày ...": first line only
    before, after = text[:found.start()].strip(), text[found.end():].strip()
    if not after and found.group("word") and _headline_before(before):
        return [before, found.group(0)]  # "<headline> Cập nhật lúc 07:45 12/04/2025": the date line ends it
    if not after[:1].isupper() or len(after.split()) < LEAD_WORDS or not _headline_before(before):
        return [text]  # no paragraph after it: a date line with a section and a byline, a headline's date
    if event_bracket(found, after, above):
        return [text]  # "... hưởng ứng Ngày X (26/6/2012) Hội ... đã": the lead's event, under the headline
    return [before, found.group(0), after]


def _cut_copy_end(text: str) -> int:
    """Where the full line starts when a line opens with its own cut copy glued to it without a
    space ("X Y ZX Y Z quốc gia"): a prefix of some words, then the whole line starting with that
    prefix and running on past it. 0 when the line is no such pair."""
    for at in range(1, (len(text) + 1) // 2):
        if text[at] != text[0] or text[at - 1].isspace() or not text.startswith(text[:at], at):
            continue
        if len(text[:at].split()) >= 3:
            return at
    return 0


def _dated_lead(text: str) -> re.Match | None:
    """A date and a dash opening a lead: prose follows the dash, a sentence closed or one running
    past a headline's length. A headline may open so too ("30/4/1975 - Ngày ..."): it is no prose."""
    dashed = _DATE_DASHED.match(text)
    rest = text[dashed.end():].rstrip() if dashed else ""
    prose = rest.endswith((".", "…")) and len(rest.split()) >= LEAD_WORDS or len(rest.split()) >= PROSE_WORDS
    return dashed if prose else None


def _headline_before(text: str) -> bool:
    """What stands before the bracket could be a headline: some words, no sentence, no date."""
    return 3 <= len(text.split()) <= 40 and text[:1].isupper() and not _SENTENCE_BREAK.search(text) \
        and not re.search(DATE_PATTERN, text) and not text.endswith((".", ",", ";"))


def _headline_and_lead(text: str) -> list[str]:
    """A headline glued to the lead, the line break lost ("... gấp đôiNhững ngày này, ..."): a small
    letter then a capital inside a Vietnamese word (a tone mark or "đ": "iPhone" is a name), a
    headline before it and a paragraph after it (a sentence closed, or one past a headline's length)."""
    # only at a capital: its places found at C speed, where a loop looked at every character
    for at in compress(range(1, len(text)), map(str.isupper, text[1:])):
        if not text[at - 1].islower():
            continue
        start, end = text.rfind(" ", 0, at) + 1, text.find(" ", at)
        if text[start:end if end != -1 else len(text)].isascii():
            continue
        before, after = text[:at], text[at:]
        words = len(after.split())
        if _headline_before(before) and (after.endswith((".", "…")) and words >= LEAD_WORDS or words >= PROSE_WORDS):
            return [before, after]
        break  # the first glue decides: a later one is inside the text
    return headline_then_lead(text, _headline_before)  # "... tháng 3/2018 Nhằm khơi dậy ...": one space kept
