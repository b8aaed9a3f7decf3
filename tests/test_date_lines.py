"""Date lines holding more than one date (issue 13, round 5): a posting and an update
date named as such make a date line whose first date is the publication date; a span
of two dates is still no date line."""
import datetime as dt

import pytest

from archive.read.layout import find_date_line
from archive.text.dates import find_date, find_time

HEADLINE = "Chi bộ thôn Tân An kết nạp hai đảng viên mới"


@pytest.mark.parametrize("text, day, time", [
    ("Ngày đăng: 05/03/2024 | Cập nhật: 07/03/2024", dt.date(2024, 3, 5), ""),
    ("05/03/2024 09:40 (Cập nhật 06/03/2024 10:00)", dt.date(2024, 3, 5), "09:40"),
])
def test_a_posting_and_an_update_date_make_one_date_line(text, day, time):
    found = find_date_line(list(enumerate([HEADLINE, text], start=1)))
    assert found is not None and found.text == text
    assert find_date(found.text)[0] == day and find_time(found.text) == time


@pytest.mark.parametrize("text", [
    "Cập nhật 05/03/2024 – 07/03/2024",  # a span
    "Kỷ niệm 80 năm (05/03/1945 - 05/03/2025)",  # an anniversary
    "05/03/2024 | 07/03/2024",  # no word names either date
])
def test_two_dates_not_named_as_posting_and_update_are_no_date_line(text):
    assert find_date_line(list(enumerate([HEADLINE, text], start=1))) is None
