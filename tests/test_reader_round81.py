"""Round 81: what holdout 78 showed once, as kinds (made-up pastes, near-misses beside each case).

A writer's name of two words alone on the page's first line, over a date line labelled as the posting or the
update ("Cập nhật lúc, Thứ sáu, 23/02/2024"), over the headline: the writer's block, as some portals print it
(read/head_bylines.first_line_byline). Over a bare site clock, or with no surname, it stays the page's.

A reading time glued to the date line's year ("Published on 19 January 202615 minutes") is split off the date, and
a reading time alone on a line ("15 minutes", "5 phút đọc") is the page's furniture (read/rating_dates.py,
read/chrome.py).
"""
from __future__ import annotations

import pytest

from archive.read.rating_dates import split_rating_dates
from made_up_pastes import HEAD, LEAD, MORE, fields_of, left_out


@pytest.mark.parametrize("date_line", ["Cập nhật lúc, Thứ sáu, 23/02/2024", "Ngày đăng: 23/02/2024 08:15",
                                       "Đăng lúc 08:15 ngày 23/02/2024"])
@pytest.mark.parametrize("name", ["Lê Tuấn", "Nguyễn Thị Thu Hà"])
def test_a_name_over_a_labelled_date_line_over_the_headline_is_the_writer(name, date_line) -> None:
    found = fields_of("\n\n".join([name, date_line, HEAD, LEAD, MORE]))
    assert (found.get("author"), str(found.get("date")), found.get("title")) == (name, "2024-02-23", HEAD)


@pytest.mark.parametrize("top, date_line", [
    ("Lê Tuấn", "Thứ sáu, 23/02/2024"),  # a bare clock: no label says the page was posted
    ("Phúc Thịnh", "Cập nhật lúc, Thứ sáu, 23/02/2024"),  # no surname: a brand's name
    ("Hà Nội", "Cập nhật lúc, Thứ sáu, 23/02/2024"),  # a place
])
def test_a_short_name_over_an_unlabelled_clock_or_no_name_is_no_writer(top, date_line) -> None:
    assert fields_of("\n\n".join([top, date_line, HEAD, LEAD, MORE])).get("author") == ""


@pytest.mark.parametrize("line, date", [
    ("Published on 19 January 202615 minutes", "2026-01-19"),
    ("Ngày đăng: 12/03/20245 phút đọc", "2024-03-12"),
    ("12/03/2024 5 phút đọc", "2024-03-12"),
])
def test_a_reading_time_glued_to_the_year_is_split_off(line, date) -> None:
    found = fields_of("\n\n".join([line, HEAD, LEAD, MORE]))
    assert (str(found.get("date")), found.get("title"), found.get("kicker", "")) == (date, HEAD, "")


@pytest.mark.parametrize("line", ["Họp mặt năm 2024 có 15 phút phát biểu", "Năm 2020", "1/2/20231"])
def test_lines_with_a_year_and_no_glued_reading_time_stay_whole(line) -> None:
    assert split_rating_dates([(1, line)]) == [(1, line)]


@pytest.mark.parametrize("line", ["15 minutes", "5 phút đọc", "5 min read", "Thời gian đọc: 5 phút"])
def test_a_reading_time_alone_is_left_out(line) -> None:
    body = "\n\n".join([HEAD, "12/03/2024 08:15", line, LEAD, MORE])
    assert fields_of(body).get("title") == HEAD
    assert any(repr(line) in message for message in left_out(body))
