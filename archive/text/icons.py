"""Icons out of a line: symbols a page prints by a name or a clock, never letters of a name.

"✍ Minh Anh", "👤 Minh Anh 🕐 ...", a font icon from the private use area: each symbol
(Unicode "So") or private character ("Co") becomes a space, an emoji's variation selector
goes. One str.translate pass over a table filled once per distinct character, where a
generator asked unicodedata about every character of every line.
"""
from __future__ import annotations

import unicodedata

_VARIATION_SELECTOR = "\ufe0f"  # "✍️": the emoji form of the symbol before it


class _IconTable(dict):
    """Per-character replacement, computed the first time a character is seen."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        value = None if ch == _VARIATION_SELECTOR else " " if unicodedata.category(ch) in ("So", "Co") else ch
        self[code] = value
        return value


_ICONS = _IconTable()


def without_icons(text: str) -> str:
    """`text` with each icon a space and each variation selector dropped."""
    if text.isascii():
        return text
    return text.translate(_ICONS)
