"""Round 63 (holdout 62's kinds), on made-up text: a date line opened by a weekday, English or Vietnamese,
glued without a space to the lead's first word is the page's date line, the lead kept as written
(read/labelled_glued_dates.py); a pen name of given names after a writer's label with its colon, its first
word one that opens a page's phrase elsewhere ("Viết bài: Trang Anh"), is the writer (read/labelled_pen_names.py).
"""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.labelled_pen_names import labelled_pen_name
from made_up_pastes import HEAD, LEAD, MORE, author_of, fields_of, reading

# A lead with no day of its own in it: only the date line can date the page.
GLUED_LEAD = ("Thực hiện kế hoạch của Ban Thường vụ, các chi bộ trực thuộc đã triển khai xong việc tổ chức đại hội "
              "nhiệm kỳ mới, bám sát hướng dẫn của cấp trên.")


# 1. A weekday's date line glued to the lead under the headline.
@pytest.mark.parametrize("line", [
    "Wed, 02/08/2017",
    "Wednesday, 02/08/2017",
    "Wed 02/08/2017",
    "Thứ Tư, 02/08/2017",
    "Thứ 4, 02/08/2017 08:15",
    "Chủ nhật, 02-08-2017",
    "02/08/2017 08:15",  # no weekday: read so already
])
def test_a_weekday_date_line_glued_to_the_lead_dates_the_page(line: str) -> None:
    found = fields_of(f"{HEAD}\n\n{line}{GLUED_LEAD}\n\n{MORE}\n")
    assert (found["title"], found["date"]) == (HEAD, dt.date(2017, 8, 2))
    article = reading(f"{HEAD}\n\n{line}{GLUED_LEAD}\n\n{MORE}\n").article
    assert article is not None and article.lead == GLUED_LEAD  # the lead stays as written


@pytest.mark.parametrize("line", [
    "Ngày 02/08/2017, ",  # an event's date in running text, with a comma and a space
    "Wedding 02/08/2017",  # no weekday: a word that starts like one
])
def test_a_date_in_running_text_does_not_date_the_page(line: str) -> None:
    assert fields_of(f"{HEAD}\n\n{line}{GLUED_LEAD}\n\n{MORE}\n").get("date") is None


def test_a_weekday_date_glued_inside_a_later_paragraph_does_not_date_the_page() -> None:
    body = f"{HEAD}\n\n{MORE}\n\n{MORE}\n\n{MORE}\n\nTrong đợt này, Wed, 02/08/2017{GLUED_LEAD}\n"
    assert fields_of(body).get("date") is None


# 2. A pen name of given names after a writer's label, its first word one that opens a page's phrase elsewhere.
@pytest.mark.parametrize(("line", "name"), [
    ("Viết Bài: Trang Anh", "Trang Anh"),
    ("Viết bài: Trang Anh", "Trang Anh"),
    ("Thực hiện: Trang Minh Anh", "Trang Minh Anh"),
    ("Tin bài: Trang Thu Hà", "Trang Thu Hà"),
    ("Viết bài: Nguyễn Trang Anh", "Nguyễn Trang Anh"),  # a surname first: read so already
])
def test_a_pen_name_after_a_writers_label_is_the_writer(line: str, name: str) -> None:
    assert author_of(f"{HEAD}\n\n12/03/2024 08:00\n\n{LEAD}\n\n{MORE}\n\n{line}\n") == name


@pytest.mark.parametrize("line", [
    "Viết bài: Không rõ",  # "unknown": a word in small letters
    "Thông tin: Phòng Hành chính",  # a unit
    "Viết bài: Ban Biên tập",  # the editorial board
    "Tác giả: Hà Nội",  # a place
    "Thông tin: Khoa Nội",  # a hospital's department, though "Khoa" is a given name
    "Tin bài: Trang Tin",  # a page's label: "Tin" is no given name
    "Viết bài: Trang Hà Nội",  # a place after it
    "Viết bài - Trang Anh",  # no colon: no field's label
    "Trang Anh",  # no label at all
])
def test_a_phrase_after_a_writers_label_is_no_writer(line: str) -> None:
    assert author_of(f"{HEAD}\n\n12/03/2024 08:00\n\n{LEAD}\n\n{MORE}\n\n{line}\n") == ""


@pytest.mark.parametrize(("text", "name"), [("Trang Anh", "Trang Anh"), ("Trang Minh Anh", "Trang Minh Anh"),
                                           ("Trang Chủ", ""), ("Trang Nhất", ""), ("Trang anh", ""), ("Khoa Minh", "")])
def test_labelled_pen_name(text: str, name: str) -> None:
    assert labelled_pen_name(text) == name
