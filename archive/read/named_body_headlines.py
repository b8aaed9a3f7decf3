"""A headline that ends by naming a body is not a breadcrumb over the body's masthead (round 50).

The head's breadcrumb rule drops a line that ends with a shorter whole line's text ("Trang chủ >
Tin tức > <headline>", "[Video] <headline>"). A body's page prints its name as a masthead at the top
("LIÊN ĐOÀN X") and a headline that ends with the same name ("Bộ trưởng ... đến thăm và làm việc tại
Liên đoàn X"): there the words before the name are a sentence running into it, not crumbs. They are
words enough for a headline (line_sizes.HEADLINE_WORDS), carry no crumb separator, their last word
is in small letters, and they read as a sentence: a word that links a verb to the name ("tại", "của",
"với", "thăm", ...) or a run of small-letter words longer than a section label's ("lần thứ hai của").
Crumbs end on a separator or run capitalised section labels ("Trang chủ Tin tức Hoạt động X"). Round 90: a headline
in capitals ending with a body's name that the page prints in small letters ("ĐẠI HỘI ĐẠI BIỂU LIÊN ĐOÀN VÕ THUẬT CỔ
TRUYỀN VIỆT NAM" over the writer's unit "Liên đoàn Võ thuật cổ truyền Việt Nam") names it too: a trail prints the
line it ends with in that line's case, and parts its items by marks.
"""
from __future__ import annotations

from archive.read.labels import runs_into
from archive.read.line_sizes import HEADLINE_WORDS
from archive.text.normalize import fold

_CRUMB_MARKS = frozenset(">/|»›·•→:[]")
# Folded words that run a sentence into the name it ends with: prepositions and visiting verbs.
_LINKS = frozenset({"tai", "cua", "voi", "cho", "den", "tham", "trong", "cung", "giua", "thuoc"})
_LABEL_RUN = 3  # a section label's small-letter words in a row at most ("Giáo dục và đào tạo")


def names_body(line: str, tail_words: int) -> bool:
    """`line` ends with a shorter line's `tail_words` words, and what comes before them reads as a
    headline's sentence that names the body, not as crumbs."""
    words = line.split()
    before = words[:len(words) - tail_words] if 0 < tail_words < len(words) else []
    if len(before) < HEADLINE_WORDS or not before[-1][:1].islower():
        return False  # cheap tests first: few words, or a capitalised last crumb
    if any(ch in _CRUMB_MARKS for word in before for ch in word) or any(w in ("-", "–", "—") for w in before):
        return False
    return any(fold(w) in _LINKS for w in before) or _longest_small_run(before) > _LABEL_RUN


def _longest_small_run(words: list[str]) -> int:
    longest = run = 0
    for word in words:
        run = run + 1 if word[:1].islower() else 0
        longest = max(longest, run)
    return longest


def sentence_into(line: str, short: str) -> bool:
    """The line's words run into the shorter line's as a sentence's do: prose quoting the headline
    (labels.runs_into) or a headline naming the body whose masthead `short` is."""
    return runs_into(line, short) or names_body(line, len(short.split())) or _capitals_naming(line, short)


def _capitals_naming(line: str, short: str) -> bool:
    """`line` in capitals ends with `short`'s words, printed in small letters, after two words or more and no mark."""
    before = line.split()[:-len(short.split())]
    return line.isupper() and not short.isupper() and len(before) >= 2 \
        and not any(ch in _CRUMB_MARKS or ch in "-–—" for word in before for ch in word)
