"""The names of literary genres stand once, with their tone marks, in read/genres.py: the genre
line by a headline (title_lines.genre_label) and the label before a writer's name (names.LABELS,
folded) derive from it, and the folded labels stay narrow: "Thọ" is a name, "Thơ" the genre.
Made-up text."""
from __future__ import annotations

import pytest

from archive.read import names
from archive.read.bylines import parse_byline, strip_label
from archive.read.genres import BYLINE_GENRES, GENRES, SHORT_GENRES
from archive.read.title_lines import genre_label
from archive.text.normalize import fold


@pytest.mark.parametrize("genre", GENRES)
def test_every_genre_alone_on_a_line_is_a_genre_label(genre):
    assert genre_label(genre.capitalize())
    assert genre_label(genre.upper() + ":")


@pytest.mark.parametrize("genre", SHORT_GENRES)
def test_the_one_word_genre_is_no_genre_line(genre):
    assert not genre_label(genre.capitalize())


@pytest.mark.parametrize("genre", BYLINE_GENRES)
def test_every_byline_genre_is_a_label_before_the_name(genre):
    assert fold(genre) in names.LABELS
    assert strip_label(f"{genre.capitalize()}: Nguyễn Văn Khải") == ("Nguyễn Văn Khải", True)
    assert parse_byline(f"{genre.capitalize()} của Lê Thu Hà") == ("Lê Thu Hà",)


def test_thọ_is_a_name_not_the_genre_thơ():
    assert "tho" not in names.LABELS  # "thơ" folds to the name "Thọ"
    assert strip_label("Thọ - Minh Anh") == ("Thọ - Minh Anh", False)
    assert parse_byline("Thọ - Minh Anh") == ()  # a name cut after "Thọ", no label before "Minh Anh"
    assert parse_byline("Thọ Minh - Lê Văn An") == ("Thọ Minh", "Lê Văn An")
    assert not genre_label("Thọ") and genre_label("Thơ")

