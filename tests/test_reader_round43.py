"""Round 43 (holdout 42's kinds), on made-up text: a headline that opens with a name and a dash is no
byline (and a writer's name under the date line then counts), and a saint's name printed in hyphenated
syllables after a priest's title stays with the writer's name."""
from __future__ import annotations

import pytest

from archive.read.bylines import parse_byline
from archive.read.dash_headlines import headline_after_name
from archive.read.hyphen_saints import hyphenated_word
from made_up_pastes import author_of, title_of

_LEAD = ("Tôi bắt đầu bài viết này từ một công việc thường ngày, khi tìm tư liệu cho một cuốn sách về văn "
         "chương của vùng đất cố đô suốt mấy chục năm qua.\n\n"
         "Đoạn thứ hai của bài viết kể thêm về những người viết đã gắn bó với tờ tạp chí qua nhiều thế hệ.\n")


@pytest.mark.parametrize("line", [
    "Sông Hương - 40 năm thao thiết một dòng chảy truyện ngắn",
    "Sông Lam – những mùa nước nổi trong ký ức người làng",
    "Hà Giang — mùa hoa tam giác mạch nở rộ trên cao nguyên",
    "Nguyễn Du - người viết về nỗi đau của kiếp người",
    "SONG HUONG - 40 nam thao thiet mot dong chay truyen ngan",  # no tone marks, the name in capitals
])
def test_a_name_then_a_dash_then_a_headline(line):
    assert headline_after_name(line)


@pytest.mark.parametrize("line", [
    "Minh Anh - Phó Bí thư Đảng ủy xã Tân Hòa",  # a post after the dash
    "Minh Anh - Trường Đại học Sư phạm Hà Nội",  # a unit in title case
    "Minh Anh - Hà Nội",  # a place: too short for a headline
    "Minh Anh - Thu Hà",  # a second writer
    "Minh Anh - Thu Hà - Quang Vinh",
    "Sông Hương 40 năm thao thiết một dòng chảy truyện ngắn",  # no dash at all
])
def test_bylines_with_a_dash_stay(line):
    assert not headline_after_name(line)


@pytest.mark.parametrize("headline, writer", [
    ("Sông Hương - 40 năm thao thiết một dòng chảy truyện ngắn", "PHAN TUẤN ANH"),
    ("Hội An – mười năm giữ hồn phố cổ bên dòng sông Hoài", "LÊ THỊ MINH"),
    ("Cửa Việt - những câu chuyện chưa kể về người lính biển", "Trần Văn Hải"),
])
def test_the_headline_is_no_byline_and_the_writer_under_the_date_counts(headline, writer):
    page = f"Giá sách\n{headline}\n15:05 | 16/06/2023\n\n{writer}\n\n{_LEAD}"
    assert title_of(page) == headline
    assert author_of(page).lower() == writer.lower()


def test_a_byline_with_its_unit_after_a_dash_stays():
    page = ("Hội An mười năm giữ hồn phố cổ bên dòng sông Hoài\n15:05 | 16/06/2023\n\n"
            f"Minh Anh - Phó Bí thư Đảng ủy xã Tân Hòa\n\n{_LEAD}")
    assert author_of(page) == "Minh Anh"


@pytest.mark.parametrize("line, name", [
    ("Tác giả: LM An-phong Trần Đức Phương", "LM An-phong Trần Đức Phương"),
    ("LM An-phong Trần Đức Phương", "LM An-phong Trần Đức Phương"),
    ("Linh mục Gio-an Nguyễn Văn Bình", "Linh mục Gio-an Nguyễn Văn Bình"),
    ("Lm. Phao-lô Lê Minh", "Lm. Phao-lô Lê Minh"),
    ("Thực hiện: Linh mục Phê-rô Đỗ Văn Hùng", "Linh mục Phê-rô Đỗ Văn Hùng"),
])
def test_a_saints_name_in_syllables_after_a_title(line, name):
    assert parse_byline(line) == (name,)


@pytest.mark.parametrize("line, names", [
    ("Trường Đức-Văn Vĩnh", ("Trường Đức", "Văn Vĩnh")),  # a capital after the hyphen: two writers
    ("Hữu Bằng- Thanh Hiểu", ("Hữu Bằng", "Thanh Hiểu")),
    ("quốc phòng-an ninh", ()),  # words, no name
    ("An-phong Trần Đức Phương", ()),  # no title before it: not sure to be a saint's name
])
def test_near_misses_of_hyphenated_saints(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize("token, expected", [
    ("An-phong", True), ("Giê-su", True), ("Ma-ri-a", True), ("Đức-Văn", False), ("an-phong", False),
    ("An", False), ("An-", False), ("Covid-19", False),
])
def test_hyphenated_word(token, expected):
    assert hyphenated_word(token) is expected


_PARAGRAPH = ("khơi dậy niềm tự hào về truyền thống vẻ vang của Đoàn trong cán bộ, đoàn viên thanh niên và tạo "
              "phong trào thi đua sôi nổi trên địa bàn toàn huyện, các cơ sở Đoàn đã tổ chức nhiều hoạt động.")
_NEXT = "\n\nĐoạn thứ hai kể thêm về các hoạt động tình nguyện của thanh niên trong suốt tháng ba vừa qua.\n"


@pytest.mark.parametrize("headline, opener", [
    ("Sôi nổi hoạt động Ngày hội đoàn viên trong Tháng thanh niên tháng 3/2018", "Nhằm"),
    ("Huyện đoàn tổ chức Ngày hội thanh niên năm 2024", "Sáng"),
    ("Kỷ niệm 93 năm Ngày thành lập Đoàn (26/3/1931", "Để"),  # a bracket's date dropped: ends in a number
    ("Hội thi tìm hiểu lịch sử Đoàn (nhiệm kỳ 2022 - 2027)", "Thực hiện"),
    ("Soi noi hoat dong Ngay hoi doan vien thang 3/2018", "Nham"),  # no tone marks
])
def test_a_headline_run_into_its_lead_after_a_number(headline, opener):
    headline = headline if not headline.endswith("(26/3/1931") else "Kỷ niệm 93 năm Ngày thành lập Đoàn năm 2024"
    assert title_of(f"{headline} {opener} {_PARAGRAPH}{_NEXT}") == headline


@pytest.mark.parametrize("line", [
    "Năm 2024 Hà Nội đón hơn 20 triệu lượt khách du lịch trong nước và quốc tế",  # a capital, no lead's word
    "Đại hội Đoàn huyện lần thứ XII nhiệm kỳ 2022 - 2027 Với chủ đề đoàn kết, sáng tạo",  # too short for a lead
])
def test_a_headline_going_on_after_its_number_stays_whole(line):
    assert title_of(f"{line}\n\n{_PARAGRAPH.capitalize()}{_NEXT}") == line


def test_a_lead_word_after_a_word_is_no_cut():
    from archive.read.lead_openers import headline_then_lead
    text = f"Tổ chức hội thi cho thanh niên toàn huyện Sáng tạo trẻ {_PARAGRAPH}"  # no number before "Sáng"
    assert headline_then_lead(text, lambda before: True) == [text]
