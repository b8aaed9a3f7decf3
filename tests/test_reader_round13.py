"""The reader of issue 13, round 13, on made-up text: a row of tool labels above the headline
("Xem cỡ chữ", "Đọc bài viết", "In", "Gửi email") is chrome and no head line, so a headline glued
to the lead under it is split; a headline's copy hard-wrapped over any number of lines is no
candidate; a welcome banner is chrome and "Hôm nay:" + a date is the site's clock; a posting label
("Đăng lúc: ... (GMT+7)") names the publication date even with a zone and no time; a closing name
line whose only slip is a small letter ("Minh hiếu.") is the byline in proper case."""
import datetime as dt

import pytest

from archive.read.chrome import is_noise_line
from made_up_pastes import reading

LEAD = ("Sáng 12/7, Trung tâm tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm mới "
        "với sự tham dự của lãnh đạo các khoa, phòng.")
MORE = "Hội nghị đã thảo luận, thống nhất các giải pháp thực hiện trong thời gian tới."
HEADLINE = "Trung tâm Y tế huyện Nam Sơn tổng kết công tác năm 2023"


# ---------------------------------------------------------------- tool labels above the headline

@pytest.mark.parametrize("label", ["Xem cỡ chữ", "Cỡ chữ", "Chọn cỡ chữ", "Thay đổi cỡ chữ", "Kích thước chữ",
                                   "Xem với cỡ chữ: A- A A+", "Đọc bài viết", "Nghe bài viết", "Nghe đọc", "In bài",
                                   "In", "Gửi email", "Gửi bài"])
def test_a_tool_label_is_chrome(label):
    assert is_noise_line(label)


@pytest.mark.parametrize("line", ["Xem cỡ chữ in trên các biển báo giao thông mới của thành phố",
                                  "In ấn tài liệu tuyên truyền phục vụ bầu cử"])
def test_a_headline_opening_with_a_tool_word_is_not_chrome(line):
    assert not is_noise_line(line)


def test_a_headline_glued_to_the_lead_under_a_row_of_tool_labels_is_split():
    headline = "Xây dựng văn hóa tuân thủ pháp luật trong từng cán bộ, đảng viên và người dân"
    read = reading(f"12/07/2023\nXem cỡ chữ\nĐọc bài viết\nIn\nGửi email\n"
                   f"{headline}{LEAD} {MORE} Các đại biểu đã góp ý nhiều nội dung quan trọng.\n\n{MORE}\n")
    assert read.fields.get("title") == headline
    assert read.fields.get("date") == dt.date(2023, 7, 12)


# ---------------------------------------------------------------- a headline hard-wrapped over several lines

def test_a_headline_copy_wrapped_over_several_lines_is_not_the_title():
    whole = ("CÔNG ĐOÀN NGÀNH Y TẾ TỈNH NAM SƠN ĐẨY MẠNH PHONG TRÀO THI ĐUA LAO ĐỘNG GIỎI "
             "VÀ CHĂM LO ĐỜI SỐNG NGƯỜI LAO ĐỘNG TRONG TÌNH HÌNH MỚI")
    wrapped = ("CÔNG ĐOÀN NGÀNH Y TẾ TỈNH NAM SƠN\nĐẨY MẠNH PHONG TRÀO  THI ĐUA\nLAO ĐỘNG GIỎI VÀ CHĂM LO\n"
               "ĐỜI SỐNG NGƯỜI LAO ĐỘNG TRONG TÌNH HÌNH MỚI")
    read = reading(f"{whole}\n(08:15, 12/07/2023)\n{wrapped}\n\n{LEAD}\n\n{MORE}\n")
    assert read.fields.get("title") == whole
    assert read.fields.get("date") == dt.date(2023, 7, 12)


# ---------------------------------------------------------------- a welcome banner and the site's clock

@pytest.mark.parametrize("banner", [
    "CHÀO MỪNG CÁC BẠN ĐẾN VỚI TRANG TTĐT TRUNG TÂM VĂN HÓA HUYỆN NAM SƠN",
    "Chào mừng bạn đến với Cổng thông tin điện tử huyện Nam Sơn",
])
def test_a_welcome_banner_and_todays_clock_are_chrome(banner):
    read = reading(f"{banner}\n\nHôm nay:28/09/2024\n\n{HEADLINE}\n\n{LEAD}\n\n{MORE}\n")
    assert read.fields.get("title") == HEADLINE
    assert read.fields.get("date") is None or read.fields.get("date") != dt.date(2024, 9, 28)


def test_a_welcome_in_the_text_is_kept():
    assert not is_noise_line("Chào mừng các bạn đến với ngày hội đại đoàn kết của khu dân cư số 3.")


# ---------------------------------------------------------------- a posting label with a zone and no time

@pytest.mark.parametrize("line", ["Đăng lúc: 12/07/2023 (GMT+7)", "Ngày đăng: 12/07/2023 GMT+7",
                                  "Cập nhật: 12/07/2023 (GMT+7)"])
def test_a_labelled_posting_date_with_a_zone_is_the_date(line):
    read = reading(f"{HEADLINE}\n\n{line}\n\n{LEAD}\n\n{MORE}\n")
    assert read.fields.get("date") == dt.date(2023, 7, 12)


def test_a_weekday_date_and_zone_with_no_label_is_still_a_clock():
    read = reading(f"Thứ Tư, 02/12/2026 (GMT+7)\n\n{HEADLINE}\n\n{LEAD}\n\n{MORE}\n")
    assert read.fields.get("date") != dt.date(2026, 12, 2)


# ---------------------------------------------------------------- a closing name typed with a small letter

@pytest.mark.parametrize("last, author", [("Minh hiếu.", "Minh Hiếu"), ("Nguyễn thu Hà.", "Nguyễn Thu Hà")])
def test_a_closing_name_with_a_small_letter_is_the_byline(last, author):
    read = reading(f"{HEADLINE}\n\n12/07/2023\n\n{LEAD}\n\n{MORE}\n{last}\n")
    assert read.fields.get("author") == author


@pytest.mark.parametrize("last", ["Xin cảm ơn.", "Trân trọng.", "Hội nghị kết thúc.", "Minh hiếu",
                                  "Kỳ hai.", "Phần ba."])
def test_a_closing_sentence_is_no_byline(last):
    read = reading(f"{HEADLINE}\n\n12/07/2023\n\n{LEAD}\n\n{MORE}\n{last}\n")
    assert read.fields.get("author") == ""
