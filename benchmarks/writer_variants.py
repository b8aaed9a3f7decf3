"""Conventions round 11: where and how Vietnamese sites print their writers, as `make eval-variants`
transformations (`benchmarks/transforms.py` gathers them with the others).

Two families. WRITER transformations move or reprint the one labelled name a paste prints alone on
its line: glued into the date line, on its own line between the headline and the date line, under
the date line beside a font-size or print row, in capitals after a degree or a rank, joined to a
second writer, beside a photographer, as "Theo X" or "X (tổng hợp)" at the end; the answer is the
label's name (with the degree or rank, with the made-up second writer where one is added). NO-NAME
transformations put what is not a writer (a format label, a section, a place, an office, a staff
code, initials, "admin") where a writer would stand, on pastes with no labelled writer: any name
read there is invented. The made-up names name no one.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Callable

from archive.read.bylines import is_position_line, split_prefix
from benchmarks.variants import _TIME, WEEKDAYS, Spots, Variant, _dmy, date_in, date_only, label_date, squash

SECOND = "Trần Thu Hà"  # a made-up second writer
PHOTOGRAPHER = "Hoàng Long"  # a made-up photographer


# What joins a name to the date line it is printed on: a bar, a dash, a comma, "Tác giả:", "Bởi".
_JOINS = re.compile(r"(?i)^(?:[\s|,;–—-]|tác giả\s*:|bởi\b)+|(?:[\s|,;–—-]|tác giả\s*:|bởi)+$")


def name_off_date_line(lines: list[str], s: Spots, label: dict) -> tuple[list[str], Spots] | None:
    """A paste whose one labelled name is printed on the date line under the headline ("21/08/2019 17:09
    Trúc Diệp", "Minh Anh | 12/03/2024"): the same paste with the name on its own line under the date
    line, and its spots, so the writer's transformations reach it too. None for any other paste."""
    day, names = label_date(label), label.get("bylines") or []
    if s.byline is not None or s.title is None or day is None or len(names) != 1:
        return None
    name = squash(names[0])
    for i in range(s.title + 1, min(len(lines), s.title + 6)):
        at = lines[i].casefold().find(name.casefold())
        if at < 0 or not date_in(lines[i], day):
            continue
        rest = f"{lines[i][:at].rstrip()} {lines[i][at + len(name):].lstrip()}"
        rest = _JOINS.sub("", rest.strip())
        if not date_only(rest, day):
            return None
        out = lines[:i] + [rest, lines[i][at:at + len(name)]] + lines[i + 1:]
        last = s.last_block + 1 if s.last_block is not None and s.last_block > i else s.last_block
        return out, dataclasses.replace(s, date=i, byline=i + 1, byline_at="head", last_block=last)
    return None


def _reaching(transform):
    """The transformation, given a name printed on the date line as if printed alone under it."""
    def reach(lines: list[str], s: Spots, label: dict) -> Variant | None:
        split = name_off_date_line(lines, s, label)
        return transform(*split, label) if split else transform(lines, s, label)
    return reach


def _printed(lines: list[str], s: Spots) -> str:
    return lines[s.byline].strip().rstrip(".")


def _without(lines: list[str], s: Spots) -> tuple[list[str], Callable[[int | None], int | None]]:
    """The lines with the lone byline taken out, and a map from old indexes to new ones."""
    out = lines[:s.byline] + lines[s.byline + 1:]
    return out, lambda i: None if i is None else (i - 1 if i > s.byline else i)


def _name_in_date_line(glue: Callable[[str, str, Spots, dict], str]):
    """The lone byline printed inside the date line: `glue(date_line, name, spots, label)`."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        if s.byline is None or s.date is None or s.title is None or label_date(label) is None:
            return None
        out, at = _without(lines, s)
        out[at(s.date)] = glue(lines[s.date].strip(), _printed(lines, s), s, label)
        return Variant(out, squash(lines[s.title]))
    return transform


def _weekday_author(date_line: str, name: str, s: Spots, label: dict) -> str:
    day = label_date(label)
    found = _TIME.search(date_line)
    clock = f"{int(found.group(1)):02d}:{found.group(2)}" if found else "08:00"
    return f"{WEEKDAYS[day.weekday()]}, {_dmy(day)} - {clock} | Tác giả: {name}"


def _between_title_and_date(lines: list[str], s: Spots, label: dict) -> Variant | None:
    """The name on its own line between the headline and the date line under it. The writer's post,
    printed on the line under the name ("Giám đốc công ty X"), moves with it (round 17): no page
    prints a name over the date line and its post under it."""
    if s.byline is None or s.date is None or s.title is None or s.date != s.title + 1:
        return None
    post = s.byline + 1 if s.byline + 1 < len(lines) and s.byline > s.date and is_position_line(lines[s.byline + 1].strip()) else None
    if post is None:
        out, at = _without(lines, s)
        out.insert(at(s.title) + 1, lines[s.byline])
        return Variant(out, squash(lines[s.title]))
    out = lines[:s.title + 1] + lines[s.byline:post + 1] + lines[s.title + 1:s.byline] + lines[post + 1:]
    return Variant(out, squash(lines[s.title]))


def _under_date_with(before: tuple[str, ...] = (), after: tuple[str, ...] = ()):
    """The name under the date line (the headline when none is under it), a font-size or print row
    printed beside it (over or under the name's line)."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        if s.byline is None or s.title is None:
            return None
        out, at = _without(lines, s)
        anchor = at(s.date) if s.date is not None and s.date > s.title else at(s.title)
        out[anchor + 1:anchor + 1] = [*before, lines[s.byline], *after]
        return Variant(out, squash(lines[s.title]))
    return transform


def _plain_name(lines: list[str], s: Spots, label: dict) -> str | None:
    """The labelled name when it carries no degree, rank or saint's name of its own (then one may be
    added) and the paste prints it on its byline's line only (a second print would keep no title)."""
    name = squash(label["bylines"][0])
    if "." in name or not name[:1].isupper() or len(name.split()) < 2 or split_prefix(name)[0]:
        return None
    folded = name.casefold()
    return None if sum(folded in line.casefold() for line in lines) > 1 else name


def titled(printed: str, expected: str | None = None, caps: bool = False):
    """The name after a degree or a rank, as printed ("Đại tá, ThS. Nguyễn Văn An") or in capitals
    ("THS. NGUYỄN VĂN AN", `caps`): the answer keeps the title as `expected` writes it (the labels'
    case; `printed` when None), then the name in proper case."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        name = _plain_name(lines, s, label) if s.byline is not None else None
        if name is None or s.title is None:
            return None
        out = list(lines)
        out[s.byline] = f"{printed} {name.upper() if caps else name}"
        return Variant(out, squash(lines[s.title]), bylines=[f"{expected or printed} {name}"])
    return transform


def _reprinted(form: Callable[[str], str], names: Callable[[str], list[str]] | None = None, to_end: bool = False):
    """The lone byline's line reprinted by `form(name as printed)`; `names(label name)` the answer;
    `to_end`: a head byline is moved after the text's last paragraph first."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        if s.byline is None or s.title is None:
            return None
        name = squash(label["bylines"][0])
        out = list(lines)
        text = form(_printed(lines, s))
        if to_end and s.byline_at == "head":
            if s.last_block is None or s.last_block <= s.byline:
                return None
            out.insert(s.last_block + 1, text)
            del out[s.byline]
        else:
            out[s.byline] = text
        return Variant(out, squash(lines[s.title]), bylines=names(name) if names else None)
    return transform


NOT_WRITERS = {
    "format 'E.Magazine'": "E.Magazine", "format 'eMagazine'": "eMagazine", "format 'Longform'": "Longform",
    "format 'Infographic'": "Infographic", "format 'Podcast'": "Podcast", "format 'Video'": "Video",
    "format 'Photo'": "Photo", "format 'Multimedia'": "Multimedia", "section 'Xây dựng Đảng'": "Xây dựng Đảng",
    "section 'Thời sự'": "Thời sự", "place 'Hà Nội'": "Hà Nội", "place 'TP.HCM'": "TP.HCM",
    "office 'Ban Biên tập'": "Ban Biên tập", "office 'Văn phòng Huyện ủy'": "Văn phòng Huyện ủy",
    "staff 'PV'": "PV", "staff 'CTV'": "CTV", "staff 'BTV'": "BTV", "initials 'N.V.A'": "N.V.A",
    "initials 'NVA'": "NVA", "'admin'": "admin",
}
END_NOT_WRITERS = ("PV", "CTV", "BTV", "Ban Biên tập", "N.V.A", "admin")


def _not_a_writer(word: str, at_end: bool = False):
    """`word` where a writer would stand (under the date line, else the headline; or after the text's
    last paragraph), on a paste with no labelled writer: the answer is no byline."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        if s.title is None or label.get("bylines"):
            return None
        if at_end:
            if s.last_block is None or s.last_block <= s.title:
                return None
            at = s.last_block + 1
        else:
            at = (s.date if s.date is not None and s.date > s.title else s.title) + 1
        return Variant(lines[:at] + [word] + lines[at:], squash(lines[s.title]), bylines=[])
    return transform


_WRITERS = {
    "writer in date line 'date Name'": _name_in_date_line(lambda d, n, s, label: f"{d} {n}"),
    "writer in date line 'Name | date'": _name_in_date_line(lambda d, n, s, label: f"{n} | {d}"),
    "writer in date line '... | Tác giả: Name'": _name_in_date_line(_weekday_author),
    "writer between headline and date": _between_title_and_date,
    "writer under date + 'aa'": _under_date_with(after=("aa",)),
    "writer under date + 'A- A+'": _under_date_with(before=("A- A+",)),
    "writer under date + 'In bài'": _under_date_with(after=("In bài",)),
    "writer caps 'THS.'": titled("THS.", "ThS.", caps=True),
    "writer caps 'Thượng tá'": titled("Thượng tá", caps=True),
    "two writers ' - '": _reprinted(lambda n: f"{n} - {SECOND}", lambda n: [n, SECOND]),
    "two writers ', '": _reprinted(lambda n: f"{n}, {SECOND}", lambda n: [n, SECOND]),
    "two writers ' và '": _reprinted(lambda n: f"{n} và {SECOND}", lambda n: [n, SECOND]),
    "writer 'Bài: X - Ảnh: Y'": _reprinted(lambda n: f"Bài: {n} - Ảnh: {PHOTOGRAPHER}"),
    "writer 'X (bài), Y (ảnh)'": _reprinted(lambda n: f"{n} (bài), {PHOTOGRAPHER} (ảnh)"),
    "writer 'Theo X' at the end": _reprinted(lambda n: f"Theo {n}", to_end=True),
    "writer 'X (tổng hợp)' at the end": _reprinted(lambda n: f"{n} (tổng hợp)", to_end=True),
}
WRITER_TRANSFORMS: dict[str, Callable[[list[str], Spots, dict], Variant | None]] = {
    **{name: _reaching(transform) for name, transform in _WRITERS.items()},
    **{f"no name: {name}": _not_a_writer(word) for name, word in NOT_WRITERS.items()},
    **{f"no name at the end: '{word}'": _not_a_writer(word, at_end=True) for word in END_NOT_WRITERS},
}
