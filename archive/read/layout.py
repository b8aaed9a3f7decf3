"""Find an article's parts in its cleaned lines: date line, title, kicker, lead, byline, blocks.

The rules come from the five source layouts (DESIGN.md section 2):
- the date line is short and holds a day-first date, maybe with a time, a
  weekday, a section name, a byline ("Quốc Bình| 16/07/2018 20:15") or a view
  count ("01/06/2020 | 1456");
- the title is the line just before the date line, or just after it when the
  date line opens the text (002); a single line above the title is a kicker;
- a lead marker "(HNM) -" opens the lead and names the outlet; without one the
  lead is the first line that reads as prose; lines before it are photo captions;
- a short name-like last line is the byline.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from archive import models
from archive.read.chrome import undouble
from archive.text.dates import NUMERIC_DATE, TIME, WEEKDAYS, WORDED_DATE
from archive.text.normalize import fold_passage

Line = tuple[int, str]  # (1-based file line, text)

LEAD_MARKER = re.compile(r"^\(\s*([\w.]+)\s*\)\s*[-–—]\s*")
_ITEM = re.compile(r"^(\d{1,2})\s*[.)]\s+(?=\S)")
_END_PUNCT = tuple('.!?…:;"”»\'')
# Words of a photo caption that a subheading would not use (folded).
_CAPTION_CUES = re.compile(
    r"\b(phat bieu|du hoi nghi|du le|du buoi|trao (tang )?(bang|giay|huy|qua|hoa|quyet dinh)"
    r"|nhan (bang|giay) khen|chup anh|tang hoa|quang canh|chu tri hoi nghi|tham quan|den tham"
    r"|trong anh|anh minh hoa)\b"
)
_DATE_LINE_MAX = 80
_HEAD_WINDOW = 8  # the date line is among the first lines of the text


@dataclass
class DateLine:
    index: int
    line: int
    text: str
    byline: str = ""


@dataclass
class Layout:
    """What the layout rules found; the reader merges it with the header."""

    title: Line | None = None
    kicker: str = ""
    date_line: DateLine | None = None
    lead: Line | None = None
    marker: str = ""
    byline: str = ""
    blocks: tuple[models.Block, ...] = ()
    extra_head: tuple[Line, ...] = ()  # unexplained lines above the title


def words(text: str) -> list[str]:
    return text.split()


def is_name_like(text: str, max_words: int = 6) -> bool:
    """'Quốc Bình', 'S. Hải', 'Hoàng Lan - Hoàng Mai': every word capitalised."""
    tokens = [t for t in words(text) if t not in {"-", "–", "và", ","}]
    if not 1 <= len(tokens) <= max_words or text.endswith(tuple(".!?:;")) and not text.endswith("."):
        return False
    return all(t[0].isupper() and t.replace(".", "").isalpha() for t in tokens)


def find_date_line(lines: list[Line]) -> DateLine | None:
    for index, (number, text) in enumerate(lines[:_HEAD_WINDOW]):
        if len(text) > _DATE_LINE_MAX or not (NUMERIC_DATE.search(text) or WORDED_DATE.search(text)):
            continue
        byline = _date_line_rest(text)
        if byline is not None:
            return DateLine(index, number, text, byline)
    return None


def _date_line_rest(text: str) -> str | None:
    """What a date line holds beside the date: a byline ('' if none), or None when
    the line is prose that merely contains a date."""
    rest = ""
    for part in (p.strip() for p in text.split("|")):
        stripped = WORDED_DATE.sub(" ", NUMERIC_DATE.sub(" ", part))
        stripped = TIME.sub(" ", stripped)
        for weekday in WEEKDAYS:
            stripped = re.sub(weekday, " ", stripped, flags=re.IGNORECASE)
        stripped = re.sub(r"\b(ngày|cập nhật|đăng|lúc)\b|[,|]", " ", stripped, flags=re.IGNORECASE)
        stripped = " ".join(stripped.split())
        if not stripped or stripped.isdigit():  # the date itself, or a view count
            continue
        if len(words(stripped)) > 4:
            return None
        if is_name_like(stripped):  # "Quốc Bình" - a section name like "Chính trị" is not
            rest = stripped
    return rest


def is_prose(text: str) -> bool:
    return text.endswith(_END_PUNCT) or len(words(text)) >= 25


def classify(number: int, text: str) -> models.Block:
    """One body line -> a block of the right kind."""
    single = undouble(text)
    if single is not None:
        return models.Block(models.CAPTION, single, number)
    if fold_passage(text).startswith(("anh:", "anh :")) or re.search(r"\((anh|nguon anh):[^)]*\)$", fold_passage(text)):
        return models.Block(models.CAPTION, text, number)
    item = _ITEM.match(text)
    if item:
        return models.Block(models.ITEM, text[item.end():], number, number=item.group(1))
    if not text.endswith(_END_PUNCT) and not text.endswith(")"):
        if _CAPTION_CUES.search(fold_passage(text)):
            return models.Block(models.CAPTION, text, number)
        if len(words(text)) <= 20 and text[0].isupper():
            return models.Block(models.HEADING, text, number)
    return models.Block(models.PARAGRAPH, text, number)


def find_layout(lines: list[Line], title_hint: str = "") -> Layout:
    """Locate the parts of an article in its chrome-free lines.

    `title_hint` is a header title: when the text holds that line, it marks the
    title's position instead of the date-line rule.
    """
    layout = Layout()
    if not lines:
        return layout
    layout.date_line = date_line = find_date_line(lines)
    title_index = _title_index(lines, date_line, title_hint)
    head = [i for i in range(title_index) if not (date_line and i == date_line.index)]
    if 0 <= title_index < len(lines):
        layout.title = lines[title_index]
    if len(head) == 1 and len(words(lines[head[0]][1])) <= 30:
        layout.kicker = lines[head[0]][1].rstrip(" :")
    elif head:
        layout.extra_head = tuple(lines[i] for i in head)
    start = max(title_index, date_line.index if date_line else -1) + 1
    body = [ln for ln in lines[start:] if not _repeats_title(ln, layout.title)]
    lead_index = _lead_index(body)
    pre_lead = body[:lead_index]
    if lead_index < len(body):
        number, text = body[lead_index]
        marker = LEAD_MARKER.match(text)
        if marker:
            layout.marker = marker.group(1)
            text = text[marker.end():]
        layout.lead = (number, text)
    rest = body[lead_index + 1 :]
    if rest and is_name_like(rest[-1][1]) and not rest[-1][1].endswith("."):
        layout.byline = rest.pop()[1]
    if date_line and date_line.byline:
        layout.byline = date_line.byline
    # Lines between title and lead are photo captions (002 opens with one).
    captions = [models.Block(models.CAPTION, undouble(t) or t, n) for n, t in pre_lead]
    layout.blocks = tuple(captions + [classify(n, t) for n, t in rest])
    return layout


def _title_index(lines: list[Line], date_line: DateLine | None, title_hint: str) -> int:
    if title_hint:
        for index, (_, text) in enumerate(lines[:_HEAD_WINDOW]):
            if fold_passage(text) == fold_passage(title_hint):
                return index
    if date_line is None:
        return -1 if title_hint else 0  # a header title absent from the text: no title line
    if date_line.index == 0:
        return 1
    return date_line.index - 1


def _lead_index(body: list[Line]) -> int:
    """The lead: the line with a lead marker, else the first line of prose."""
    for index, (_, text) in enumerate(body[:_HEAD_WINDOW]):
        if LEAD_MARKER.match(text):
            return index
    for index, (_, text) in enumerate(body[:_HEAD_WINDOW]):
        if is_prose(text) and undouble(text) is None and not fold_passage(text).startswith("anh:"):
            return index
    return 0


def _repeats_title(line: Line, title: Line | None) -> bool:
    """A copy of the title printed again by the site chrome."""
    return title is not None and line[0] != title[0] and fold_passage(line[1]) == fold_passage(title[1])
