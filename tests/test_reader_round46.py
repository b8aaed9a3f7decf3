"""Round 46 (holdout 45's kinds), on made-up text: a line in capitals glued to a title-case line
("... XỬ PHẠTThống kê truy cập") is two lines; a visit counter's rows ("• Đang truy cập 43",
"Hôm nay: 12") are the page's chrome, never a byline; a portal's menu items in capitals and a
counter's labels ("KHEN THƯỞNG", "XỬ PHẠT", "Hôm Nay") are no names.
"""
from __future__ import annotations

import pytest

from archive.read.chrome import is_noise_line, is_stop_line
from archive.read.glued_capitals import glued_capitals_at, split_glued_capitals
from archive.read.person_names import person_name
from made_up_pastes import fields_of

_HEAD = "Huyện tổ chức hội nghị tổng kết công tác y tế cơ sở năm 2023\n\n"
_TEXT = ("Sáng ngày 12/9, Ủy ban nhân dân huyện đã tổ chức hội nghị tổng kết công tác y tế cơ sở năm 2023 "
         "với sự tham dự của lãnh đạo các xã, thị trấn trên địa bàn.\n\n"
         "Hội nghị đã đánh giá kết quả đạt được và đề ra nhiệm vụ trọng tâm cho năm tới, nhất là việc nâng cao "
         "chất lượng khám chữa bệnh ban đầu cho nhân dân.\n\n")


# ---------------------------------------------------------------- a line in capitals glued to the next

@pytest.mark.parametrize("text, before", [
    ("KHEN THƯỞNG - XỬ PHẠTThống kê truy cập", "KHEN THƯỞNG - XỬ PHẠT"),
    ("KHEN THUONG - XU PHATThong ke truy cap", "KHEN THUONG - XU PHAT"),  # no tone marks
    ("TIN TỨC SỰ KIỆNĐang truy cập", "TIN TỨC SỰ KIỆN"),
    ("THI ĐUA | KHEN THƯỞNGLượt truy cập: 1.234", "THI ĐUA | KHEN THƯỞNG"),  # a bar between the items
    ("THÔNG BÁOKết quả tuyển sinh", "THÔNG BÁO"),
    ("VĂN BẢN MỚIHôm nay: 12", "VĂN BẢN MỚI"),
])
def test_a_capitals_line_glued_to_a_title_case_one_is_cut(text, before):
    cut = glued_capitals_at(text)
    assert cut is not None and text[:cut].rstrip() == before


@pytest.mark.parametrize("text", [
    "TPBank tài trợ giải chạy",  # a brand: "TP" + "Bank" (no syllable), and one word in capitals
    "NGÂN HÀNG TPBank",
    "BÁO VNExpress",
    "PHẠTThống kê",  # one word: no line in capitals before it
    "Khen Thưởng XửPhạt",  # title case, not capitals
    "ĐẢNG ỦY HCMCPVTin",  # an acronym: "HCMCPV" is no syllable
    "KHEN THƯỞNG - XỬ PHẠT",  # nothing glued
    "Thống kê truy cập",
    "",
])
def test_near_misses_stay_one_line(text):
    assert glued_capitals_at(text) is None


def test_the_pieces_keep_their_line_number():
    lines = [(7, "D.L"), (9, "KHEN THƯỞNG - XỬ PHẠTThống kê truy cập"), (10, "• Đang truy cập 43")]
    assert split_glued_capitals(lines) == [(7, "D.L"), (9, "KHEN THƯỞNG - XỬ PHẠT"), (9, "Thống kê truy cập"),
                                           (10, "• Đang truy cập 43")]


# ---------------------------------------------------------------- a visit counter's rows

@pytest.mark.parametrize("line", [
    "• Đang truy cập 43", "Đang truy cập 43", "Đang truy cập: 43", "• Đang online 5", "· Lượt truy cập 1.691.098",
    "DANG TRUY CAP 12", "Thống kê truy cập", "TỔNG SỐ LƯỢT TRUY CẬP",
])
def test_a_counter_label_starts_the_footer(line):
    assert is_stop_line(line)


@pytest.mark.parametrize("line", ["Hôm nay: 12", "• Hôm nay 7780", "Hôm qua : 1.029", "Tổng số: 48424", "• Tất cả: 1",
                                  "Tháng này : 353.682", "HÔM NAY: 5"])
def test_a_counter_row_is_noise(line):
    assert is_noise_line(line)


@pytest.mark.parametrize("line", [
    "Đang truy cập vào hệ thống thì bị lỗi",  # prose
    "Hôm nay, 12 đoàn viên đã tham gia hiến máu",
    "Tổng số đảng viên của chi bộ là 45 đồng chí.",
    "Đang truy cập",  # a word pair of prose, no counter's number
])
def test_near_misses_are_no_counter(line):
    assert not is_stop_line(line) and not is_noise_line(line)


# ---------------------------------------------------------------- menu items and counter labels are no names

@pytest.mark.parametrize("text", ["KHEN THƯỞNG", "Khen Thưởng", "XỬ PHẠT", "Xử Phạt", "THI ĐUA", "HÔM NAY", "Hôm Nay",
                                  "TỔNG SỐ", "Thống Kê", "khen thuong".title()])
def test_menu_and_counter_words_are_no_name(text):
    assert person_name(text) == ""


@pytest.mark.parametrize("text, expected", [
    ("HỒNG PHƯƠNG", "Hồng Phương"), ("Thu Hà", "Thu Hà"), ("Khánh Thương", "Khánh Thương"), ("NGUYỄN THƯỞNG", "Nguyễn Thưởng"),
])
def test_names_near_them_stay_names(text, expected):
    assert person_name(text) == expected


# ---------------------------------------------------------------- the whole page

@pytest.mark.parametrize("tail", [
    "KHEN THƯỞNG - XỬ PHẠTThống kê truy cập\n  • Đang truy cập 43\n",
    "KHEN THUONG - XU PHATThong ke truy cap\n• Dang truy cap 43\n",
    "THI ĐUA - KHEN THƯỞNGThống kê truy cập\nHôm nay: 12\nTổng số: 48424\n",
    "KHEN THƯỞNG - XỬ PHẠT\nThống kê truy cập\n• Đang truy cập 43\n",
    "KHEN THƯỞNG\n• Đang truy cập 43\n",
])
def test_a_menu_over_a_counter_is_no_byline(tail):
    assert fields_of(_HEAD + "02/10/2023 07:30\n" + _TEXT + "D.L\n\n" + tail)["author"] == ""


@pytest.mark.parametrize("tail, author", [
    ("Hoàng Minh\n\nThống kê truy cập\n• Đang truy cập 43\n", "Hoàng Minh"),
    ("HOÀNG MINH - THU HÀ\nThống kê truy cập\n", "Hoàng Minh - Thu Hà"),
])
def test_a_byline_over_a_counter_is_read(tail, author):
    assert fields_of(_HEAD + "02/10/2023 07:30\n" + _TEXT + tail)["author"] == author
