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
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from archive.registry.loader import load_yaml
from archive.errors import ArchiveError, Problem
from archive.read.header import FENCE, split_header
from archive.text.normalize import clean_text, slug
from archive.registry.outlets import OutletRegistry
from archive.read.reader import article_slug, decode, read_text

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


def draft(text: str, outlets: OutletRegistry, today: dt.date, display: str = "<pasted text>",
          url: str = "") -> Draft:
    """Find the article's fields in `text` and compose the new file. Writes nothing.

    `url` is the article's address (`new --url`): it goes into the header, and the
    outlet is found from it. Raises ArchiveError when the pasted text opens with a
    header that is broken.
    """
    pasted = unicodedata.normalize("NFC", text)
    header, _, problems = split_header(clean_text(pasted), display)
    if problems:
        raise ArchiveError(problems)
    url = header.get("url") or url.strip()
    reading = read_text(pasted, display, outlets, today, source_url=url)
    got = reading.fields
    result = Draft()
    date = got.get("date")
    values = {"title": got.get("title", ""), "date": date.isoformat() if date else "",
              "outlet": got.get("outlet", ""), "author": got.get("author", ""), "url": url}
    result.found = {key: value for key, value in values.items() if value}
    if got.get("kicker") and not header.get("kicker"):
        result.found["kicker"] = got["kicker"]
    result.notes = [_note(p) for p in reading.problems if not p.message.startswith(_MISSING)]
    if not values["outlet"] and got.get("marker"):
        result.notes.append(f"the lead marker '({got['marker']})' is not in corpus/outlets.yml")
    result.notes += [p.message for p in reading.warnings]
    result.missing = [key for key, required, _ in PLACEHOLDERS if required and not values[key]]
    absent = [(key, comment) for key, _, comment in PLACEHOLDERS
              if not values[key] and key not in header.values]
    added = [("url", url)] if url and not header.get("url") else []
    result.content = _with_placeholders(pasted, absent, header.lines > 0, added)
    if absent and result.content == pasted:
        result.notes.append("the header is not plain 'key: value' lines, so nothing was added to it: add "
                            + ", ".join(f"'{key}:'" for key, _ in absent) + " yourself")
    title = values["title"]
    if date and title and slug(title):
        result.name = f"{article_slug(date, title)}.txt"
    else:
        result.name = hashlib.sha256(pasted.encode("utf-8")).hexdigest()[:HASH_CHARS] + ".txt"
    return result


# Problems the placeholders stand for: the contributor fills the field in.
_MISSING = ("no title found", "no publication date found", "no outlet found")


def _note(problem) -> str:
    if problem.message.startswith("date line: "):
        return f"the date line has an impossible date: {problem.message[len('date line: '):]}"
    return problem.message


def _with_placeholders(pasted: str, absent, has_header: bool, added=()) -> str:
    """The pasted text with placeholder lines in its header (a new header if it has none),
    and the `added` (key, value) lines (the address `new --url` was given)."""
    newline = "\r\n" if "\r\n" in pasted else "\n"
    fields = [f"{key}: {json.dumps(value, ensure_ascii=False)}{newline}" for key, value in added]
    fields += [f'{key}: ""  # {comment}{newline}' for key, comment in absent]
    if has_header:  # insert the placeholders before the header's closing fence
        lines = re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", pasted)  # the reader's line breaks
        end = next(i for i in range(1, len(lines)) if clean_text(lines[i]).strip() == FENCE)
        merged = "".join(lines[:end] + fields + lines[end:])
        header = clean_text("".join(lines[1:end] + fields))
        try:  # a header in flow style ("{a: 1}") cannot take more lines: leave it as it was
            parsed = load_yaml(header, "<draft>")
        except ArchiveError:
            return pasted
        keys = [k for k, _ in absent] + [k for k, _ in added]
        return merged if isinstance(parsed, dict) and all(k in parsed for k in keys) else pasted
    if not fields:
        return pasted
    return "".join([FENCE + newline, *fields, FENCE + newline, pasted])


def create(raw: bytes, corpus: Path, outlets: OutletRegistry, today: dt.date,
           display: str = "<pasted text>", output: Path | None = None, url: str = "") -> tuple[Path, Draft]:
    """Write a new corpus file from pasted bytes; never overwrites. Returns (path, draft)."""
    found = draft(decode(raw, display), outlets, today, display, url)
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
