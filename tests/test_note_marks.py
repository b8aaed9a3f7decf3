"""A footnote's mark closing a line, one vocabulary (read/note_marks.py), on made-up lines with near-misses: a star
in brackets is the same mark whether a subtitle bears it (note_marked) or a headline (star_note_off, headline.py)."""
from __future__ import annotations

import pytest

from archive.read.headline import clean_headline
from archive.read.note_marks import note_marked, star_note_off

HEAD = "Cuộc thi viết về những tấm gương bình dị mà cao quý"


@pytest.mark.parametrize("mark", ["(*)", "(**)", "[*]", "( * )"])
def test_a_star_in_brackets_glued_or_spaced_is_a_mark(mark: str) -> None:
    assert note_marked(HEAD + mark)  # glued to the last letter
    assert star_note_off(HEAD + mark) == HEAD
    assert star_note_off(f"{HEAD} {mark}") == HEAD
    assert clean_headline(HEAD + mark)[0] == HEAD
    assert clean_headline(f"{HEAD} {mark}")[0] == HEAD


@pytest.mark.parametrize("text", [
    "Điểm (*) mới trong quy định xét tuyển",  # between words
    "Kỳ họp thứ hai (2)",  # a spaced number: a part
    "Cuộc thi viết về *những tấm gương*",  # emphasis
    "Cuộc thi viết (***) ***",
])
def test_near_misses_bear_no_mark(text: str) -> None:
    assert not note_marked(text)
    assert star_note_off(text) == text


def test_a_short_line_keeps_its_star() -> None:
    assert star_note_off("Ghi chú (*)") == "Ghi chú (*)"
