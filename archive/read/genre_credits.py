"""A genre's name run straight into its writer's name, no joiner between (issue 13, round 92).

"Truyện ngắn Nguyễn Văn An", "tùy bút trần thị lan": a literary site credits the piece with its genre and
its writer on one line, without the colon, dash or "của" a label takes (name_labels.strip_label). Read so only
after a genre of two words or more (genres.py: "thơ Hồ Chí Minh" may be a headline about his poems), and only
when what follows is a full name opening with a surname; a line printed all in small letters, as some sites style
their credits, gives the name in proper case.
"""
from __future__ import annotations

from archive.read.genres import BYLINE_GENRES
from archive.text.normalize import fold
from archive.text.surnames import is_surname

# With their marks: folded, "ký sự" is "Kỹ sư" (an engineer's title before his name).
_GENRES = tuple(sorted({genre for genre in BYLINE_GENRES if " " in genre}, key=len, reverse=True))
_NAME_WORDS = (2, 5)  # a full name's words, surname first


def genre_credit(text: str) -> str:
    """The writer's name after a genre of two words or more and a space ("Nguyễn Thị Thảo An" from "truyện ngắn
    nguyễn thị thảo an"); "" when `text` is no such credit."""
    lowered = text.strip().lower()
    genre = next((g for g in _GENRES if lowered.startswith(g + " ")), "")
    if not genre:
        return ""
    name = text.strip()[len(genre):].strip()
    if fold(name).startswith("cua "):
        name = name[4:].strip()  # "truyện ngắn của nguyễn văn an": the label's own joiner, in small letters
    if text.strip() == text.strip().lower():
        name = " ".join(word[:1].upper() + word[1:] for word in name.split())  # all small letters: a styled credit
    words = name.split()
    if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1] or not all(w[:1].isupper() for w in words) \
            or not is_surname(words[0], with_marks=fold(name) != name):
        return ""
    return name
