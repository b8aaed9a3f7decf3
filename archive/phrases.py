"""Word tokens and a phrase index: the matching core shared by tagging and entities.

Matching works on word tokens, never on raw substrings, so "Hà Nam" cannot match
inside "Hà Nam Ninh"-like accidents of spacing and "TƯ" cannot match inside a word.
Tokens are compared folded (no tone marks, đ -> d, lower case), so "Thành ủy" and
"Thành uỷ" are one phrase; case is checked separately where it carries meaning
(a place or a person is written capitalised, an abbreviation in capitals).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, NamedTuple

from .normalize import fold

_WORD = re.compile(r"[^\W_]+")
# Gaps allowed inside one phrase: spaces, or one dot/hyphen ("TP.HCM", "CT-XH",
# "Bà Rịa - Vũng Tàu"). A comma or a sentence end breaks a phrase.
_TIGHT_GAP = re.compile(r"^[ \t]*[.\-\u2013]?[ \t]*$")
# Tag phrases may also span a comma: "chạy chức, chạy quyền".
_LOOSE_GAP = re.compile(r"^[ \t]*[,.\-\u2013]?[ \t]*$")

# Case shapes of a word, checked when a phrase is case-sensitive.
UPPER, TITLE, LOWER = "upper", "title", "lower"


class Token(NamedTuple):
    text: str  # as written
    key: str  # folded
    start: int  # offsets in the passage
    end: int


def tokenize(text: str) -> list[Token]:
    """Words of `text` with their offsets. Words glued by a lost space
    ("bầu cửTuyên Quang") are split where a capitalised word starts."""
    return list(_tokens(text))


@lru_cache(maxsize=4096)  # tagging, entities and abbreviations all scan the same passages
def _tokens(text: str) -> tuple[Token, ...]:
    tokens: list[Token] = []
    for match in _WORD.finditer(text):
        for start, end in _split_glued(match.group(), match.start()):
            word = text[start:end]
            tokens.append(Token(word, fold(word), start, end))
    return tuple(tokens)


def _split_glued(word: str, offset: int) -> Iterable[tuple[int, int]]:
    rest = word[1:]
    if rest.lower() == rest:  # no capital inside: nothing glued (most words)
        yield offset, offset + len(word)
        return
    start = 0
    for i in range(1, len(word) - 1):
        if word[i - 1].islower() and word[i].isupper() and word[i + 1].islower():
            yield offset + start, offset + i
            start = i
    yield offset + start, offset + len(word)


def shape(word: str) -> str:
    if len(word) > 1 and word.isupper():
        return UPPER
    return TITLE if word[:1].isupper() else LOWER


def fits_shape(word: str, wanted: str) -> bool:
    """A word written in capitals must be matched by capitals, a capitalised one
    by a capitalised word; a lower-case word in a phrase matches any case."""
    if wanted == UPPER:
        return word.isupper()
    if wanted == TITLE:
        return word[:1].isupper()
    return True


def phrase_key(text: str) -> tuple[str, ...]:
    return tuple(token.key for token in tokenize(text))


@dataclass(frozen=True)
class Phrase:
    """One phrase to look for and what finding it means (`payload`)."""

    keys: tuple[str, ...]
    payload: Any
    shapes: tuple[str, ...] | None = None  # None: case-insensitive
    code_guard: bool = False  # an abbreviation: not inside a code like "22-KL/TƯ"


def make_phrase(text: str, payload: Any, case: str = "none") -> Phrase:
    """`case`: "none" (any case), "first" (first word and any all-capitals word
    keep their case: organisation names), "all" (every word: names, places)."""
    tokens = tokenize(text)
    keys = tuple(t.key for t in tokens)
    shapes = None
    if case != "none":
        shapes = tuple(shape(t.text) if case == "all" or i == 0 or shape(t.text) == UPPER
                       else LOWER for i, t in enumerate(tokens))
    guard = bool(tokens) and all(shape(t.text) == UPPER for t in tokens)
    return Phrase(keys, payload, shapes, guard)


class Match(NamedTuple):
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    phrase: Phrase


class PhraseIndex:
    """Phrases grouped by their first word, so a passage is scanned once."""

    def __init__(self, phrases: Iterable[Phrase] = (), loose: bool = False):
        self._by_first: dict[str, list[Phrase]] = {}
        self._gap = _LOOSE_GAP if loose else _TIGHT_GAP
        for phrase in phrases:
            self.add(phrase)

    def add(self, phrase: Phrase) -> None:
        if phrase.keys:
            self._by_first.setdefault(phrase.keys[0], []).append(phrase)

    def find(self, text: str, tokens: list[Token]) -> list[Match]:
        """Every occurrence of every phrase, overlapping ones included."""
        found: list[Match] = []
        for i, token in enumerate(tokens):
            for phrase in self._by_first.get(token.key, ()):
                end = i + len(phrase.keys)
                if end <= len(tokens) and self._fits(text, tokens, i, phrase):
                    found.append(Match(i, end, phrase))
        return found

    def _fits(self, text: str, tokens: list[Token], i: int, phrase: Phrase) -> bool:
        for offset, key in enumerate(phrase.keys):
            token = tokens[i + offset]
            if token.key != key:
                return False
            if phrase.shapes and not fits_shape(token.text, phrase.shapes[offset]):
                return False
            if offset and not self._gap.match(text[tokens[i + offset - 1].end:token.start]):
                return False
        if phrase.code_guard:
            before = text[tokens[i].start - 1:tokens[i].start]
            after = text[tokens[i + len(phrase.keys) - 1].end:][:1]
            if before in ("/", "-") or after in ("/", "-"):
                return False
        return True


def longest_first(matches: Iterable[Match]) -> list[Match]:
    """Keep non-overlapping matches, preferring the longer, then the earlier one;
    returned in reading order. "Ban Tổ chức Thành ủy Hà Nội" beats "Thành ủy"."""
    taken: list[Match] = []
    used: set[int] = set()
    for match in sorted(matches, key=lambda m: (m.start - m.end, m.start)):
        span = range(match.start, match.end)
        if not used.intersection(span):
            taken.append(match)
            used.update(span)
    return sorted(taken, key=lambda m: m.start)
