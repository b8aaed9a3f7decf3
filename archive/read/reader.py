"""Read one corpus file into an `Article`: bytes -> clean text -> header + layout -> checks.

Every problem in a file is collected and raised together as one ArchiveError.
"""
from __future__ import annotations

import datetime as dt
import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from archive import models
from archive.read.chrome import Dropped, is_author_slot, strip_chrome_noting
from archive.read.document_headers import read_document_header, with_numbers
from archive.read.drop_capitals import join_drop_capitals
from archive.read.lone_head_words import join_lone_head_word
from archive.read.title_case_heads import join_title_case_head
from archive.read.headline_tails import join_headline_tail
from archive.read.broken_headlines import join_broken_headline
from archive.read.printed_joins import join_printed_whole
from archive.read.crumb_dates import split_crumb_dates
from archive.read.source_wraps import join_source_wraps
from archive.read.type_subjects import join_type_subject
from archive.read.end_dates import end_date
from archive.read.leaf_dates import join_leaf_dates
from archive.read.markdown_marks import marked_lines, restore_marks, unmark_head
from archive.read.dash_menus import dash_menu_off
from archive.read.spaced_menus import spaced_menu_off, spaced_menus
from archive.read.wrapped_lines import join_wrapped_head
from archive.read.footer_dates import footer_stamp
from archive.read.posted_dates import posted_date
from archive.read.earlier_posted import earlier_posted
from archive.read.headline_echo_dates import echoed_date
from archive.text.dates import BadDate, find_date, find_time
from archive.text.published_dates import published_part
from archive.errors import ArchiveError, Problem
from archive.read.glued import unglue
from archive.read.glued_fields import split_glued_fields
from archive.read.glued_capitals import split_glued_capitals
from archive.read.glued_breadcrumbs import split_glued_breadcrumbs
from archive.read.journal_authors import take_journal_authors
from archive.read.header import Header, split_header

# A check of header values against the registries: (header, file) -> problems.
HeaderCheck = Callable[[Header, str], list[Problem]]
from archive.read.layout import DateLine, Layout, find_layout
from archive.read.portal_fields import join_label_cells
from archive.read.print_views import headline_first
from archive.read.rating_dates import split_rating_dates
from archive.read.sidebar_notices import notice_off
from archive.read.consent_panels import consent_off
from archive.read.above_headline import furniture_off
from archive.read.clock_mastheads import masthead_over_clock
from archive.read.pushed_names import split_pushed_names, take_pushed_writer
from archive.text.normalize import clean_line, clean_text, slug
from archive.registry.outlets import OutletRegistry
from archive.read.sources import host_of, outlet_for_url, unknown_outlet

MAX_FILE_BYTES = 512 * 1024  # a long article is ~50 KB; beyond this it is not one article
MAX_SLUG_TITLE = 60


_TOO_LARGE_HINT = "a corpus file holds one article: split it or remove what is not the article"
_NOT_PLAIN_HINT = "copy the article into corpus/ as a plain .txt file"


def read_bytes(path: Path, display: str) -> bytes:
    """A corpus file's bytes. Never follows a link (a link could publish any file on
    the machine), never opens what is not a plain file (a FIFO would block), and
    refuses a file over the size limit before reading it."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise ArchiveError(_open_problem(exc, path, display)) from None
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise ArchiveError(Problem(display, "not a plain file", _NOT_PLAIN_HINT))
        if info.st_size > MAX_FILE_BYTES:
            raise ArchiveError(Problem(display, f"file is {info.st_size:,} bytes; the limit is {MAX_FILE_BYTES:,}",
                                       _TOO_LARGE_HINT))
        return file.read(MAX_FILE_BYTES + 1)  # bounded: a file growing meanwhile is caught by decode()


def _open_problem(exc: OSError, path: Path, display: str) -> Problem:
    if exc.errno == errno.ELOOP or path.is_symlink():
        return link_problem(path, display)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Problem(display, "the build may not read this file (permission denied)",
                       f"make it readable: chmod a+r {display}")
    return Problem(display, f"cannot be read: {exc.strerror}", "check that the file is still there and readable")


def link_problem(path: Path, display: str) -> Problem:
    """A link in corpus/: refused wherever it points, so nothing outside is published."""
    try:
        target = os.readlink(path)
    except OSError:
        target = "?"
    return Problem(display, f"is a link (to {target}), not a file",
                   "corpus/ holds plain files only: copy the article in instead of linking to it")


def decode(raw: bytes, display: str) -> str:
    """UTF-8 text of a corpus file, or an ArchiveError that says where it went wrong."""
    if len(raw) > MAX_FILE_BYTES:
        raise ArchiveError(Problem(display, f"file is {len(raw):,} bytes; the limit is {MAX_FILE_BYTES:,}",
                                   _TOO_LARGE_HINT))
    if b"\x00" in raw[:8192]:
        raise ArchiveError(Problem(display, "this is a binary file, not pasted text",
                                   "paste the article text into a UTF-8 .txt file"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        # in characters, as editors count them (the line's text before the byte is valid UTF-8)
        column = len(raw[raw.rfind(b"\n", 0, exc.start) + 1 : exc.start].decode("utf-8")) + 1
        raise ArchiveError(Problem(
            display, f"not UTF-8: byte 0x{raw[exc.start]:02x} at line {line}, column {column}",
            "re-save the file as UTF-8 (most editors: 'Save with encoding' -> UTF-8)", line)) from exc
    if not text.strip():
        raise ArchiveError(Problem(display, "the file is empty", "paste the article text into it, or delete it"))
    return text


def read_article(path: Path, display: str, outlets: OutletRegistry, today: dt.date,
                 header_checks: Sequence[HeaderCheck] = ()) -> models.Article:
    """Parse one corpus file. `display` is the path shown in errors and stored as source_file."""
    text = clean_text(decode(read_bytes(path, display), display))
    return parse_article(text, display, outlets, today, header_checks)


@dataclass
class Reading:
    """What the reader made of one paste: the article when nothing stops it, the
    problems that stop it, and warnings for a reviewer (`check` prints them)."""

    article: models.Article | None = None
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    fields: dict = field(default_factory=dict)  # what was found, refused or not (title, date, ...)


def parse_article(text: str, display: str, outlets: OutletRegistry, today: dt.date,
                  header_checks: Sequence[HeaderCheck] = ()) -> models.Article:
    """Parse already-decoded text (exposed for tests and the `new` command)."""
    reading = read_text(text, display, outlets, today, header_checks)
    if reading.problems:
        raise ArchiveError(reading.problems)
    return reading.article


def read_text(text: str, display: str, outlets: OutletRegistry, today: dt.date,
              header_checks: Sequence[HeaderCheck] = (), source_url: str = "") -> Reading:
    """Read decoded text; never raises for bad input: problems are in the result.

    Only what the text truly lacks stops it: a title and a date (each problem names the
    header field to type). Lines the reader cannot place are dropped as chrome and
    listed among the warnings, with the other weak spots a reviewer should look at.
    `source_url` is the address `new --url` was given, for a paste whose header has none.
    """
    header, body, problems = split_header(clean_text(text), display)
    header_broken = bool(problems)
    for check in header_checks:
        problems += check(header, display)
    pasted = join_wrapped_head([(header.lines + i + 1, line) for i, line in enumerate(body.split("\n"))])
    pasted, pushed = split_pushed_names(pasted)  # a writer's name pushed right by a run of spaces
    menus = spaced_menus(pasted)  # a menu's items parted by runs of spaces, which cleaning closes up
    cleaned = [(number, clean_line(line)) for number, line in pasted]
    lines, marked = unmark_head(cleaned), marked_lines(cleaned)  # "# ", "*...*": no words, while weighing
    url = header.get("url") or source_url
    lines = join_label_cells(unglue(split_glued_breadcrumbs(split_glued_fields(join_printed_whole(join_broken_headline(join_title_case_head(
        join_headline_tail(join_source_wraps(join_lone_head_word(join_drop_capitals(join_leaf_dates(lines))), url),
                           url))), url)))))
    lines = split_glued_capitals(lines)  # "KHEN THƯỞNG - XỬ PHẠTThống kê truy cập": a menu run into a label
    lines = split_crumb_dates(lines)  # "Trang chủ >> Sơ đồ tổ chức (26-12-2017)": the item's date after its trail
    lines = split_rating_dates(lines)  # "06/04/20235.3220": a date, then a rating and a count
    lines, document_header, numbers = read_document_header(lines)  # a document's formal header: none of it is the head
    lines = join_type_subject(lines)  # "THÔNG BÁO" over "V/v ...", no formal header: one title
    kept, dropped = strip_chrome_noting(lines)
    kept, sapo = headline_first(kept)  # a print view's headline under its sapo
    kept, consent = consent_off(kept)  # a cookie-consent panel above the article
    kept, notice = notice_off(kept)  # a sidebar's notice above the headline
    kept, letterhead = furniture_off(kept)  # a small site's notice or letterhead above the headline
    kept, masthead = masthead_over_clock(kept)  # a body's name over the site's clock
    kept, menu = dash_menu_off(kept)  # a menu in dashes over the headline
    kept, spaced = spaced_menu_off(kept, menus)  # a menu on one line, its items parted by spaces
    dropped += sapo + consent + notice + letterhead + masthead + menu + spaced + document_header
    layout = find_layout(kept, title_hint=header.get("title"), url=url)
    layout.blocks = with_numbers(layout.blocks, numbers) if numbers else layout.blocks
    layout.blocks = restore_marks(layout.blocks, marked)  # the text as pasted, not as weighed
    take_journal_authors(layout)  # "Các tác giả" / "1. <Name> Email to author, <unit>" above the abstract
    take_pushed_writer(layout, pushed)  # a writer's name pushed right under the headline's second print
    if layout.date_line is None and (stamp := footer_stamp(kept) or end_date(kept, layout.byline)
                                     or posted_date(kept, layout.title[0] if layout.title else 0)
                                     or layout.title and echoed_date(kept, layout.title[1], url)):
        layout.date_line = DateLine(*stamp)  # no date line in the head: the signed footer's, the end byline's,
        # a labelled "Ngày đăng: ..." after the text (posted_dates.py), the headline's other print's day
    elif layout.title and layout.date_line and not layout.date_line.byline and (stamp := earlier_posted(
            kept, layout.date_line.line, layout.date_line.text, layout.title[0])):
        layout.date_line = DateLine(*stamp)  # a clock over the headline, the page's day after the text
    reading = Reading(problems=problems)
    if header_broken:  # a broken header hides the facts it holds: report it alone
        return reading
    if source_url and not header.get("url"):
        header.values["url"] = source_url
    head = [line_text for line, line_text in lines if not layout.title or line < layout.title[0]]
    found = _found(header, layout, display, outlets, today, reading, head)
    reading.fields = found
    reading.warnings += _dropped_warnings(display, dropped + layout.dropped)
    reading.warnings += [Problem(display, note, "", line) for line, note in layout.notes]
    if not found["author"]:
        reading.warnings += _missing_byline(display, dropped)
    if not reading.problems:
        reading.article = _article(header, layout, display, found)
    return reading


def _missing_byline(display: str, dropped: list[Dropped]) -> list[Problem]:
    """Where the layout shows a byline usually stands but none was read: the paste
    reaches the page's footer (a byline stands just above it), or the page prints an
    empty author field."""
    hint = "if the page names an author, type 'author: ...' in the header"
    notes = []
    footer = next((d for d in dropped if d.why.startswith("the page footer")), None)
    if footer:
        notes.append(Problem(display, "no byline found, though the paste reaches the page's footer "
                             "(a byline usually stands just above it)", hint, footer.line))
    slot = next((d for d in dropped if is_author_slot(d.text)), None)
    if slot:
        notes.append(Problem(display, f"no byline found, though the page has an author field ('{slot.text}')",
                             hint, slot.line))
    return notes


def _found(header: Header, layout: Layout, display: str, outlets: OutletRegistry, today: dt.date,
           reading: Reading, head: list[str]) -> dict:
    """Every field from the header or the text, the problems of what is missing.
    `head` is the lines above the headline, where a portal prints its masthead."""
    problems = reading.problems
    title = header.get("title") or (layout.title[1] if layout.title else "")
    if not title:
        problems.append(Problem(display, "no title found (no line above the article text reads as a headline)",
                                "add 'title: ...' to the header: the headline as the page prints it", 1))
    date, time = _date_and_time(header, layout, display, problems)
    if date and date > today:
        problems.append(Problem(display, f"the date {date.isoformat()} is in the future",
                                "check the date (day first: 01/06/2020 is 1 June)",
                                header.key_lines.get("date") or (layout.date_line.line if layout.date_line else None)))
    outlet = _outlet(header, layout, outlets, display, reading, head)
    lead = layout.lead[1] if layout.lead else ""
    if not lead:
        problems.append(Problem(display, "no article text found under the title",
                                "paste the article body below the title and date"))
    return dict(title=title, date=date, time=time, outlet=outlet, lead=lead, blocks=layout.blocks,
                kicker=header.get("kicker") or layout.kicker, author=header.get("author") or layout.byline,
                url=header.get("url"), marker=layout.marker)


def _article(header: Header, layout: Layout, display: str, found: dict) -> models.Article:
    date, title = found["date"], found["title"]
    return models.Article(
        source_file=display, title=title, date=date, outlet=found["outlet"], lead=found["lead"],
        blocks=layout.blocks, kicker=found["kicker"], time=found["time"], author=found["author"],
        url=found["url"], header_tags=tuple(header.get("tags", ())),
        header_entities=tuple(header.get("people", ()) + header.get("organisations", ())
                              + header.get("places", ())),
        slug=article_slug(date, title),
    )


def _dropped_warnings(display: str, dropped: list[Dropped]) -> list[Problem]:
    return [Problem(display, f"line left out of the article ({d.why}): '{d.text[:80]}'",
                    "if it belongs to the article, report it; the text is kept as pasted", d.line)
            for d in sorted(dropped, key=lambda d: d.line)]


def _date_and_time(header: Header, layout: Layout, display: str, problems: list[Problem]):
    date, time = header.get("date", None), header.get("time")
    if layout.date_line:
        text = published_part(layout.date_line.text)  # the day posted, where the update's is printed first
        try:
            found = find_date(text)
        except BadDate as exc:
            problems.append(Problem(display, f"date line: {exc}", "correct the date, or set "
                                    "'date: YYYY-MM-DD' in the header", layout.date_line.line))
            return date, ""  # reported; "no date found" would only repeat it
        if found and not date:
            date = found[0]
        time = time or find_time(text)
    if not date:
        problems.append(Problem(display, "no publication date found (the text has no date line; a date "
                                "in the lead is the event's, not the article's)",
                                "add 'date: YYYY-MM-DD' to the header: the publication date the page shows", 1))
    return date, time or ""


def _outlet(header: Header, layout: Layout, outlets: OutletRegistry, display: str, reading: Reading,
            head: list[str]) -> str:
    """The header's outlet; else the one the address names; else the lead marker's.
    An address not in the registry is named by the page's masthead, else stands in by
    its host, with a warning (read/sources.py)."""
    if header.get("outlet"):
        return outlets.by_name(header.get("outlet")).name
    url = header.get("url")
    if url:
        known = outlet_for_url(outlets, url)
        if known:
            return known.name
        host = host_of(url)
        if host:
            name, warning = unknown_outlet(host, head, display, header.key_lines.get("url"))
            reading.warnings.append(warning)
            return name
    found = outlets.by_marker(layout.marker) if layout.marker else None
    if found:
        return found.name
    reading.problems.append(Problem(
        display, "no outlet found (no 'url:' in the header and no known lead marker like '(HNM) -')",
        "type the article's address as 'url: https://...' (its outlet is then found in "
        "corpus/outlets.yml), or 'outlet: <publication name>'", 1))
    return ""


def article_slug(date: dt.date, title: str) -> str:
    """'2018-07-16-kiem-soat-chat-che-...': date keeps URLs unique and sortable."""
    return f"{date.isoformat()}-{slug(title, max_length=MAX_SLUG_TITLE)}"
