"""Dates with the month in words (issue 13, conventions round 2), as WordPress's Vietnamese and
English locales and some CMSs print them: "Tháng Mười Một 25, 2025", "25 Tháng Mười Một, 2025",
"June 14, 2024", "Dec 2, 2025", with a time in words ("lúc 8:30 sáng") or in English ("8:30 am").
Words that only look like a month ("tháng Sáu năm nay", "6 tháng năm 2024": six months of
2024) are no date; an impossible one is reported, as a numeric one is."""
import datetime as dt

import pytest

from archive.read.candidates import date_candidate
from archive.text.dates import BadDate, all_dates, find_date, find_time
from made_up_pastes import reading

HEADLINE = "Đảng ủy phường Tân Mai tổng kết công tác xây dựng Đảng năm 2025"
LEAD = ("Sáng nay, Đảng ủy phường Tân Mai tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025, "
        "triển khai phương hướng, nhiệm vụ năm 2026 với sự tham dự của các đồng chí bí thư chi bộ.")
MORE = ("Tại hội nghị, các đại biểu đã thảo luận, đánh giá kết quả thực hiện nghị quyết và đề ra "
        "các giải pháp nâng cao chất lượng sinh hoạt chi bộ trong thời gian tới.")

NAMES = [("Một", 1), ("Hai", 2), ("Ba", 3), ("Tư", 4), ("Bốn", 4), ("Năm", 5), ("Sáu", 6), ("Bảy", 7),
         ("Bẩy", 7), ("Tám", 8), ("Chín", 9), ("Mười", 10), ("Mười Một", 11), ("Mười Hai", 12)]


@pytest.mark.parametrize("name, month", NAMES)
def test_every_vietnamese_month_name_month_first_and_day_first(name, month):
    assert find_date(f"Tháng {name} 9, 2024")[0] == dt.date(2024, month, 9)
    assert find_date(f"9 Tháng {name}, 2024")[0] == dt.date(2024, month, 9)
    assert find_date(f"ngày 9 tháng {name} năm 2024")[0] == dt.date(2024, month, 9)


@pytest.mark.parametrize("text, day", [
    ("Tháng Mười Một 25, 2025", dt.date(2025, 11, 25)),
    ("Tháng Mười một 25, 2025", dt.date(2025, 11, 25)),
    ("tháng mười một 25, 2025", dt.date(2025, 11, 25)),
    ("THÁNG MƯỜI MỘT 25, 2025", dt.date(2025, 11, 25)),
    ("tháng Mười hai 2, 2025", dt.date(2025, 12, 2)),
    ("Tháng Mười 2, 2025", dt.date(2025, 10, 2)),
    ("Tháng Mười  Hai 02 2025", dt.date(2025, 12, 2)),
    ("25 Tháng Mười Một, 2025", dt.date(2025, 11, 25)),
    ("Thứ Ba, 14 Tháng Sáu 2024", dt.date(2024, 6, 14)),
    ("Thứ Năm, 14 tháng Năm, 2024", dt.date(2024, 5, 14)),
    ("June 14, 2024", dt.date(2024, 6, 14)),
    ("14 June 2024", dt.date(2024, 6, 14)),
    ("14 June, 2024", dt.date(2024, 6, 14)),
    ("Dec 2, 2025", dt.date(2025, 12, 2)),
    ("Dec. 2, 2025", dt.date(2025, 12, 2)),
    ("Sept 3, 2023", dt.date(2023, 9, 3)),
    ("SEP 3, 2023", dt.date(2023, 9, 3)),
    ("March 3rd, 2023", dt.date(2023, 3, 3)),
    ("Đăng ngày: Tháng Tư 30, 2025", dt.date(2025, 4, 30)),
])
def test_a_month_in_words_is_read(text, day):
    found = find_date(text)
    assert found is not None and found[0] == day
    assert [m.group(0) for m in all_dates(text)] == [found[1].group(0)]


@pytest.mark.parametrize("text", [
    "tháng Sáu năm nay",  # no day, no year
    "Mười Một người được kết nạp",
    "Tháng Sáu rực lửa",  # a headline
    "Kết quả 6 tháng năm 2024",  # the first six months of 2024
    "KẾT QUẢ 9 THÁNG NĂM 2024",
    "tháng Giêng 5, 2024",  # the lunar year's first month: no Gregorian date
    "25 tháng Chạp, 2024",
    "may 5, 2024",  # an English month is capitalised
    "Tháng Sáu 2024",  # a month, no day
    "June 2024",
    "Mã số 14 June 20245",  # no four-digit year
])
def test_words_like_a_month_are_no_date(text):
    assert find_date(text) is None and all_dates(text) == []


def test_may_is_read_only_from_its_capitalised_name():
    """"tháng Năm" is May; "tháng năm" (or a headline's "THÁNG NĂM") after a number is a count of months."""
    assert find_date("6 tháng Năm 2024")[0] == dt.date(2024, 5, 6)
    assert find_date("6 tháng năm 2024") is None and find_date("6 THÁNG NĂM 2024") is None


@pytest.mark.parametrize("text", ["Tháng Hai 30, 2024", "31 Tháng Tư, 2025", "February 29, 2023", "Jun 31, 2024",
                                  "Tháng Sáu 0, 2024"])
def test_an_impossible_worded_date_is_refused(text):
    with pytest.raises(BadDate):
        find_date(text)


@pytest.mark.parametrize("text, time", [
    ("Tháng Sáu 14, 2024 lúc 8:30 sáng", "08:30"),
    ("Tháng Sáu 14, 2024 lúc 2:15 chiều", "14:15"),
    ("Tháng Sáu 14, 2024 lúc 8:30 tối", "20:30"),
    ("Tháng Sáu 14, 2024 lúc 12:05 chiều", "12:05"),
    ("June 14, 2024 8:30 am", "08:30"),
    ("June 14, 2024 8:30 pm", "20:30"),
    ("June 14, 2024 at 12:10 AM", "00:10"),
    ("Tháng Sáu 14, 2024 8:30", "08:30"),
])
def test_a_time_in_words_or_in_english(text, time):
    assert find_time(text) == time


@pytest.mark.parametrize("text", [
    "Tháng Mười Một 25, 2025", "25 Tháng Mười Một, 2025", "Thứ Ba, 14 Tháng Sáu 2024", "June 14, 2024 8:30 am",
    "Tháng Sáu 14, 2024 lúc 8:30 sáng", "Đăng ngày: Tháng Mười Một 25, 2025 lúc 2:15 chiều",
    "Tuesday, June 14, 2024",
])
def test_a_worded_date_makes_a_date_line_with_nothing_left_over(text):
    candidate = date_candidate(1, 2, text)
    assert candidate is not None and not candidate.widget and candidate.words == []


@pytest.mark.parametrize("under, date, time, author", [
    ("Tháng Mười Một 25, 2025", dt.date(2025, 11, 25), "", None),
    ("Tháng Sáu 14, 2024 bởi Minh Anh", dt.date(2024, 6, 14), "", "Minh Anh"),
    ("Thứ Ba, 14 Tháng Sáu 2024", dt.date(2024, 6, 14), "", None),
    ("tháng Mười hai 2, 2025 lúc 8:30 sáng", dt.date(2025, 12, 2), "08:30", None),
    ("Dec 2, 2025 3:05 pm", dt.date(2025, 12, 2), "15:05", None),
    ("14 June 2024", dt.date(2024, 6, 14), "", None),
    ("Friday, June 14, 2024 at 8:30 am", dt.date(2024, 6, 14), "08:30", None),
    ("Đăng vào Tháng Sáu 14, 2024 bởi Minh Anh", dt.date(2024, 6, 14), "", "Minh Anh"),
    ("Posted on June 14, 2024 by Minh Anh", dt.date(2024, 6, 14), "", "Minh Anh"),
    ("Đăng bởi: Minh Anh | Tháng Sáu 14, 2024", dt.date(2024, 6, 14), "", "Minh Anh"),
    ("14 Tháng Sáu, 2024 - 08:30 SA", dt.date(2024, 6, 14), "08:30", None),
])
def test_a_paste_with_a_worded_date_line(under, date, time, author):
    read = reading(f"{HEADLINE}\n{under}\n{LEAD}\n{MORE}\n")
    assert read.fields.get("title") == HEADLINE
    assert read.fields.get("date") == date
    assert (read.fields.get("time") or "") == time
    assert (read.fields.get("author") or None) == author


def test_day_first_numeric_dates_are_unchanged():
    assert find_date("Thứ Ba, 04/06/2024 08:30")[0] == dt.date(2024, 6, 4)
    assert find_date("08 Tháng 9 2021")[0] == dt.date(2021, 9, 8)
    assert find_date("ngày 30 tháng 1 năm 2023")[0] == dt.date(2023, 1, 30)


def test_a_worded_site_clock_is_still_a_clock():
    assert date_candidate(0, 1, "Hôm nay: Thứ Ba, 14 Tháng Sáu 2024").widget
    page = f"Thứ Ba, 14 Tháng Sáu 2024\n{HEADLINE}\nTháng Sáu 10, 2024 lúc 8:30 sáng\n{LEAD}\n{MORE}\n"
    read = reading(page)
    assert read.fields.get("title") == HEADLINE
    assert read.fields.get("date") == dt.date(2024, 6, 10) and read.fields.get("time") == "08:30"


@pytest.mark.parametrize("headline", ["Tháng Sáu rực lửa trên công trường đường dây 500kV mạch 3",
                                      "Kết quả 6 tháng năm 2024 của Đảng bộ phường Tân Mai"])
def test_a_headline_naming_a_month_is_the_title_not_the_date(headline):
    read = reading(f"{headline}\n14/06/2024 08:30\n{LEAD}\n{MORE}\n")
    assert read.fields.get("title") == headline
    assert read.fields.get("date") == dt.date(2024, 6, 14)


def test_an_impossible_worded_date_line_is_reported():
    read = reading(f"{HEADLINE}\nTháng Hai 30, 2024 lúc 8:30 sáng\n{LEAD}\n{MORE}\n")
    assert any("not a real date" in problem.message for problem in read.problems)
