"""A headline printed over two lines, the second opening in small letters and going on with the
first's phrase (round 44): "Đại Lễ Phật Đản Liên Hiệp Quốc lần thứ 4" / "tại Bangkok, Thái Lan từ ngày
26 – 29/5/2007". Read apart, the first line alone is the title and the second a date line. Among the
head's first lines, a line of a headline's length with no closing mark, then on the very next file
line a short line opening with a word that carries a phrase on ("tại", "của", "từ", "về", ...) and no
closing mark either, are one headline: joined with a space, the second line's place left blank. A
hard-wrapped paragraph (a third line going on in small letters too), a sentence closed by a full stop
or a colon, a line after a blank line and a tail of a paragraph's length stay as they are.

Round 78: a line wrapped at a column may also cut the headline after a word that cannot close it, its
last words alone under it, in each print of the headline: a word no headline ends on ("... Toàn Diện Cho"
/ "Phụ Huynh"), and, in a paste hard-wrapped at a width (source_wraps.py), a surname after a word that is
no title-case word, the name's given names under it ("... Học viện Chính trị quốc gia Hồ" / "Chí Minh").
Read apart, the tail reads as a byline. A surname after a title-case word ends a place or a name ("...
huyện Lâm Hà"); a headline whole may end on a surname's word ("... hoạt động Đoàn") over its writer, a
code ("PV") or a name; a tail closed by a mark or longer than a name, and a capitals headline's lines
(capitals_blocks.py's), stay apart.

Round 83: the address is a witness too. A few words alone under a headline's line, closing its block (a blank line
under them), whose every word the slug spells and which bring words the line lacks, or on which the slug ends and
the line does not, are its last words (slugs.spells_tail): "... Trường Cao đẳng Công nghệ" / "Thủ Đức".
"""
from __future__ import annotations

from archive.read.line_sizes import long_unclosed
from archive.read.prose import PROSE_WORDS
from archive.read.slugs import spells_tail
from archive.text.dates import all_dates
from archive.text.normalize import fold
from archive.text.surnames import is_surname, marked

Line = tuple[int, str]  # (1-based file line, text)

_HEAD_TEXT_LINES = 12  # the lines with text at the top where a headline can stand
# Folded words that carry a headline's phrase on to its next line: a place, an owner, a span, a subject.
CARRIERS = {"tai", "cua", "tu", "ve", "cho", "trong", "voi", "tren", "giua", "den", "o", "nham", "va", "theo"}
_CLOSED = (".", ":", ";", ",", "!", "…")


def join_headline_tail(lines: list[Line], url: str = "") -> list[Line]:
    """`lines` with a headline's second line in small letters, or its last words the slug of `url` spells, joined to
    its first."""
    out = list(lines)
    texts = [at for at, (_, text) in enumerate(out) if text.strip()][:_HEAD_TEXT_LINES]
    for place, at in enumerate(texts[:-1]):
        nxt = texts[place + 1]
        after = texts[place + 2] if place + 2 < len(texts) else None
        last = after is None or out[after][0] != out[nxt][0] + 1  # a blank line (or nothing) under the second line
        if out[nxt][0] != out[at][0] + 1 or not _headline_line(out[at][1]) \
                or not (_tail(out[nxt][1]) or cut_after(out[at][1], out[nxt][1])
                        or last and spells_tail(out[at][1], out[nxt][1].strip(), url)):
            continue  # the slug's tail closes the headline's block: not a line of three, not a name over the lead
        if not last and out[after][1].strip()[:1].islower():
            continue  # a third line going on in small letters: a wrapped paragraph
        joined = out[at][1].strip() + " " + out[nxt][1].strip()
        if len(joined.split()) >= PROSE_WORDS:
            continue
        join_into_first(out, [at, nxt])  # and on: a headline printed twice is cut twice (round 78)
    return out


def join_into_first(out: list[Line], parts: list[int]) -> None:
    """Join the lines at `parts` (indexes of `out`) into the first with single spaces, in place; the others'
    places are left blank, their file line numbers kept (what every headline-joining rule does)."""
    out[parts[0]] = (out[parts[0]][0], " ".join(out[k][1].strip() for k in parts))
    for k in parts[1:]:
        out[k] = (out[k][0], "")


def _headline_line(text: str) -> bool:
    words = text.strip()
    return words[:1].isupper() and long_unclosed(words) and not words.endswith(_CLOSED)


_CUT_WORDS = 4  # the words a wrap leaves alone under a headline's line: a name's rest, a short phrase
# Words no headline ends on, with their marks: an owner's, a pair's, a plural's, a purpose's. Other carriers may
# close a phrase ("tiếp theo", "hiện tại", "trở về", "sắp đến", "nói trên"), and "bảo vệ" folds as "về" does.
_NEVER_LAST = frozenset("của và các những cho với nhằm".split())


def cut_after(first: str, second: str, wrapped: bool = False) -> bool:
    """`first`, a headline's line, stops on a word that cannot close it, and `second` is its last words.
    `wrapped`: the paste is hard-wrapped at a width (source_wraps.py), so a surname closing `first` with its
    given names under it is a name the wrap cut; elsewhere a headline may end on a surname's word ("... hoạt
    động Đoàn") over a writer's name."""
    words, tail = first.split(), second.strip()
    if len(words) < 2 or not 1 <= len(tail.split()) <= _CUT_WORDS or tail.endswith(_CLOSED) or first.isupper():
        return False  # a capitals headline's lines are capitals_blocks.py's to read
    if ":" in tail or all_dates(tail):
        return False  # a field or a date line under a line the paste cut off ("... với" / "Ngày đăng: 05/11/2020")
    if words[-1].lower() in _NEVER_LAST:
        return True  # "... Toàn Diện Cho" / "Phụ Huynh"
    return wrapped and _title_case(words[-1]) and is_surname(words[-1], marked(words[-1:])) \
        and not _title_case(words[-2]) and all(_title_case(word) for word in tail.split())  # "... quốc gia Hồ" / "Chí Minh"


def _title_case(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower()


def _tail(text: str) -> bool:
    words = text.strip()
    first = words.split(None, 1)[0] if words else ""
    return first[:1].islower() and fold(first) in CARRIERS and len(words.split()) >= 2 \
        and not words.endswith(_CLOSED)
