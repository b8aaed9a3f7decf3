"""The article's address as a witness to its headline: most sites make the slug from it.

Moved out of candidates.py (near its size limit) with the rule for a slug the site cut short.
"""
from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from archive.read.line_sizes import HEADLINE_WORDS
from archive.text.normalize import folded_words

SLUG_MATCHED = 4  # words of a line the slug must spell: a section's name ("tin-tuc") is not enough
# A site that cuts its slugs at a length ("...-cua-chinh-phu-quy-dinh-chi-tiet_2724") spells only the
# headline's opening: this many words in a row, from the first, make a slug cut by its length (a short
# slug naming a headline's first words is another article's or a section's), and no kicker matches them.
_OPENING_MATCHED = 12
_OPENING_WORDS = 4  # a name or a label before a colon: "Nguyễn Văn An:", "Tin tức:"
_EXTENSIONS = frozenset(("html", "htm", "php", "asp", "aspx", "shtml"))  # the address's file type, not a word


def slug_words(url: str) -> frozenset[str]:
    """The words of an address's article slug, folded: most sites make it from the
    headline ("/dang-bo-so-nong-nghiep-to-chuc-dai-hoi-lan-thu-vii-12345"). The path's
    last part long enough to spell a line is the slug: an earlier one names the section
    ("/quan-he-nganh-sua-voi-the-gioi/tong-quan-ve-...html", round 45), and a last part that is
    only an id leaves the earlier one; an address of numbers only gives none."""
    return frozenset(slug_sequence(url))


def slug_sequence(url: str) -> list[str]:
    """slug_words in the slug's order, the file type left out ("html")."""
    parts = _slug_parts(unquote(urlsplit(url).path)) if url else []
    if url and not parts:  # "/?x=14552/tri-an-ket-noi/nho-lai-mot-thoi-...": a CMS keeps the path in the query (round 90)
        parts = _slug_parts(unquote(urlsplit(url).query))
    return [word for word in folded_words(parts[-1]) if word not in _EXTENSIONS] if parts else []


def _slug_parts(path: str) -> list[str]:
    return [part for part in re.split(r"[/?&=]", path) if part.count("-") >= SLUG_MATCHED]


def named_by_slug(text: str, slug: frozenset[str]) -> bool:
    """The slug spells the line: nearly all its words are in it, and several of them; or,
    cut short, it spells the line's opening, twelve words or more in a row."""
    words = folded_words(text)
    matched = sum(word in slug for word in words)
    if matched >= SLUG_MATCHED and matched >= 0.8 * len(words):
        return True
    opening = max(_opening(words, slug), _opening(folded_words(_BLOGGER_DROPS.sub("", text)), slug))
    spelt = len(slug)  # a cut slug all of whose words open the line, more than a section's name (round 53)
    return (opening >= _OPENING_MATCHED or spelt > HEADLINE_WORDS and opening >= spelt
            or _named_before_colon(text, slug, spelt) or _named_after_colon(text, slug))


# Blogger makes its slugs from the letters it can spell in ASCII and drops "đ" ("Đâu là ..." -> "au-la-..."): a
# line's words without it are a second reading of the slug (round 85).
_BLOGGER_DROPS = re.compile("[đĐ]")


def _opening(words: list[str], slug: frozenset[str]) -> int:
    """How many of `words`, from the first, the slug holds."""
    return next((at for at, word in enumerate(words) if word not in slug), len(words))


_TAIL_WORDS = 4  # the words a break leaves alone under a headline's line: a place's, a name's, a short phrase's


def spells_tail(line: str, tail: str, url: str) -> bool:
    """`tail`, a few words alone under `line`, are the headline's last words a break left there (round 83): the slug
    of `url` spells `line` and every word of `tail`, and `tail` brings words `line` lacks ("... Trường Cao đẳng Công
    nghệ" / "Thủ Đức" under ".../...-truong-cao-dang-cong-nghe-thu-duc.html") or the slug ends on `tail`'s words and
    `line` does not ("... TRO TÀN & NGÀY VIẾT" / "MỖI NGÀY" under "...-ngay-viet-moi-ngay"). A writer's name, a place's
    dateline or a section under a headline brings words the slug does not spell, or only words the headline already
    holds and ends on ("Minh Tuấn" under "... ông Trương Minh Tuấn"); a tail closed by a mark, a field or a number
    alone is no such piece."""
    sequence, words = slug_sequence(url), folded_words(tail)
    slug = frozenset(sequence)
    if not slug or not 1 <= len(tail.split()) <= _TAIL_WORDS or tail.rstrip().endswith((".", ":", ";", "!", "?")) \
            or ":" in tail or not named_by_slug(line, slug) or not all(word in slug for word in words):
        return False
    held = folded_words(line)
    while sequence and sequence[-1].isdigit():
        sequence.pop()  # the article's id after its words ("...-thoi-ky-doi-moi-2.html")
    ends = len(sequence) > len(words) and sequence[-len(words):] == words and held[-len(words):] != words
    return ends or any(word not in held and not word.isdigit() for word in words)


# Round 73: a line the slug spells whole outweighs one it only nearly spells (a caption rewording the
# headline under it, a subtitle longer than the headline), or the headline under a kicker.
WHOLE_WEIGHT = 1.0
_REPEATS = 1.25  # a headline's words over the slug's distinct ones, its own repeats allowed
_WHOLE_WORDS = 7  # a section's name the path spells ("dai-hoi-dang-cac-cap", "van-hoc-viet-nam-hien-dai") is shorter
_WHOLE_WORDS_WITH_ID = 5  # a slug closed by the article's id is the article's ("nhung-chuyen-di-cua-thanh-xuan-10134", round 114)


def spelled_whole(text: str, slug: frozenset[str]) -> bool:
    """The slug is the line's words, every one and no other (a number, the article's id, aside): the site made
    it from this line. "chi-bo-17-dang-bo-xa-quang-phu-to-chuc-..." spells its headline whole, and the caption
    under it that says "thôn" and "tiến hành" for "đảng bộ" and "tổ chức" only nearly."""
    listed = folded_words(text)
    words = set(listed)
    # a line printing the slug's words over again ("HEADLINE - Hội Làm vườn Việt Nam", a tab's title with the
    # site's name) spells more than the slug: a headline repeats a word or two ("chi bộ ... chi bộ"), no name
    fewest = _WHOLE_WORDS_WITH_ID if any(word.isdigit() for word in slug) else _WHOLE_WORDS
    return len(words) >= fewest and words <= slug and all(word in words or word.isdigit() for word in slug) \
        and len(listed) <= _REPEATS * len(slug)


def spelled_as_pair(above: str, text: str, slug: frozenset[str]) -> bool:
    """A headline in capitals broken in two ("NHỚ LẠI MỘT THỜI LÀ HỌC SINH" / "TRƯỜNG CẤP 3 LÝ TỰ TRỌNG",
    round 90): both lines in capitals, neither closed by a mark, and the slug spells the two whole together,
    not the second alone. The first line is the title, the second its run-on, no headline under a kicker."""
    return above.isupper() and text.isupper() and not above.rstrip().endswith((":", ".", ";", ",")) \
        and spelled_whole(f"{above} {text}", slug) and not spelled_whole(text, slug)


def _named_before_colon(text: str, slug: frozenset[str], spelt: int) -> bool:
    """The slug spells the headline's first part, all of it and only it, a subtitle after the colon
    ("Bitcoin Ponzi Scheme Examples: Cảnh Báo ...", round 56): a slug made from the part before the colon."""
    before, colon, _ = text.partition(":")
    words = folded_words(before) if colon else []
    return len(words) >= SLUG_MATCHED and all(word in slug for word in words) and len(set(words)) >= spelt


def _named_after_colon(text: str, slug: frozenset[str]) -> bool:
    """The slug spells the part after a short opening's colon, all of it and only it ("Nguyễn Văn An:
    Headline", "Tin tức: Headline", conventions round 21): the site made its slug from the headline, and
    the line prints a writer's name or a label before it. The opening is a few words, no sentence; the
    slug's numbers may be its id ("...-truyen-ngan-123.html")."""
    before, colon, after = text.partition(":")
    if not colon or not 1 <= len(before.split()) <= _OPENING_WORDS:
        return False
    words = folded_words(after)
    return (len(words) >= SLUG_MATCHED and all(word in slug for word in words)
            and all(word in words for word in slug if not word.isdigit()))


def slug_names_below(lines: list[tuple[int, str]], candidates: list[int], above: int | None, date_index: int | None,
                     slug: frozenset[str]) -> bool:
    """The slug names a line under the date line, not the line over it: that line is an
    organisation's name printed as a masthead ("Liên hiệp các hội ... Việt Nam", the date, then the
    headline), and the date line does not close it as the headline."""
    if not slug or above is None or date_index is None or named_by_slug(lines[above][1], slug):
        return False
    return any(index > date_index and named_by_slug(lines[index][1], slug) for index in candidates)
