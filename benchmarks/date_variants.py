"""Conventions round 12: dates printed in odd places, as `make eval-variants` transformations
(`benchmarks/transforms.py` gathers them with the others).

Two families. DATE transformations take a paste whose labelled date is printed alone on its date line
near the headline and print the same day elsewhere or otherwise: at the headline's end (bare, after a
dash, dotted, in brackets), glued to the lead's first word, above the headline after a weekday, after
the text under a label, in English forms, with a two-digit year; the answer is the label's date and
the headline without the date. NO-DATE transformations print a day that is not the page's on pastes
labelled with no date (a clock widget with the reader's today, a copyright year, an event's day in the
headline): any date read is wrong. Deterministic: every eligible paste gets every transformation.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from benchmarks.eval_reader import TODAY
from benchmarks.variants import _TIME, WEEKDAYS, Spots, Variant, _dmy, below_header, label_date, squash

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
EVENT_DAY = dt.date(2017, 11, 23)  # a made-up event's day, printed in an undated paste's headline


def _clock(line: str) -> str:
    found = _TIME.search(line)
    return f"{int(found.group(1)):02d}:{found.group(2)}" if found else "08:15"


def _dated(s: Spots, label: dict) -> dt.date | None:
    """The labelled day, when the paste prints it alone on a date line (else not eligible)."""
    day = label_date(label)
    return day if day is not None and s.title is not None and s.date is not None else None


def _in_headline(form: Callable[[str, dt.date], str]):
    """The date line gone, its day printed at the headline's end: `form(headline, day)`."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        day = _dated(s, label)
        if day is None:
            return None
        head = squash(lines[s.title])
        out = list(lines)
        out[s.title] = form(head, day)
        del out[s.date]
        return Variant(out, head)
    return transform


def _glued_to_lead(lines: list[str], s: Spots, label: dict) -> Variant | None:
    """The date line glued to the lead's first word, no space ("23/11/2017 08:15Sáng 22/11, ...")."""
    day = _dated(s, label)
    if day is None or s.date < s.title or s.date + 1 >= len(lines):
        return None
    lead = lines[s.date + 1].strip()
    if len(lead.split()) < 8 or not lead[:1].isupper():
        return None
    out = list(lines)
    out[s.date] = f"{_dmy(day)} {_clock(lines[s.date])}{lead}"
    del out[s.date + 1]
    return Variant(out, squash(lines[s.title]))


def _weekday_over_headline(lines: list[str], s: Spots, label: dict) -> Variant | None:
    """The date line under the headline moved over it, after its weekday ("Thứ Năm, 23/11/2017")."""
    day = _dated(s, label)
    if day is None or s.date < s.title:
        return None
    out = list(lines)
    del out[s.date]
    out.insert(s.title, f"{WEEKDAYS[day.weekday()]}, {_dmy(day)}")
    return Variant(out, squash(lines[s.title]))


def _after_text(form: Callable[[dt.date, str], str]):
    """The date line gone from the head, printed after the text's last paragraph under a label."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        day = _dated(s, label)
        if day is None or s.last_block is None or s.last_block <= s.date:
            return None
        out = lines[:s.last_block + 1] + [form(day, _clock(lines[s.date]))] + lines[s.last_block + 1:]
        del out[s.date]
        return Variant(out, squash(lines[s.title]))
    return transform


def _in_place(form: Callable[[dt.date, str], str]):
    """The date line reprinted in place in another form of the same day."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        day = _dated(s, label)
        if day is None:
            return None
        out = list(lines)
        out[s.date] = form(day, _clock(lines[s.date]))
        return Variant(out, squash(lines[s.title]))
    return transform


def _undated(lines: list[str], s: Spots, label: dict) -> bool:
    return s.title is not None and label_date(label) is None


def _clock_widget(lines: list[str], s: Spots, label: dict) -> Variant | None:
    """A clock widget at the page's top printing the reader's today: no page's date."""
    if not _undated(lines, s, label):
        return None
    top = below_header(lines)
    clock = f"{WEEKDAYS[TODAY.weekday()]}, {_dmy(TODAY)}"
    return Variant(lines[:top] + [clock] + lines[top:], squash(lines[s.title]))


def _copyright(lines: list[str], s: Spots, label: dict) -> Variant | None:
    """A copyright line after the text ("© 2017 Bản quyền thuộc về ..."): a year, no date."""
    if not _undated(lines, s, label) or s.last_block is None:
        return None
    line = f"© {EVENT_DAY.year} Bản quyền thuộc về Trang thông tin điện tử"
    return Variant(lines[:s.last_block + 1] + [line] + lines[s.last_block + 1:], squash(lines[s.title]))


def _event_in_headline(lines: list[str], s: Spots, label: dict) -> Variant | None:
    """An event's day in the headline ("... ngày 23/11/2017"): the title keeps it, no date is read. A
    headline in capitals prints it in capitals ("... NGÀY 23/11/2017"), as such pages do (round 14).
    The day is part of the headline, so every print of it carries it (conventions round 18: a page
    printing its headline twice, as its tab title and over the text, got the day on the first only,
    and the reader, reading the copy over the text, was counted wrong)."""
    if not _undated(lines, s, label):
        return None
    title = squash(lines[s.title])
    head = f"{title} {'NGÀY' if title.isupper() else 'ngày'} {_dmy(EVENT_DAY)}"
    out = [head if i == s.title or squash(line) == title else line for i, line in enumerate(lines)]
    return Variant(out, head)


DATE_TRANSFORMS: dict[str, Callable[[list[str], Spots, dict], Variant | None]] = {
    "date at headline end 'dd-mm-yyyy'": _in_headline(lambda h, d: f"{h} {_dmy(d, '-')}"),
    "date at headline end ' - dd/mm/yyyy'": _in_headline(lambda h, d: f"{h} - {_dmy(d)}"),
    "date at headline end 'dd.mm.yyyy'": _in_headline(lambda h, d: f"{h} {_dmy(d, '.')}"),
    "date at headline end '(dd/mm/yyyy)'": _in_headline(lambda h, d: f"{h} ({_dmy(d)})"),
    "date at headline end '[dd/mm/yyyy]'": _in_headline(lambda h, d: f"{h} [{_dmy(d)}]"),
    "date line glued to the lead": _glued_to_lead,
    "date 'Thứ X, dd/mm/yyyy' over headline": _weekday_over_headline,
    "date after text 'Ngày đăng: ...'": _after_text(lambda d, c: f"Ngày đăng: {_dmy(d)}"),
    "date after text 'Cập nhật lúc ...'": _after_text(lambda d, c: f"Cập nhật lúc {c} ngày {_dmy(d)}"),
    # round 17: the same labels typed without marks, as some sites print them
    "date after text 'Ngay dang: ...'": _after_text(lambda d, c: f"Ngay dang: {_dmy(d)}"),
    "date after text 'Cap nhat luc ...'": _after_text(lambda d, c: f"Cap nhat luc {c} ngay {_dmy(d)}"),
    "date English 'Month d, yyyy'": _in_place(lambda d, c: f"{MONTHS[d.month - 1]} {d.day}, {d.year}"),
    "date English 'd Mon yyyy'": _in_place(lambda d, c: f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"),
    "date ISO 'yyyy-mm-dd hh:mm'": _in_place(lambda d, c: f"{d.isoformat()} {c}"),
    "date two-digit year 'dd/mm/yy'": _in_place(lambda d, c: f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"),
    "no date: clock widget with today": _clock_widget,
    "no date: copyright '© yyyy'": _copyright,
    "no date: event day in headline": _event_in_headline,
}
