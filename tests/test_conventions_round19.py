"""The weakest variant families of conventions round 19, as made-up lines and pages.

A headline that prints its day on its own line ("... - 12/03/2024", "... 12-03-2024", "... (12/03/2024)")
has no date line under it to anchor it, and a view counter or a caption under it won the title: the one
candidate so ended weighs as a line over its date line (`read/day_ended_headlines.py`, asked by
`title_weights`). A range's first day is a whole token: "2tr9 - 12/03/2024" is no range
(`read/headline_end_dates._RANGE_START`). A bare "12/03/24" line a few lines under the headline, a byline
or a label between (no paragraph), is the page's date (`read/short_year_lines.py`). A byline the headline
names before its colon is the writer's, no echo of the headline (`read/portrait_captions.headline_rules_out`),
and an office's "Trụ sở chính:" bar is a contact field (`read/contact_names.CONTACT_LABEL`); a visitor counter
printing its count first ("312 người đang online") is one (`read/portal_chrome.COUNTER_LINES`). Every name, page and
address here is made up.
"""
import datetime as dt

import pytest

from made_up_pastes import HEAD, LEAD, MORE, MORE2, fields_of, numbered_lines, paragraphs as paste
from archive.read.contact_names import contact_field
from archive.read.day_ended_headlines import day_ended
from archive.read.headline_end_dates import date_end_off
from archive.read.portrait_captions import headline_rules_out
from archive.read.short_year_lines import short_year_line

DAY = dt.date(2024, 3, 12)
SAPO = ("Chiều 11/3, đoàn công tác của Huyện ủy đã đến thăm, tặng quà các gia đình chính sách và người có công "
        "trên địa bàn xã nhân dịp kỷ niệm ngày thành lập.")


# ---- a short headline carrying its day at its end, a counter or a caption under it
@pytest.mark.parametrize("short", ["Kết nạp 25 đoàn viên mới", "Trao tặng 50 suất quà cho học sinh"])
@pytest.mark.parametrize("end", [" - 12/03/2024", " 12-03-2024", " 12.03.2024", " (12/03/2024)", " [12/03/2024]",
                                 " | 12/03/2024 08:15"])
@pytest.mark.parametrize("under", ["• Lượt xem: 312 lượt xem", "Lượt xem: 312 | Bình luận: 0"])
def test_a_headline_ending_with_its_day_is_the_title(short, end, under):
    found = fields_of(paste(short + end, under, LEAD, MORE, MORE2))
    assert found["title"] == short and found["date"] == DAY


@pytest.mark.parametrize("texts", [
    (f"{HEAD} ngày 12/03/2024", "Lượt xem: 12"),  # an event's day: part of the headline
    ("Tin khác", "Hội nghị sơ kết công tác dân vận sáu tháng đầu năm - 10/03/2024",
     "Hội nghị tổng kết công tác kiểm tra giám sát năm 2023 - 11/03/2024"),  # a list's dated links
    (HEAD, "12/03/2024"),  # the day on a line of its own
    ("Tin mới", f"{HEAD} (12/03/2024)", "Lượt xem: 12"),  # a link box's one link
    ("Tin liên quan:", f"{HEAD} - 12/03/2024", "Lượt xem: 12"),
    ("Kết nạp đảng viên - 12/03/2024", HEAD),  # too short to split its day off
])
def test_no_lone_day_ended_candidate(texts):
    lines = numbered_lines(*texts)
    assert day_ended(lines, list(range(len(lines)))) is None


def test_a_dated_line_over_the_leads_headline_is_no_headline():
    lines = numbered_lines(f"Kết nạp 25 đoàn viên mới (12/03/2024)", HEAD, LEAD)
    assert day_ended(lines, [0, 1], 2) is None
    assert day_ended(lines, [0, 1], 1) == 0  # the lead right under the dated line: it is the headline


def test_the_one_day_ended_candidate_is_found():
    lines = numbered_lines("Tin tức - Sự kiện", f"{HEAD} - 12/03/2024", "Lượt xem: 12")
    assert day_ended(lines, [0, 1, 2]) == 1


# ---- a range's first day is a whole token
@pytest.mark.parametrize("headline, split", [
    ("Chuyến đi Sa Pa hai ngày chỉ với 2tr9 - 12/03/2024", True),
    ("Khuyến mãi lớn cho mẫu xe máy X5 - 23/07/2016", True),
    ("Hội chợ hàng Việt tại thành phố 17/4 - 19/04/2023", False),  # a range: 17/4 to 19/4
    ("Triển lãm tranh của các họa sĩ trẻ 20 - 23/07/2016", False),  # the 20th to the 23rd
])
def test_a_range_starts_with_a_whole_number(headline, split):
    assert (date_end_off(headline) is not None) is split


# ---- a bare two-digit-year date a few lines under the headline
@pytest.mark.parametrize("between", [("Nguyễn Thu Hà",), ("Xây dựng Đảng",), ("Xây dựng Đảng", "Mai Lan"),
                                     ("Mai Lan", "Mai Lan")])
@pytest.mark.parametrize("short, day", [("12/03/24", DAY), ("12.03.24", DAY), ("5-11-23", dt.date(2023, 11, 5))])
def test_a_short_year_line_under_a_sapo_byline_or_label(between, short, day):
    found = fields_of(paste(HEAD, *between, short, LEAD, MORE, MORE2))
    assert found["title"] == HEAD and found["date"] == day


@pytest.mark.parametrize("texts", [
    (HEAD, "Một", "Hai", "Ba", "Bốn", "12/03/24"),  # the headline too far above
    (HEAD, SAPO, "12/03/24"),  # a paragraph between: a figure in the text (round 32)
    (HEAD, "Mai Lan", SAPO, "12/03/24"),
    (HEAD, SAPO, "13/14/24"),  # no month 14
    (HEAD, SAPO, "12/03/24 - 2/1"),  # not the whole line
    ("Trang chủ", "Liên hệ", "12/03/24"),  # no headline near
])
def test_a_short_year_line_far_from_a_headline_stays_no_date(texts):
    lines = numbered_lines(*texts)
    assert short_year_line(lines, len(lines) - 1) is None


def test_a_short_year_line_near_a_headline_is_made_whole():
    lines = numbered_lines(HEAD, "Xây dựng Đảng", "Nguyễn Thu Hà", "12/03/24")
    assert short_year_line(lines, 3) == "12/03/2024"


# ---- the writer named before the headline's colon, and again as the byline
@pytest.mark.parametrize("name", ["Lê Văn Hùng", "Nguyễn Thị Mai Lan", "Trần Quốc Bảo"])
def test_a_writer_before_the_colon_is_still_the_byline(name):
    assert not headline_rules_out(name, f"{name}: {HEAD}")


@pytest.mark.parametrize("byline, title", [
    ("Giáo xứ Bắc Đoàn", "Giáo xứ Bắc Đoàn mừng Bổn mạng Thánh Giuse"),  # the headline's opening echoed
    ("Lê Văn Hùng", f"Lê Văn Hùng {HEAD}"),  # no colon: the headline's subject
    ("Lê Văn", f"Lê Văn Hùng: {HEAD}"),  # not the name before the colon
])
def test_the_headlines_opening_words_stay_no_byline(byline, title):
    assert headline_rules_out(byline, title)


@pytest.mark.parametrize("name", ["Lê Văn Hùng", "Nguyễn Thị Mai Lan"])
def test_a_page_crediting_its_writer_before_the_colon_and_under_the_sapo(name):
    found = fields_of(paste("12/03/2024 08:15", f"{name}: {HEAD}", SAPO, name, "Bí thư Huyện ủy", LEAD, MORE, MORE2))
    assert found["title"] == f"{name}: {HEAD}" and found["author"] == name


# ---- an office's address under its label, over the headline
@pytest.mark.parametrize("text, contact", [
    ("Trụ sở chính: 12 Lê Lợi - Phường 1 - Quận 3", True),
    ("TRỤ SỞ CHÍNH: Số 12 Lê Lợi, thành phố Huế", True),
    ("Tru so chinh : 12 Le Loi", True),
    ("Trụ sở chính của Trường được khánh thành sau hai năm xây dựng", False),  # no label: a headline
    ("Khánh thành trụ sở chính: niềm vui của cán bộ, giáo viên", False),
])
def test_an_address_under_its_label_is_a_contact_field(text, contact):
    assert contact_field(text) is contact


def test_an_address_bar_over_the_headline_is_no_title():
    found = fields_of(paste("Trụ sở chính: 12 Lê Lợi - Phường 1 - Quận 3 - TP. Hồ Chí Minh",
                            "Kế hoạch tuyển sinh năm học mới", LEAD, MORE, MORE2))
    assert found["title"] == "Kế hoạch tuyển sinh năm học mới"


# ---- a visitor counter printing its count first, over the date line and the headline
@pytest.mark.parametrize("counter", ["12 khách đang truy cập", "• 1.205 thành viên đang online", "312 người đang online"])
def test_a_counter_with_its_count_first_is_no_title(counter):
    # a page's stray mark, the counter, the weekday's date line under it, then the headline
    found = fields_of(paste("`", counter) + "\nThứ Hai, 12/03/2024\n" + paste(HEAD, LEAD, MORE, MORE2))
    assert found["title"] == HEAD and found["date"] == DAY


@pytest.mark.parametrize("line", [
    "312 người đang chờ được hỗ trợ sau bão",  # no counter: the line stays
    "Hơn 500 người đang online học tập nghị quyết của Đảng",
])
def test_a_line_counting_people_doing_something_else_stays(line):
    found = fields_of(paste(HEAD, "12/03/2024", LEAD, line, MORE, MORE2))
    assert any(line == block.text for block in found["blocks"])
