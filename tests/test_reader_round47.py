"""Round 47 (holdout 46's kinds), on made-up text: a body's name over the site's clock is its masthead,
not the headline, and the day under the headline beats the clock; a full name opening with a surname
that also opens phrases ("Đồng", "Ông", "Từ") is a name; a writer's name pushed right by a run of
spaces in the head is its own cell, and the byline.
"""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.clock_mastheads import body_name, masthead_over_clock
from archive.read.person_names import person_name
from archive.read.pushed_names import split_pushed_names
from archive.text.normalize import fold
from made_up_pastes import fields_of, numbered_lines

_HEADLINE = "Công nhân xí nghiệp may góp sức cho ngày hội việc làm của thành phố"
_TEXT = ("Sáng ngày 12/9, công nhân xí nghiệp may đã cùng các đơn vị trên địa bàn tham gia ngày hội việc làm "
         "với sự tham dự của lãnh đạo các xã, thị trấn trên địa bàn và đông đảo người lao động.\n\n"
         "Ngày hội đã giới thiệu hàng nghìn chỗ làm cho người lao động, nhất là thanh niên mới ra trường, "
         "và được nhiều doanh nghiệp đánh giá cao.\n\n")


# ---------------------------------------------------------------- a body's name over the site's clock

@pytest.mark.parametrize("masthead", [
    "Công đoàn Dệt May Việt Nam",
    "CÔNG ĐOÀN DỆT MAY VIỆT NAM",
    "Cong doan Det May Viet Nam",  # no tone marks
    "Hội Nông dân tỉnh Bến Tre",
    "Hiệp hội Doanh nghiệp Nhỏ và Vừa",
    "Tổng Công ty Cấp nước Miền Tây",
    "Liên đoàn Lao động huyện Châu Thành",
])
@pytest.mark.parametrize("clock", ["Thứ tư, 20/11/2024 | 08:44", "Thứ Hai, ngày 18/11/2024 - 10:05",
                                   "Chủ nhật, 17.11.2024 07:30"])
def test_a_bodys_name_over_the_clock_is_the_masthead(masthead, clock):
    body = f"{masthead}\n\n{clock}\n\nTin tổng hợp\n\n{_HEADLINE}\n\n05/03/2024\n\n{_TEXT}"
    got = fields_of(body)
    assert got["title"] == _HEADLINE
    assert got["date"] == dt.date(2024, 3, 5)


def test_the_masthead_is_left_out_with_the_section_label_between():
    lines = numbered_lines("Công đoàn Dệt May Việt Nam", "", "Thứ tư, 20/11/2024 | 08:44", "Tin tổng hợp", _HEADLINE)
    kept, dropped = masthead_over_clock(lines)
    assert [d.text for d in dropped] == ["Công đoàn Dệt May Việt Nam"] and len(kept) == len(lines) - 1


@pytest.mark.parametrize("lines", [
    # a headline naming a body and an action over a clock: no masthead
    ("Công đoàn Dệt May tổ chức ngày hội việc làm", "Thứ tư, 20/11/2024 | 08:44", _HEADLINE),
    # a name over a date line with a place's word: a dateline, not a clock
    ("Công đoàn Dệt May Việt Nam", "Hà Nội, 20/11/2024", _HEADLINE),
    # a name over a clock with no headline under it, only the text's paragraph
    ("Công đoàn Dệt May Việt Nam", "Thứ tư, 20/11/2024 | 08:44", _TEXT.split("\n")[0]),
    # a title-case headline opening with an event's word
    ("Hội Nghị Ban Chấp Hành Công Đoàn Ngành", "Thứ tư, 20/11/2024 | 08:44", _HEADLINE),
    # the name far down the page, not at its top
    ("Trang chủ", "Giới thiệu", "Tin tức", "Liên hệ", "Công đoàn Dệt May Việt Nam", "Thứ tư, 20/11/2024 | 08:44",
     _HEADLINE),
])
def test_near_misses_keep_their_lines(lines):
    numbered = numbered_lines(*lines)
    assert masthead_over_clock(numbered) == (numbered, [])


@pytest.mark.parametrize("text, named", [
    ("Công đoàn Ngân hàng Việt Nam", True),
    ("BAN TUYÊN GIÁO TỈNH ỦY", True),
    ("Bạn Đồng Hành", False),  # "Bạn" is no "Ban"
    ("BẠN ĐỒNG HÀNH", False),
    ("Đoàn Kết Một Lòng", False),
    ("Hội nghị tổng kết năm 2023", False),
    ("Công đoàn cơ sở tổ chức hiến máu", False),
    ("Công đoàn Dệt May Việt Nam.", False),  # a sentence's end
])
def test_body_name(text, named):
    assert body_name(text) is named


# ---------------------------------------------------------------- a surname that also opens phrases

@pytest.mark.parametrize("text, name", [
    ("Đồng Văn Đến", "Đồng Văn Đến"),
    ("ĐỒNG VĂN ĐẾN", "Đồng Văn Đến"),
    ("Dong Van Den", "Dong Van Den"),  # no tone marks
    ("Đồng Thị Mai Hoa", "Đồng Thị Mai Hoa"),
    ("Ông Văn Tùng", "Ông Văn Tùng"),
    ("Từ Thị Lan", "Từ Thị Lan"),
])
def test_a_name_opening_with_a_phrase_surname_is_a_name(text, name):
    assert person_name(text) == name


@pytest.mark.parametrize("text", [
    "Đồng Chí Bí Thư", "Đồng Hành Cùng Em", "ĐỒNG HÀNH CÙNG DOANH NGHIỆP", "Khen Thưởng", "Tin Tức",
    "Đến Với Quê Hương", "Đồng Văn", "Đồng Văn Hà Giang", "đồng văn đến", "Ông Bà Nội",
])
def test_phrases_stay_refused(text):
    assert person_name(text) == ""


def test_the_end_byline_with_a_phrase_surname_is_read():
    body = f"{_HEADLINE}\n\n05/03/2024\n\n{_TEXT}Đồng Văn Đến\n\n\n\nTin cùng chuyên mục\n\nMột tin khác trên trang\n"
    assert fields_of(body)["author"] == "Đồng Văn Đến"


# ---------------------------------------------------------------- a name pushed right by spaces

@pytest.mark.parametrize("pushed", [
    " " * 40 + "Trần Minh Khoa",
    "\t\t\tTrần Minh Khoa",
    " " * 20 + "TRẦN MINH KHOA",
    " " * 30 + "Tran Minh Khoa",
])
def test_a_name_pushed_right_under_the_headlines_second_print_is_the_byline(pushed):
    body = (f"{_HEADLINE}\n\n05/03/2024\n\n{_TEXT.split(chr(10))[0]}\n\n \n\n{_HEADLINE}\n(nhớ về một mùa hội)\n\n"
            f"{pushed}\n \n{_TEXT}")
    assert fold(fields_of(body)["author"]) == "tran minh khoa"


@pytest.mark.parametrize("text, cells", [
    ("Người thầy của những trang sách cũ" + " " * 12 + "Trần Minh Khoa",
     ["Người thầy của những trang sách cũ", "Trần Minh Khoa"]),
    ("Người thầy của những trang sách cũ\t\tLê Thị Hoa", ["Người thầy của những trang sách cũ", "Lê Thị Hoa"]),
])
def test_a_name_after_a_gap_is_its_own_cell(text, cells):
    lines, pushed = split_pushed_names(numbered_lines(text))
    assert [t for _, t in lines] == cells and pushed == {1}


@pytest.mark.parametrize("text", [
    "    Trần Minh Khoa",  # a paragraph's indent, not a push
    "Người thầy của những trang sách cũ" + " " * 12 + "Tin tức",  # no name in the cell
    "Hôm ấy,   anh Trần Minh Khoa đến",  # a gap among a sentence's words
    "Ông viết:" + " " * 8 + "Trần Minh Khoa",  # a label before the gap
    " " * 30 + "Hà Nội, ngày 12/3/2024",  # a signature's place
])
def test_near_misses_are_not_split(text):
    lines, pushed = split_pushed_names(numbered_lines(text))
    assert lines == numbered_lines(text) and not pushed


def test_a_pushed_name_past_the_head_is_left_alone():
    lines = numbered_lines(*(["Một dòng của bài"] * 45), " " * 40 + "Trần Minh Khoa")
    assert split_pushed_names(lines)[1] == set()


def test_a_headline_in_capitals_over_a_clock_and_the_text_stays():
    """A headline naming a body, in capitals, over the clock and the first paragraph: no masthead,
    even with a writer's line of five words under the paragraph."""
    lines = numbered_lines("ĐẢNG BỘ HUYỆN MỸ HÀO- DẤU ẤN MỘT NHIỆM KỲ", "Thứ 4, 22.07.2020 | 08:13:00",
                           _TEXT.split("\n")[0], "Minh Anh - Quốc Chương")
    assert masthead_over_clock(lines) == (lines, [])


@pytest.mark.parametrize("writer", ["Đồng Văn Đến", "Ông Thị Hoa", "Từ Văn Bình"])
def test_a_phrase_surname_writer_before_the_headlines_colon_is_read(writer):
    body = f"{writer}: {_HEADLINE}\n\n05/03/2024\n\n{_TEXT}"
    assert fields_of(body)["author"] == writer


def test_a_phrase_opening_before_the_headlines_colon_is_no_writer():
    body = f"Đồng Hành Cùng Em: {_HEADLINE}\n\n05/03/2024\n\n{_TEXT}"
    assert fields_of(body)["author"] == ""


# ---------------------------------------------------------------- lead's review: signatures and tables stay

_NOTICE = "Thông báo về việc tổ chức hội nghị cán bộ toàn huyện năm 2024"
_SHORT = ("UBND huyện thông báo tổ chức hội nghị vào ngày 15/3/2024 tại hội trường lớn của huyện với sự "
          "tham dự của nhiều đại biểu.\n\n")


@pytest.mark.parametrize("rows", [
    "Chủ tịch UBND huyện       Nguyễn Văn Hùng\n\nPhó Chủ tịch UBND huyện       Trần Thị Lan\n\n",
    "Bí thư Huyện ủy\t\tNguyễn Văn Hùng\n\nPhó Bí thư Thường trực\t\tTrần Thị Lan\n\n",
    "Giám đốc Sở Nội vụ tỉnh      Nguyen Van Hung\n\n",
])
def test_a_tables_rows_of_posts_and_names_make_no_writer(rows):
    body = f"{_NOTICE}\n\n12/03/2024\n\n{rows}{_SHORT}"
    assert fields_of(body)["author"] == ""


@pytest.mark.parametrize("signature", [
    " " * 20 + "CHỦ TỊCH\n\n" + " " * 20 + "Nguyễn Văn Hùng\n",
    " " * 12 + "TM. BAN THƯỜNG VỤ\n" + " " * 12 + "BÍ THƯ\n\n" + " " * 12 + "Trần Thị Lan\n",
    "\t\t\tKT. GIÁM ĐỐC\n\t\t\tPHÓ GIÁM ĐỐC\n\n\t\t\tLê Văn Nam\n",
])
def test_a_signature_pushed_right_under_a_short_notice_is_no_writer(signature):
    body = f"{_NOTICE}\n\n12/03/2024\n\n{_SHORT}{signature}"
    assert fields_of(body)["author"] == ""
