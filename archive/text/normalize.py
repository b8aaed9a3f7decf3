"""Vietnamese text handling: one clean form for storage, one folded form for matching.

Published text keeps its tone placement as written ("Ủy" and "Uỷ" both occur);
only matching and search use the folded form.
"""
from __future__ import annotations

import hashlib
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
        # Slash look-alikes some sites print for every '/': read as the slash, so a
        # document number ('315-KH\u2044ĐU') and a date ('17\u204410\u20442014') are read.
        "\u2044": "/",  # fraction slash
        "\u2215": "/",  # division slash
        "\uff0f": "/",  # fullwidth solidus
        # Hyphen look-alikes a word processor or a CMS prints: read as the hyphen, so a
        # number written with them ('21\u2011NQ/TW', '35\u2212CT/TW') is read.
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen (Word's Ctrl+Shift+-)
        "\u2012": "-",  # figure dash
        "\u2212": "-",  # minus sign
        # Invisible formatting web pages carry and Vietnamese text never needs:
        # dropped, as they only split words a reader sees as one.
        "\u200c": None,  # zero-width non-joiner
        "\u200d": None,  # zero-width joiner
        "\u200e": None,  # left-to-right mark
        "\u200f": None,  # right-to-left mark
        "\u061c": None,  # Arabic letter mark
        "\u2060": None,  # word joiner
        "\u2061": None, "\u2062": None, "\u2063": None, "\u2064": None,  # invisible operators
        "\u180e": None,  # Mongolian vowel separator
    }
)


_HAS_LOOKALIKE = re.compile("[" + "".join(map(chr, _LOOKALIKES)) + "]")


def clean_text(text: str) -> str:
    """NFC, look-alikes fixed, line endings unified. Applied to every input first."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _HAS_LOOKALIKE.search(text):  # checks at C speed first: most texts need neither pass
        text = text.translate(_LOOKALIKES)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


# Refused wherever they appear, never silently dropped: no article or registry needs them,
# and they change what a reviewer sees (bidi overrides reorder text, "Trojan Source";
# ESC sequences rewrite terminals and CI logs; BEL and NUL make feed.xml ill-formed XML;
# tag characters hide text). A contributor told where they are can delete them; text
# silently altered would be text no one reviewed. Tab and newline are ordinary text.
UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 controls but tab and newline, DEL, C1 controls
    "\u202a-\u202e\u2066-\u2069"  # bidi embeddings, overrides and isolates
    "\ufff9-\ufffb\ufffe\uffff"  # interlinear annotations, noncharacters (not XML)
    "\U000e0000-\U000e007f]"  # tag characters: invisible ASCII
)
_NAMES = {0x0: "NUL", 0x7: "BEL", 0x8: "BS", 0xB: "VT", 0xC: "FF", 0x1B: "ESC", 0x7F: "DEL",
          0x202A: "LRE", 0x202B: "RLE", 0x202C: "PDF", 0x202D: "LRO", 0x202E: "RLO",
          0x2066: "LRI", 0x2067: "RLI", 0x2068: "FSI", 0x2069: "PDI"}


def describe_char(ch: str) -> str:
    """'U+0007 (BEL)': how an invisible character is named in an error."""
    name = _NAMES.get(ord(ch)) or unicodedata.name(ch, "")
    return f"U+{ord(ch):04X}" + (f" ({name})" if name else "")


def unsafe_characters(text: str, limit: int = 10) -> list[tuple[int, int, str]]:
    """(line, column, character) of the first refused character on each of the first
    `limit` lines that hold one; one scan at C speed when there is none."""
    if not UNSAFE.search(text):
        return []
    found = []
    for number, line in enumerate(text.split("\n"), start=1):
        match = UNSAFE.search(line)
        if match:
            found.append((number, match.start() + 1, match.group()))
            if len(found) == limit:
                break
    return found


def clean_line(line: str) -> str:
    """A line as published: runs of spaces collapsed, ends trimmed. Most lines have nothing
    to collapse: a printable text holds no white space but the plain space (every other
    space, tab or break is unprintable), so with no two spaces together and none at an end
    it is returned as it is, without splitting it into words and joining them again."""
    if line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " ":
        return line
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
# tuple indexed by code point: str.translate looks a character up a third faster in a
# plain dict than in the lazy table, and a tenth faster again in a tuple (no hashing);
# folding is a large part of reading 10,000 articles.
_COMMON_END = "\u3000"
_FOLD_COMMON = tuple(_FOLD[code] for code in range(ord(_COMMON_END)))
# Whether a text has a character past the common ones: one C-speed regex scan, where
# max(text) made a string of every character (as slow as the fold itself).
_UNCOMMON = re.compile(f"[^\x00-{chr(ord(_COMMON_END) - 1)}]")


def fold(text: str) -> str:
    """Fold for matching and search: no tone marks, đ -> d, lower case.

    "Ủy ban" and "Uỷ ban" both fold to "uy ban"; "tổ chức" to "to chuc".
    Length may change, so never use folded offsets on the original text;
    see `fold_with_offsets` for that.
    """
    return text.translate(_FOLD if _UNCOMMON.search(text) else _FOLD_COMMON)


# The five Vietnamese tone marks (as combining characters after NFD). Vowel-quality
# marks (circumflex, breve, horn) are not tones and stay where they are.
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def tone_key(text: str) -> str:
    """Lower-cased text with each word's tone mark moved to the word's end.

    "Uỷ ban" and "Ủy ban" share a key; "uy ban" and "ủy ban" do not: a key for matching
    with the tones kept but their placement ignored (search ranks a match typed with the
    same diacritics above a folded one; the reader matches masthead words with it, so
    "Sở" is not "Số").
    """
    out = []
    for word in re.split(r"(\W+)", unicodedata.normalize("NFC", text.lower())):
        word = unicodedata.normalize("NFD", word)
        tones = "".join(ch for ch in word if ch in TONE_MARKS)
        out.append(unicodedata.normalize("NFC", "".join(ch for ch in word if ch not in TONE_MARKS) + tones))
    return "".join(out)


def folded_line(text: str) -> str:
    """fold() with every run of whitespace made one space: a line or a name compared as a key
    ("Trang  Chủ " and "trang chu" are one)."""
    return " ".join(fold(text).split())


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


# Slugs name pages in a section folder (outlets/<slug>.md) next to the section's own
# index.md and its numbered pages (index/2.md); the offline copy may be unzipped on
# Windows, where these device names cannot be file or folder names.
RESERVED_SLUGS = frozenset({"index", "con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                            *(f"lpt{i}" for i in range(10))})
MAX_KEY_LENGTH = 100  # a page key is a file name: well under the 255 bytes file systems allow
_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
HASH_CHARS = 8


@lru_cache(maxsize=4096)  # outlet, tag and people names are slugged again for every article naming them
def slug(text: str, max_length: int = 80) -> str:
    """ASCII slug, never empty and never a reserved name: a name with no letter or digit
    to keep ("★★★") gets a short hash of itself, so its page has a real, stable name.
    The backend is pinned so installing `unidecode` cannot change URLs."""
    cleaned = clean_text(text)
    made = slugify(cleaned, max_length=max_length, word_boundary=True, save_order=True,
                   backend="text-unidecode")
    if made and made not in RESERVED_SLUGS:
        return made
    digest = hashlib.sha256(cleaned.strip().encode("utf-8")).hexdigest()[:HASH_CHARS]
    return f"{made or 'x'}-{digest}"


_FOLDED_WORD = re.compile(r"[0-9a-z]+")


def folded_words(text: str) -> list[str]:
    """The folded words of `text`: letters and digits, everything else a separator
    ("Quy định 205-QĐ/TW" -> quy, dinh, 205, qd, tw)."""
    return _FOLDED_WORD.findall(fold(text))


def heading_anchor(value: str, separator: str = "-") -> str:
    """A heading's id (Python-Markdown's toc `slugify`, set by hooks/site.py): its words
    folded ("Văn bản được nhắc đến" -> "van-ban-duoc-nhac-den"). The default drops every
    letter that has no ASCII base after NFKD, and đ has none: "uoc-nhac-en"."""
    return separator.join(folded_words(value))


def key_problem(key: str) -> str:
    """Why `key` cannot name a page ("" when it can): a registry key becomes a file name."""
    if not _KEY.fullmatch(key):
        return "is not a slug (lower-case ASCII letters and digits, words joined by '-')"
    if key in RESERVED_SLUGS:
        return "is reserved (it would take the place of a section's index page)"
    if len(key) > MAX_KEY_LENGTH:
        return f"is longer than {MAX_KEY_LENGTH} characters"
    return ""
