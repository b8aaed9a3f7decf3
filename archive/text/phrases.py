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

from archive.text.normalize import fold, fold_passage
from archive.text.spans import Spans

_WORD = re.compile(r"[^\W_]+")

# Case shapes of a word, checked when a phrase is case-sensitive.
UPPER, TITLE, LOWER = "upper", "title", "lower"


class Token(NamedTuple):
    text: str  # as written
    key: str  # folded
    start: int  # offsets in the passage
    end: int


# Token(...) and Match(...) go through a Python-level __new__; hundreds of
# thousands are made per 1,000 articles, so the hot loops build them in C.
_make = tuple.__new__


def tokenize(text: str) -> list[Token]:
    """Words of `text` with their offsets. Words glued by a lost space
    ("bầu cửTuyên Quang") are split where a capitalised word starts."""
    return list(_tokens(text))


@lru_cache(maxsize=1024)  # the passages of one article are tokenized by several readers
def _tokens(text: str) -> tuple[Token, ...]:
    folded = fold_passage(text)  # one pass; sliced per word when the offsets agree (nearly always)
    same = len(folded) == len(text)
    glued = _GLUED.search(text) is not None
    if same and not glued:  # nearly every text: one comprehension, no per-word branches
        return tuple([_make(Token, (text[a:b], folded[a:b], a, b))
                      for a, b in map(_span_of, _WORD.finditer(text))])
    tokens: list[Token] = []
    for match in _WORD.finditer(text):
        spans = _split_glued(match.group(), match.start()) if glued else (match.span(),)
        for start, end in spans:
            tokens.append(_make(Token, (text[start:end], folded[start:end] if same else fold(text[start:end]),
                                        start, end)))
    return tuple(tokens)


_span_of = re.Match.span


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
    start: int  # character offsets in the passage
    end: int
    phrase: Phrase


_WORD_CHAR = "[^\\W_]"
_END = f"(?!{_WORD_CHAR})"
# Gaps allowed inside one phrase: spaces, or one dot/hyphen ("TP.HCM", "CT-XH",
# "Bà Rịa - Vũng Tàu"); a comma or a sentence end breaks a phrase. Tag phrases
# (loose) may also span a comma: "chạy chức, chạy quyền". A gap is never empty:
# two words always have a non-word character between them (glued words aside).
_TIGHT_GAP_RE = r"(?:[ \t]+[.\-\u2013]?[ \t]*|[.\-\u2013][ \t]*)"
_LOOSE_GAP_RE = r"(?:[ \t]+[,.\-\u2013]?[ \t]*|[,.\-\u2013][ \t]*)"
_GAP, _STOP = object(), object()  # trie symbols besides characters
_UPPER = "".join(sorted({ch for ch in map(chr, range(0x41, 0x2000)) if ch.isupper() and ch.isalpha()}))
_LOWER = "".join(sorted({ch for ch in map(chr, range(0x61, 0x2000)) if ch.islower() and ch.isalpha()}))
UPPER_CLASS, LOWER_CLASS = f"[{re.escape(_UPPER)}]", f"[{re.escape(_LOWER)}]"
# Where tokenize splits a word ("cửTuyên"): lower, then upper followed by lower. The
# match is the capital itself: a pattern that opens with a character class lets the
# regex engine skip to the rare capitals fast (a lookbehind first is tried everywhere).
_GLUED = re.compile(f"{UPPER_CLASS}(?<={LOWER_CLASS}.)(?={LOWER_CLASS})")


@lru_cache(maxsize=256)  # entities, abbreviations and tags scan the same passages
def scan_text(text: str) -> tuple[str, list[int] | None]:
    """The folded text phrases are matched in and, when its offsets differ from
    the text's, each folded character's original offset (None: the same offsets).

    Offsets differ in two rare cases: a character that folds to more or fewer than
    one character, and glued words, where a space is put into the folded text so
    "cửTuyên" reads as two words, as tokenize reads it."""
    folded = fold_passage(text)
    glued = [m.start() for m in _GLUED.finditer(text)] if not text.islower() else []
    if len(folded) == len(text):
        if not glued:
            return folded, None
        pieces, origin, previous = [], [], 0
        for cut in glued:
            pieces += [folded[previous:cut], " "]
            origin += [*range(previous, cut), cut]
            previous = cut
        pieces.append(folded[previous:])
        origin += range(previous, len(text))
        return "".join(pieces), origin
    pieces, origin = [], []
    cuts = set(glued)
    for index, ch in enumerate(text):
        if index in cuts:
            pieces.append(" ")
            origin.append(index)
        piece = fold(ch)
        pieces.append(piece)
        origin.extend([index] * len(piece))
    return "".join(pieces), origin


class PhraseIndex:
    """Phrases compiled into one regular expression over the folded text, a trie
    of their characters: a passage is scanned once, at C speed, and Python only
    sees the places where a whole phrase stands. The same semantics as comparing
    token by token: whole words, folded, joined by the allowed gaps."""

    def __init__(self, phrases: Iterable[Phrase] = (), loose: bool = False):
        self._by_keys: dict[tuple[str, ...], list[Phrase]] = {}
        self.loose = loose
        self._gap_re = _LOOSE_GAP_RE if loose else _TIGHT_GAP_RE
        self._pattern: re.Pattern | None = None
        self._plans: dict[str, tuple] = {}
        self._group: tuple[IndexGroup, int] | None = None
        # (phrase, words as written, glued) -> their case fits: the same few hundred names
        # are written the same few ways all through an archive.
        self._shape_fits: dict[tuple[int, str, bool], bool] = {}
        for phrase in phrases:
            self.add(phrase)

    def add(self, phrase: Phrase) -> None:
        if phrase.keys:
            self._by_keys.setdefault(phrase.keys, []).append(phrase)
            self._pattern = None
            self._plans.clear()
            if self._group:
                self._group[0].pattern = None

    def find(self, text: str) -> list[Match]:
        """Every occurrence of every phrase, overlapping ones included."""
        if self._group is not None:
            group, slot = self._group
            return list(group.scan(text)[slot])
        if not self._by_keys:
            return []
        if self._pattern is None:
            self._pattern = self._compile()
        folded, origin = scan_text(text)
        return list(_matches(self._pattern, folded, origin, text, (self,), self._plans)[0])

    def _fits(self, text: str, start: int, end: int, phrase: Phrase, glued: bool = True) -> bool:
        """Case and code checks, on the text as written."""
        if phrase.shapes:
            key = (id(phrase), text[start:end], glued)  # phrases live as long as their index
            fits = self._shape_fits.get(key)
            if fits is None:
                fits = self._shape_fits[key] = _shapes_fit(key[1], phrase.shapes, glued)
            if not fits:
                return False
        if phrase.code_guard:
            before, after = text[start - 1:start], text[end:end + 1]
            if before in ("/", "-") or after in ("/", "-"):
                return False
        return True

    def _compile(self) -> re.Pattern:
        return _trie_pattern(self._by_keys, self._gap_re)


def _shapes_fit(written: str, shapes: tuple[str, ...], glued: bool) -> bool:
    words = [w for m in _WORD.finditer(written) for w in split_word(m.group())] if glued \
        else _WORD.findall(written)
    return len(words) == len(shapes) and all(fits_shape(w, s) for w, s in zip(words, shapes))


def _trie_pattern(phrase_keys: Iterable[tuple[str, ...]], gap_re: str) -> re.Pattern:
    trie: dict = {}
    for keys in phrase_keys:
        node = trie
        for i, key in enumerate(keys):
            if i:
                node = node.setdefault(_GAP, {})
            for ch in key:
                node = node.setdefault(ch, {})
        node[_STOP] = {}
    # Opened by the character before the word (the text is scanned with a space put
    # before it): a pattern that starts with a character class lets the engine skip
    # to the next one in C, where a lookbehind first is tried at every character.
    return re.compile(f"[\\W_](?=({_node_pattern(trie, gap_re)}))")


def _node_pattern(node: dict, gap_re: str) -> str:
    # Longer first: another character, then a gap and more words, then the end.
    branches = [re.escape(ch) + _node_pattern(child, gap_re)
                for ch, child in sorted((k, v) for k, v in node.items() if isinstance(k, str))]
    if _GAP in node:
        branches.append(gap_re + _node_pattern(node[_GAP], gap_re))
    if _STOP in node:
        branches.append(_END)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class IndexGroup:
    """Several indexes scanned in one pass: the registry's names, its abbreviations
    and the tag phrases are all looked for in every passage, and one trie of them
    all costs a third of three. Each index's find() still returns exactly what
    it would alone: the pass uses the loose gaps (a comma allowed), and a tight
    index's phrase is dropped where a comma stands inside it."""

    def __init__(self, *indexes: PhraseIndex):
        self.indexes = indexes
        for slot, index in enumerate(indexes):
            index._group = (self, slot)
        self.scan = lru_cache(maxsize=256)(self._scan)  # each passage is asked for by each index
        self.plans: dict[str, tuple] = {}
        # Compiled now, before the build forks its workers: once, not once per worker.
        self.pattern: re.Pattern | None = self._compile()

    def _compile(self) -> re.Pattern:
        return _trie_pattern({k for index in self.indexes for k in index._by_keys}, _LOOSE_GAP_RE)

    def _scan(self, text: str) -> tuple[tuple[Match, ...], ...]:
        if self.pattern is None:  # a phrase was added since
            self.pattern = self._compile()
            self.plans.clear()
            self.scan.cache_clear()
        folded, origin = scan_text(text)
        return _matches(self.pattern, folded, origin, text, self.indexes, self.plans)


def _matches(pattern: re.Pattern, folded: str, origin: list[int] | None, text: str,
             indexes: tuple[PhraseIndex, ...], plans: dict[str, tuple]) -> tuple[tuple[Match, ...], ...]:
    """Each index's matches in one passage. The pattern finds where the longest
    phrase starts; which phrases of which index stand there depends only on the
    folded words matched, a few hundred distinct strings in a whole archive, so
    that is worked out once per string (`plans`) and each hit only checks case."""
    found: list[list[Match]] = [[] for _ in indexes]
    glued = origin is not None
    for hit in pattern.finditer(" " + folded):  # the space: a phrase may open the text
        matched = hit.group(1)
        plan = plans.get(matched)
        if plan is None:
            plan = plans[matched] = _plan(matched, indexes)
        begin = hit.start(1) - 1
        for length, candidates in plan:
            start, end = begin, begin + length
            if glued:
                start, end = origin[start], origin[end - 1] + 1
            for slot, phrases in candidates:
                index = indexes[slot]
                for phrase in phrases:
                    if index._fits(text, start, end, phrase, glued=glued):
                        found[slot].append(_make(Match, (start, end, phrase)))
    return tuple(tuple(matches) for matches in found)


def _plan(matched: str, indexes: tuple[PhraseIndex, ...]) -> tuple:
    """For a folded string the pattern matched: every prefix of it that is a
    phrase of some index, as (length in characters, ((index slot, phrases), ...)).
    Shorter phrases starting at the same place are prefixes of the longest one.
    A tight index takes no phrase with a comma inside it."""
    words = list(_WORD.finditer(matched))
    keys = tuple(w.group() for w in words)
    plan = []
    for length in range(1, len(keys) + 1):
        comma = "," in matched[words[0].end():words[length - 1].start()]
        candidates = tuple((slot, tuple(index._by_keys[keys[:length]]))
                           for slot, index in enumerate(indexes)
                           if (index.loose or not comma) and keys[:length] in index._by_keys)
        if candidates:
            plan.append((words[length - 1].end(), candidates))
    return tuple(plan)


def split_word(word: str) -> list[str]:
    """A word as tokenize cuts it: "cửTuyên" -> ["cử", "Tuyên"]."""
    return [word[a:b] for a, b in _split_glued(word, 0)]


def longest_first(matches: Iterable[Match]) -> list[Match]:
    """Keep non-overlapping matches, preferring the one of more words, then the
    earlier one; returned in reading order. "Ban Tổ chức Thành ủy Hà Nội" beats "Thành ủy"."""
    if len(matches := list(matches)) < 2:  # most passages: nothing to settle
        return matches
    spans = Spans()  # one bisect per match, not a look at every one taken (quadratic)
    taken = [match for match in sorted(matches, key=lambda m: (-len(m.phrase.keys), m.start))
             if spans.take(match.start, match.end)]
    return sorted(taken, key=lambda m: m.start)
