"""Write article text into Markdown so that it renders literally: text is data, never markup."""
from __future__ import annotations

import html
import re

import yaml

# Characters with meaning inside a line, limited to those Python-Markdown (with the
# tables extension) accepts backslash escapes for: any other "\x" would show the backslash.
_INLINE = re.compile(r"([\\`*_\[\]{}|])")
# Line openers that would start a list, heading, quote, rule or code block.
_LINE_START = re.compile(r"^(\s*)([#+\-]|\d+[.)])")


def escape(text: str) -> str:
    """Text safe in a Markdown paragraph or heading: shows exactly as written."""
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


def attr(text: str) -> str:
    """A value for the theme's HTML attributes and <title>; MkDocs prints front
    matter without escaping, so escape it here."""
    return html.escape(text, quote=True)


def front_matter(data: dict) -> str:
    """YAML front matter, keys in the given order, Unicode kept readable."""
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{body}---\n\n"
