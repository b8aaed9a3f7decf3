"""Round 74: what holdout 73 showed once, as kinds (made-up pastes, near-misses beside each case).

1. A metadata row printing the headline in its "Tiêu đề" field, then the date's field ("Tiêu đề <headline> Ngày
   đăng 2021-07-31"): the headline's copy and the date line apart (read/info_rows.py).
2. A day after the text under "Phát hành ngày" ("released on", a journal's), on the line under its label, or as
   an ISO day (read/posted_dates.py).
3. A writer's name in Western order after "By" ("Oct 14, 2020 | By Stephanie Nguyen", read/western_names.py).
4. A brand the site's address spells most of ("Gò Đen" on degoden.vn), alone on the last line, is no writer
   (read/address_names.py).
"""
from __future__ import annotations

import pytest

from archive.read.address_names import spelled_by_address
from archive.read.bylines import parse_byline
from made_up_pastes import LEAD, MORE, MORE2, fields_of, paragraphs


# 1. A metadata row printing the headline in its "Tiêu đề" field.
FIELD_HEAD = "Những điểm nhấn trong phân tích báo cáo tài chính chuyển đổi theo chuẩn mực quốc tế"


def test_a_title_fields_row_gives_the_date_and_no_headline() -> None:
    body = paragraphs("Nghiên cứu trao đổi", FIELD_HEAD,
                      f"Tiêu đề {FIELD_HEAD} Ngày đăng 2021-07-31\nTác giả Admin Lượt xem 148", LEAD, MORE, MORE2)
    found = fields_of(body)
    assert (found["title"], str(found["date"])) == (FIELD_HEAD, "2021-07-31")


def test_a_headline_naming_a_title_is_no_field_row() -> None:
    """The near-miss: "tiêu đề" inside a headline, in small letters, opens no field."""
    headline = "Trao giải cuộc thi viết với tiêu đề Tự hào một dải non sông ngày 12/3/2024"
    assert fields_of(paragraphs(headline, LEAD, MORE, MORE2))["title"] == headline


# 2. A day printed after the text under a label of its own line, or "Phát hành ngày", or as an ISO day.
@pytest.mark.parametrize(("end", "expected"), [
    ("Phát hành ngày\n2023-11-06", "2023-11-06"),
    ("Ngày phát hành: 06/11/2023", "2023-11-06"),
    ("Ngày đăng: 2023-11-06 08:15", "2023-11-06"),
    ("Phát hành\n2023-11-06", "None"),  # "released" with no day word names no publication day
    ("Phát hành ngày\nNguyễn Văn An", "None"),  # no day under the label
])
def test_a_labelled_day_after_the_text(end, expected) -> None:
    assert str(fields_of(paragraphs(FIELD_HEAD, LEAD, MORE, MORE2, end))["date"]) == expected


# 3. A writer's name in Western order after a writer's label (read/western_names.py).
@pytest.mark.parametrize(("line", "expected"), [
    ("By Stephanie Nguyen", ("Stephanie Nguyen",)),
    ("Oct 14, 2020 | By Stephanie Nguyen", ("Stephanie Nguyen",)),
    ("Tác giả: Michael Tran", ("Michael Tran",)),
    ("Stephanie Nguyen", ()),  # no label: an English caption or menu label looks the same
    ("By Skip Content", ()),  # no Vietnamese surname at the end
    ("By Nguyen Stephanie", ()),  # a surname first and a foreign word after: no name in either order
])
def test_a_western_order_name_after_a_writers_label(line, expected) -> None:
    assert parse_byline(line) == expected


def test_an_english_date_line_with_by_names_the_writer() -> None:
    found = fields_of(paragraphs("BUSINESS OF LUXURY", HEAD_LUX, "Oct 14, 2020 | By Stephanie Nguyen", LEAD, MORE, MORE2))
    assert (found["title"], str(found["date"]), found["author"]) == (HEAD_LUX, "2020-10-14", "Stephanie Nguyen")


HEAD_LUX = "Các thương hiệu xa xỉ lần lượt đổ bộ đến Việt Nam trong năm nay"


# 4. A brand the site's address spells most of, alone on the page's last line, is the site's, not a writer
#    (read/address_names.py, asked by layout's byline slots as the head asks it).
@pytest.mark.parametrize(("text", "url", "expected"), [
    ("Gò Đen", "https://degoden.example.vn/tin-tuc/ocop", True),  # most of "degoden", at its end
    ("Tinh Hoa", "https://tinhhoa.example.vn/bai-1", True),  # the whole label, as before
    ("Phạm Ngọc Hiền", "https://phamngochien.example.vn/bai-1", False),  # a surname first: the blog's writer
    ("Minh Anh", "https://minhanhnews.example.vn/bai-1", False),  # a small part of the label
])
def test_a_name_the_address_spells_most_of(text, url, expected) -> None:
    assert spelled_by_address(text, url) is expected


def test_a_brand_alone_on_the_last_line_is_no_writer() -> None:
    body = paragraphs("Rượu Đế", "Đế Gò Đen đạt chứng nhận sản phẩm OCOP 4 sao", LEAD, MORE, MORE2, "Gò Đen")
    assert fields_of(body, "https://degoden.example.vn/tin-tuc/ocop-4-sao")["author"] == ""


def test_a_writer_alone_on_the_last_line_the_address_does_not_spell_stays() -> None:
    body = paragraphs("Rượu Đế", "Đế Gò Đen đạt chứng nhận sản phẩm OCOP 4 sao", LEAD, MORE, MORE2, "Gò Đen")
    assert fields_of(body, "https://ruouviet.example.vn/tin-tuc/ocop-4-sao")["author"] == "Gò Đen"
