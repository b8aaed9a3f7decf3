"""The reader of issue 13, round 11, on made-up text: a headline glued to its own cut copy is
the full headline, a font-size widget on its own line is chrome, an end byline over a photo's caption is the byline, and
a bulleted line that is only names is the byline, not a link to another article; a line only naming
a body over a headline in capitals closed by a full stop is the masthead; a headline wholly in quotes cut off by an
ellipsis is a headline, not the lead; a date padded with zeros beside an English clock is day first."""
import datetime as dt

import pytest

from archive.read.chrome import is_noise_line
from archive.read.glued import unglue
from archive.read.layout import find_layout
from archive.read.prose import is_sentence
from archive.read.sources import organ_name
from archive.text.dates import find_date
from made_up_pastes import reading

HEADLINE = "Sở Giáo dục tổ chức hội nghị tổng kết năm học 2023 - 2024 trên địa bàn tỉnh"
LEAD = ("Sáng 12/7, Sở Giáo dục và Đào tạo tổ chức hội nghị tổng kết năm học 2023 - 2024, triển khai "
        "nhiệm vụ năm học mới với sự tham dự của lãnh đạo các phòng, ban.")
MORE = "Hội nghị đã thảo luận, thống nhất các giải pháp thực hiện trong thời gian tới."


# ---------------------------------------------------------------- a headline glued to its own cut copy

@pytest.mark.parametrize("short, full", [
    ("Sở Giáo dục tổ chức hội nghị tổng kết năm", HEADLINE),
    ("Huyện đoàn ra quân chiến dịch", "Huyện đoàn ra quân chiến dịch Thanh niên tình nguyện hè 2024"),
])
def test_a_headline_glued_to_its_cut_copy_is_the_full_headline(short, full):
    assert unglue([(4, short + full)]) == [(4, full)]
    assert reading(f"{short}{full}\n\n20-03-2024 09:10\n\n{LEAD}\n\n{MORE}\n").article.title == full


@pytest.mark.parametrize("line", [
    "Hà Nội Hà Nội mùa thu về",  # a repeat with a space: the headline's own words
    "Ba ba ba lần vô địch giải cờ tướng",  # a prefix under three words
    "Đi đi đi mãi con đường",
])
def test_a_line_repeating_words_with_a_space_or_in_a_short_prefix_stays(line):
    assert unglue([(1, line)]) == [(1, line)]


# ---------------------------------------------------------------- a font-size widget on its own line

@pytest.mark.parametrize("line", ["Xem với cỡ chữ : A- A A+", "Cỡ chữ: A A A", "Kích thước chữ", "Font size",
                                  "Font size: A+ A-", "Thay đổi cỡ chữ", "Cỡ chữ A- A+"])
def test_a_font_size_widget_on_its_own_line_is_chrome(line):
    assert is_noise_line(line)


@pytest.mark.parametrize("line", ["Cỡ chữ lớn giúp người cao tuổi đọc sách dễ hơn", "Kích thước chữ trên biển báo phải đủ lớn"])
def test_a_headline_about_the_size_of_letters_is_no_widget(line):
    assert not is_noise_line(line)


def test_a_font_size_widget_under_the_headline_is_not_the_title():
    article = reading(f"Thống kê truy cập\n\n{HEADLINE}\n\nXem với cỡ chữ : A- A A+\n\n20-03-2024 09:10\n\n{LEAD}\n\n{MORE}\n").article
    assert article.title == HEADLINE


# ---------------------------------------------------------------- bylines over a caption, in a bulleted line

def test_an_end_byline_over_a_photo_caption_is_the_byline():
    article = reading(f"{HEADLINE}\n\n20-03-2024 09:10\n\n{LEAD}\n\n{MORE}\n\nTin và ảnh: Thu Trang\n\n"
                      "Ảnh: Đồng chí Giám đốc Sở phát biểu chỉ đạo tại hội nghị\n").article
    assert article.author == "Thu Trang"
    assert any("phát biểu chỉ đạo" in block.text for block in article.blocks)  # the caption stays


def test_names_on_a_bulleted_line_under_a_bulleted_date_are_the_byline():
    article = reading(f"{HEADLINE}\n\n{LEAD}\n\n{MORE}\n\n  • 12/07/2024 08:15\n  • Minh Châu – Quốc Bảo\n").article
    assert article.author == "Minh Châu - Quốc Bảo"


def test_a_bulleted_headline_is_still_a_link():
    article = reading(f"{HEADLINE}\n\n20-03-2024 09:10\n\n{LEAD}\n\n{MORE}\n\n"
                      "• Huyện đoàn ra quân chiến dịch Thanh niên tình nguyện hè\n").article
    assert article.author == "" and not any("Huyện đoàn" in block.text for block in article.blocks)


# ---------------------------------------------------------------- a masthead naming a body over a stopped headline

CAPITALS = "LÃNH ĐẠO TỈNH THĂM VÀ CHÚC MỪNG CÁN BỘ, PHÓNG VIÊN NHÂN NGÀY BÁO CHÍ CÁCH MẠNG VIỆT NAM."


@pytest.mark.parametrize("masthead", ["Trung tâm Văn hóa - Thể thao và Truyền thanh - Truyền hình Phú Ninh",
                                      "Bệnh viện Đa khoa tỉnh Kon Tum", "Trường THCS Nguyễn Du"])
def test_a_body_named_in_mixed_case_over_a_stopped_headline_in_capitals_is_the_masthead(masthead):
    layout = find_layout([(n, t) for n, t in enumerate([masthead, CAPITALS, LEAD, MORE], start=4)])
    assert layout.title[1] == CAPITALS


@pytest.mark.parametrize("line, named", [
    ("Trung tâm Y tế huyện Nam Trà My", True), ("UBND huyện Đức Linh", True), ("Sở Tài chính", True),
    ("Sở Y tế kiểm tra công tác phòng chống dịch", False),  # a verb: a headline
    ("Trường học an toàn cho trẻ", False), ("Bệnh viện quá tải dịp nghỉ lễ", False),
])
def test_a_line_only_naming_a_body_has_no_verb(line, named):
    assert organ_name(line) is named


# ---------------------------------------------------------------- a quoted headline cut off by an ellipsis

@pytest.mark.parametrize("quoted", ["\"Xây dựng quê hương giàu đẹp, văn minh, nghĩa tình...\"",
                                    "“Nông thôn mới phải là nơi đáng sống, an toàn…”"])
def test_a_headline_wholly_in_quotes_cut_off_by_an_ellipsis_is_the_headline(quoted):
    article = reading(f"Công ty Cổ phần Phân bón Miền Bắc\n\n{quoted}\n\nThu Trang - 14:20 12/07/2024 GMT+7\n"
                      f"{quoted[:-2]}, đoàn kết\". {LEAD}\n\n{MORE}\n").article
    assert article.title == quoted and article.author == "Thu Trang"


def test_a_quoted_lead_of_two_sentences_is_still_prose():
    lines = [(1, HEADLINE), (2, "“Chúng tôi sẽ làm hết sức. Người dân cần được hỗ trợ sớm nhất…”"), (3, MORE)]
    assert is_sentence(lines, 1)


# ---------------------------------------------------------------- a padded date beside an English clock

@pytest.mark.parametrize("text, day", [
    ("05/09/2019 07:30:00 AM", dt.date(2019, 9, 5)),  # padded: a pattern the site chose, day first
    ("Ngày đăng: 03/11/2021 10:15 PM", dt.date(2021, 11, 3)),
    ("3/11/2021 09:15 PM", dt.date(2021, 11, 3)),  # the hour padded
    ("3/11/2021 9:15:00 PM", dt.date(2021, 3, 11)),  # nothing padded: a server's English default, month first
    ("05/23/2019 07:30:00 AM", dt.date(2019, 5, 23)),  # a second number above 12: month first, padded or not
    ("23/05/2019 07:30:00 AM", dt.date(2019, 5, 23)),
])
def test_a_date_padded_with_zeros_beside_an_english_clock_is_day_first(text, day):
    assert find_date(text)[0] == day
