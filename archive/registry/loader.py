"""Load the registries contributors edit (corpus/*.yml) with line numbers for errors."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from archive.errors import ArchiveError, Problem
from archive.text.normalize import clean_text


# libyaml's parser when PyYAML was built with it (the PyPI wheels are): ten times
# faster than the pure-Python one on the thousands of article headers.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class TextDatesLoader(_SafeLoader):
    """SafeLoader that leaves dates as text, so an impossible date (2023-02-31)
    becomes the caller's clear error instead of a bare ValueError inside PyYAML."""


TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse_yaml(text: str) -> tuple[Any, Any]:
    """(root node, data) from one parse: the node gives line numbers for errors.
    Raises yaml.YAMLError; dates stay text."""
    loader = TextDatesLoader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    finally:
        loader.dispose()
    return root, data


@dataclass(frozen=True)
class Record:
    """One entry of a registry list, with the line it starts on."""

    data: dict[str, Any]
    line: int
    key_lines: dict[str, int]  # line of each key, to point at the bad field


def load_records(path: Path, display: str, top_key: str) -> list[Record]:
    """Read `path` (YAML: a mapping whose `top_key` holds a list of mappings).

    Raises ArchiveError naming `display` and the line for syntax errors and for
    entries that are not mappings. Values are NFC-cleaned strings and numbers; dates stay text.
    """
    try:
        text = clean_text(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise ArchiveError(
            Problem(display, f"not UTF-8 (byte {exc.start})", "save the file as UTF-8")
        ) from exc
    try:
        root, data = parse_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ArchiveError(
            Problem(
                display,
                f"not valid YAML: {getattr(exc, 'problem', exc)}",
                "fix the YAML syntax (indentation, quotes around values with ':')",
                line=mark.line + 1 if mark else None,
            )
        ) from exc
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(data.get(top_key, []), list):
        raise ArchiveError(
            Problem(display, f"expected a mapping with a list under '{top_key}:'",
                    f"start the file with '{top_key}:' and list entries under it", line=1)
        )
    entries = data.get(top_key) or []
    nodes = _list_nodes(root, top_key)
    records: list[Record] = []
    problems: list[Problem] = []
    for entry, node in zip(entries, nodes):
        line = node.start_mark.line + 1
        if not isinstance(entry, dict):
            problems.append(Problem(display, "entry is not a mapping of fields",
                                    "write each entry as 'key: value' lines under '- '", line))
            continue
        key_lines = {}
        if isinstance(node, yaml.MappingNode):
            key_lines = {k.value: k.start_mark.line + 1 for k, _ in node.value}
        records.append(Record(entry, line, key_lines))
    if problems:
        raise ArchiveError(problems)
    return records


def _list_nodes(root, top_key: str) -> list:
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if key.value == top_key and isinstance(value, yaml.SequenceNode):
            return list(value.value)
    return []
