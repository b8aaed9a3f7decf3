"""Read the YAML contributors write (registries in corpus/*.yml, article headers) safely.

PyYAML is never handed text it could choke on. `compose` walks the parser's events
itself, without recursion, and stops at the first of:
- an anchor or alias: about 1 KB of aliases expands to gigabytes ("billion laughs");
  our files are flat data and never need them;
- nesting deeper than MAX_DEPTH: PyYAML's C composer recurses once per level, and
  40,000 levels (an 80 KB file) overflow the C stack and kill the process (SIGSEGV);
- an explicit tag (!!binary, !!python/...): our values are plain text, numbers, lists;
- a character no input may hold (normalize.UNSAFE), reported before parsing.
Each becomes a Problem with the file and line. libyaml's parser itself keeps its
own stacks, and stopping early keeps it from its slow path on deep flow nesting.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

import yaml
from yaml.events import (AliasEvent, CollectionStartEvent, DocumentEndEvent, ScalarEvent,
                         SequenceStartEvent, StreamEndEvent)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from archive.errors import ArchiveError, Problem
from archive.text.normalize import clean_text, describe_char, unsafe_characters

MAX_DEPTH = 10  # a registry is mapping > list > entry > list > text: 4; headers need 2
MAX_REGISTRY_BYTES = 8 * 1024 * 1024  # ~800 times today's largest registry

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

_FLAT_HINT = "write plain 'key: value' lines and short lists"


class _Refused(Exception):
    """Something `compose` will not pass to PyYAML: (message, hint, 0-based line)."""


def character_problems(text: str, display: str, first_line: int = 1) -> list[Problem]:
    """One problem per line (the first ten) holding a character no input may hold."""
    return [Problem(display, f"invisible control character {describe_char(ch)} at column {column}",
                    "delete it (most editors show it only with 'show invisibles'); "
                    "control, bidi-override and tag characters are refused", line + first_line - 1)
            for line, column, ch in unsafe_characters(text)]


def compose(text: str, display: str, first_line: int = 1, what: str = "not valid YAML") -> Node | None:
    """The YAML node tree of `text` (None when empty), its lines counted from
    `first_line`. Raises ArchiveError for bad characters, syntax errors, aliases,
    anchors, tags, too deep nesting and more than one document."""
    problems = character_problems(text, display, first_line)
    if problems:
        raise ArchiveError(problems)
    loader = TextDatesLoader(text)
    try:
        return _compose(loader)
    except _Refused as refused:
        message, hint, line = refused.args
        raise ArchiveError(Problem(display, message, hint, line + first_line)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ArchiveError(Problem(
            display, f"{what}: {getattr(exc, 'problem', None) or exc}",
            "fix the YAML syntax (indentation; quote values that contain ': ' or start with a "
            "special character)", mark.line + first_line if mark else first_line)) from None
    finally:
        loader.dispose()


def _compose(loader) -> Node | None:
    """Build nodes from events, iteratively, refusing what compose() refuses."""
    loader.get_event()  # the stream's start
    if loader.check_event(StreamEndEvent):
        return None
    loader.get_event()  # the document's start
    stack: list[list] = []  # [collection node, its pending mapping key]
    root = None
    while not loader.check_event(DocumentEndEvent):
        event = loader.get_event()
        line = event.start_mark.line
        _refuse_extras(event, line)
        if isinstance(event, ScalarEvent):
            tag = loader.resolve(ScalarNode, event.value, event.implicit)
            node = ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        elif isinstance(event, CollectionStartEvent):
            if len(stack) >= MAX_DEPTH:
                raise _Refused(f"nested more than {MAX_DEPTH} levels deep", _FLAT_HINT, line)
            node_class = SequenceNode if isinstance(event, SequenceStartEvent) else MappingNode
            node = node_class(loader.resolve(node_class, None, event.implicit), [], event.start_mark,
                              None, event.flow_style)
            _attach(stack, node)
            stack.append([node, None])
            root = root or node
            continue
        else:  # the end of a collection, attached when it started
            stack.pop()[0].end_mark = event.end_mark
            continue
        _attach(stack, node)
        root = root or node
    loader.get_event()
    if not loader.check_event(StreamEndEvent):
        raise _Refused("more than one YAML document ('---' inside)", "keep one document per file",
                       loader.peek_event().start_mark.line)
    return root


def _refuse_extras(event, line: int) -> None:
    if isinstance(event, AliasEvent):
        raise _Refused(f"YAML alias '*{event.anchor}' is not allowed",
                       "write the value out in full: aliases (and anchors) are refused, as a "
                       "few of them can expand to gigabytes", line)
    if getattr(event, "anchor", None):
        raise _Refused(f"YAML anchor '&{event.anchor}' is not allowed",
                       "remove it and write each value out in full", line)
    tag = getattr(event, "tag", None)
    if tag not in (None, "!"):
        tag = tag.replace("tag:yaml.org,2002:", "!!")
        raise _Refused(f"YAML tag '{tag}' is not allowed", "remove it; quote text that starts with '!'", line)


def _attach(stack: list[list], node: Node) -> None:
    if not stack:
        return
    top = stack[-1]
    if isinstance(top[0], SequenceNode):
        top[0].value.append(node)
    elif top[1] is None:
        top[1] = node
    else:
        top[0].value.append((top[1], node))
        top[1] = None


def load_yaml(text: str, display: str, first_line: int = 1):
    """Plain Python data of `text` (dates stay text), through `compose`'s checks."""
    node = compose(text, display, first_line)
    if node is None:
        return None
    loader = TextDatesLoader("")
    try:
        return loader.construct_document(node)
    except yaml.YAMLError as exc:  # a key that is a list or a mapping
        mark = getattr(exc, "problem_mark", None)
        raise ArchiveError(Problem(display, f"not valid YAML: {getattr(exc, 'problem', None) or exc}",
                                   _FLAT_HINT, mark.line + first_line if mark else first_line)) from None
    finally:
        loader.dispose()


def read_registry_text(path: Path, display: str) -> str:
    """A registry's text: a plain file (never a link, a FIFO or a device), at most
    MAX_REGISTRY_BYTES, UTF-8, cleaned. Problems are ArchiveErrors naming `display`."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        what = "is a link" if path.is_symlink() else f"cannot be read ({exc.strerror})"
        raise ArchiveError(Problem(display, f"the registry {what}",
                                   f"restore {display} as a plain, readable file (git checkout -- {display})")) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_REGISTRY_BYTES:
            raise ArchiveError(Problem(display, f"the registry is not a plain file of at most "
                                       f"{MAX_REGISTRY_BYTES:,} bytes", f"restore {display} (git checkout -- {display})"))
        with os.fdopen(fd, "rb", closefd=False) as file:
            raw = file.read(MAX_REGISTRY_BYTES + 1)
    finally:
        os.close(fd)
    try:
        return clean_text(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ArchiveError(Problem(display, f"not UTF-8 (byte {exc.start})", "save the file as UTF-8",
                                   line)) from None


def node_line(node: Node, first_line: int = 1) -> int:
    return node.start_mark.line + first_line
