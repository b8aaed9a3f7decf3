"""Dates printed in odd places (issue 13, conventions round 12), as made-up pastes.

`make eval-variants` gained the date's places and forms (benchmarks/date_variants.py): at the headline's
end, glued to the lead, over the headline after a weekday, after the text under a label, in English
forms, with a two-digit year; and days that are not the page's on undated pages. The kinds it failed,
written down here: a day printed bare at the headline's end ("... 23-11-2017", "... - 23/11/2017") was
left on the title and the page read undated (`read/headline_end_dates.py`); a labelled "Ngày đăng:
23/11/2017" after the text was never read (`read/posted_dates.py`); a "23/11/17" date line over the
headline was read only under it (`read/short_year_lines.py`). Near-misses stay: an event's day after
"ngày", "từ", "đợt", a range's end, a year range, a term, an anniversary, a part's number, a plan's
number, a slug that spells the day. Every page here is made up.
"""
import datetime as dt

import pytest

from made_up_pastes import fields_of, paragraphs as paste
from archive.read.headline_echo_dates import echoed_date
from archive.read.headline_end_dates import date_end_off
from archive.read.posted_dates import posted_date
from archive.read.short_year_lines import short_year_line

HEAD = "Đoàn công tác Trường Đại học thăm và làm việc tại Huyện ủy Bình An"
LEAD = ("Sáng 22/11, đoàn công tác của Trường Đại học do đồng chí Phó Hiệu trưởng làm trưởng đoàn đã đến thăm "
        "và làm việc với Ban Thường vụ Huyện ủy Bình An về công tác đào tạo cán bộ.")
MORE = ("Tại buổi làm việc, hai bên đã trao đổi kinh nghiệm, thống nhất các nội dung phối hợp trong thời gian tới "
        "nhằm nâng cao chất lượng đội ngũ cán bộ, đảng viên ở cơ sở.")
MORE2 = ("Dịp này, đoàn công tác đã tặng quà lưu niệm và chúc Đảng bộ huyện tiếp tục đạt nhiều thành tích "
         "trong năm học mới.")
DAY = dt.date(2017, 11, 23)

# ---- a day printed bare (or after a dash, a bar) at the headline's end: split off, the page's date
ENDED = [
    ("dashes", f"{HEAD} 23-11-2017"), ("slashes", f"{HEAD} 23/11/2017"), ("dots", f"{HEAD} 23.11.2017"),
    ("dash-sep", f"{HEAD} - 23/11/2017"), ("en-dash-sep", f"{HEAD} – 23/11/2017"), ("bar-sep", f"{HEAD} | 23/11/2017"),
    ("short-day", f"{HEAD} 23-11-2017"), ("one-digit", "Đoàn công tác thăm và làm việc tại xã Bình An 3/1/2017"),
    ("with-clock", f"{HEAD} 23/11/2017 08:15"), ("caps", f"{HEAD.upper()} 23-11-2017"),
    ("no-tones", "Doan cong tac Truong Dai hoc tham va lam viec tai Huyen uy 23-11-2017"),
    ("after-quote", "Hội thảo khoa học “Đảng bộ tỉnh với công tác xây dựng Đảng” 23-11-2017"),
    ("after-term", "Đại hội Đảng bộ Sở Giáo dục và Đào tạo nhiệm kỳ 2020 - 2025 23-11-2017"),
    ("after-d-m", "Bốn mươi bốn đảng viên được tặng huy hiệu Đảng dịp 3/2 08-02-2018"),
    ("tu-is-not-tu", "Công tác phát triển Đảng với đoàn viên ưu tú 09-10-2025"),
    ("thieu-so", "Trên bốn nghìn đảng viên là người dân tộc thiểu số 29-10-2021"),
    ("stop-then-dash", "Hội đồng nhân dân xã tổ chức kỳ họp thứ mười. - 26/07/2021"),
    ("ellipsis-then-dash", "Những ngày tháng đáng nhớ và lễ hội trăm năm... - 01/05/2019"),
    ("earlier-day-then-dash", "Đại hội đại biểu phụ nữ tỉnh diễn ra vào ngày 11/10 - 06/10/2021"),
    ("holiday-then-dash", "Huyện họp mặt kỷ niệm Cách mạng Tháng Tám và Quốc khánh 2-9 - 28/08/2015"),
]


@pytest.mark.parametrize("case, line", ENDED, ids=[c for c, _ in ENDED])
def test_a_day_at_the_headline_end_is_split_off(case, line):
    split = date_end_off(line)
    assert split is not None
    rest, day = split
    assert rest and not rest[-1].isdigit() or rest.endswith(("2025", "3/2", "11/10", "2-9"))
    assert line.startswith(rest) and day[:1].isdigit()


KEPT = [
    ("event-ngay", f"{HEAD} ngày 23/11/2017"), ("event-ngay-caps", f"{HEAD.upper()} NGÀY 23/11/2017"),
    ("from-to", f"{HEAD} từ 20/11 đến 23/11/2017"), ("range", f"{HEAD} 20/11/2017 - 23/11/2017"),
    ("range-days", f"{HEAD} từ ngày 26 – 29/5/2007"), ("range-glued", f"{HEAD} 20/11-23/11/2017"),
    ("range-no-from", f"{HEAD} 17/4 - 19/4/2023"), ("anniversary-span", f"{HEAD} 19/5/1890 - 19/5/2012"), ("range-day-only", f"{HEAD} 26 - 29/5/2007"),
    ("weekday", f"{HEAD} vào sáng thứ Bảy 23/11/2017"), ("weekday-sunday", f"{HEAD} Chủ nhật, 23/11/2017"),
    ("batch", "Sáu mươi sáu đảng viên được trao tặng huy hiệu Đảng đợt 7/11/2020"),
    ("year-range", "Kế hoạch phát triển kinh tế - xã hội giai đoạn 2020-2025"),
    ("term", "Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025"),
    ("anniversary", "Kỷ niệm 95 năm ngày thành lập Đảng Cộng sản Việt Nam (1930-2025)"),
    ("part", "Xây dựng Đảng ở cơ sở vùng đồng bào dân tộc thiểu số - Kỳ 2"),
    ("plan-number", "Triển khai thực hiện Kế hoạch của Ban Thường vụ Huyện ủy số 12/2017"),
    ("month-year", "Tổng kết phong trào thi đua yêu nước của huyện tháng 11/2017"),
    ("short", "Tin tức 23/11/2017"), ("four-words", "Hội nghị cán bộ 23/11/2017"),
    ("date-line", "Cập nhật lúc : 07:51 23/11/2017"), ("weekday-line", "Thứ Năm, ngày 23/11/2017"),
    ("sentence", "Hội nghị đã kết thúc tốt đẹp vào chiều 23/11/2017"),
    # ("stop", f"{HEAD}. 23/11/2017") was kept here; conventions round 16 splits a day off a headline closed by
    # a full stop (stopped_end_dates.py; tests/test_conventions_round16.py), as small portals print it
    ("two-digit-year", f"{HEAD} 23/11/17"), ("glued-number", f"{HEAD} 123/11/2017"),
    ("no-date", HEAD), ("empty", ""),
]


@pytest.mark.parametrize("case, line", KEPT, ids=[c for c, _ in KEPT])
def test_a_headline_whose_end_is_no_page_date_keeps_it(case, line):
    assert date_end_off(line) is None


def test_a_slug_that_spells_the_day_keeps_it_on_the_headline():
    line = "Giáo xứ Bình An mừng lễ bổn mạng Thánh Cả Giuse 19/3/2017"
    assert date_end_off(line, "https://example.net/tin-tuc/giao-xu-binh-an-mung-le-bon-mang-1932017") is None
    assert date_end_off(line, "https://example.net/tin-tuc/giao-xu-binh-an-mung-le-bon-mang") is not None


@pytest.mark.parametrize("ending", ["23-11-2017", "- 23/11/2017", "23.11.2017", "| 23/11/2017"])
def test_the_page_reads_the_headline_and_its_day(ending):
    found = fields_of(paste(f"{HEAD} {ending}", LEAD, MORE, MORE2))
    assert found["title"] == HEAD and found["date"] == DAY


def test_an_event_day_in_the_headline_stays_and_dates_nothing():
    found = fields_of(paste(f"{HEAD} ngày 23/11/2017", LEAD, MORE, MORE2))
    assert found["title"] == f"{HEAD} ngày 23/11/2017" and found["date"] is None


@pytest.mark.parametrize("echo", [f"{HEAD} 23-11-2017", f"{HEAD} - 23/11/2017", f"{HEAD} (23/11/2017)",
                                  f"{HEAD} [23.11.2017]"])
def test_a_headline_printed_twice_gives_the_day_one_print_ends_with(echo):
    lines = list(enumerate([echo, "Trang chủ", HEAD, LEAD]))
    assert echoed_date(lines, HEAD)[:2] == (0, 0)
    assert fields_of(paste(echo, "Trang chủ", HEAD, LEAD, MORE, MORE2))["date"] == DAY


@pytest.mark.parametrize("other", [f"{HEAD} ngày 23/11/2017", f"Tin khác: {HEAD} 23-11-2017", HEAD,
                                   "Đoàn công tác Trường Đại học thăm xã 23-11-2017"])
def test_what_is_no_second_print_of_the_headline_with_its_day(other):
    assert echoed_date(list(enumerate([other, HEAD, LEAD])), HEAD) is None


# ---- a labelled publication date after the text
POSTED = [
    ("ngay-dang", "Ngày đăng: 23/11/2017"), ("ngay-dang-clock", "Ngày đăng: 23/11/2017 08:15"),
    ("dang-ngay", "Đăng ngày 23/11/2017"), ("cap-nhat-luc", "Cập nhật lúc 08:15 ngày 23/11/2017"),
    ("ngay-cap-nhat", "Ngày cập nhật: 23-11-2017"), ("cap-nhat", "Cập nhật: 23.11.2017 08:15"),
    ("bracketed", "(Ngày đăng: 23/11/2017)"), ("small", "ngày đăng: 23/11/2017"),
    ("xuat-ban", "Ngày xuất bản: 23/11/2017"), ("dang-luc", "Đăng lúc 08:15 - 23/11/2017"),
]


@pytest.mark.parametrize("case, line", POSTED, ids=[c for c, _ in POSTED])
def test_a_labelled_day_after_the_text_dates_the_page(case, line):
    lines = list(enumerate([HEAD, LEAD, MORE, MORE2, line, "Bình luận"]))
    assert posted_date(lines, 0) == (4, 4, line)
    assert fields_of(paste(HEAD, LEAD, MORE, MORE2, line))["date"] == DAY


NOT_POSTED = [
    ("sentence", "Hội nghị được tổ chức ngày 23/11/2017 tại hội trường Huyện ủy."),
    ("bare", "23/11/2017"), ("other-label", "Lượt xem: 23/11/2017"), ("access", "Ngày truy cập: 23/11/2017"),
    ("no-day", "Ngày đăng: tháng 11/2017"),
]


@pytest.mark.parametrize("case, line", NOT_POSTED, ids=[c for c, _ in NOT_POSTED])
def test_what_is_no_labelled_day_after_the_text(case, line):
    assert posted_date(list(enumerate([HEAD, LEAD, line])), 0) is None


def test_a_related_list_of_labelled_days_dates_nothing():
    lines = list(enumerate([HEAD, LEAD, MORE, "Tin liên quan", "Một tin khác của huyện", "Ngày đăng: 20/11/2017",
                            "Một tin khác nữa của huyện", "Ngày đăng: 21/11/2017"]))
    assert posted_date(lines, 0) is None


def test_a_labelled_day_above_the_title_is_not_one_after_it():
    lines = list(enumerate(["Ngày đăng: 23/11/2017", HEAD, LEAD]))
    assert posted_date(lines, 1) is None


# ---- a date line with a two-digit year, under or over the headline
@pytest.mark.parametrize("lines, index, expected", [
    (["23/11/17", HEAD, LEAD], 0, "23/11/2017"),  # over the headline
    (["23/11/17", "|", HEAD, LEAD], 0, "23/11/2017"),  # a bar between
    (["23.11.17", HEAD, LEAD], 0, "23.11.2017"),
    ([HEAD, "23-11-17", LEAD], 1, "23-11-2017"),  # under it (round 32)
    (["Trang chủ", "23/11/17", "Ba dòng chữ", "Bốn"], 1, None),  # no headline near it
    (["23/11/17 08:15", HEAD, LEAD], 0, None),  # not the whole line
    (["45/11/17", HEAD, LEAD], 0, None),  # no day
    (["3/1/20", "Tỉ số", "Một", HEAD], 0, None),  # the headline three lines away
])
def test_a_two_digit_year_line_near_the_headline(lines, index, expected):
    assert short_year_line(list(enumerate(lines)), index) == expected
