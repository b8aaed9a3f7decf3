"""The optional YAML header of a corpus file: facts the pasted text lacks.

    ---
    outlet: Báo Hà Nội Mới
    url: https://example.org/bai-viet
    tags: [cong-tac-can-bo]
    ---
    (the article as pasted)
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from yaml.nodes import MappingNode, ScalarNode

from archive.errors import ArchiveError, Problem, nearest
from archive.registry.loader import character_problems, compose
from archive.registry.schema import NOTE, TEXT, TEXTS, WEB_ADDRESS, BadValue, Field, field_value
from archive.text.dates import BadDate, find_date

# Every key a header may hold, with what it means (shown in errors and docs).
HEADER_FIELDS = {
    "title": "the article's title, when the first lines do not give it",
    "kicker": "the series or kicker line above the title",
    "date": "publication date, YYYY-MM-DD or DD/MM/YYYY",
    "time": "publication time, HH:MM",
    "outlet": "the publication's name (see corpus/outlets.yml)",
    "author": "the byline",
    "url": "the original address of the article",
    "tags": "a list of tag slugs from corpus/tags.yml",
    "people": "a list of people the article is about, as named in corpus/entities.yml",
    "organisations": "a list of organisations, as named in corpus/entities.yml",
    "places": "a list of provinces or cities, as named in corpus/entities.yml",
    "note": "a free note for archivists; not published",
}
LIST_FIELDS = ("tags", "people", "organisations", "places")
# What each key holds. Values are read as written: `time: 20:15` is "20:15" and
# `title: No` is "No", where plain YAML would give the number 1215 and False.
_SPECS = {key: Field(key, TEXTS if key in LIST_FIELDS else NOTE if key == "note" else TEXT, meaning)
          for key, meaning in HEADER_FIELDS.items()}
FENCE = "---"


@dataclass
class Header:
    values: dict[str, Any] = field(default_factory=dict)
    lines: int = 0  # how many file lines the header takes, fences included
    key_lines: dict[str, int] = field(default_factory=dict)

    def get(self, key: str, default: Any = "") -> Any:
        return self.values.get(key, default)


def split_header(text: str, display: str) -> tuple[Header, str, list[Problem]]:
    """Separate the header from the article text. Returns (header, body, problems).

    The whole text is checked first for characters no article may hold (control and
    bidi-override characters, normalize.UNSAFE): they are refused with their line,
    and a header holding one is not parsed."""
    problems = character_problems(text, display)
    lines = text.split("\n")
    if not lines or lines[0].strip() != FENCE:
        return Header(), text, problems
    for end in range(1, len(lines)):
        if lines[end].strip() == FENCE:
            break
    else:
        return Header(), text, problems + [
            Problem(display, "the header starts with '---' but is never closed",
                    "add a line '---' after the last header field", line=1)
        ]
    body = "\n".join(lines[end + 1 :])
    if any(p.line <= end + 1 for p in problems):
        return Header(lines=end + 1), body, problems
    header, more = _parse("\n".join(lines[1:end]), display)
    header.lines = end + 1
    return header, body, problems + more


def _parse(header_text: str, display: str) -> tuple[Header, list[Problem]]:
    try:
        node = compose(header_text, display, first_line=2, what="the header is not valid YAML")
    except ArchiveError as error:
        return Header(), error.problems
    if node is None:
        return Header(), []
    if not isinstance(node, MappingNode):
        return Header(), [Problem(display, "the header must be 'key: value' lines",
                                  f"use the keys: {', '.join(HEADER_FIELDS)}", line=2)]
    header = Header()
    problems = []
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 2
        key = key_node.value if isinstance(key_node, ScalarNode) else ""
        if key in header.key_lines:
            problems.append(Problem(display, f"header key '{key}' is given twice (first on line "
                                    f"{header.key_lines[key]})", "keep one of them", line))
            continue
        if key not in HEADER_FIELDS:
            guess = nearest(key, HEADER_FIELDS)
            hint = f"did you mean '{guess}'?" if guess else f"known keys: {', '.join(HEADER_FIELDS)}"
            problems.append(Problem(display, f"unknown header key '{key}'", hint, line))
            continue
        header.key_lines[key] = line
        try:
            value = _coerce(key, field_value(value_node, _SPECS[key], f"header '{key}'"))
        except BadValue as bad:
            message, value_line, *hint = bad.args
            problems.append(Problem(display, message, hint[0] if hint else HEADER_FIELDS[key], value_line + 2))
        except ValueError as exc:
            problems.append(Problem(display, f"header '{key}': {exc}", HEADER_FIELDS[key], line))
        else:
            header.values[key] = value  # an empty date is None: given, but saying nothing
    return header, problems


def _coerce(key: str, value: Any) -> Any:
    """A checked value in the form the reader wants; ValueError for a bad date, time or address."""
    if key in LIST_FIELDS:
        return value or ()
    text = value or ""
    if key == "date":
        return _to_date(text) if text else None  # empty: not given
    if key == "time" and text and not _is_time(text):
        raise ValueError(f"'{text}' is not a time like 20:15")
    if key == "url" and text and not WEB_ADDRESS.fullmatch(text):
        raise ValueError(f"'{text}' is not a web address (http:// or https://, no spaces or quotes)")
    return text


def _to_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError(f"'{text}' does not exist ({exc})") from exc
    try:
        found = find_date(text)
    except BadDate as exc:
        raise ValueError(str(exc)) from exc
    if not found:
        raise ValueError(f"'{text}' is not a date like 2020-06-01 or 01/06/2020")
    return found[0]


def _is_time(text: str) -> bool:
    parts = text.split(":")
    return (len(parts) == 2 and all(p.isdigit() for p in parts)
            and int(parts[0]) < 24 and int(parts[1]) < 60)
