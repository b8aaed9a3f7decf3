"""Round 88: holdout 81's misses, as kinds (made-up pastes, near-misses beside each case).

- a visit counter's rows printed as a dashed list ("- Đang online: 5", "- Hôm qua: 1220", "- Tổng truy cập: ...",
  "- 2710 lượt xem") are chrome, never the headline (read/portal_chrome.py, read/chrome.py);
- a source's field crediting no full name right under the writer's line ("(nguồn: Da Màu)") names the publication the
  text comes from, no second writer (read/head_window._source_under_byline);
- a full name closing a headline in small letters after a spaced dash ("Tem Sưu Tập Việt Nam - Huỳnh Khánh Tiết") is
  the writer when the text does not name it again (read/title_writers.dash_writer, read/headline_parts.py,
  read/subject_headings.unnamed_writer);
- Joomla's icons in words glued to the headline ("... PDF Print E-mail") are no part of it (read/headline.py);
- a contributor's labelled field ("Người cộng tác: X (pv)") under a date line that names the author is the second
  byline (names.LABELS, read/layout._labelled_under);
- a short capitals line over a short capitals line and a writer's name in small letters ("- ÁO DÀI" / "VIỆT NAM" /
  "- Trần Thị Lai Hồng") is a headline broken in two, no byline (read/capitals_openings.py).
"""
from __future__ import annotations

import datetime as dt

import pytest

from made_up_pastes import HEAD, LEAD, MORE, fields_of
from archive.read.bylines import parse_byline
from archive.read.chrome import is_noise_line, is_stop_line
from archive.read.headline import clean_headline
from archive.read.title_writers import dash_writer

CAPITALS = "NHÀ MẠC VÀ VẤN ĐỀ NGUỴ TRIỀU TRONG LỊCH SỬ"


@pytest.mark.parametrize("line", ["- Hôm qua: 1220", "- Tuần nay: 21839", "- 2710 lượt xem", "• Hôm nay: 12"])
def test_a_counter_s_rows_as_a_dashed_list_are_chrome(line) -> None:
    assert is_noise_line(line)


@pytest.mark.parametrize("line", ["- Đang online: 5", "- Tổng truy cập: 3,371,458", "Tổng lượt truy cập: 1.024"])
def test_a_counter_s_own_rows_as_a_dashed_list_are_where_its_box_stands(line) -> None:
    assert is_stop_line(line)


@pytest.mark.parametrize("line", ["- Hôm nay trời đẹp", "- Tổng cộng: 5 người", "- Đang online học tập"])
def test_list_items_that_count_nothing_are_no_counter(line) -> None:
    # near-misses: words after the label, not a count
    assert not is_noise_line(line) and not is_stop_line(line)


def test_a_dashed_counter_over_a_capitals_headline_is_no_title() -> None:
    body = "\n".join(["- Đang online: 5", "- Hôm qua: 1220", "- Tuần nay: 21839", "- Tổng truy cập: 3,371,458",
                      CAPITALS, "- 2710 lượt xem", "GS Văn Tạo", LEAD, MORE])
    found = fields_of(body)
    assert (found.get("title"), found.get("author")) == (CAPITALS, "GS Văn Tạo")


@pytest.mark.parametrize("credit, author", [
    ("(nguồn: Da Màu)", "Hoàng Ngọc Hiến"),
    ("Nguồn: Tạp chí Sông Hương", "Hoàng Ngọc Hiến"),
    ("(Nguồn: Trần Văn Thu)", "Hoàng Ngọc Hiến - Trần Văn Thu"),  # near-miss: a full name is a person credited
])
def test_a_source_s_field_under_the_writer_names_a_publication(credit, author) -> None:
    found = fields_of("\n\n".join([HEAD, "Hoàng Ngọc Hiến\n" + credit, LEAD, MORE]))
    assert found.get("author") == author


@pytest.mark.parametrize("title, name", [
    ("Tem Sưu Tập Việt Nam - Huỳnh Khánh Tiết", "Huỳnh Khánh Tiết"),
    ("Hội nghị tổng kết công tác năm 2024 - Hà Nội", ""),  # near-miss: a place
    ("Tem Sưu Tập - Huỳnh Khánh Tiết", ""),  # near-miss: fewer than five words before it
    ("Tem Sưu Tập Việt Nam - HUỲNH KHÁNH TIẾT", ""),  # near-miss: a name in capitals
    ("Chuyến đi về miền Tây sông nước - Phần 2", ""),  # near-miss: a series' part
])
def test_a_full_name_closing_the_headline_after_a_dash(title, name) -> None:
    assert dash_writer(title) == name


def test_a_writer_closing_a_headline_after_a_dash_is_the_byline() -> None:
    title = "Tem Sưu Tập Việt Nam - Huỳnh Khánh Tiết"
    found = fields_of("\n\n".join([title, LEAD, MORE]))
    assert (found.get("title"), found.get("author")) == (title, "Huỳnh Khánh Tiết")


def test_a_subject_closing_a_headline_after_a_dash_and_named_in_the_text_is_no_writer() -> None:
    # near-miss: a profile's subject, named again in its text
    title = "Người thầy của những học trò vùng cao - Nguyễn Văn Bình"
    lead = "Thầy Nguyễn Văn Bình đã gắn bó với ngôi trường vùng cao suốt hai mươi năm, dạy dỗ nhiều thế hệ học trò."
    assert (fields_of("\n\n".join([title, lead, MORE])).get("author") or "") == ""


@pytest.mark.parametrize("line, headline", [
    ("Tên đường Sài Gòn, rối như canh hẹ PDF Print E-mail", "Tên đường Sài Gòn, rối như canh hẹ"),
    ("Tên đường Sài Gòn, rối như canh hẹ Print E-mail", "Tên đường Sài Gòn, rối như canh hẹ"),
    ("Hướng dẫn nộp hồ sơ trực tuyến bằng file PDF", "Hướng dẫn nộp hồ sơ trực tuyến bằng file PDF"),  # near-miss
    ("Cách gửi hồ sơ xin việc qua E-mail", "Cách gửi hồ sơ xin việc qua E-mail"),  # near-miss: one network's name
])
def test_joomla_s_icons_in_words_leave_the_headline(line, headline) -> None:
    assert clean_headline(line) == (headline, None)


def test_a_contributor_s_field_under_the_author_s_date_line_is_the_second_byline() -> None:
    assert parse_byline("Người cộng tác: Nguyễn Ngọc Giao (pv)") == ("Nguyễn Ngọc Giao",)
    body = "\n".join([HEAD, "- Nguyễn Quang Đỗ Thống — published 01/03/2011 00:05, cập nhật lần cuối 21/03/2011 23:22",
                      "Người cộng tác: Nguyễn Ngọc Giao (pv)", "", LEAD, MORE])
    found = fields_of(body)
    assert (found.get("author"), found.get("date")) == ("Nguyễn Quang Đỗ Thống - Nguyễn Ngọc Giao", dt.date(2011, 3, 1))


def test_an_unlabelled_line_under_the_author_s_date_line_adds_no_byline() -> None:
    # near-miss: a subtitle naming a person, with no writer's label, under the date line
    body = "\n".join([HEAD, "- Nguyễn Quang Đỗ Thống — published 01/03/2011 00:05", "Nguyễn Ngọc Giao", "", LEAD, MORE])
    assert fields_of(body).get("author") == "Nguyễn Quang Đỗ Thống"


def test_a_capitals_headline_broken_in_two_over_its_writer_is_no_byline() -> None:
    body = "\n".join(["| |", "-", "|", "- ÁO DÀI", "VIỆT NAM", "- Trần Thị Lai Hồng", "-", "- " + LEAD, MORE])
    found = fields_of(body)
    assert (found.get("title"), found.get("author")) == ("ÁO DÀI", "Trần Thị Lai Hồng")


def test_a_capitals_pen_name_over_a_capitals_place_and_no_writer_stays_the_byline() -> None:
    # near-miss: no writer's name in small letters under the two capitals lines: the first is the byline as before
    body = "\n".join([HEAD, "", "ĐĂNG KHOA", "HÀ NỘI", "", LEAD, MORE])
    assert fields_of(body).get("author") == "Đăng Khoa"
