"""Vietnamese text handling: one clean form for storage, one folded form for matching.

Published text keeps its tone placement as written ("Ủy" and "Uỷ" both occur);
only matching and search use the folded form.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from slugify import slugify

# Look-alikes that copy-paste brings in: Icelandic eth for Vietnamese đ, and
# invisible or unusual spaces that break word matching.
_LOOKALIKES = str.maketrans(
    {
        "\u00d0": "\u0110",  # Ð (Latin eth) -> Đ
        "\u00f0": "\u0111",  # ð -> đ
        "\u00a0": " ",  # no-break space
        "\u2007": " ",
        "\u202f": " ",
        "\u200b": None,  # zero-width space
        "\ufeff": None,  # byte-order mark pasted mid-text
        "\u00ad": None,  # soft hyphen
    }
)


_HAS_LOOKALIKE = re.compile("[" + "".join(map(chr, _LOOKALIKES)) + "]")


def clean_text(text: str) -> str:
    """NFC, look-alikes fixed, line endings unified. Applied to every input first."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _HAS_LOOKALIKE.search(text):  # checks at C speed first: most texts need neither pass
        text = text.translate(_LOOKALIKES)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def clean_line(line: str) -> str:
    """A line as published: runs of spaces collapsed, ends trimmed."""
    return " ".join(line.split())


class _FoldTable(dict):
    """Per-character fold, computed once per distinct character: str.translate
    then folds a whole text in one C-speed pass. Folding char by char equals
    folding the whole text, since every combining mark is dropped either way."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        decomposed = unicodedata.normalize("NFD", "d" if ch == "đ" else "D" if ch == "Đ" else ch)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
        self[code] = folded
        return folded


_FOLD = _FoldTable()
# The characters of Vietnamese text and its punctuation, folded ahead of time into a
# plain dict: str.translate looks a character up a third faster there than in the
# lazy table (folding is a large part of reading 10,000 articles).
_COMMON_END = "\u3000"
_FOLD_COMMON = {code: _FOLD[code] for code in range(ord(_COMMON_END))}


def fold(text: str) -> str:
    """Fold for matching and search: no tone marks, đ -> d, lower case.

    "Ủy ban" and "Uỷ ban" both fold to "uy ban"; "tổ chức" to "to chuc".
    Length may change, so never use folded offsets on the original text;
    see `fold_with_offsets` for that.
    """
    return text.translate(_FOLD_COMMON if max(text, default="") < _COMMON_END else _FOLD)


@lru_cache(maxsize=1024)
def fold_passage(text: str) -> str:
    """fold() of a line or passage that several readers (layout, citations, tags,
    entities) look at in turn: folded once per article, not once per reader."""
    return fold(text)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold `text` character by character, returning the folded text and, for each
    folded character, the index of the original character it came from."""
    pieces = [_FOLD[ord(ch)] for ch in text]
    origin = [index for index, piece in enumerate(pieces) for _ in piece]
    return "".join(pieces), origin


@lru_cache(maxsize=4096)  # outlet, tag and people names are slugged again for every article naming them
def slug(text: str, max_length: int = 80) -> str:
    """ASCII slug; the backend is pinned so installing `unidecode` cannot change URLs."""
    return slugify(
        clean_text(text), max_length=max_length, word_boundary=True, save_order=True,
        backend="text-unidecode",
    )
