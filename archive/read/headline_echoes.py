"""Lines near the headline that echo it, each weighed out of the headline's pool (issue 13, round 25).

- A series' heading beside one part's headline. A site printing a series gives each part's headline
  the series' name and the part's number ("Lịch sử giáo phận Long Xuyên (bài 3)", "... - Kỳ 2: ..."),
  and prints the series' name again on its own, often in capitals, over the part's text ("LỊCH SỬ
  GIÁO PHẬN LONG XUYÊN"). That line names the series, not this article.
- A capitals line under a capitals headline that says it again in nearly the same words and fewer
  ("CHÀO MỪNG NGÀY TRUYỀN THỐNG ... NGÀY 10/10/1945 – 10/10/2021" over "CHÚC MỪNG NGÀY TRUYỀN THỐNG
  ... (10/10)"): the page's greeting or banner restating its headline. Standing over the lead does not
  make it the headline. Only in capitals: a headline over a shorter line in small letters may be a
  kicker's over its headline, and a tab title over the headline is chrome (layout.py) already.
- The headline printed again as the body's heading, a word or two left out inside it (round 26): "Dấu
  ấn của trường X với môn cờ tướng" over "Dấu ấn của trường X với cờ tướng". The first is the headline;
  the copy is an editor's shortening. Its first and last words are the headline's: a line that drops
  the headline's end or start ("Headline - Báo X" over "Headline") is a tab title's pair, weighed elsewhere.
"""
from __future__ import annotations

import re

from archive.text.normalize import fold_passage, folded_words

# The part's number after the series' name, folded: "(bai 3)", "- ky 2:", ": phan II", "[part 1]".
_PART = re.compile(r"\s*[(\[:–—-]?\s*(?:bai|ky|phan|part)\s+(?:\d{1,2}|[ivx]{1,4})\b")
_MIN_CHARS = 10  # a series' name, not a word a headline opens with
_RESTATED = 0.8  # of the lower line's words the headline holds
_MIN_WORDS = 4
_LEFT_OUT = 2  # words a shortened copy leaves out


def headline_echoes(texts: list[str], pool: list[int]) -> set[int]:
    """The lines of the headline's pool (indexes of `texts`) that echo another line of it."""
    return series_headings(texts, pool) | restatements(texts, pool) | shortened_copies(texts, pool)


def series_headings(texts: list[str], pool: list[int]) -> set[int]:
    """The lines that only name the series another line of the pool is a part of."""
    folded = {i: fold_passage(texts[i]).strip(" .") for i in pool}
    return {i for i in pool if len(folded[i]) >= _MIN_CHARS
            and any(j != i and _part_of(folded[j], folded[i]) for j in pool)}


def restatements(texts: list[str], pool: list[int]) -> set[int]:
    """The capitals lines right under a capitals line of the pool that say it again, shorter."""
    return {i for i in pool if i - 1 in pool and texts[i].isupper() and texts[i - 1].isupper()
            and _restated(texts[i - 1], texts[i])}


def shortened_copies(texts: list[str], pool: list[int]) -> set[int]:
    """The lines right under a line of the pool that print it again with a word or two left out inside."""
    return {i for i in pool if i - 1 in pool and _shortened(folded_words(texts[i - 1]), folded_words(texts[i]))}


def _shortened(upper: list[str], lower: list[str]) -> bool:
    if not (_MIN_WORDS <= len(lower) and 1 <= len(upper) - len(lower) <= _LEFT_OUT):
        return False
    if lower[0] != upper[0] or lower[-1] != upper[-1]:
        return False
    words = iter(upper)
    return all(word in words for word in lower)  # in order: a copy, not the same words shuffled


def part_number(text: str) -> bool:
    """The text opens with a part's number ("– Phần II", "(Bài 3)"): what goes on after a series' name."""
    return bool(_PART.match(fold_passage(text)))


def _part_of(headline: str, series: str) -> bool:
    return headline.startswith(series) and bool(_PART.match(headline[len(series):]))


def _restated(text: str, below: str) -> bool:
    upper = [word for word in folded_words(text) if not word.isdigit()]
    lower = [word for word in folded_words(below) if not word.isdigit()]
    return _MIN_WORDS <= len(lower) < len(upper) and sum(word in upper for word in lower) >= _RESTATED * len(lower)


def headline_opening(byline: str, title: str) -> bool:
    """The byline is only the headline's first words, printed again as the body's heading in capitals
    over two lines ("GIÁO XỨ BẮC ĐOÀN" / "MỪNG BỔN MẠNG THÁNH GIUSE" under "Giáo xứ Bắc Đoàn mừng Bổn
    mạng Thánh Giuse", round 32): the heading's first line reads alone as a name, and is no writer's."""
    name, words = folded_words(byline), folded_words(title)
    return 2 <= len(name) < len(words) and words[:len(name)] == name
