"""Dates written month first beside an English 12-hour clock, and raw year-first
timestamps (issue 13, round 9): read by the rule, not by the page."""
import datetime as dt

import pytest

from archive.read.glued import unglue
from archive.text.dates import BadDate, all_dates, find_date, find_time


@pytest.mark.parametrize("text, day, time", [
    ("10/23/2023 12:00:00 AM GMT+7", dt.date(2023, 10, 23), "00:00"),  # second number > 12
    ("3/7/2019 4:05:09 PM", dt.date(2019, 3, 7), "16:05"),  # ambiguous: the clock's form decides
    ("Ngày đăng: 2/4/2021, 9:30 am", dt.date(2021, 2, 4), "09:30"),
    ("25/06/2022 10:00 AM", dt.date(2022, 6, 25), "10:00"),  # first number > 12: day first still
    ("02/04/2021 09:30 SA", dt.date(2021, 4, 2), "09:30"),  # a Vietnamese clock: day first
    ("02/04/2021 21:30", dt.date(2021, 4, 2), "21:30"),
])
def test_an_english_12_hour_clock_makes_a_date_month_first(text, day, time):
    assert find_date(text)[0] == day
    assert find_time(text) == time


def test_a_date_with_no_day_first_reading_is_month_first_without_a_clock_too():
    # round 106: "10/23/2023" has no day-first reading, so no clock is needed to read it month first
    assert find_date("10/23/2023 08:00")[0] == dt.date(2023, 10, 23)
    with pytest.raises(BadDate):
        find_date("31/02/2023 08:00")  # near-miss: no reading in either order is a day


def test_a_raw_year_first_timestamp_is_a_date():
    found = find_date("2023-09-05 08:07:00.0")
    assert found[0] == dt.date(2023, 9, 5) and find_time("2023-09-05 08:07:00.0") == "08:07"
    assert [m.group(0) for m in all_dates("Năm 2011-2015 và 2023-09-05")] == ["2023-09-05"]


def test_a_date_with_an_english_clock_glued_to_the_lead_is_split():
    lead = "Sáng nay, Chi bộ khu phố 3 tổ chức hội nghị sơ kết công tác xây dựng Đảng."
    split = unglue([(1, "Chi bộ khu phố 3 sơ kết công tác xây dựng Đảng"), (2, "3/7/2019 4:05:09 PM" + lead)])
    assert split[1:] == [(2, "3/7/2019 4:05:09 PM"), (2, lead)]
    assert find_date(split[1][1])[0] == dt.date(2019, 3, 7) and find_time(split[1][1]) == "16:05"


def test_a_word_going_on_in_lower_case_is_no_clock():
    assert find_time("Lúc 8:15 CHính quyền") == "08:15"


def test_a_site_clock_glued_to_a_hotline_bar_is_a_clock_not_the_date():
    from archive.read.candidates import date_candidate
    glued = date_candidate(0, 1, "Đường dây nóng: 0987 654 321 - (028) 38123456Thứ hai, 14/03/2022 09:05 GMT+7")
    assert glued is not None and glued.widget == "a contact bar"
    plain = date_candidate(0, 1, "Thứ hai, 14/03/2022 09:05 GMT+7")
    assert plain is not None and plain.widget == ""


@pytest.mark.parametrize("bar", [
    "Địa chỉ: 12 Lê Lợi, phường 1 - ĐT: 0257 3823 456",
    "Liên hệ: 0912 345 678",
    "ĐT: (0232) 3822 111 - Fax: (0232) 3822 112",
    "E-mail: banbientap@example.vn",
    "Hotline 0987 654 321",
    "ĐIỆN THOẠI: 0912 345 678",
])
def test_a_date_beside_any_contact_field_is_a_contact_bar(bar):
    """One list of contact words (names.CONTACT_WORDS) for the date lines and the byline slots."""
    from archive.read.candidates import date_candidate
    found = date_candidate(0, 1, bar + " | Thứ Hai, 14/03/2022 09:05")
    assert found is not None and found.widget == "a contact bar"


@pytest.mark.parametrize("line", ["Cập nhật: 14/03/2022 09:05", "Thứ Hai, 14/03/2022 - Đăng bởi: Minh Anh",
                                  "14/03/2022 08:30 | Minh Anh"])
def test_a_date_line_with_no_contact_field_is_no_contact_bar(line):
    from archive.read.candidates import date_candidate
    found = date_candidate(0, 1, line)
    assert found is not None and found.widget != "a contact bar"
