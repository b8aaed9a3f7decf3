"""A meta line printing the section's label, the author, then the date and the time, with no
bar between the first two: "Lifestyle Sang Sang 04/09/2018 10:00", "Thời sự Minh Anh 12/03/2024
08:15". The date line's parts are split at the date and the time (candidates.date_candidate), so
the label and the name come as one part that reads as no name. The label is taken off when it
is a section's name as news sites print it, and the rest is read as a byline; a place after the
label ("Thời sự Hà Nội") or a second label stays no name. Only sections count: a post before a
name ("Chủ tịch Nguyễn Văn An 12/03/2024") is a caption's or a headline's subject, never a label.
"""
from __future__ import annotations

from archive.read.bylines import parse_byline
from archive.read.names import NEWS_SECTIONS
from archive.read.country_names import FOLDED_COUNTRIES
from archive.text.normalize import fold

# Sections as news sites label them, folded: the Vietnamese (names.NEWS_SECTIONS), and the English words entertainment,
# video and business sites print.
_SECTIONS = NEWS_SECTIONS | frozenset(phrase.strip() for phrase in """
lifestyle, life style, news, sport, sports, entertainment, showbiz, music, movie, movies, video,
videos, travel, food, health, tech, technology, business, fashion, beauty, world, culture, magazine
""".replace("\n", ",").split(",") if phrase.strip())
_LABEL_WORDS = 3  # "Văn hóa", "Tin tức Sự kiện": a label is a word to three


def meta_names(part: str) -> tuple[str, ...]:
    """The names a date line's part holds: the whole part, or what follows a section's label; a country's name is
    the dateline's place ("Speyer, Đức Quốc, chủ nhật, ngày ..."), no writer's."""
    if fold(part) in FOLDED_COUNTRIES:
        return ()
    names = parse_byline(part)
    if names:
        return names
    words = part.split()
    for size in range(1, min(_LABEL_WORDS, len(words) - 2) + 1):
        label = fold(" ".join(words[:size]))
        if words[0][:1].isupper() and label in _SECTIONS:
            return parse_byline(" ".join(words[size:]))
    return ()
