"""The layout rules on small cases, one rule at a time."""
import pytest

from archive import models
from archive.read.chrome import strip_chrome, undouble
from archive.read.layout import classify, find_date_line, find_layout, is_name_like


def lines(*texts):
    return list(enumerate(texts, start=1))


@pytest.mark.parametrize("text, byline", [
    ("Chính trị | 06:51 Thứ Năm ngày 11/10/2012", ""),  # a section name is not a byline
    ("Quốc Bình| 16/07/2018 20:15", "Quốc Bình"),
    ("Thứ Hai, ngày 30 tháng 1 năm 2023", ""),
    ("11:30 18/04/2023", ""),
    ("01/06/2020 | 1456", ""),  # a view count
])
def test_date_lines_of_the_five_layouts(text, byline):
    found = find_date_line(lines("Tiêu đề", text))
    assert found and found.text == text and found.byline == byline


def test_prose_with_a_date_is_not_a_date_line():
    assert find_date_line(lines("Ngày 23/12/2022, Thành ủy tổ chức hội nghị tổng kết công tác năm với nhiều nội dung")) is None


@pytest.mark.parametrize("text, kind", [
    ("Những dấu ấn đổi mới", models.HEADING),
    ("Đồng chí Nguyễn Văn Nên phát biểu tại Hội nghị", models.CAPTION),
    ("Ảnh: Quang cảnh hội nghị.", models.CAPTION),
    ("1. Tham mưu hoàn thành việc tổ chức đại hội.", models.ITEM),
    ("Hội nghị được tổ chức trực tuyến tại 70 điểm cầu.", models.PARAGRAPH),
])
def test_block_kinds(text, kind):
    assert classify(1, text).kind == kind


def test_caption_printed_twice_on_one_line():
    assert undouble("Ảnh đẹp Ảnh đẹp") == "Ảnh đẹp"
    assert undouble("Ảnh đẹp Ảnh xấu") is None


@pytest.mark.parametrize("text, expected", [
    ("Bình Yên", True), ("S. Hải", True), ("Hoàng Lan - Hoàng Mai", True),
    ("Thông báo", False), ("Tag:", False), ("Ba là, những việc mới.", False),
])
def test_name_like(text, expected):
    assert is_name_like(text) is expected


def test_footer_and_noise_are_dropped_but_article_words_are_kept():
    kept = strip_chrome(lines("Sign In", "Tiêu đề", "Thân bài có chữ Bình luận ở giữa.", "Đoạn hai.",
                              "Bình luận", "Gõ tiếng Việt có dấu, tối thiểu 15 chữ"))
    assert [t for _, t in kept] == ["Tiêu đề", "Thân bài có chữ Bình luận ở giữa.", "Đoạn hai."]


def test_layout_with_no_date_line_takes_the_first_line_as_title():
    layout = find_layout(lines("Tiêu đề bài", "Đoạn mở đầu dài, viết thành câu hoàn chỉnh."))
    assert layout.title[1] == "Tiêu đề bài" and layout.lead[1].startswith("Đoạn mở đầu")
    assert layout.date_line is None


def test_header_title_absent_from_text_means_no_title_line():
    layout = find_layout(lines("Đoạn mở đầu dài, viết thành câu hoàn chỉnh.", "Đoạn hai."), title_hint="Khác")
    assert layout.title is None and layout.lead[1].startswith("Đoạn mở đầu")


def test_lead_marker_names_outlet_and_is_stripped():
    layout = find_layout(lines("Tiêu đề", "16/07/2018", "(HNMO) - Nội dung mở đầu."))
    assert layout.marker == "HNMO" and layout.lead[1] == "Nội dung mở đầu."
