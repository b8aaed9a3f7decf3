"""The reader of issue 13, round 23 (bylines), on made-up text: a small site's footer line after the
text signs the writer among its facts ("Tenmien.vn - 07:33 - 16/01/2021 - Bài của X"); a name after
an ellipsis closing a long flattened paragraph ("khen thưởng... Đức Hùng"); a given name shared with a
clock's mark ("Sa Oanh/VOV-ĐBSCL"); a genre before the name with "kí" for "ký" or a story's genre
("Bút kí - X", "Truyện ngắn của X"); a titled name under the head that the text names as its subject
is no writer; a capitals headline's words after its place ("HÀ NỘI SINH HOẠT") are no name."""
from __future__ import annotations

import pytest

from archive.read.bylines import parse_byline, person_name
from archive.read.signed_footers import footer_names
from archive.read.subject_bylines import named_in_text
from made_up_pastes import author_of

TITLE = "Hội Văn học nghệ thuật tỉnh tổng kết công tác năm 2023"
LEAD = ("Sáng 14/1, Hội Văn học nghệ thuật tỉnh tổ chức hội nghị tổng kết công tác năm 2023 và triển khai "
        "nhiệm vụ năm 2024 với sự tham dự của đông đảo hội viên trong toàn tỉnh.")
SECOND = ("Trong năm qua, các hội viên đã sáng tác hàng trăm tác phẩm thuộc nhiều thể loại, nhiều tác phẩm "
          "được giải thưởng cấp trung ương và cấp tỉnh, góp phần làm phong phú đời sống tinh thần của nhân dân.")
THIRD = ("Hội cũng tổ chức thành công trại sáng tác văn học tại huyện miền núi, xuất bản hai số tạp chí "
         "chuyên đề và trao giải cuộc thi viết về quê hương đất nước cho hai mươi tác giả.")
FOURTH = "Xin cảm ơn những người đã đồng hành cùng Hội trong những năm tháng ấy."


# ---------------------------------------------------------------- a footer line signed among the site's facts

@pytest.mark.parametrize("line, names", [
    ("Vanhoctinh.vn - 07:33 - 16/01/2021 - Bài của Trần Minh Khoa", ("Trần Minh Khoa",)),
    ("tranminhkhoa.com - 16/01/2021 - 07:33 - Bài viết: Trần Minh Khoa", ("Trần Minh Khoa",)),
    ("www.vanhoc.net | 16/01/2021 | Lê Thu Hà", ("Lê Thu Hà",)),
    ("Vanhoctinh.vn - 16/01/2021 - Trần Minh Khoa - Lê Thu Hà", ()),  # a second name is no fact of the site
    ("Vanhoctinh.vn - 07:33 - Bài của Trần Minh Khoa", ()),  # no date: not this footer
    ("Hội nghị tổng kết - 16/01/2021 - Bài của Trần Minh Khoa", ()),  # words, not the site's facts
    ("Vanhoctinh.vn - 07:33 - 16/01/2021 - Gửi bình luận", ()),
])
def test_footer_names(line, names):
    assert footer_names(line) == names


def test_a_dated_footer_after_a_long_text_signs_the_writer():
    body = (f"{TITLE}\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}\n\n{FOURTH}\n\n \n\n\n"
            "Vanhoctinh.vn - 07:33 - 16/01/2021 - Bài của Trần Minh Khoa          \n\nGửi bình luận\n")
    assert author_of(body) == "Trần Minh Khoa"


def test_a_footer_of_words_and_a_date_signs_no_one():
    body = f"{TITLE}\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}\n\n{FOURTH}\n\nHội nghị tổng kết - 16/01/2021 - Trần\n"
    assert author_of(body) == ""


# ---------------------------------------------------------------- a name after an ellipsis

@pytest.mark.parametrize("end, name", [
    ("được UBND tỉnh khen thưởng... Đức Hùng", "Đức Hùng"),
    ("được UBND tỉnh khen thưởng… Minh Tuấn", "Minh Tuấn"),
    ("được UBND tỉnh khen thưởng... Nguyễn Thu Trang", "Nguyễn Thu Trang"),
])
def test_a_name_after_an_ellipsis_closing_a_flattened_paragraph(end, name):
    body = f"{TITLE}\n15/01/2024\n{LEAD} {SECOND} Nhiều tập thể, cá nhân {end}\n"
    assert author_of(body) == name


def test_a_short_paragraph_trailing_off_keeps_its_words():
    body = f"{TITLE}\n15/01/2024\n{LEAD}\n{SECOND}\nÔng nói về những ngày ấy... Minh Tuấn\n"
    assert author_of(body) == ""  # a cut quote: the words after the ellipsis may be a sentence's


# ---------------------------------------------------------------- a given name shared with a clock's mark

@pytest.mark.parametrize("line, names", [
    ("Sa Oanh/VOV-ĐBSCL", ("Sa Oanh",)),
    ("Sa Oanh/VOV-Tây Bắc", ("Sa Oanh",)),
    ("Ngọc Sa", ("Ngọc Sa",)),
    ("Minh Anh/VOV-ĐBSCL", ("Minh Anh",)),
])
def test_sa_in_proper_case_is_a_name(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize("text", ["10:11 SA", "SA", "Sa Pa", "Hoàng Sa", "CH"])
def test_a_clock_mark_or_a_place_stays_no_name(text):
    assert person_name(text) == ""


def test_a_station_byline_with_a_name_like_a_clock_mark_over_a_comment_button():
    body = f"{TITLE}\n15/01/2024\n{LEAD}\n{SECOND}\nSa Oanh/VOV-ĐBSCL\nViết bình luận\n"
    assert author_of(body) == "Sa Oanh"


# ---------------------------------------------------------------- a genre before the name

@pytest.mark.parametrize("line, names", [
    ("Bút kí - Xuân Đức", ("Xuân Đức",)),
    ("Bút ký - Xuân Đức", ("Xuân Đức",)),
    ("Bút kí của Lê Văn Hòa", ("Lê Văn Hòa",)),
    ("Kí của Minh Ngọc", ("Minh Ngọc",)),
    ("Tùy bút - Nguyễn Thị Mai", ("Nguyễn Thị Mai",)),
    ("Truyện ngắn của Phạm Văn Long", ("Phạm Văn Long",)),
    ("Truyện ngắn - Phạm Văn Long", ("Phạm Văn Long",)),
    ("Tiểu luận: Trần Đình Sử", ("Trần Đình Sử",)),
])
def test_a_genre_before_the_name(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize("line", ["Truyện ngắn", "Bút kí", "Truyện ngắn - tình mẹ", "Kì họp thứ năm"])
def test_a_genre_alone_or_before_words_is_no_byline(line):
    assert parse_byline(line) == ()


@pytest.mark.parametrize("genre", ["Bút kí - ", "Tùy bút - ", "Truyện ngắn của "])
def test_a_genre_and_the_name_under_a_capitals_headline(genre):
    body = f"Thứ Ba, 6 tháng 10, 2015\n\n{TITLE.upper()}\n\n{genre}Lê Văn Hòa\n\n{LEAD}\n{SECOND}\n"
    assert author_of(body) == "Lê Văn Hòa"


# ---------------------------------------------------------------- the text's subject under the head

@pytest.mark.parametrize("title", ["Nhà văn", "Nhà thơ", "PGS.TS"])
def test_a_titled_name_the_lead_names_is_the_subject_not_the_writer(title):
    lead = f"Trả lời phỏng vấn, {title.lower() if ' ' in title else title} Nguyễn Thị Hồng Nhung cho biết {LEAD}"
    body = f"{TITLE}\n15/01/2024\n\n{title} Nguyễn Thị Hồng Nhung\n\n{lead}\n{SECOND}\n"
    assert author_of(body) == ""


def test_a_titled_name_the_text_never_names_is_the_writer():
    body = f"{TITLE}\n15/01/2024\n\nNhà văn Nguyễn Thị Hồng Nhung\n\n{LEAD}\n{SECOND}\n"
    assert author_of(body) == "Nhà văn Nguyễn Thị Hồng Nhung"


def test_named_in_text_asks_the_title_and_the_full_name():
    bylines = {3: ("Nhà văn Nguyễn Thị Hồng Nhung",)}
    assert named_in_text(bylines, [(5, "Theo nhà văn Nguyễn Thị Hồng Nhung, ...")])
    assert not named_in_text(bylines, [(5, "Chị Hồng Nhung kể lại ...")])
    assert not named_in_text({3: ("Hồng Nhung",)}, [(5, "Chị Hồng Nhung kể lại ...")])  # no title: a pen name


# ---------------------------------------------------------------- a capitals headline's words

@pytest.mark.parametrize("text", ["Hà Nội Sinh Hoạt", "HÀ NỘI SINH HOẠT NGÀY", "Hải Phòng Tổ Chức Lễ"])
def test_a_place_then_words_is_no_name(text):
    assert person_name(text) == ""


@pytest.mark.parametrize("text", ["Hà Nam Khánh", "Nguyễn Hà Nội", "Hà Thu Trang"])
def test_a_name_like_a_place_stays(text):
    assert person_name(text)


def test_a_capitals_headline_with_its_place_and_day_signs_no_one():
    body = f"CHI HỘI CHƯƠNG MỸ, HÀ NỘI SINH HOẠT NGÀY 28/5/2020\n\n{LEAD}\n{SECOND}\n"
    assert author_of(body) == ""

