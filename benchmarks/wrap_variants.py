"""Conventions round 28: SOURCE-WRAPPED pastes, as `make eval-variants` transformations
(`benchmarks/transforms.py` gathers them with the others).

Some pastes keep the line breaks of the page's source: every paragraph, the headline too, is cut at a
width mid-phrase and goes on in a small letter on the next line; an uneven source leaves one or two
words alone on a line ("Ngày" / "01/3/2025, Chi hội ..."; "... san sẻ yêu" / "thương" năm 2025"), a date
line is cut before its day ("Cập nhật lúc 10:20 ngày" / "12/03/2024"), a long byline line before its
post's end. These reprint every dev paste so: each line under the paste's header longer than W characters
cut at word boundaries at W (the headline included, or left whole), with one or two words alone, with
the date line or a byline with its post cut. The answer is the label's: the headline's lines joined with
single spaces (collectors join wrapped lines so), the labelled date and bylines. A paste whose cut would
part a labelled name or a printing of the labelled day is skipped (its answer is no longer one line's).
Nothing is random: every eligible paste gets every transformation.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from benchmarks.date_variants import _clock
from benchmarks.variants import WEEKDAYS, Spots, Variant, _dmy, below_header, date_in, label_date, squash

Transform = Callable[[list[str], Spots, dict], "Variant | None"]
POST = "Trung tâm Văn hóa, Thông tin và Thể thao huyện Phước Lâm"  # a made-up unit after a writer's name


def wrap(line: str, width: int) -> list[str]:
    """`line` cut at word boundaries so that no piece is longer than `width` (a word longer stays whole)."""
    pieces: list[str] = []
    for word in line.split():
        if pieces and len(pieces[-1]) + 1 + len(word) <= width:
            pieces[-1] += " " + word
        else:
            pieces.append(word)
    return pieces or [line]


def last_alone(line: str, width: int) -> list[str]:
    """`line` cut at `width`, its last one word (an odd count of words) or two left alone on a line."""
    words = line.split()
    alone = 1 if len(words) % 2 else 2
    return wrap(" ".join(words[:-alone]), width) + [" ".join(words[-alone:])]


def first_alone(line: str, width: int) -> list[str]:
    """`line`'s first word alone on a line, the rest cut at `width`."""
    first, _, rest = line.strip().partition(" ")
    return [first] + wrap(rest, width)


def _keeps_answer(old: str, pieces: list[str], label: dict) -> bool:
    """No labelled name and no printing of the labelled day in `old` is parted by the cut."""
    day = label_date(label)
    if day and date_in(old, day) and not any(date_in(piece, day) for piece in pieces):
        return False
    for name in label.get("bylines") or []:
        name = squash(name).casefold()
        if name in squash(old).casefold() and not any(name in piece.casefold() for piece in pieces):
            return False
    return True


def _cut_paste(lines: list[str], s: Spots, label: dict, width: int, cut=wrap, head: bool = True,
               head_cut=None, own: dict[int, list[str]] | None = None) -> list[str] | None:
    """The paste with every line under its header longer than `width` cut by `cut` (the headline by
    `head_cut`, else by `cut`; left whole without `head`); lines in `own` printed as given. None when
    a cut parts the answer or nothing is cut."""
    out, changed = lines[:below_header(lines)], False
    for i in range(len(out), len(lines)):
        line = lines[i]
        if own and i in own:
            pieces = own[i]
        elif len(line.strip()) <= width or i == s.title and not head:
            pieces = [line]
        else:
            pieces = (head_cut or cut)(line, width) if i == s.title else cut(line, width)
        if pieces != [line]:
            if not _keeps_answer(line, pieces, label):
                return None
            changed = True
        out += pieces
    return out if changed else None


def _wrapped(width: int, cut=wrap, head: bool = True, head_cut=None) -> Transform:
    """Every line longer than `width` cut (the headline too, or with `head` False left whole)."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        if s.title is None:
            return None
        out = _cut_paste(lines, s, label, width, cut, head, head_cut)
        return None if out is None else Variant(out, squash(lines[s.title]))
    return transform


def _date_cut(form: Callable[[dt.date, str], list[str]], width: int = 80) -> Transform:
    """The paste cut at `width`, its date line reprinted over two lines, `form(day, clock)`, cut before the day."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        day = label_date(label)
        if s.title is None or s.date is None or day is None:
            return None
        out = _cut_paste(lines, s, label, width, own={s.date: form(day, _clock(lines[s.date]))})
        return None if out is None else Variant(out, squash(lines[s.title]))
    return transform


def _byline_cut(width: int = 60) -> Transform:
    """The paste cut at `width`, its lone byline printed with a long post after a dash and cut with it."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        if s.title is None or s.byline is None:
            return None
        name = squash(label["bylines"][0])
        pieces = wrap(f"{lines[s.byline].strip().rstrip('.')} - {POST}", width)
        if not pieces[0].casefold().startswith(name.casefold()):
            return None
        out = _cut_paste(lines, s, label, width, own={s.byline: pieces})
        return None if out is None else Variant(out, squash(lines[s.title]))
    return transform


def _label_over_name(lines: list[str], s: Spots, label: dict) -> Variant | None:
    """The paste cut at 80, its lone byline under a label printed alone on the line over it ("Tác giả:" / name)."""
    if s.title is None or s.byline is None:
        return None
    out = _cut_paste(lines, s, label, 80, own={s.byline: ["Tác giả:", lines[s.byline].strip()]})
    return None if out is None else Variant(out, squash(lines[s.title]))


WRAP_TRANSFORMS: dict[str, Transform] = {
    "wrap: every line at 60": _wrapped(60),
    "wrap: every line at 80": _wrapped(80),
    "wrap: every line at 100": _wrapped(100),
    "wrap: body at 60, headline whole": _wrapped(60, head=False),
    "wrap: body at 80, headline whole": _wrapped(80, head=False),
    "wrap: at 80, last words alone": _wrapped(80, cut=last_alone),
    "wrap: at 80, first word alone": _wrapped(80, cut=first_alone, head_cut=wrap),
    "wrap: date line 'Cập nhật lúc hh:mm ngày' / day": _date_cut(
        lambda day, clock: [f"Cập nhật lúc {clock} ngày", _dmy(day)]),
    "wrap: date line 'Thứ X, ngày' / day | time": _date_cut(
        lambda day, clock: [f"{WEEKDAYS[day.weekday()]}, ngày", f"{_dmy(day)} | {clock}"]),
    "wrap: byline with a long post cut": _byline_cut(60),
    "wrap: byline label alone over the name": _label_over_name,
}
