"""The transformations of `make eval-variants`: one paste printed as other sites print the same facts.

Each transformation takes a paste (its lines, as pasted) and where its labelled facts stand (a
`Spots`: the headline's line, the date line's, the lone byline's), and gives the paste as another
site would print it, or None when the paste is not eligible (the fact it moves is not printed
alone on its line, say). Nothing here is random: every eligible paste gets every transformation,
so the figures are the same on every run. The made-up words (menus, related headlines, units)
name no real page: they are what any site prints.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Callable

from archive.read.name_labels import split_prefix
from archive.text.normalize import clean_text

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
RELATED = ("Nâng cao chất lượng sinh hoạt chi bộ ở cơ sở",
           "Tăng cường công tác kiểm tra, giám sát của Đảng năm 2024",
           "Phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước")
_TIME = re.compile(r"\b([01]?\d|2[0-3])\s*[:hg]\s*([0-5]\d)\b(?:\s*(?:AM|PM|SA|CH)\b)?", re.I)
_DATE_FORMS = (
    r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})",
    r"(?P<y>\d{4})\s*[/-]\s*(?P<m>\d{1,2})\s*[/-]\s*(?P<d>\d{1,2})",
    r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s*(?:,\s*|\s+)năm\s+(?P<y>\d{4})",
)
_DATE = re.compile("|".join(f"(?:{f})".replace("?P<", f"?P<g{i}") for i, f in enumerate(_DATE_FORMS)), re.I)
_ANY_DATE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{4}-\d\d-\d\d|tháng\s+\d{1,2}", re.I)
# what a date line may hold beside its date and time: a weekday, a label, the zone, separators
_DATE_WORDS = re.compile(r"(?i)\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn|cập\s+nhật|"
                         r"ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|ngày|lúc|đăng|gmt\s*\+?\s*7|"
                         r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


@dataclasses.dataclass
class Spots:
    """Where a paste prints its labelled facts (indexes into its lines), None when not alone on one."""
    title: int | None = None
    date: int | None = None
    byline: int | None = None  # a line holding only the one labelled name (any case, a closing stop)
    byline_at: str = ""  # "head" (under the headline) or "end" (after the text)
    last_block: int | None = None  # the text's last line, as the reader read it (`text_end`)


@dataclasses.dataclass
class Variant:
    lines: list[str]
    title: str  # the headline as printed after the transform
    check_date: bool = True  # False: the transform prints another day (a clock) where no date was
    bylines: list[str] | None = None  # the names to read, when not the label's (a writer added or none)


def squash(text: str) -> str:
    return " ".join(str(text or "").split())


_OPENING = 40  # the lead's first characters, enough to tell its line from a headline it repeats
_CONTINUATION_WORDS = 3  # a wrapped paragraph's next line holds a few words: no mark, no "|" alone


def text_end(lines: list[str], fields: dict) -> int | None:
    """The index of the text's last line as the reader read it, where "after the text" is: the last block's
    last line (a paragraph the reader joined from wrapped lines ends at its last piece, not its first), or the
    lead's, when the text is a lead alone under links the reader kept as blocks (round 70)."""
    ends = []
    blocks = fields.get("blocks") or ()
    if blocks:
        ends.append(_last_piece(lines, blocks[-1].line - 1, blocks[-1].text))
    lead = squash(fields.get("lead"))
    start = _lead_line(lines, lead) if lead else None
    if start is not None:
        ends.append(_last_piece(lines, start, lead))
    return max(ends) if ends else None


def _last_piece(lines: list[str], first: int, text: str) -> int:
    """The last of the consecutive lines from `first` that the joined `text` holds."""
    whole, end = squash(text), first
    while end + 1 < len(lines) and len(lines[end + 1].split()) >= _CONTINUATION_WORDS \
            and squash(lines[end + 1]) in whole:
        end += 1
    return end


def _lead_line(lines: list[str], lead: str) -> int | None:
    """The line the lead opens on: the first whose opening words are the lead's, with a source tag the
    reader cut off the lead's front allowed before them ("(TTXVN) - Sáng 12/3, ...")."""
    opening = lead[:_OPENING]
    for at, line in enumerate(lines):
        words = squash(line)
        if len(opening) == _OPENING and (words.startswith(opening) or opening in words[:_OPENING + 30]):
            return at
    return None


def label_date(label: dict) -> dt.date | None:
    value = label.get("date")
    return dt.date.fromisoformat(str(value)) if value else None


def date_in(line: str, day: dt.date) -> re.Match | None:
    """The span printing `day` in the line, in any of the forms above."""
    for m in _DATE.finditer(line):
        parts = {k[2:]: v for k, v in m.groupdict().items() if v}
        if (int(parts["d"]), int(parts["m"]), int(parts["y"])) == (day.day, day.month, day.year):
            return m
    return None


def date_only(line: str, day: dt.date) -> bool:
    """The line prints the day and nothing but its time, weekday, a label and separators."""
    m = date_in(line, day)
    if not m:
        return False
    rest = _DATE_WORDS.sub(" ", _TIME.sub(" ", line[:m.start()] + " " + line[m.end():]))
    return not re.search(r"\w", rest)


def find_spots(lines: list[str], label: dict, last_block: int | None) -> Spots:
    spots = Spots(last_block=last_block)
    title = squash(clean_text(label["title"]))
    spots.title = next((i for i, line in enumerate(lines) if squash(line) == title), None)
    if spots.title is None:
        return spots
    day = label_date(label)
    if day:
        near = range(max(0, spots.title - 4), min(len(lines), spots.title + 9))
        spots.date = next((i for i in near if i != spots.title and date_only(lines[i], day)), None)
    names = label.get("bylines") or []
    if len(names) == 1:
        name = squash(names[0])
        alone = [i for i, line in enumerate(lines)
                 if squash(line).rstrip(".").casefold() == name.casefold() and i != spots.title]
        if len(alone) == 1:
            i = alone[0]
            if spots.title < i <= spots.title + 6 and (last_block is None or i < last_block):
                spots.byline, spots.byline_at = i, "head"
            elif i > len(lines) * 0.5 and (last_block is None or i > last_block):
                spots.byline, spots.byline_at = i, "end"
    return spots


def head_top(s: Spots) -> int:
    """Where the head starts: the headline's line, or a date line printed over it."""
    return min(s.title, s.date if s.date is not None else s.title)


def below_header(lines: list[str]) -> int:
    """The first line under the paste's header (its "---" fences), else the first line."""
    return lines.index("---", 1) + 1 if lines[:1] == ["---"] and "---" in lines[1:] else 0


def _title(lines: list[str], s: Spots) -> str:
    return squash(lines[s.title])


def _insert_above_title(*chrome: str, check_date: bool = True, page_top: bool = False):
    """Chrome over the head (above a date line over the headline too), or at the page's top (a clock,
    a login bar, a search box stand there: one just over the headline would read as its date line)."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        if s.title is None:
            return None
        top = head_top(s)
        if page_top and not check_date and any(_ANY_DATE.search(line) for line in lines[:s.title]):
            return None  # a page prints one clock: a paste with a date over its headline has its own
        if page_top:
            top = below_header(lines)
        out = lines[:top] + list(chrome) + lines[top:]
        return Variant(out, _title(lines, s), check_date=check_date or label_date(label) is not None)
    return transform


def title_caps(lines: list[str], s: Spots, label: dict) -> Variant | None:
    if s.title is None or lines[s.title].upper() == lines[s.title]:
        return None
    head = lines[s.title]
    out = [line.upper() if squash(line) == squash(head) else line for line in lines]
    return Variant(out, squash(head.upper()))


def _byline_line(printed: Callable[[str, str], str], where: str = "", case: str = ""):
    """The lone byline reprinted: `printed(line, name)` gives its new text."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        if s.byline is None or (where and s.byline_at != where):
            return None
        line = lines[s.byline].strip()
        if case == "caps" and line.upper() == line or case == "proper" and line.upper() != line:
            return None
        out = list(lines)
        out[s.byline] = printed(line, squash(label["bylines"][0]))
        return Variant(out, _title(lines, s))
    return transform


def _byline_beside_date(lines: list[str], s: Spots, label: dict) -> Variant | None:
    """A head byline and the date line under or over it printed as one line: "X | 12/03/2024 08:15"."""
    if s.byline is None or s.byline_at != "head" or s.date is None or abs(s.date - s.byline) > 2:
        return None
    out = list(lines)
    out[s.date] = f"{lines[s.byline].strip().rstrip('.')} | {lines[s.date].strip()}"
    del out[s.byline]
    return Variant(out, _title(lines, s))


def _furniture_after_byline(lines: list[str], s: Spots, label: dict) -> Variant | None:
    if s.byline is None or s.byline_at != "end":
        return None
    # a page's buttons; a table's bars one to a line and a view counter, its number on the next line (round 66)
    furniture = ["Chia sẻ", "In bài viết", "|", "|", "Số lượt người xem:", "1205", "|", "Tin liên quan:", *RELATED]
    return Variant(lines[:s.byline + 1] + furniture + lines[s.byline + 1:], _title(lines, s))


def _end_to_head(lines: list[str], s: Spots, label: dict) -> Variant | None:
    if s.byline is None or s.byline_at != "end":
        return None
    under = s.date if s.date is not None and s.date > s.title else s.title
    rest = lines[:s.byline] + lines[s.byline + 1:]
    return Variant(rest[:under + 1] + [lines[s.byline]] + rest[under + 1:], _title(lines, s))


def _head_to_end(lines: list[str], s: Spots, label: dict) -> Variant | None:
    if s.byline is None or s.byline_at != "head" or s.last_block is None or s.last_block <= s.byline:
        return None
    out = lines[:s.last_block + 1] + [lines[s.byline]] + lines[s.last_block + 1:]
    del out[s.byline]
    return Variant(out, _title(lines, s))


def _date_line(form: Callable[[dt.date, str], str]):
    """The date line reprinted in another form of the same day (its time kept, else 08:00)."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        day = label_date(label)
        if s.date is None or day is None:
            return None
        found = _TIME.search(lines[s.date])
        clock = f"{int(found.group(1)):02d}:{found.group(2)}" if found else "08:00"
        new = form(day, clock)
        if squash(new) == squash(lines[s.date]):
            return None
        out = list(lines)
        out[s.date] = new
        return Variant(out, _title(lines, s))
    return transform


def _dmy(day: dt.date, sep: str = "/") -> str:
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


# Conventions round 10: a small site's masthead over the page (its name, a tagline or slogan, a line
# of its topics), made up, in the shapes such sites print them.
MASTHEADS = {
    "news": ("Sông Hồng News", "Thông tin nhanh - người đọc là người bạn đồng hành!",
             "Xã hội - Văn hóa và Tin tức Cộng đồng người Việt"),
    "caps": ("QUÊ HƯƠNG ONLINE", "Tiếng nói của người Việt xa quê",
             "Thời sự - Kinh tế - Đời sống"),
    "blog": ("H.Nguyên", "& Thân Hữu", "Văn Chương và Cuộc Sống"),
    "dotcom": ("VanHoaViet.com", "Nơi gặp gỡ của những người yêu văn hóa Việt!"),
    "net": ("Đất Việt Net", "Trang thông tin tổng hợp - Cập nhật hằng ngày"),
}
_BREAKS = (" tại ", " về ", " trong ", ": ", " của ", " với ", " năm ")


def _writer_headline(keep_byline: bool):
    """A blog's "Writer Name: headline": the title is the whole line, the labelled writer is read.
    Without `keep_byline` the name is printed only there (its own line goes), as such blogs print it.
    Only a writer's full name (three words or more): a pen name of two ("Hồng Phương") before a colon
    reads as a place's ("Tân Yên: ..."), and no page can tell them apart. Round 15 left out two pages
    no blog prints, whose label is not the page's to give: a name with a degree, a rank or a saint's name
    ("TS. X: ...", "Thượng tá X: ...", "Giuse X: ..."), which before a colon is a speaker's (round 10), and,
    without `keep_byline`, a writer the paste names again elsewhere (a profile's subject: round 44)."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        if s.title is None or s.byline is None or s.byline_at != "head" and not keep_byline \
                or len(label["bylines"][0].split()) < 3 or split_prefix(squash(label["bylines"][0]))[0]:
            return None
        name = squash(label["bylines"][0]).casefold()
        if not keep_byline and any(name in line.casefold() for i, line in enumerate(lines) if i != s.byline):
            return None
        head = f"{squash(label['bylines'][0])}: {squash(lines[s.title])}"
        out = list(lines)
        out[s.title] = head
        if not keep_byline:
            del out[s.byline]
        return Variant(out, head)
    return transform


def _two_line_title(lines: list[str], s: Spots, label: dict) -> Variant | None:
    """The headline broken over two lines at a natural break (before "tại", "về", after ":" ...),
    each part three words or more; the title is the two lines joined with a space."""
    if s.title is None:
        return None
    head = squash(lines[s.title])
    for brk in _BREAKS:
        at = head.find(brk, 1)
        while at > 0:
            cut = at + 1 if brk == ": " else at
            first, second = head[:cut].strip(), head[cut:].strip()
            if len(first.split()) >= 3 and len(second.split()) >= 3:
                return Variant(lines[:s.title] + [first, second] + lines[s.title + 1:], head)
            at = head.find(brk, at + 1)
    return None


PAGE_TRANSFORMS: dict[str, Callable[[list[str], Spots, dict], Variant | None]] = {
    "byline caps": _byline_line(lambda line, name: name.upper(), case="caps"),
    "byline proper case": _byline_line(lambda line, name: name, case="proper"),
    "byline 'Tác giả:'": _byline_line(lambda line, name: f"Tác giả: {line}"),
    "byline 'Bài và ảnh:'": _byline_line(lambda line, name: f"Bài và ảnh: {line}"),
    "byline 'Thực hiện:'": _byline_line(lambda line, name: f"Thực hiện: {line}"),
    "byline 'Tin, ảnh:'": _byline_line(lambda line, name: f"Tin, ảnh: {line}"),
    "byline + (Báo X)": _byline_line(lambda line, name: f"{line.rstrip('.')} (Báo Lao Động)"),
    "byline + - Trung tâm Y": _byline_line(lambda line, name: f"{line.rstrip('.')} - Trung tâm Văn hóa tỉnh"),
    "byline 'BÀI VÀ ẢNH:' caps": _byline_line(lambda line, name: f"BÀI VÀ ẢNH: {name.upper()}"),
    "end byline in brackets": _byline_line(lambda line, name: f"({line.rstrip('.')})", where="end"),
    "end byline after a dash": _byline_line(lambda line, name: f"- {line.rstrip('.')}", where="end"),
    "head byline | date line": _byline_beside_date,
    "end byline + furniture": _furniture_after_byline,
    "end byline -> head": _end_to_head,
    "head byline -> end": _head_to_end,
    "title + breadcrumb": _insert_above_title("Trang chủ > Tin tức > Sự kiện"),
    "title + login bar": _insert_above_title("Đăng nhập | Đăng ký", page_top=True),
    "title + clock": _insert_above_title("Thứ Hai, 01/01/2024 08:00", check_date=False, page_top=True),
    "title + menu line": _insert_above_title("Trang chủ Thời sự Chính trị Kinh tế Xã hội Văn hóa Thể thao"),
    "title + search box": _insert_above_title("Tìm kiếm", page_top=True),
    "title caps": title_caps,
    "masthead: News + slogan + topics": _insert_above_title(*MASTHEADS["news"], page_top=True),
    "masthead: CAPS + tagline + topics": _insert_above_title(*MASTHEADS["caps"], page_top=True),
    "masthead: blog '& Thân Hữu'": _insert_above_title(*MASTHEADS["blog"], page_top=True),
    "masthead: .com + slogan": _insert_above_title(*MASTHEADS["dotcom"], page_top=True),
    "masthead: Net + tagline over title": _insert_above_title(*MASTHEADS["net"]),
    "title 'Writer: headline'": _writer_headline(keep_byline=False),
    "title 'Writer: headline' + byline": _writer_headline(keep_byline=True),
    "title over two lines": _two_line_title,
    "date dd/mm/yyyy": _date_line(lambda day, clock: _dmy(day)),
    "date dd-mm-yyyy": _date_line(lambda day, clock: _dmy(day, "-")),
    "date d/m/yyyy": _date_line(lambda day, clock: f"{day.day}/{day.month}/{day.year}"),
    "date Ngày d tháng m năm yyyy": _date_line(
        lambda day, clock: f"Ngày {day.day} tháng {day.month} năm {day.year}"),
    "date hh:mm dd/mm/yyyy": _date_line(lambda day, clock: f"{clock} {_dmy(day)}"),
    "date Thứ X, dd/mm/yyyy - hh:mm": _date_line(
        lambda day, clock: f"{WEEKDAYS[day.weekday()]}, {_dmy(day)} - {clock}"),
    "date Cập nhật: ...": _date_line(lambda day, clock: f"Cập nhật: {clock} {_dmy(day)}"),
    "date dd.mm.yyyy hh:mm": _date_line(lambda day, clock: f"{_dmy(day, '.')} {clock}"),
    "date dd.mm.yyyy": _date_line(lambda day, clock: _dmy(day, ".")),
}
