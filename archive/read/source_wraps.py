"""A paste that keeps its page's source line breaks, its wraps joined again (issue 13, conventions round 28).

Some pastes keep the source's breaks: every paragraph, the headline, a date line and a byline with its
post are cut at a width mid-phrase ("... thực hiện chương" / "trình ..."), an uneven source leaving a word
alone ("Ngày" / "01/3/2025, Chi hội ..."; "Phó" / "bí thư ...") or cutting a date line before its day
("Cập nhật lúc 10:20 ngày" / "12/03/2024"). Read apart, a headline's first line was the title, the lead's
first line beat a short headline, a wrap's last words ("Phước Lâm") read as a writer. Only in a paste
wrapped so twice at least (two different lines of 40 characters or more cut mid-phrase, the next file line
going on in a small letter: not a menu's short items, not a slug printed again), a line
and the file line right under it are one when the line closes nothing and the next goes on: in a small
letter (under a phrase cut, a lone first word or a run's line), from an anniversary's span in brackets, as
a number alone or a capitals headline's last words under a phrase cut, with the day under a line ending
on "ngày"/"lúc" (or a lone "Ngày", "Sáng"), or anyhow under a line the paste's width cut (the width of its
wraps: the next line's first word would not have fit). A line closed by a full stop or a colon, a "by"
credit, an author field, a field or a widget's line ("Từ khóa: ..."), an account ("admin") or a short date
line under a line, a staff code or a place alone under a line the width did not cut, a short date line going
on into a small letter, a breadcrumb or a menu in small letters opening a run, a paste wrapped nowhere
else: all stay as they are. Nor does a run open on a breadcrumb ending in the headline printed under it
in a small letter, nor take in, under a line the width did not cut, a head's line in small letters that the
address's slug names alone, not with the run over it (a headline typed in small letters under a menu or a
tagline: a headline of its own, no wrap's piece). One concept in one place: round 68's joiner of a wrapped headline (read/wrapped_headlines.py, its own count of
wraps below the head) is folded in here, its kinds of case and near-miss in tests/test_reader_round68.py.
Round 83: in the head, a run's few last words the slug spells (slugs.spells_tail) go on with it, a headline cut in
three by the wrap and an uneven piece; a caption's line closing on a photo's label ("... kế cận. Ảnh:") goes on with
the credit's words under it (photo_credits.photo_label_end).
"""
from __future__ import annotations

import re

from archive.read.by_names import by_label
from archive.read.chrome import is_author_slot, is_noise_line
from archive.read.cut_crumbs import crumb_lines
from archive.read.headline_tails import cut_after
from archive.read.person_names import is_syllable
from archive.read.photo_credits import photo_label_end
from archive.read.slugs import named_by_slug, slug_words, spells_tail
from archive.read.wrapped_lines import stops_mid_phrase
from archive.read.writer_slots import names_no_one
from archive.text.dates import all_dates
from archive.text.normalize import fold

Line = tuple[int, str]  # (1-based file line, text)

_WRAPS = 2  # lines wrapped in small letters that show a paste keeps its source's line breaks
_WRAP_WIDTH = 40  # ... each this long at least: a source cuts its lines wider than a menu's items
_SHORT_DATE_WORDS = 6  # a line naming a date in fewer words is a date line, not a paragraph's words
_DATE_LINE_WORDS = 7  # a line naming a date in fewer words, the width not cutting it, goes on into nothing
_CLOSED = (".", "!", "?", "…", ":", ";")  # a line closed so ends a sentence or a label
_DAY = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b")  # a day opening the line, its year in two digits or four
_NUMBER = re.compile(r"\d[\d./–-]*")  # a number alone ("6", "2030", "3-5"): no writer's, no date line's
_TAIL_WORDS = 3  # a capitals line this short under a capitals phrase cut is its end, not a second line
_BEFORE_DAY = ("ngày", "lúc")  # a line ending on these goes on with the day or the time under it
_LONE_DAY_WORDS = ("ngày", "sáng", "trưa", "chiều", "tối", "đêm", "hôm")  # "Ngày" / "01/3/2025, ..."
_HEAD_TEXT_LINES = 12  # the lines with text at the top where a headline can stand (the slug's guard looks there)
_OPENERS = "\"“«'‘(["  # an opening quote or bracket before a wrap's first word
# An anniversary's span in brackets opening a line: "(1930 - 2025)", "(3/2/1930-3/2/2025)".
SPAN = re.compile(r"\((?:\d{1,2}/\d{1,2}/)?\d{4}\s*[-–]\s*(?:\d{1,2}/\d{1,2}/)?\d{4}\)")


def join_source_wraps(lines: list[Line], url: str = "") -> list[Line]:
    """`lines` with each wrap of a source-wrapped paste joined into the line it cuts (the rest blanked).
    `url` is the article's address: a head's line its slug names alone, not with the run over it, under a line the
    width did not cut, is no wrap's piece."""
    texts = [i for i, (_, text) in enumerate(lines) if text.strip()]
    pairs = [(a, b) for a, b in zip(texts, texts[1:]) if lines[b][0] == lines[a][0] + 1]
    cuts = [a for a, b in pairs if stops_mid_phrase(lines[a][1].strip()) and _small(lines[b][1].strip())]
    if len({lines[a][1].strip() for a in cuts if len(lines[a][1].strip()) >= _WRAP_WIDTH}) < _WRAPS:
        return lines  # two different wraps at a width at least: not a menu's items, not a slug printed again
    width = max(len(lines[a][1].strip()) for a in cuts)
    out = list(lines)
    trails = crumb_lines([text for _, text in lines])  # a trail ending in the headline under it
    slug, head = slug_words(url), set(texts[:_HEAD_TEXT_LINES])
    into = None  # the index of the line the current run is joined into
    for a, b in zip(texts, texts[1:]):
        upper, lower = lines[a][1].strip(), lines[b][1].strip()
        run = out[a if into is None else into][1]  # the run's words so far
        if into is None and a in trails or slug and b in head and not _width_cut(upper, lower, width) \
                and _named_alone(lower, run, slug):
            into = None  # a trail ending in the headline under it; a headline of its own under a menu
        elif lines[b][0] == lines[a][0] + 1 and (_goes_on(upper, lower, width, into is not None)
                                                  or b in head and spells_tail(run, lower, url)):
            into = a if into is None else into
            out[into] = (out[into][0], out[into][1].rstrip() + " " + lower)
            out[b] = (out[b][0], "")
        else:
            into = None
    return out


def _small(text: str) -> bool:
    """A line opening, past an opening quote or bracket, with a Vietnamese word in a small letter, as a wrap's
    next piece does; "admin", "eMagazine" are no such word (an account's, a format label's)."""
    bare = text.lstrip(_OPENERS)
    word = re.sub(r"\W+$", "", bare.split(None, 1)[0]) if bare.strip() else ""
    return word[:1].isalpha() and word[:1].islower() and is_syllable(fold(word).lower())


def _named_alone(lower: str, run: str, slug: frozenset[str]) -> bool:
    """The slug names `lower`, in small letters, alone, not the run it would go on ("Trang chủ ..." / "kỷ niệm ..."):
    a headline of its own; a headline's last line the slug names, the run with it named too, goes on."""
    return _small(lower) and named_by_slug(lower, slug) and not named_by_slug(run.strip() + " " + lower, slug)


def _goes_on(upper: str, lower: str, width: int, running: bool) -> bool:
    """`lower`, the file line under `upper`, carries `upper`'s words on (`running`: `upper` carries a line
    above it on)."""
    if not running and (_small(upper) or is_noise_line(upper)):
        return False  # a run opens a paragraph: not a menu's item in small letters, not a breadcrumb
    if photo_label_end(upper) and not lower.endswith(":"):
        return True  # a credit's words cut under its label: "... kế cận. Ảnh:" / "Trần Tuấn." (round 83)
    if upper.rstrip("\"”»')]").endswith(_CLOSED) or by_label(lower) or is_author_slot(lower) or is_author_slot(upper):
        return False
    words = lower.split()
    cut = _width_cut(upper, lower, width)
    if names_no_one(lower) and (not cut or _small(lower)) or is_noise_line(lower):
        return False  # "admin"; "PV", a place alone under a line the width did not cut; a field: no wrap's piece
    last = upper.split()[-1].casefold()
    if lower[:1].isdigit() and (last in _BEFORE_DAY or len(upper.split()) == 1 and last in _LONE_DAY_WORDS):
        return True  # "Cập nhật lúc 10:20 ngày" / "12/03/2024"; "Ngày" / "01/3/2025, Chi hội ..."
    if SPAN.match(lower):
        return True  # an anniversary's span in brackets: "Kỷ niệm 95 năm ..." / "(3/2/1930-3/2/2025), ..."
    dated = bool(all_dates(lower) or _DAY.match(lower))
    if dated and len(words) < _SHORT_DATE_WORDS:
        return False
    if _capitals(upper) and _capitals(lower) and len(words) <= _TAIL_WORDS and stops_mid_phrase(upper) \
            and not lower.endswith(":"):
        return True  # a capitals headline's last words: "... KỶ NIỆM 25 NĂM NGÀY" / "THÀNH LẬP"
    if cut_after(upper, lower, wrapped=True):
        return True  # a wrap left a headline's last words alone: "... quốc gia Hồ" / "Chí Minh" (round 78)
    if _NUMBER.fullmatch(lower):
        return stops_mid_phrase(upper)  # a number alone under a phrase cut: "... Hội nghị Trung ương" / "6"
    if all_dates(upper) and len(upper.split()) < _DATE_LINE_WORDS and not cut:
        return False  # a date line the width did not cut goes on into nothing: "Cập nhật lúc 08:15 ngày 17/09/2024"
    if _small(lower):  # under a phrase cut, a paragraph's first word alone, or a run's line: not a label's
        return stops_mid_phrase(upper) or running or len(upper.split()) == 1 and upper[:1].isupper()
    return cut


def _width_cut(upper: str, lower: str, width: int) -> bool:
    """The paste's width cut `upper` mid-phrase: `lower`'s first word would not have fit on it."""
    return stops_mid_phrase(upper) and len(upper) <= width < len(upper) + 1 + len(lower.split()[0])


def _capitals(text: str) -> bool:
    """Words in capitals (some letters, none small)."""
    return any(c.isalpha() for c in text) and text.upper() == text
