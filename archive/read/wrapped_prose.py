"""A paragraph hard-wrapped into lines under the headline, no spaces at the wraps (issue 13, round 39).

A page that prints its text in a narrow column, copied, breaks each paragraph into lines mid-phrase:
"Thực hiện sự chỉ đạo của Đảng ủy xã, chiều ngày 27 tháng 02 năm 2025 với tinh thần" / "dân chủ,
trách nhiệm, trí tuệ, kỉ cương và đoàn kết, đại hội chi bộ trường Tiểu" / "học ... tốt đẹp!". No line
but the last closes a sentence, so each reads as a phrase of a headline's length and one of them beat
the headline. A line of some words that ends mid-phrase, with the next file line going on in a small
letter for some words more, is prose with it: neither is a headline. (read/wrapped_lines.py joins the
wraps a paste marks with spaces, before the head is read; these carry no such mark.) A headline over a
short line in small letters ("bởi admin", "lúc 10:00") or a line naming a date stays a candidate. So does a line
the address's slug spells (round 111): a long headline whose last words the site printed on a line of their own
("Bệnh viện ... về đại hội đảng các cấp" / "tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng."); a
paragraph's wrapped lines are never what the slug spells.
"""
from __future__ import annotations

from archive.read.slugs import named_by_slug
from archive.read.wrapped_lines import stops_mid_phrase
from archive.text.dates import all_dates

_PHRASE_WORDS = 6  # the line carrying a wrap on holds a phrase too; fewer words: a label's, a credit's


def wrapped_prose(texts: list[str], numbers: list[int], pool: list[int], slug: frozenset[str] = frozenset()) -> set[int]:
    """The lines of the headline's pool (indexes of `texts`, on file lines `numbers`) that are lines of
    a hard-wrapped paragraph: the line a wrap cuts and the line that carries it on, unless the address's
    `slug` spells the first."""
    found: set[int] = set()
    for i in pool:
        if i + 1 < len(texts) and numbers[i + 1] == numbers[i] + 1 and _cut(texts[i]) and _goes_on(texts[i + 1]) \
                and not (slug and named_by_slug(texts[i], slug)):
            found.update((i, i + 1))
    return found & set(pool)


def _cut(text: str) -> bool:
    """Some words in small letters, stopped mid-phrase."""
    words = text.strip()
    return stops_mid_phrase(words) and not words.isupper()


def _goes_on(text: str) -> bool:
    """A line opening in a small letter, a phrase long, naming no date (a date line's label in small
    letters opens so: "đăng lúc 10:00 ngày 12/03/2024")."""
    words = text.strip()
    return words[:1].isalpha() and words[:1].islower() and len(words.split()) >= _PHRASE_WORDS \
        and not all_dates(words)
