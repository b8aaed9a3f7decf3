"""One declaration per registry, one checker for all of them.

Each registry (corpus/outlets.yml, documents.yml, tags.yml, entities.yml) declares
its sections and, for each field, its type, whether it is required, the values it
allows and what it means. `load_sections` reads the file safely (loader.compose),
checks every entry against the declaration and returns typed values with the line
of every field, plus every problem found: the registry adds its own checks across
entries and raises them all together. Article headers use `field_value` for theirs.

Values are read from the YAML nodes, not from what PyYAML would make of them: a
text field keeps the text as written, so `name: No` stays "No" (not False) and
`time: 20:15` stays "20:15" (not the base-60 number 1215).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from archive.errors import ArchiveError, Problem, nearest
from archive.registry.loader import compose, read_registry_text
from archive.text.normalize import UNSAFE, clean_text, describe_char, key_problem, slug

_NULL, _INT, _BOOL = ("tag:yaml.org,2002:" + name for name in ("null", "int", "bool"))
_SCALARS = SafeConstructor()  # its int and bool readers know every YAML 1.1 spelling


@dataclass(frozen=True)
class ValueType:
    name: str
    expected: str  # in "x must be <expected>"
    example: str  # in the hint: "write x: <example>"


TEXT = ValueType("text", "one line of text", "a short text")
NOTE = ValueType("note", "a text", "a free note")  # may span lines; never published as a heading
TEXTS = ValueType("texts", "a list of texts, one line each", "[one, two]")
INT = ValueType("int", "a whole number", "4")
BOOL = ValueType("bool", "true or false", "false")
KEY = ValueType("key", "a slug (lower-case ASCII words joined by '-')", "cong-tac-can-bo")
URL = ValueType("url", "a web address (http:// or https://, no spaces or quotes)", "https://example.org/")
# A web address that is published as a link: plain http(s), nothing a page could misread. Brackets
# stay: real addresses hold them ("/tin-tuc-(1)/2020/..."); render/markup.address_target encodes them
# where the address goes into a Markdown link.
WEB_ADDRESS = re.compile(r"https?://[^\s<>\"'`]+")


@dataclass(frozen=True)
class Field:
    name: str
    type: ValueType
    description: str
    required: bool = False
    choices: tuple[str, ...] = ()  # the values a text field allows
    bounds: tuple[int, int | None] | None = None  # inclusive range of a whole number (no top: None)

    def expected(self) -> str:
        if self.bounds:
            low, high = self.bounds
            top = f" from {low} to {high}" if high is not None else f" of at least {low}"
            return self.type.expected + top
        return self.type.expected


@dataclass(frozen=True)
class Section:
    key: str  # the top-level key holding the list: "outlets"
    entry: str  # what one entry is called in messages: "outlet"
    fields: tuple[Field, ...]

    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


@dataclass(frozen=True)
class Record:
    """One checked entry: the values that passed their checks, and where each field is."""

    values: dict[str, Any]
    line: int  # where the entry starts
    key_lines: dict[str, int]  # line of each field, to point at the one at fault
    value_lines: dict[str, Any] = field(default_factory=dict)  # field -> line, or list items' lines
    refused: set[str] = field(default_factory=set)  # fields given with a wrong value (reported)

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name, default)

    def line_of(self, name: str | None) -> int:
        return self.key_lines.get(name, self.line) if name else self.line

    def item_line(self, name: str, index: int) -> int:
        """The line of item `index` of a list field (of the field when written inline)."""
        lines = self.value_lines.get(name)
        return lines[index] if isinstance(lines, list) and index < len(lines) else self.line_of(name)


class BadValue(Exception):
    """A value of the wrong type or out of range: (message, 0-based line)."""


def field_value(node: Node, spec: Field, label: str) -> Any:
    """The value of `node` as `spec` wants it, or BadValue saying what is wrong.
    None for an empty value (`key:` or `key: null`)."""
    if isinstance(node, ScalarNode) and node.tag == _NULL:
        return None
    kind = spec.type
    if kind is TEXTS:  # one text alone is a list of one
        if isinstance(node, SequenceNode):
            return tuple(_text(item, spec, label, one_line=True, item=True) for item in node.value)
        text = _text(node, spec, label, one_line=True)
        return (text,) if text else ()
    if kind is INT:
        return _number(node, spec, label)
    if kind is BOOL:
        if isinstance(node, ScalarNode) and node.tag == _BOOL:
            return _SCALARS.construct_yaml_bool(node)
        raise BadValue(f"{label} must be {spec.expected()}, not {_shown(node)}", node.start_mark.line)
    text = _text(node, spec, label, one_line=kind is not NOTE)
    if kind is URL and text and not WEB_ADDRESS.fullmatch(text):
        raise BadValue(f"{label} '{text}' is not {kind.expected}", node.start_mark.line)
    if kind is KEY and text and key_problem(text):
        raise BadValue(f"{label} '{text}' {key_problem(text)}", node.start_mark.line,
                       f"write it as '{slug(text)}'")
    if spec.choices and text and text not in spec.choices:
        guess = nearest(text, spec.choices)
        raise BadValue(f"unknown {label} '{text}'", node.start_mark.line,
                       f"did you mean '{guess}'?" if guess else f"use one of: {', '.join(spec.choices)}")
    return text


def _text(node: Node, spec: Field, label: str, one_line: bool, item: bool = False) -> str:
    if not isinstance(node, ScalarNode) or (item and node.tag == _NULL):
        found = f": an item is {_shown(node)}" if item else f", not {_shown(node)}"
        raise BadValue(f"{label} must be {spec.expected()}{found}", node.start_mark.line)
    text = clean_text(node.value).strip()  # YAML escapes ("\\u200b") bring in what the file's text could not
    bad = UNSAFE.search(text)
    if bad:
        raise BadValue(f"{label} holds the invisible control character {describe_char(bad.group())}",
                       node.start_mark.line, "remove it (or the escape that writes it, like \\x07 or \\u202e)")
    if one_line and "\n" in text:
        raise BadValue(f"{label} must be {spec.expected()}: it holds a line break", node.start_mark.line,
                       "write it on one line (no '|', no '\\n')")
    if item and not text:
        raise BadValue(f"{label} holds an empty item", node.start_mark.line, "remove the empty item")
    return text


def _number(node: Node, spec: Field, label: str) -> int:
    if not (isinstance(node, ScalarNode) and node.tag == _INT):
        raise BadValue(f"{label} must be {spec.expected()}, not {_shown(node)}", node.start_mark.line)
    if len(node.value) > 20:  # no bound of ours needs more; int() refuses 4,300 digits with a ValueError
        raise BadValue(f"{label} must be {spec.expected()}, not a number of {len(node.value)} characters",
                       node.start_mark.line)
    value = _SCALARS.construct_yaml_int(node)
    low, high = spec.bounds or (None, None)
    if (low is not None and value < low) or (high is not None and value > high):
        raise BadValue(f"{label} must be {spec.expected()}, not {value}", node.start_mark.line)
    return value


def _shown(node: Node) -> str:
    if isinstance(node, SequenceNode):
        return "a list"
    if isinstance(node, MappingNode):
        return "a mapping"
    if node.tag == _NULL:
        return "empty"
    return f"'{node.value}'" if len(node.value) <= 60 else f"'{node.value[:57]}...'"


# ---------------------------------------------------------------- a whole registry

@dataclass
class Loaded:
    """Every section's records, and every problem found so far (file and line each)."""

    records: dict[str, list[Record]]
    problems: list[Problem]

    def raise_problems(self, more: list[Problem] = ()) -> None:
        problems = self.problems + list(more)
        if problems:
            raise ArchiveError(sorted(problems, key=lambda p: p.line or 0))


def load_sections(path: Path, display: str, sections: tuple[Section, ...]) -> Loaded:
    """Read and check a registry. Raises ArchiveError only when the file cannot be
    read as YAML at all; every other problem is in the result, with its line."""
    root = compose(read_registry_text(path, display), display)
    loaded = Loaded({s.key: [] for s in sections}, [])
    if root is None:
        return loaded
    if not isinstance(root, MappingNode):
        top = sections[0].key
        loaded.problems.append(Problem(display, f"expected a mapping with a list under '{top}:'",
                                       f"start the file with '{top}:' and list entries under it", 1))
        return loaded
    by_key = {s.key: s for s in sections}
    for key_node, value in _pairs(root, "section", display, loaded.problems):
        section = by_key.get(key_node.value)
        if section is None:
            guess = nearest(key_node.value, by_key)
            loaded.problems.append(Problem(display, f"unknown section '{key_node.value}'",
                                           f"did you mean '{guess}'?" if guess else f"sections: {', '.join(by_key)}",
                                           key_node.start_mark.line + 1))
        else:
            loaded.records[section.key] = _entries(value, section, display, loaded.problems)
    return loaded


def _pairs(mapping: MappingNode, what: str, display: str, problems: list[Problem]):
    """(key node, value node) of a mapping whose keys are plain and given once."""
    seen: dict[str, int] = {}
    for key_node, value in mapping.value:
        line = key_node.start_mark.line + 1
        if not isinstance(key_node, ScalarNode) or key_node.tag == _NULL:
            problems.append(Problem(display, f"a {what} name must be a plain word, not {_shown(key_node)}",
                                    "write 'name: value'", line))
        elif key_node.value in seen:
            problems.append(Problem(display, f"{what} '{key_node.value}' is given twice (first on line "
                                    f"{seen[key_node.value]})", "keep one of them", line))
        else:
            seen[key_node.value] = line
            yield key_node, value


def _entries(node: Node, section: Section, display: str, problems: list[Problem]) -> list[Record]:
    if isinstance(node, ScalarNode) and node.tag == _NULL:
        return []
    if not isinstance(node, SequenceNode):
        problems.append(Problem(display, f"'{section.key}:' must hold a list of entries",
                                f"list the entries under '{section.key}:', each starting with '- '",
                                node.start_mark.line + 1))
        return []
    records = []
    for entry in node.value:
        if not isinstance(entry, MappingNode):
            problems.append(Problem(display, "entry is not a mapping of fields",
                                    "write each entry as 'key: value' lines under '- '", entry.start_mark.line + 1))
        else:
            records.append(check_entry(entry, section, display, problems))
    return records


def check_entry(entry: MappingNode, section: Section, display: str, problems: list[Problem]) -> Record:
    """The entry's valid values; a problem for each unknown, missing or ill-typed field."""
    specs = {f.name: f for f in section.fields}
    record = Record({}, entry.start_mark.line + 1, {})
    for key_node, node in _pairs(entry, "field", display, problems):
        name = key_node.value
        record.key_lines[name] = key_node.start_mark.line + 1
        spec = specs.get(name)
        if spec is None:
            guess = nearest(name, specs)
            problems.append(Problem(display, f"unknown field '{name}'", f"did you mean '{guess}'?" if guess
                                    else f"known fields: {', '.join(specs)}", record.key_lines[name]))
            continue
        try:
            value = field_value(node, spec, name)
        except BadValue as bad:
            message, line, *hint = bad.args
            problems.append(Problem(display, message, hint[0] if hint else f"write {name}: {spec.type.example}"
                                    f" ({spec.description})", line + 1))
            record.refused.add(name)
            continue
        if value is not None and value != "":
            record.values[name] = value
            record.value_lines[name] = _lines(node)
    for spec in section.fields:
        if spec.required and spec.name not in record.values and spec.name not in record.refused:
            problems.append(Problem(display, f"{section.entry} has no '{spec.name}'",
                                    f"add '{spec.name}:' ({spec.description})", record.line))
    return record


def _lines(node: Node) -> Any:
    if isinstance(node, SequenceNode):
        return [item.start_mark.line + 1 for item in node.value]
    return node.start_mark.line + 1
