"""Write article text into Markdown so that it renders literally: text is data, never markup."""
from __future__ import annotations

import html
import json
import re

# Characters with meaning inside a line, limited to those Python-Markdown (with the
# tables extension) accepts backslash escapes for: any other "\x" would show the backslash.
_INLINE = re.compile(r"([\\`*_\[\]{}|])")
# Line openers that would start a list, heading, rule or admonition ("!!! note").
_LINE_START = re.compile(r"^(\s*)([#+\-]|\d+[.)]|!)")


# Anything escape() would change; most titles and names hold none of it. Two patterns, where one
# alternation tried its line-start branch at every character of a paragraph: a character
# anywhere, or an opener at a line's start (at the text's start alone when it has no line break).
_NEEDS_ESCAPE = re.compile(r"[\\`*_\[\]{}|&<>]")
_OPENS_LINE = re.compile(r"^\s*(?:[#+\-]|\d+[.)]|!)", re.M)


def needs_escape(text: str) -> bool:
    """Whether escape() would change `text`."""
    if _NEEDS_ESCAPE.search(text):
        return True
    return bool(_OPENS_LINE.search(text) if "\n" in text else _OPENS_LINE.match(text))


def escape(text: str) -> str:
    """Text safe in a Markdown paragraph or heading: shows exactly as written."""
    if not needs_escape(text):
        return text
    text = _INLINE.sub(r"\\\1", text)
    text = html.escape(text, quote=False)  # <script>, &nbsp; -> shown, not parsed
    text = _LINE_START.sub(lambda m: m.group(1) + _escape_opener(m.group(2)), text)
    return text


def _escape_opener(opener: str) -> str:
    if opener[0].isdigit():
        return opener[:-1] + "\\" + opener[-1]  # "1." -> "1\." so it is not a list
    return "\\" + opener


def link(text: str, target: str) -> str:
    return f"[{escape(text)}]({target})"


# What Markdown reads inside a link's target: its brackets end or open it, a backslash escapes.
_TARGET_MARKS = str.maketrans({"(": "%28", ")": "%29", "[": "%5B", "]": "%5D", "\\": "%5C"})


def address_target(address: str) -> str:
    """A web address (registry/schema.WEB_ADDRESS) as a Markdown link's target: the brackets it may
    hold ("/tin-tuc-(1)/2020/...") percent-encoded, the same address to a browser."""
    return address.translate(_TARGET_MARKS)


def text(value: str) -> str:
    """Text inside an HTML block (archive/render/listing.py): shown as written.
    (Most names and titles hold nothing to escape: three C-level scans, not five replaces;
    a build calls this hundreds of thousands of times.)"""
    if "&" in value or "<" in value or ">" in value:
        return html.escape(value, quote=False)
    return value


def attr(text: str) -> str:
    """A value safe inside the theme's HTML attributes and text: MkDocs and Material
    print front matter (title, description, author, and any key a theme or plugin
    may read) without escaping."""
    if "&" in text or "<" in text or ">" in text or '"' in text or "'" in text:
        return html.escape(text, quote=True)
    return text


# Characters YAML does not allow raw in a stream (C0/C1 controls, DEL, U+FFFE/F)
# or reads as line breaks (NEL, U+2028/9): written as \u escapes, which
# double-quoted YAML scalars accept like JSON's.
_NOT_YAML_PRINTABLE = re.compile(
    "[^\t\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


# Keys written bare; any other key (or a YAML 1.1 boolean/null word) is quoted.
_BARE_KEY = re.compile(r"[a-z_][a-z0-9_]*")
_YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) and key not in _YAML_WORDS else _quoted(key)


# What json.dumps(value, ensure_ascii=False) and json.dumps(value) return for a string and for
# true, false and null, without the encoder object each call of json.dumps with an argument
# makes (front matter quotes hundreds of thousands of scalars at 10,000 articles).
_JSON_STRING = json.encoder.encode_basestring
_JSON_WORDS = {True: "true", False: "false", None: "null"}


def _quoted(text: str) -> str:
    quoted = _JSON_STRING(text)
    return _NOT_YAML_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def _scalar(value) -> str:
    if isinstance(value, bool) or value is None:
        return _JSON_WORDS[value]
    if isinstance(value, int):
        return int.__repr__(value)  # as json.dumps writes an int
    if isinstance(value, str):
        return _quoted(attr(value))
    raise TypeError(f"front matter value of type {type(value).__name__}: {value!r}")


def front_matter(data: dict) -> str:
    """YAML front matter, keys in the given order, Unicode kept readable.

    Every string is HTML-escaped here, in the one place front matter is made, so no
    key a theme prints raw can carry markup (a header's `author: '"><script>'` would
    otherwise run on the page); read it back with html.unescape.

    Written by hand rather than by yaml.safe_dump (a millisecond a page, the
    build's largest cost at 10,000 articles): every string is a JSON string, which
    is a valid double-quoted YAML scalar; tests load it back with PyYAML."""
    lines = ["---"]
    for key, value in data.items():  # keys are ours, never a contributor's
        if isinstance(value, (list, tuple)):
            lines.append(f"{_key(key)}:" + ("" if value else " []"))
            lines.extend(f"- {_scalar(item)}" for item in value)
        else:
            lines.append(f"{_key(key)}: {_scalar(value)}")
    return "\n".join(lines) + "\n---\n\n"
