"""`build_pages.py new`: turn a pasted article into a new corpus file.

The parser's rules (the same ones the build uses) find what they can: title,
date, outlet, author. Whatever they cannot find becomes an empty header field
with a comment saying what to fill in, so the contributor sees the gap at once
and `check` fails until it is filled. The pasted text goes below the header as
it was pasted, only NFC-normalised. An existing file is never overwritten.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from archive.read.chrome import strip_chrome
from archive.registry.loader import TextDatesLoader
from archive.text.dates import BadDate, find_date
from archive.errors import ArchiveError, Problem
from archive.read.header import FENCE, split_header
from archive.read.layout import find_layout
from archive.text.normalize import clean_line, clean_text, slug
from archive.registry.outlets import OutletRegistry
from archive.read.reader import article_slug, decode

# Header fields `new` adds as placeholders when the text does not give them:
# (key, required, what to write - Vietnamese / English).
PLACEHOLDERS = (
    ("title", True, "điền tiêu đề bài báo / fill in the article's title"),
    ("date", True, "điền ngày đăng, dạng YYYY-MM-DD / fill in the publication date, YYYY-MM-DD"),
    ("outlet", True, "điền tên báo (xem corpus/outlets.yml) / fill in the outlet (see corpus/outlets.yml)"),
    ("author", False, "tác giả, nếu có / the byline, if any"),
    ("url", False, "địa chỉ gốc của bài, nếu có / the original address, if known"),
)
HASH_CHARS = 16


@dataclass
class Draft:
    """What `new` found in the pasted text and the file it would write."""

    found: dict[str, str] = field(default_factory=dict)  # field -> value the rules found
    missing: list[str] = field(default_factory=list)  # required fields left as placeholders
    notes: list[str] = field(default_factory=list)  # things the contributor should check
    content: str = ""
    name: str = ""  # suggested file name, "2020-06-01-giao-ban-truc-tuyen.txt"


def draft(text: str, outlets: OutletRegistry, today: dt.date, display: str = "<pasted text>") -> Draft:
    """Find the article's fields in `text` and compose the new file. Writes nothing.

    Raises ArchiveError when the pasted text opens with a header that is broken.
    """
    pasted = unicodedata.normalize("NFC", text)
    header, body, problems = split_header(clean_text(pasted), display)
    if problems:
        raise ArchiveError(problems)
    lines = [(i + 1, clean_line(line)) for i, line in enumerate(body.split("\n"))]
    layout = find_layout(strip_chrome(lines), title_hint=header.get("title"))
    result = Draft()
    title = header.get("title") or (layout.title[1] if layout.title else "")
    date = header.get("date", None)
    if not date and layout.date_line:
        try:
            found = find_date(layout.date_line.text)
            date = found[0] if found else None
        except BadDate as exc:
            result.notes.append(f"the date line '{layout.date_line.text}' has an impossible date: {exc}")
    if date and date > today:
        result.notes.append(f"the date {date.isoformat()} is in the future: check it (day first: "
                            "01/06/2020 is 1 June)")
    outlet = header.get("outlet")
    if not outlet and layout.marker:
        known = outlets.by_marker(layout.marker)
        outlet = known.name if known else ""
        if not known:
            result.notes.append(f"the lead marker '({layout.marker})' is not in corpus/outlets.yml")
    values = {"title": title, "date": date.isoformat() if date else "", "outlet": outlet,
              "author": header.get("author") or layout.byline, "url": header.get("url")}
    result.found = {key: value for key, value in values.items() if value}
    if layout.kicker and not header.get("kicker"):
        result.found["kicker"] = layout.kicker
    if not layout.lead:
        result.notes.append("no article text found under the title")
    if layout.extra_head and not header.get("kicker"):
        result.notes.append(f"{len(layout.extra_head)} lines above the title look like site chrome: "
                            "delete them, or set 'title:' and 'kicker:' in the header")
    result.missing = [key for key, required, _ in PLACEHOLDERS if required and not values[key]]
    absent = [(key, comment) for key, _, comment in PLACEHOLDERS
              if not values[key] and key not in header.values]
    result.content = _with_placeholders(pasted, absent, header.lines > 0)
    if absent and result.content == pasted:
        result.notes.append("the header is not plain 'key: value' lines, so nothing was added to it: add "
                            + ", ".join(f"'{key}:'" for key, _ in absent) + " yourself")
    title_slug = slug(title) if title else ""
    if date and title_slug:
        result.name = f"{article_slug(date, title)}.txt"
    else:
        result.name = hashlib.sha256(pasted.encode("utf-8")).hexdigest()[:HASH_CHARS] + ".txt"
    return result


def _with_placeholders(pasted: str, absent, has_header: bool) -> str:
    """The pasted text with placeholder lines in its header (a new header if it has none)."""
    newline = "\r\n" if "\r\n" in pasted else "\n"
    fields = [f'{key}: ""  # {comment}{newline}' for key, comment in absent]
    if has_header:  # insert the placeholders before the header's closing fence
        lines = re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", pasted)  # the reader's line breaks
        end = next(i for i in range(1, len(lines)) if clean_text(lines[i]).strip() == FENCE)
        merged = "".join(lines[:end] + fields + lines[end:])
        header = clean_text("".join(lines[1:end] + fields))
        try:  # a header in flow style ("{a: 1}") cannot take more lines: leave it as it was
            parsed = yaml.load(header, Loader=TextDatesLoader)  # noqa: S506 - safe subclass
        except yaml.YAMLError:
            return pasted
        return merged if isinstance(parsed, dict) and all(k in parsed for k, _ in absent) else pasted
    if not fields:
        return pasted
    return "".join([FENCE + newline, *fields, FENCE + newline, pasted])


def create(raw: bytes, corpus: Path, outlets: OutletRegistry, today: dt.date,
           display: str = "<pasted text>", output: Path | None = None) -> tuple[Path, Draft]:
    """Write a new corpus file from pasted bytes; never overwrites. Returns (path, draft)."""
    found = draft(decode(raw, display), outlets, today, display)
    path = output or corpus / found.name
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8", newline="") as handle:  # "x": fails if it exists
            handle.write(found.content)
    except FileExistsError:
        shown = path.relative_to(corpus.parent).as_posix() if path.is_relative_to(corpus.parent) else str(path)
        raise ArchiveError(Problem(
            shown, "a file of this name already exists; nothing was written",
            "if it is the same article, it is already in the corpus; otherwise choose another "
            "name with --output")) from None
    return path, found


def describe(path: str, found: Draft) -> str:
    """What `new` found and what is left to do, for the terminal."""
    out = [f"created {path}"]
    for key in ("title", "kicker", "date", "outlet", "author", "url"):
        if key in found.found:
            out.append(f"  found   {key + ':':8} {found.found[key]}")
    for key in found.missing:
        out.append(f"  missing {key + ':':8} fill in the header field '{key}:' at the top of the file")
    for note in found.notes:
        out.append(f"  check:  {note}")
    if found.missing or found.notes:
        out.append("then run `make check` (python build_pages.py check) and open a pull request")
    else:
        out.append("review it with `make check` (python build_pages.py check), then open a pull request")
    return "\n".join(out)
