"""Round 106: holdout 90's misses, as kinds (made-up pastes, near-misses beside each case).

- A numeric date whose second number is above 12 and its first not ("11/30/2020") has no day-first reading: it is
  an English site's month-first date, read so with or without a 12-hour clock after it (archive/text/dates.month_first).
- A headline closed by a full stop, its date line right under it and printed again under that, is the headline
  whatever chrome stands above it (read/head_window.headline_with_stop); the date line between the two prints is
  the page's, not a poster's history day (read/history_dates._poster_phrases).
- A writer's labelled field right under a line ("Tác giả: CucNT", a site's account) closes that line as a byline
  does, so it outweighs a second capitals heading under the field (read/title_weights._over_author_field).
- A writer's name with her unit glued after it, no mark between ("Ngọc Thỏa Trung Tâm VHTT-TT&DL huyện"), is read
  as if a dash parted them (read/unit_credits.glued_unit); in capitals, or with a sentence's length, it is not.
"""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.bylines import parse_byline
from archive.read.unit_credits import glued_unit
from archive.text.dates import find_date
from made_up_pastes import LEAD, MORE, MORE2, fields_of

# --- a month-first date with no day-first reading


@pytest.mark.parametrize("text, day", [
    ("11/30/2020", dt.date(2020, 11, 30)),
    ("2/29/2024 10:15", dt.date(2024, 2, 29)),
    ("30/11/2020", dt.date(2020, 11, 30)),  # near-miss: day first, as Vietnamese pages write it
    ("11/12/2020", dt.date(2020, 12, 11)),  # near-miss: both readings exist, so day first
])
def test_a_date_with_no_day_first_reading_is_month_first(text, day) -> None:
    assert find_date(text)[0] == day


def test_a_date_with_no_reading_at_all_stays_an_error() -> None:
    from archive.text.dates import BadDate
    with pytest.raises(BadDate):
        find_date("13/13/2020")  # near-miss: neither order is a day


# --- a headline with a full stop, its date line, the headline again

STOPPED = "Chỉ số giá tiêu dùng tháng 11 giảm 0,74% so với tháng 10."
CHROME = "MyLabel\n\nCÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI\n\nNiên giám Thống kê\n\nThống kê truy cập"
FIGURES = ("Trong tháng, chỉ số giá 7 nhóm hàng hóa, dịch vụ có xu hướng giảm, gồm nhóm hàng ăn và dịch vụ ăn uống.\n"
           "Bên cạnh đó, 2 nhóm có chỉ số tăng, gồm nhóm văn hóa, giải trí và du lịch tăng 0,04%.\n")


@pytest.mark.parametrize("day", ["11/30/2020", "30/11/2020"])
def test_a_stopped_headline_printed_again_under_its_date_line_is_the_title(day) -> None:
    found = fields_of(f"{CHROME}\n\n{STOPPED}\n\n{day}\n{STOPPED} \n \nnhóm hàng ăn giảm 1,99%\n{FIGURES}")
    assert found["title"] == STOPPED and found["date"] == dt.date(2020, 11, 30)


def test_a_stopped_line_printed_once_over_its_date_line_is_no_title_under_a_capitals_menu() -> None:
    # near-miss: no second print, so the capitals line above still reads as the headline (as before the round)
    found = fields_of(f"{CHROME}\n\n{STOPPED}\n\n30/11/2020\n{FIGURES}")
    assert found["title"] != STOPPED


def test_a_poster_day_over_short_phrases_stays_history() -> None:
    # near-miss: under the date two short phrases, one going on in small letters, and neither prints the line above
    body = ("Kỷ niệm ngày thành lập Hội Nông dân Việt Nam\n\n"
            "Cách đây 93 năm\n14/10/1930\nHội nghị thành lập Tổng Nông hội Đỏ\ntổ chức tiền thân của Hội Nông dân\n\n"
            f"{LEAD}\n\n{MORE}\n")
    assert fields_of(body)["date"] is None


# --- a writer's field under the headline, whatever it names

CAPITALS = "CHÚC MỪNG CHIẾN BINH KGU NHÂN NGÀY THÀNH LẬP QUÂN ĐỘI NHÂN DÂN VIỆT NAM"
HEADING = "KỶ NIỆM 69 NĂM THÀNH LẬP QUÂN ĐỘI NHÂN DÂN VIỆT NAM"


@pytest.mark.parametrize("field", ["Tác giả: CucNT", "Tác giả: admin2"])
def test_a_line_over_a_writers_field_is_the_headline(field) -> None:
    assert fields_of(f"{CAPITALS}\n{field}\n{HEADING}\n{LEAD}\n{MORE}\n{MORE2}\n")["title"] == CAPITALS


def test_a_posters_field_under_a_line_makes_it_no_headline() -> None:
    # near-miss: a poster's field may stand anywhere on the page; the heading over the text keeps the title
    body = f"{CAPITALS}\nĐăng bởi: CucNT\n{HEADING}\n{LEAD}\n{MORE}\n{MORE2}\n"
    assert fields_of(body)["title"] == HEADING


# --- a writer's unit glued after her name


@pytest.mark.parametrize("line, names", [
    ("Ngọc Thỏa Trung Tâm VHTT-TT&DL huyện", ("Ngọc Thỏa",)),
    ("Nguyễn Văn An Phòng Văn hóa huyện", ("Nguyễn Văn An",)),
    ("Hồng Phương Ban Tuyên giáo Huyện ủy", ("Hồng Phương",)),
    ("THƯỜNG TRỰC BAN THƯỜNG VỤ", ()),  # near-miss: a heading in capitals
    ("Trung Tâm Văn Hóa Huyện", ()),  # near-miss: the unit alone
])
def test_a_name_with_its_unit_glued_on_is_the_writer(line, names) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize("line", [
    "Anh Minh Trung tâm y tế huyện trao quà cho các em",  # a caption's sentence: too long for a unit's name
    "Minh Anh Trung tâm Văn hóa.",  # closed by a stop
    "Minh Anh - Trung tâm Văn hóa",  # already parted by a dash
])
def test_glued_unit_leaves_other_lines_as_they_are(line) -> None:
    assert glued_unit(line) == line


def test_the_writer_with_her_unit_glued_on_closes_the_text() -> None:
    body = f"{HEADING.title()}\n\n{LEAD}\n\n{MORE}\n\n{MORE2}\n\nNgọc Thỏa Trung Tâm VHTT-TT&DL huyện\n"
    assert fields_of(body)["author"] == "Ngọc Thỏa"


def test_a_labelled_headline_is_no_writers_field_over_the_masthead() -> None:
    # near-miss: "Phóng sự: ..." opens with a credit's label, but five words and more after it are a headline's
    body = (f"TRƯỜNG CAO ĐẲNG KỸ THUẬT HOÀNG SƠN\nKHOA CÔNG NGHỆ THÔNG TIN\nPhóng sự: \"Căng\" như \"nghề leo cột\"\n\n"
            f"11:46 SA @ Thứ Năm - 17 tháng 8, 2017\n\n{LEAD}\n{MORE}\n")
    assert fields_of(body)["title"] == "Phóng sự: \"Căng\" như \"nghề leo cột\""
