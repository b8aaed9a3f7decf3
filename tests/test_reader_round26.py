"""The reader of issue 13, round 26 (holdout 25's kinds), on made-up text: an English date glued into one
word ("Apr132017"); a US short date with a two-digit year, read only with its English 12-hour clock
("5/10/23 6:10 AM"); a weekday, a date and a time zone with no time over the headline, the page's own
date when the text's event day falls in the week before it; a bare date line that is history (a poster's
"Ngày 15/8/1945" under "Cách đây 77 năm"); a headline printed twice; a photo story's credit under the
lead. Near-misses stay as they are."""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.bylines import parse_byline
from archive.read.headline_echoes import shortened_copies
from archive.read.history_dates import history_day
from archive.text.dates import all_dates, find_date, find_time
from made_up_pastes import fields_of, numbered_lines, reading

HEAD = "Hội nghị tổng kết công tác xây dựng Đảng năm 2022 của Đảng bộ Công ty Cơ khí"
LEAD = ("Sáng 20/12/2022, Đảng bộ Công ty Cơ khí Miền Đông tổ chức hội nghị tổng kết công tác xây dựng Đảng "
        "năm 2022, triển khai phương hướng, nhiệm vụ năm 2023.")
SECOND = ("Năm qua, Đảng bộ đã lãnh đạo hoàn thành các chỉ tiêu sản xuất, kinh doanh, kết nạp 12 đảng viên "
          "mới và giữ vững danh hiệu trong sạch, vững mạnh.")


# ---------------------------------------------------------------- an English date glued into one word

@pytest.mark.parametrize("word, day", [
    ("Apr132017", dt.date(2017, 4, 13)),
    ("Dec012019", dt.date(2019, 12, 1)),
    ("Sept92015", dt.date(2015, 9, 9)),
    ("13Apr2017", dt.date(2017, 4, 13)),
    ("MAY52023", dt.date(2023, 5, 5)),
])
def test_a_glued_english_date_is_read(word, day):
    assert find_date(word)[0] == day


@pytest.mark.parametrize("word", ["Apr12345", "Apr452017", "iPhone132017", "XApr132017", "Apr132017x",
                                  "may132017", "Mar2017", "Tháng52017"])
def test_a_word_that_only_looks_glued_is_no_date(word):
    assert all_dates(word) == []


def test_a_glued_date_over_the_headline_gives_the_date_and_the_first_headline():
    fields = fields_of(f"Apr132017\n\n{HEAD}\n\n{LEAD}\n\n{SECOND}\n")
    assert fields["date"] == dt.date(2017, 4, 13)
    assert fields["title"] == HEAD


# ---------------------------------------------------------------- a US short date with its English clock

@pytest.mark.parametrize("line, day, time", [
    ("5/10/23 6:10 AM", dt.date(2023, 5, 10), "06:10"),
    ("12/21/23 4:19 PM", dt.date(2023, 12, 21), "16:19"),
    ("3/7/24, 11:05:12 PM", dt.date(2024, 3, 7), "23:05"),
    ("21/12/23 4:19 PM", dt.date(2023, 12, 21), "16:19"),  # above 12 first: day first
])
def test_a_two_digit_year_is_read_with_its_english_clock(line, day, time):
    assert find_date(line)[0] == day
    assert find_time(line) == time


@pytest.mark.parametrize("text", ["5/10/23", "tỷ lệ 5/10/23 đơn vị", "5/10/23 6:10 sáng", "Số 5/10/23 6:10",
                                  "1/2/5/10/23 6:10 AM"])
def test_a_two_digit_year_without_an_english_clock_is_no_date(text):
    assert all_dates(text) == []


def test_a_short_date_line_under_the_headline_gives_the_date():
    fields = fields_of(f"{HEAD}\n5/10/23 6:10 AM\n\n{LEAD}\n\n{SECOND}\n", url="https://example.gov.vn/en/w/bai-1")
    assert fields["date"] == dt.date(2023, 5, 10)
    assert fields["title"] == HEAD


# ---------------------------------------------------------------- a time zone with no time over the headline

CONGRESS = "ĐẠI HỘI ĐẠI BIỂU HỘI NÔNG DÂN TỈNH LẦN THỨ IX NHIỆM KỲ 2023 - 2028"


@pytest.mark.parametrize("zone_line, event, day", [
    ("Thứ năm, 28.07.2022 GMT+7", "Ngày 25 - 26/7/2022", dt.date(2022, 7, 28)),
    ("Thứ hai, 14/08/2023 GMT+7", "Sáng 14/8/2023", dt.date(2023, 8, 14)),
    ("Chủ nhật, 03/09/2023 (GMT+07:00)", "Trong hai ngày 31/8 và 01/9/2023", dt.date(2023, 9, 3)),
])
def test_a_zone_line_the_event_day_agrees_with_is_the_page_date(zone_line, event, day):
    lead = f"{event}, tại Hội trường tỉnh, Hội Nông dân tỉnh tổ chức Đại hội đại biểu lần thứ IX, nhiệm kỳ 2023 - 2028."
    fields = fields_of(f"{zone_line}\n\n{CONGRESS}\n\n{lead}\n\n{SECOND}\n")
    assert fields["date"] == day
    assert fields["title"] == CONGRESS


@pytest.mark.parametrize("zone_line, lead", [
    # a text that names no day: the line is the site's clock
    ("Thứ sáu, 21/06/2024 GMT+7", SECOND),
    # the event a month before, or after the line's day: the day of the visit, not the report's
    ("Thứ sáu, 21/06/2024 GMT+7", "Ngày 15/5/2024, Hội Nông dân tỉnh tổ chức Đại hội đại biểu lần thứ IX."),
    ("Thứ sáu, 21/06/2024 GMT+7", "Ngày 25/6/2024, Hội Nông dân tỉnh sẽ tổ chức Đại hội đại biểu lần thứ IX."),
])
def test_a_zone_line_the_text_does_not_agree_with_stays_a_clock(zone_line, lead):
    result = reading(f"{zone_line}\n\n{CONGRESS}\n\n{lead}\n\n{SECOND}\n", "https://example.com.vn/tin/bai-1")
    assert result.fields["date"] is None
    assert any("time zone with no time" in w.message for w in result.warnings)


# ---------------------------------------------------------------- a bare date line that is history

POSTER_HEAD = "Kỷ niệm 77 năm ngày Truyền thống ngành Thông tin"


@pytest.mark.parametrize("above, date_line", [
    ("Cách đây 77 năm", "Ngày 15/8/1945"),
    ("Cách đây tròn 77 năm", "15/8/1945"),
    ("77 năm trước", "Ngày 15/08/1945"),
    ("77 năm về trước:", "ngày 15 tháng 8 năm 1945"),
])
def test_a_date_under_a_count_of_years_ago_is_no_date_line(above, date_line):
    body = (f"{POSTER_HEAD}\n\n15/8 Ngày truyền thống ngành Thông tin\n\n{above}\n\n{date_line}\n\n"
            "Hội nghị toàn quốc họp tại chiến khu\n\nquyết định thành lập cơ quan giao thông\n\n"
            "Đây là mốc son để ngày 15/8 trở thành Ngày truyền thống của ngành.\n")
    assert fields_of(body)["date"] is None


def test_a_date_opening_a_sentence_broken_a_phrase_a_line_is_no_date_line():
    body = (f"{POSTER_HEAD}\n\nNgày 19/5/1890\n\nlàng Sen, xã Kim Liên đón chào\n\n(một người con của quê hương)\n\n"
            "Đây là dịp để cán bộ, đảng viên ôn lại truyền thống vẻ vang của dân tộc.\n")
    assert fields_of(body)["date"] is None


def test_a_date_decades_before_a_day_the_text_names_is_no_date_line():
    lines = numbered_lines(POSTER_HEAD, "Ngày 15/8/1945", "Sáng 14/8/2022, Công ty tổ chức lễ kỷ niệm 77 năm ngày truyền thống ngành.")
    assert history_day(lines, 1)


@pytest.mark.parametrize("texts", [
    (HEAD, "Ngày 20/12/2022", LEAD),  # the page's own bare date line
    (HEAD, "Ngày 15/8/1975 10:30", LEAD),  # a time: a date line, however old
    (HEAD, "20/05/2020 (Cách đây 2 năm)", LEAD),  # an aggregator's count after the date
    (HEAD, "Cập nhật ngày 15/8/2002", "Sáng 14/8/2022, Công ty tổ chức lễ kỷ niệm."),  # a posting word
    (HEAD, "14/03/2026", "x", "+", "aa"),  # a toolbar's buttons under the date
    (HEAD, "15/03/2024", "Đồng chí Bí thư Tỉnh ủy phát biểu tại hội nghị", "(Nguồn: Báo Mẫu điện tử)"),  # a caption, a source
    (HEAD, "15/03/2024", "Tin, ảnh: Minh Anh", "(Ảnh: Lê Hoa - Trần Bình)"),  # credits
    (HEAD, "Ngày 12/05/2020", "Tầm nhìn đến năm 2045 của tỉnh", LEAD),  # a plan's year is no day gone by
])
def test_a_date_line_that_is_no_history_stays(texts):
    assert not history_day(numbered_lines(*texts), 1)


def test_the_page_own_bare_date_line_is_still_read():
    assert fields_of(f"{HEAD}\n\nNgày 20/12/2022\n\n{LEAD}\n\n{SECOND}\n")["date"] == dt.date(2022, 12, 20)


# ---------------------------------------------------------------- a headline printed twice

@pytest.mark.parametrize("head, echo", [
    ("Dấu ấn của trường Sỹ quan Chính trị với môn cờ tướng", "Dấu ấn của trường Sỹ quan Chính trị với cờ tướng"),
    ("Chi bộ thôn Đông tổ chức lễ kết nạp đảng viên mới năm 2023", "Chi bộ thôn Đông tổ chức lễ kết nạp đảng viên năm 2023"),
])
def test_a_headline_printed_again_one_word_shorter_keeps_the_first(head, echo):
    fields = fields_of(f"{head}\n\n{echo}\n\n{LEAD}\n\n{SECOND}\n")
    assert fields["title"] == head


def test_a_headline_printed_again_under_its_date_keeps_the_first():
    head, echo = "Dấu ấn của trường Sỹ quan Chính trị với môn cờ tướng", "Dấu ấn của trường Sỹ quan Chính trị với cờ tướng"
    fields = fields_of(f"Apr132017\n\n{head}\n\n{echo}\n\n{LEAD}\n")
    assert (fields["title"], fields["date"]) == (head, dt.date(2017, 4, 13))


# ---------------------------------------------------------------- a photo story's credit

@pytest.mark.parametrize("credit, name", [
    ("Phóng sự ảnh của MINH TRƯỜNG", "Minh Trường"),
    ("Phóng sự ảnh: Lê Hoa", "Lê Hoa"),
    ("PHÓNG SỰ ẢNH CỦA THU HÀ", "Thu Hà"),
])
def test_a_photo_story_credit_names_the_author(credit, name):
    assert parse_byline(credit) == (name,)


@pytest.mark.parametrize("line", ["Phóng sự ảnh về Tiểu đoàn 23", "Phóng sự ảnh: Chiến sĩ trẻ vui chơi", "Ảnh: Minh Trường"])
def test_a_photo_story_heading_or_a_photo_credit_is_no_byline(line):
    assert parse_byline(line) == ()


def test_a_photo_story_credit_under_the_lead_is_the_byline():
    lead = ("Trao đổi với chúng tôi, Trung tá Trần Văn Nam, Tiểu đoàn trưởng cho hay: đơn vị luôn gắn nhiệm vụ "
            "huấn luyện với tăng gia sản xuất, bảo đảm đời sống bộ đội.")
    body = (f"Sức trẻ ở Tiểu đoàn 18\nCập nhật ngày: 10/01/2018 21:34 (GMT +7) | Lượt xem : 512\n\n{lead}\n\n"
            "Phóng sự ảnh của MINH TRƯỜNG\n\nảnh slide\n Chiến sĩ trẻ vui chơi trong khuôn viên đơn vị.\n"
            "ảnh slide\n Những vườn rau xanh tốt.\nảnh slide\n Sau giờ huấn luyện, chiến sĩ chăm sóc vườn rau.\n")
    fields = fields_of(body)
    assert fields["author"] == "Minh Trường"
    assert fields["date"] == dt.date(2018, 1, 10)


@pytest.mark.parametrize("upper, lower", [
    ("Chi bộ thôn Đông tổ chức lễ kết nạp đảng viên mới - Báo Mẫu", "Chi bộ thôn Đông tổ chức lễ kết nạp đảng viên mới"),
    ("Báo Mẫu - Chi bộ thôn Đông tổ chức lễ kết nạp đảng viên mới", "Chi bộ thôn Đông tổ chức lễ kết nạp đảng viên mới"),
    ("Chi bộ thôn Đông tổ chức lễ kết nạp đảng viên mới", "Chi bộ thôn Đông tổ chức lễ kết nạp đảng viên mới"),
    ("Chi bộ thôn Đông tổ chức lễ kết nạp đảng viên mới năm 2023", "Chi bộ tổ chức lễ 2023"),
    ("Đảng viên mới của chi bộ năm 2023", "năm 2023 của chi bộ Đảng viên mới"),
])
def test_a_line_that_is_no_shortened_copy_is_left_alone(upper, lower):
    assert shortened_copies([upper, lower], [0, 1]) == set()


@pytest.mark.parametrize("line", ["Ảnh: Minh Trường", "Nguồn: Báo Quân khu Mẫu", "Phóng sự ảnh về Tiểu đoàn 18"])
def test_a_photo_credit_or_a_source_under_the_lead_is_no_byline(line):
    lead = ("Trao đổi với chúng tôi, Trung tá Trần Văn Nam, Tiểu đoàn trưởng cho hay: đơn vị luôn gắn nhiệm vụ "
            "huấn luyện với tăng gia sản xuất, bảo đảm đời sống bộ đội.")
    body = (f"Sức trẻ ở Tiểu đoàn 18\nCập nhật ngày: 10/01/2018 21:34 (GMT +7)\n\n{lead}\n\n{line}\n\n"
            "ảnh slide\n Chiến sĩ trẻ vui chơi trong khuôn viên đơn vị.\nảnh slide\n Những vườn rau xanh tốt.\n")
    assert fields_of(body)["author"] == ""
