"""The weakest variant families of conventions round 19, as made-up lines and pages.

A headline that prints its day on its own line ("... - 12/03/2024", "... 12-03-2024", "... (12/03/2024)")
has no date line under it to anchor it, and a view counter or a caption under it won the title: the one
candidate so ended weighs as a line over its date line (`read/day_ended_headlines.py`, asked by
`title_weights`). A range's first day is a whole token: "1tr5 - 23/07/2016" is no range
(`read/headline_end_dates._RANGE_START`). A bare "12/03/24" line a few lines under the headline, a sapo,
a byline or a label between, is the page's date (`read/short_year_lines.py`). Every name, page and
address here is made up.
"""
import datetime as dt

import pytest

from made_up_pastes import HEAD, LEAD, MORE, MORE2, fields_of, numbered_lines, paragraphs as paste
from archive.read.day_ended_headlines import day_ended
from archive.read.headline_end_dates import date_end_off
from archive.read.short_year_lines import short_year_line

DAY = dt.date(2024, 3, 12)
SAPO = ("Chiều 11/3, đoàn công tác của Huyện ủy đã đến thăm, tặng quà các gia đình chính sách và người có công "
        "trên địa bàn xã nhân dịp kỷ niệm ngày thành lập.")


# ---- a short headline carrying its day at its end, a counter or a caption under it
@pytest.mark.parametrize("short", ["Kết nạp 25 đoàn viên mới", "Trao tặng 50 suất quà cho học sinh"])
@pytest.mark.parametrize("end", [" - 12/03/2024", " 12-03-2024", " 12.03.2024", " (12/03/2024)", " [12/03/2024]",
                                 " | 12/03/2024 08:15"])
@pytest.mark.parametrize("under", ["• Lượt xem: 6196 lượt xem", "Đồng chí Bí thư Huyện ủy phát biểu tại hội nghị"])
def test_a_headline_ending_with_its_day_is_the_title(short, end, under):
    found = fields_of(paste(short + end, under, LEAD, MORE, MORE2))
    assert found["title"] == short and found["date"] == DAY


@pytest.mark.parametrize("texts", [
    (f"{HEAD} ngày 12/03/2024", "Lượt xem: 12"),  # an event's day: part of the headline
    ("Tin khác", "Hội nghị sơ kết công tác dân vận sáu tháng đầu năm - 10/03/2024",
     "Hội nghị tổng kết công tác kiểm tra giám sát năm 2023 - 11/03/2024"),  # a list's dated links
    (HEAD, "12/03/2024"),  # the day on a line of its own
    ("Kết nạp đảng viên - 12/03/2024", HEAD),  # too short to split its day off
])
def test_no_lone_day_ended_candidate(texts):
    lines = numbered_lines(*texts)
    assert day_ended(lines, list(range(len(lines)))) is None


def test_the_one_day_ended_candidate_is_found():
    lines = numbered_lines("Tin tức - Sự kiện", f"{HEAD} - 12/03/2024", "Lượt xem: 12")
    assert day_ended(lines, [0, 1, 2]) == 1


# ---- a range's first day is a whole token
@pytest.mark.parametrize("headline, split", [
    ("Kinh nghiệm du lịch Hà Giang ba ngày chỉ với 1tr5 - 23/07/2016", True),
    ("Khuyến mãi lớn cho mẫu xe máy X5 - 23/07/2016", True),
    ("Hội chợ hàng Việt tại thành phố 17/4 - 19/04/2023", False),  # a range: 17/4 to 19/4
    ("Triển lãm tranh của các họa sĩ trẻ 20 - 23/07/2016", False),  # the 20th to the 23rd
])
def test_a_range_starts_with_a_whole_number(headline, split):
    assert (date_end_off(headline) is not None) is split


# ---- a bare two-digit-year date a few lines under the headline
@pytest.mark.parametrize("between", [(SAPO,), ("Nguyễn Thu Hà",), ("Xây dựng Đảng",), ("Xây dựng Đảng", "Mai Lan")])
@pytest.mark.parametrize("short, day", [("12/03/24", DAY), ("12.03.24", DAY), ("5-11-23", dt.date(2023, 11, 5))])
def test_a_short_year_line_under_a_sapo_byline_or_label(between, short, day):
    found = fields_of(paste(HEAD, *between, short, LEAD, MORE, MORE2))
    assert found["title"] == HEAD and found["date"] == day


@pytest.mark.parametrize("texts", [
    (HEAD, "Một", "Hai", "Ba", "Bốn", "12/03/24"),  # the headline too far above
    (HEAD, SAPO, "13/14/24"),  # no month 14
    (HEAD, SAPO, "12/03/24 - 2/1"),  # not the whole line
    ("Trang chủ", "Liên hệ", "12/03/24"),  # no headline near
])
def test_a_short_year_line_far_from_a_headline_stays_no_date(texts):
    lines = numbered_lines(*texts)
    assert short_year_line(lines, len(lines) - 1) is None


def test_a_short_year_line_near_a_headline_is_made_whole():
    lines = numbered_lines(HEAD, SAPO, "Nguyễn Thu Hà", "12/03/24")
    assert short_year_line(lines, 3) == "12/03/2024"
