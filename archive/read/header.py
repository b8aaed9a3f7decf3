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

import yaml

from archive.registry.loader import parse_yaml
from archive.text.dates import BadDate, find_date
from archive.errors import Problem, nearest

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
# The original address is published as a link: only plain http(s) addresses.
_URL = re.compile(r"https?://[^\s<>\"'()\[\]`]+")
LIST_FIELDS = ("tags", "people", "organisations", "places")
FENCE = "---"



@dataclass
class Header:
    values: dict[str, Any] = field(default_factory=dict)
    lines: int = 0  # how many file lines the header takes, fences included
    key_lines: dict[str, int] = field(default_factory=dict)

    def get(self, key: str, default: Any = "") -> Any:
        return self.values.get(key, default)


def split_header(text: str, display: str) -> tuple[Header, str, list[Problem]]:
    """Separate the header from the article text. Returns (header, body, problems)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != FENCE:
        return Header(), text, []
    for end in range(1, len(lines)):
        if lines[end].strip() == FENCE:
            break
    else:
        return Header(), text, [
            Problem(display, "the header starts with '---' but is never closed", 
                    "add a line '---' after the last header field", line=1)
        ]
    header_text = "\n".join(lines[1:end])
    body = "\n".join(lines[end + 1 :])
    header, problems = _parse(header_text, display)
    header.lines = end + 1
    return header, body, problems


def _parse(header_text: str, display: str) -> tuple[Header, list[Problem]]:
    try:
        node, values = parse_yaml(header_text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return Header(), [
            Problem(display, f"the header is not valid YAML: {getattr(exc, 'problem', exc)}",
                    "write one 'key: value' per line; quote values that contain ': '",
                    line=mark.line + 2 if mark else 1)
        ]
    if values is None:
        return Header(), []
    if not isinstance(values, dict):
        return Header(), [Problem(display, "the header must be 'key: value' lines",
                                  f"use the keys: {', '.join(HEADER_FIELDS)}", line=2)]
    key_lines = {}
    if isinstance(node, yaml.MappingNode):
        key_lines = {str(k.value): k.start_mark.line + 2 for k, _ in node.value}
    header = Header(key_lines=key_lines)
    problems = []
    for key, value in values.items():
        key = str(key)
        line = key_lines.get(key)
        if key not in HEADER_FIELDS:
            guess = nearest(key, HEADER_FIELDS)
            hint = f"did you mean '{guess}'?" if guess else f"known keys: {', '.join(HEADER_FIELDS)}"
            problems.append(Problem(display, f"unknown header key '{key}'", hint, line))
            continue
        try:
            header.values[key] = _coerce(key, value)
        except ValueError as exc:
            problems.append(Problem(display, f"header '{key}': {exc}",
                                    HEADER_FIELDS[key], line))
    return header, problems


def _coerce(key: str, value: Any) -> Any:
    if key == "date":
        return _to_date(value)
    if key in LIST_FIELDS:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError("must be a list, like [a, b]")
        return tuple(v.strip() for v in value)
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        raise ValueError("must be a single value")
    text = str(value).strip()
    if key == "time" and not _is_time(text):
        raise ValueError(f"'{text}' is not a time like 20:15")
    if key == "url" and text and not _URL.fullmatch(text):
        raise ValueError(f"'{text}' is not a web address (http:// or https://, no spaces or brackets)")
    return text


def _to_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
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
