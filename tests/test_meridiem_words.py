"""The clock's meridiem words stand once, in text/dates.py; every pattern after a clock is built
from them (the date's time, a glued date line, a signed footer's time, a meta line's clock), and
the date lines' stripping in candidates.py takes fewer by a rule. Made-up text."""
from __future__ import annotations

import pytest

from archive.read import names
from archive.read.bylines import parse_byline
from archive.read.candidates import _MERIDIEM as DATE_LINE_MERIDIEM
from archive.read.glued import unglue
from archive.read.signed_footers import footer_names
from archive.text.dates import AFTERNOON, MERIDIEM_MARKS, MERIDIEM_WORDS, find_time

LEAD = "Sáng nay, bà con xã Tân Phú ra đồng từ sớm để gặt lúa chín vàng trên những thửa ruộng."


@pytest.mark.parametrize("word", [*MERIDIEM_MARKS, *(m.lower() for m in MERIDIEM_MARKS), *MERIDIEM_WORDS,
                                  *(w.capitalize() for w in MERIDIEM_WORDS)])
def test_every_meridiem_word_sets_the_hour(word):
    afternoon = word.upper() in AFTERNOON
    assert find_time(f"16/01/2021 8:30 {word}") == ("20:30" if afternoon else "08:30")


def test_a_capitalised_mark_or_a_word_going_on_is_no_meridiem():
    assert find_time("12:00 Sa Pa") == "12:00"  # a place, not "SA"
    assert find_time("8:30 CHính quyền") == "08:30"


@pytest.mark.parametrize("word", ["PM", "CH", "chiều", "tối"])
def test_a_signed_footer_reads_its_time_with_any_meridiem_word(word):
    line = f"Tenmien.vn - 07:33 {word} - 16/01/2021 - Bài của Phạm Ngọc Hiền"
    assert footer_names(line) == ("Phạm Ngọc Hiền",)


@pytest.mark.parametrize("word", ["PM", "CH", "chiều"])
def test_a_date_line_glued_to_the_headline_keeps_its_meridiem_word(word):
    lines = [(1, f"Nông dân xã Tân Phú thu hoạch lúa gấp đôi12/04/2025 07:45 {word}"), (2, LEAD)]
    assert unglue(lines)[:2] == [(1, "Nông dân xã Tân Phú thu hoạch lúa gấp đôi"), (1, f"12/04/2025 07:45 {word}")]


def test_a_date_line_strips_only_whole_words_in_small_letters_and_capital_marks():
    assert DATE_LINE_MERIDIEM.sub("", "08:30 SA tối") == "08:30  "
    assert DATE_LINE_MERIDIEM.search("Phù sa bồi đắp") is None  # "sa" is a word
    assert DATE_LINE_MERIDIEM.search("Chiều 21/11, hội nghị khai mạc") is None  # a lead's opening word


def test_the_clock_marks_no_name_takes_come_from_the_meridiem_list():
    assert names.CLOCK_MARKS == {m.lower() for m in MERIDIEM_MARKS} <= names.NOT_NAME_TOKENS
    assert parse_byline("Sa Oanh") == ("Sa Oanh",)  # "Sa" in proper case is a name's
    assert parse_byline("SA - CH") == ()
