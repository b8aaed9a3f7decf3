"""The reader of issue 13, round 20, on made-up text: a read-aloud and glossary widget's lines
above the headline ("Từ viết tắt Đọc bài viết", "× Đọc bài viết Tạm dừng ...") are chrome, never
the headline, so the date line under the real one is kept; a journal's author field whose names
carry footnote marks keyed to affiliations ("Lê Văn An*, Trần Thị Bình** - Viện X*, Bệnh viện Y**")
names each author; a visit counter and a weather widget under an end byline pushed right by
spaces start the footer, so the byline is the last line of the text; an author's field over a
rating box and a "Những tin mới hơn" list is the byline, not a link of the list."""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.author_fields import is_author_field, without_marks
from archive.read.bylines import parse_byline
from archive.read.chrome import is_noise_line, is_stop_line
from made_up_pastes import reading

LEAD = ("Năm 2023, Ban Quản lý khu di tích tỉnh đã đón tiếp hơn 900 đoàn khách với trên 80 nghìn lượt "
        "khách đến tham quan, dâng hương và tìm hiểu lịch sử, tăng 20% so với năm trước.")
SECOND = ("Trong đó, khu di tích trung tâm đón 600 đoàn; ban quản lý đã bố trí thuyết minh viên "
          "phục vụ khách và giữ gìn cảnh quan sạch đẹp trong suốt mùa lễ hội đầu xuân.")
TITLE = "Ban quản lý khu di tích tỉnh đón tiếp hơn 900 đoàn khách trong năm 2023"


# ---------------------------------------------------------------- a read-aloud widget above the headline

@pytest.mark.parametrize("widget", [
    "Cỡ chữ\nA A\nTừ viết tắt Đọc bài viết\n× Đọc bài viết Tạm dừng Đọc tiếp Dừng đọc Đang tải...\n"
    "Vui lòng chờ giây lát\n× Bài viết không có file audio\nTương phản\n",
    "Từ viết tắt\nNghe đọc bài viết\nTạm dừng Đọc tiếp\n",
    "Tương phản\nTừ viết tắt Nghe bài viết\nĐang tải...\n",
])
def test_a_read_aloud_widget_is_never_the_headline(widget):
    read = reading(f"Tin tức và Sự kiện\n\n{widget}\n{TITLE}\n\n13/01/2024 | 11:00\n\n{LEAD}\n\n{SECOND}\n")
    assert read.fields.get("title") == TITLE
    assert read.fields.get("date") == dt.date(2024, 1, 13)


@pytest.mark.parametrize("line", [
    "Từ viết tắt Đọc bài viết", "× Đọc bài viết Tạm dừng Đọc tiếp Dừng đọc Đang tải...",
    "Vui lòng chờ giây lát", "× Bài viết không có file audio", "Tương phản",
])
def test_the_widgets_lines_are_chrome(line):
    assert is_noise_line(line)


@pytest.mark.parametrize("line", [
    "Từ viết tắt trong văn bản hành chính cần được dùng thống nhất",  # a headline naming the words
    "Đọc bài viết của Tổng Bí thư về chuyển đổi số",
    "Tạm dừng thi công cầu vượt nút giao phía Bắc",
])
def test_headlines_naming_the_widgets_words_are_not_chrome(line):
    assert not is_noise_line(line)


# ---------------------------------------------------------------- footnote marks after authors' names

@pytest.mark.parametrize("line, names", [
    ("Tác giả: Lê Văn An*, Trần Thị Bình*, Phạm Quốc Cường** - Viện Tim mạch*, Bệnh viện Bạch Mai**",
     ("Lê Văn An", "Trần Thị Bình", "Phạm Quốc Cường")),
    ("Tác giả: Nguyễn Thị Hoa¹, Đỗ Minh Khôi²", ("Nguyễn Thị Hoa", "Đỗ Minh Khôi")),
    ("Hoàng Văn Sơn*, Vũ Thị Lan†", ("Hoàng Văn Sơn", "Vũ Thị Lan")),
])
def test_footnote_marks_are_no_part_of_a_name(line, names):
    assert parse_byline(line) == names


def test_a_journals_authors_under_the_headline_are_read():
    read = reading("Nghiên cứu Lâm sàng\nThứ 5, 16/8/2018\n"
                   "Đánh giá kết quả điều trị tăng huyết áp ở người cao tuổi tại tuyến huyện\n"
                   "Tác giả: Lê Văn An*, Trần Thị Bình*, Phạm Quốc Cường** - Viện Tim mạch*, Bệnh viện Bạch Mai**\n"
                   "Print E-mail\n\nTÓM TẮT:\n\nMục tiêu: đánh giá kết quả điều trị tăng huyết áp ở người "
                   "cao tuổi tại các bệnh viện tuyến huyện của ba tỉnh phía Bắc trong năm 2017.\n\n"
                   "Phương pháp: nghiên cứu mô tả cắt ngang trên 320 bệnh nhân được theo dõi trong sáu tháng "
                   "liên tục tại phòng khám ngoại trú.\n", "https://tapchi.example.org.vn/news/12/.html")
    assert read.fields.get("author") == "Lê Văn An - Trần Thị Bình - Phạm Quốc Cường"


@pytest.mark.parametrize("text", [
    "* * *",  # a section break
    "Ghi chú: (*) số liệu ước tính",  # a note's mark in brackets
    "Doanh thu tăng 5%*",  # a mark after a figure, not a letter
])
def test_marks_not_after_a_letter_stay(text):
    assert without_marks(text) == text


# ---------------------------------------------------------------- a visit counter and weather widget under an end byline

@pytest.mark.parametrize("widget", [
    "Thống kê truy cập\n\nĐang online: 5\nHôm nay: 71\nHôm qua: 1,287\nTháng này: 31,070\n"
    "Lượt truy cập: 1,691,098\nQuảng Trị\n+35\n°\nC\nCao:+36\nThấp:+25\nThỉnh thoảng có nắng\n",
    "Thống kê lượt truy cập\nHôm nay: 120\nTổng: 45.210\nHà Giang\n28°C\nCó mưa rào\n",
    "Đang truy cập: 12\nHôm nay: 340\nNhiều mây, không mưa\n",
])
def test_an_end_byline_over_a_visit_counter_is_read(widget):
    read = reading(f"{TITLE}\n\n\n{LEAD}\n\n\n\n{SECOND}\n\n"
                   f"                                                                     Ngọc Tuấn\n\n\n\n{widget}")
    assert read.fields.get("author") == "Ngọc Tuấn"


@pytest.mark.parametrize("line", ["Thống kê truy cập", "Bộ đếm truy cập:", "Đang online: 5",
                                  "Lượt truy cập: 1,691,098", "Đang truy cập: 12"])
def test_a_visit_counters_lines_start_the_footer(line):
    assert is_stop_line(line)


@pytest.mark.parametrize("line", [
    "Thống kê truy cập cho thấy lượng người dùng tăng mạnh",  # a sentence about the figures
    "Đang online ngày càng phổ biến trong giới trẻ",
])
def test_sentences_about_visits_are_not_footers(line):
    assert not is_stop_line(line)


# ---------------------------------------------------------------- an author's field above a list of newer links

@pytest.mark.parametrize("field, author", [
    ("Tác giả: Lục Văn Thắng - xã Việt Hồng", "Lục Văn Thắng"),
    ("Người viết: Hoàng Thị Mai - Hội Phụ nữ xã", "Hoàng Thị Mai"),
    ("Tác giả bài viết: Nông Văn Đức - Văn phòng HĐND-UBND", "Nông Văn Đức"),
])
def test_an_author_field_over_a_rating_box_and_link_list_is_the_byline(field, author):
    read = reading(f"Khánh thành nhà văn hóa thôn Tân Thành xã Việt Hồng\n15/08/2023\n\n{LEAD}\n\n{SECOND}\n\n"
                   f"{field}\n\nTổng số điểm của bài viết là: 0 trong 0 đánh giá\n\nClick để đánh giá bài viết\n\n"
                   "Những tin mới hơn\n\nNhững tin mới hơn\n\nLIÊN KẾT WEBSITE\n")
    assert read.fields.get("author") == author


@pytest.mark.parametrize("text, field", [
    ("Tác giả: Lục Văn Thắng - xã Việt Hồng", True),
    ("Người viết : Minh Anh", True),
    ("Tác giả Nam Cao và những trang viết về người nông dân", False),  # no colon: a headline
    ("Tác giả:", False),  # an empty field is chrome elsewhere
    ("Thông báo: Lịch tiếp công dân tháng 9 của Chủ tịch UBND xã", False),  # not an author's label
])
def test_what_counts_as_an_author_field(text, field):
    assert is_author_field(text) is field


def test_a_list_of_newer_headlines_is_still_dropped():
    read = reading(f"{TITLE}\n15/08/2023\n\n{LEAD}\n\n{SECOND}\n\n"
                   "Xã Việt Hồng tổ chức hội nghị tổng kết phong trào thi đua năm 2023\n"
                   "Huyện đoàn ra quân hưởng ứng Tháng Thanh niên với nhiều hoạt động ý nghĩa\n"
                   "Hội Nông dân xã tập huấn kỹ thuật trồng cây ăn quả cho hội viên\n")
    assert "Hội Nông dân xã tập huấn" not in " ".join(b.text for b in read.article.blocks)
