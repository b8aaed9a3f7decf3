"""The reader of issue 13, round 22 (bylines), on made-up text: a religious writer's title and
dharma name ("Đại đức Thích Minh Tâm"), a saint's name before a Catholic writer's name ("Giuse
Trần Văn Hòa", "FX. Lê Minh") and a pastor's title ("Mục sư Lê Văn Phúc") are bylines, the title
kept as "ThS." is; a compiler's code ("T/h:", "TH:") before a name leaves the name; two full names
on one line with no separator are two authors; a block of name / unit / name / unit under the
headline names every author; a chapter's heading ("Chương VIII") is no name; an album's prompt and
hashtags under the end's name do not hide it."""
from __future__ import annotations

import pytest

from archive.read.bylines import is_position_line, parse_byline, person_name
from archive.read.religious_names import dharma_name, roman_numeral, two_full_names
from made_up_pastes import author_of, reading

TITLE = "Chùa Phước Hải tổ chức khóa tu mùa hè cho thanh thiếu niên năm 2024"
LEAD = ("Sáng 14/7, tại chùa Phước Hải, Ban Trị sự Phật giáo huyện đã long trọng khai mạc khóa tu mùa hè "
        "với sự tham dự của hơn 300 bạn trẻ đến từ các xã trong huyện.")
SECOND = ("Trong suốt năm ngày tu học, các khóa sinh được nghe giảng về đạo đức, kỹ năng sống, lòng hiếu thảo "
          "với ông bà, cha mẹ và tham gia nhiều hoạt động tập thể bổ ích.")


# ---------------------------------------------------------------- religious names

@pytest.mark.parametrize("line, name", [
    ("Đại đức Thích Minh Tâm", "Đại đức Thích Minh Tâm"),
    ("Tin và ảnh: Thượng tọa Thích Quảng Huệ", "Thượng tọa Thích Quảng Huệ"),
    ("Hòa thượng Thích Trí Viên", "Hòa thượng Thích Trí Viên"),
    ("Ni sư Thích Nữ Diệu Hạnh", "Ni sư Thích Nữ Diệu Hạnh"),
    ("Sư cô Thích Nữ Tâm Liên", "Sư cô Thích Nữ Tâm Liên"),
    ("Giuse Trần Văn Hòa", "Giuse Trần Văn Hòa"),
    ("Maria Nguyễn Thị Thanh", "Maria Nguyễn Thị Thanh"),
    ("Phêrô Lê Quang Vinh", "Phêrô Lê Quang Vinh"),
    ("Bài: Phaolô Đỗ Minh Khang", "Phaolô Đỗ Minh Khang"),
    ("FX. Lê Minh Đức", "FX. Lê Minh Đức"),
    ("G.B. Phạm Quốc Huy", "G.B. Phạm Quốc Huy"),
    ("Jos. Hoàng Văn Lộc", "Jos. Hoàng Văn Lộc"),
    ("Mục sư Lê Văn Phúc", "Mục sư Lê Văn Phúc"),
    ("Linh mục Giuse Trần Đình Bảo", "Linh mục Giuse Trần Đình Bảo"),
])
def test_a_religious_writers_title_and_name_are_the_byline(line, name):
    assert parse_byline(line) == (name,)
    assert author_of(f"{TITLE}\n{LEAD}\n{SECOND}\n{line}\n") == name


@pytest.mark.parametrize("line", [
    "Đại đức",  # a title alone names no one
    "Giuse",
    "Thích",
    "Thích hợp với mọi người",  # "thích" as a word, lower case after it
    "Maria",
    "Mục sư",
])
def test_a_title_or_a_saints_name_alone_is_no_byline(line):
    assert parse_byline(line) == ()


def test_a_dharma_name_opens_with_thich_and_capitalised_syllables():
    assert dharma_name("Thích Minh Tâm".split())
    assert dharma_name("Thích Nữ Như Liên".split())
    assert not dharma_name("Thích Minh".split()[:1])
    assert not dharma_name("Thích nghi nhanh".split())
    assert not dharma_name("Thịnh Minh Tâm".split())
    assert not dharma_name("Thích Ca Mâu Ni".split())  # the Buddha's name, not a monk's
    assert parse_byline("Thích Ca Mâu Ni") == ()
    assert not person_name("Minh Tâm Thiện Đức")  # four words, no surname, no "Thích": still no name


def test_a_saint_name_in_a_sentence_stays_text():
    sentence = "Thánh lễ do Cha Giuse Nguyễn Văn An chủ sự, với sự hiệp thông của cộng đoàn."
    read = reading(f"{TITLE}\n{LEAD}\n{sentence}\n")
    assert read.fields.get("author", "") == ""
    assert sentence in " ".join(b.text for b in read.fields.get("blocks", ()))


# ---------------------------------------------------------------- the compiler's code

@pytest.mark.parametrize("line, name", [
    ("T/h: Thu Trang", "Thu Trang"),
    ("T/H: Minh Hà", "Minh Hà"),
    ("TH: Nguyễn Văn Bình", "Nguyễn Văn Bình"),
    ("Th: Lê Hồng", "Lê Hồng"),
])
def test_a_compilers_code_before_a_name_leaves_the_name(line, name):
    assert parse_byline(line) == (name,)
    assert author_of(f"{TITLE}\n{LEAD}\n{SECOND}\n\n{line}\n") == name


@pytest.mark.parametrize("line", ["TH", "T/h", "T/h:", "TH:"])
def test_the_code_alone_is_no_byline(line):
    assert parse_byline(line) == ()


def test_a_name_opening_with_th_is_not_cut():
    assert parse_byline("Thu Trang") == ("Thu Trang",)
    assert parse_byline("Thanh Hà - Minh Thư") == ("Thanh Hà", "Minh Thư")


# ---------------------------------------------------------------- two full names with no separator

@pytest.mark.parametrize("line, names", [
    ("Phạm Văn Hải Lưu Thị Hồng", ("Phạm Văn Hải", "Lưu Thị Hồng")),
    ("Nguyễn Thị Thu Hằng Trần Quốc Bảo", ("Nguyễn Thị Thu Hằng", "Trần Quốc Bảo")),
    ("Lê Minh Tuấn Đỗ Thị Ngọc Anh", ("Lê Minh Tuấn", "Đỗ Thị Ngọc Anh")),
])
def test_two_full_names_on_one_line_are_two_authors(line, names):
    assert parse_byline(line) == names
    headline = "Một số vấn đề pháp lý về hợp đồng điện tử trong giao dịch dân sự"
    assert author_of(f"{headline}\n\n{line}\n\n07/04/2024 10:05\n\n{LEAD}\n{SECOND}\n") == " - ".join(names)


@pytest.mark.parametrize("piece", [
    "Nguyễn Văn Hải",  # one name
    "Phạm Văn Hải Lưu",  # the second half is no whole name
    "Trần Văn Minh Lê Hoa",  # a half of two words: a pen name may be no second author
    "Nguyễn Thị Thu Hà Trần Quốc Bảo",  # "Hà" and "Trần" both open a name: unsure too
    "Bí thư Phạm Văn Hải Lưu ý",  # a sentence's words
])
def test_a_line_is_split_only_where_both_halves_are_whole_names(piece):
    assert two_full_names(piece) == [piece]


# ---------------------------------------------------------------- name / unit / name / unit under the headline

BLOCK_HEADLINE = "MỘT SỐ VẤN ĐỀ PHÁP LÝ VỀ HỢP ĐỒNG THÔNG MINH TRONG THƯƠNG MẠI ĐIỆN TỬ"
ABSTRACT = ("Tóm tắt: Bài viết phân tích khái niệm hợp đồng thông minh, những khó khăn khi áp dụng trong "
            "thương mại điện tử và đưa ra một số kiến nghị nhằm hoàn thiện khung pháp lý hiện nay.")


@pytest.mark.parametrize("block, names", [
    (["ThS. Trần Thị Mai Anh", "Khoa Luật Dân sự, Trường Đại học Luật Hà Nội",
      "Nguyễn Văn Dũng", "Học viên cao học khóa 30, Trường Đại học Luật Hà Nội"],
     "ThS. Trần Thị Mai Anh - Nguyễn Văn Dũng"),
    (["TS. Lê Văn Hùng", "Viện Nhà nước và Pháp luật", "Nguyễn Thị Hạnh", "Trường Đại học Kinh tế",
      "Trương Minh Quân", "Khoa Luật, Đại học Quốc gia"],
     "TS. Lê Văn Hùng - Nguyễn Thị Hạnh - Trương Minh Quân"),
])
def test_a_block_of_names_and_units_names_every_author(block, names):
    body = "\n".join([BLOCK_HEADLINE, "", *block, "", ABSTRACT, SECOND]) + "\n"
    read = reading(body)
    assert read.fields.get("author") == names
    text = " ".join(b.text for b in read.fields.get("blocks", ()))
    assert not any(unit in text for unit in block[1::2])


def test_a_surname_that_folds_like_a_post_word_is_no_position():
    assert not is_position_line("Nguyễn Văn Dương")
    assert not is_position_line("Trương Minh Quân")
    assert is_position_line("Nguyên Chủ nhiệm Văn phòng Quốc hội")
    assert is_position_line("Trưởng phòng Tổ chức cán bộ")


# ---------------------------------------------------------------- a chapter's heading is no name

@pytest.mark.parametrize("line", ["Chương VIII", "Phần IV", "Chương XII", "CHƯƠNG III", "Mục VII"])
def test_a_roman_numeral_is_never_a_given_name(line):
    assert parse_byline(line) == ()


def test_a_chapter_heading_under_the_headline_is_no_byline():
    headline = "Thần học Mục vụ - Chương VIII - Hội Thánh (phần 3)"
    body = f"{headline}\n\nChủ nhật - 07/12/2014 23:07\nChương VIII\nHỘI THÁNH\n{LEAD}\n{SECOND}\n"
    assert reading(body).fields.get("author", "") == ""


def test_a_name_printed_in_capitals_keeps_a_syllable_like_numeral():
    assert roman_numeral("VIII", True) and roman_numeral("VI", False)
    assert not roman_numeral("VI", True) and not roman_numeral("XI", True)
    assert not roman_numeral("V", False)  # one letter: an initial, not a chapter
    assert parse_byline("TRẦN VĂN XI") == ("Trần Văn Xi",)


# ---------------------------------------------------------------- an album's prompt and hashtags under the name

@pytest.mark.parametrize("tail", [
    ['Xin "click" lên hình để xem các hình trong album này:', "#GiaoXuAnHoa#LeBonMang #GiaoPhan"],
    ["Mời bạn nhấn vào ảnh để xem thêm trong album:", "#KhoaTuMuaHe"],
    ["#ChuaPhuocHai #KhoaTu"],
])
def test_an_album_prompt_and_hashtags_under_the_name_leave_it_the_byline(tail):
    body = "\n".join([TITLE, LEAD, SECOND, "Giuse Trần Văn Hòa", *tail]) + "\n"
    assert author_of(body) == "Giuse Trần Văn Hòa"


def test_a_hashtag_line_inside_the_text_is_no_byline():
    body = "\n".join([TITLE, LEAD, "#KhoaTuMuaHe #ChuaPhuocHai", SECOND]) + "\n"
    assert author_of(body) == ""
