"""Round 125: holdouts 118's and 119's misses, as kinds (made-up pastes, near-misses beside each case).

- A page's headings in title case or capitals ("Khuyến Cáo", "* SỨ MỆNH", "Mục Tiêu", "Triết Lý"): no names
  (read/names.NOT_NAMES).
- A name with its age after a dash, a comma or in brackets ("Anh Hùng - 45 tuổi", "Bà Nguyễn Thị Lan (72 tuổi)"): a
  person the page is about (a client's story, a profile), no byline (read/bylines._AGED).
- A weekday and a two-digit year right under the headline ("Thứ 6, 08/01/16"): the page's date
  (short_year_lines.fielded_short_year); at the top over the weather, a site's clock stays none.
- A line opened by a comma (", Biên tập viên y tế": a reviewer's field whose name was lost) is no headline
  (title_weights._shape_weight).

Left, said plainly: 119's 004, the day printed after the text and a rating prompt; 119's 008, a call-sign pen name
("Delta Golf NVD"); 119's 012, a headline run into its subtitle on one line; 119's 013, a kindergarten's name and a
greeting over a capitals headline.
"""
from __future__ import annotations

import pytest

from archive.read.bylines import parse_byline
from made_up_pastes import HEAD, LEAD, MORE, fields_of, paragraphs


@pytest.mark.parametrize("line, names", [
    ("Khuyến Cáo", ()), ("* SỨ MỆNH", ()), ("Mục Tiêu", ()), ("TRIẾT LÝ", ()), ("Chiến Lược", ()),
    # near-misses: a name one mark away, a name
    ("Sử Mạnh", ("Sử Mạnh",)), ("Anh Hùng", ("Anh Hùng",)),
])
def test_a_pages_headings_are_no_names(line, names) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize("line, names", [
    ("Anh Hùng - 45 tuổi", ()), ("Bà Nguyễn Thị Lan (72 tuổi)", ()), ("Nguyễn Văn Tuấn, 38 tuổi", ()),
    # near-misses: a writer and his post after a dash, a writer alone
    ("Nguyễn Văn An - Phóng viên", ("Nguyễn Văn An",)), ("Trần Thu Hà", ("Trần Thu Hà",)),
])
def test_a_name_with_its_age_is_no_byline(line, names) -> None:
    assert parse_byline(line) == names


def test_a_client_story_names_no_writer() -> None:
    body = paragraphs("Giữ gìn tinh hoa Nam y – Trị bệnh tận căn nguyên", "Anh Hùng - 45 tuổi", "Câu chuyện khách hàng",
                      HEAD, LEAD, MORE)
    assert fields_of(body).get("author") in (None, "")


@pytest.mark.parametrize("lines, date", [
    ([HEAD, "Thứ 6, 08/01/16", LEAD, MORE], "2016-01-08"),
    ([HEAD, "Chủ nhật, 5-3-23 08:15", LEAD, MORE], "2023-03-05"),
    # near-miss: a site's clock at the top, over the weather, the headline below
    (["Thứ ba, 3-2-26 02:29:36", "Cà Mau, 32°C/ 32°C - 33°C Icon thời tiết nắng", HEAD, LEAD, MORE], "None"),
])
def test_a_weekday_and_a_short_year_under_the_headline(lines, date) -> None:
    fields = fields_of(paragraphs(*lines))
    assert (fields.get("title"), str(fields.get("date"))) == (HEAD, date)


def test_a_line_opened_by_a_comma_is_no_headline() -> None:
    body = paragraphs("^", "Sức khoẻ", "A", "A", "A", HEAD, ", Biên tập viên y tế", "Đánh giá lần cuối: 05.07.2025",
                      "Fact-checked", LEAD, MORE)
    assert fields_of(body).get("title") == HEAD
