"""Round 112: holdouts 98's and 99's misses, as kinds (made-up pastes, near-misses beside each case).

- A dateline on its own line, a place and a country before the weekday and the date ("Speyer, Đức Quốc, chủ nhật,
  ngày 7 tháng 5 năm 2017"): the country's older two-word name is no writer (read/country_names.COUNTRIES, asked of
  a date line's parts by read/section_bylines.meta_names); a name there still is.
- A programme's row, its clock then a colon and the event ("———11.30 AM: Lễ Sớt Bát – Cúng Dường Trai Tăng"): the
  event's title-case words after a dash are no writer; no byline opens on a clock so (read/bylines.parse_byline).
- A dispatch cited as "văn bản số 1207/VKSTC-T4", its drafting unit numbered: cited as printed, as "Công văn số"
  cites it (read/../enrich/dispatch_numbers.py).

Left, said plainly: 005's writer under "Người viết tin bài:" with a judge's title ("TP"); 007's writer and date in a
bracketed credit at the end with a CMS footer's "Last modified"; 013's writer alone over a time-first date line at the
top; 025's writer at the end; 017's pinned notice over the headline; 022's image alt texts under the headline; 019's
note's date at the end read as the page's.
"""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.bylines import parse_byline
from archive.read.section_bylines import meta_names
from made_up_pastes import HEAD, LEAD, MORE, cited_numbers, fields_of

# --- a dateline's country


@pytest.mark.parametrize("part, names", [
    ("Đức Quốc", ()), ("Pháp Quốc", ()), ("Hoa Kỳ", ()), ("Nhật Bản", ()),
    # near-misses: names, one of them opening as a country does
    ("Đức Quân", ("Đức Quân",)), ("Minh Anh", ("Minh Anh",)),
])
def test_a_date_lines_country_is_no_writer(part, names) -> None:
    assert meta_names(part) == names


@pytest.mark.parametrize("line, date, writer", [
    ("Speyer, Đức Quốc, chủ nhật, ngày 7 tháng 5 năm 2017", "2017-05-07", ""),
    ("Paris, Pháp Quốc, thứ bảy, ngày 6 tháng 5 năm 2017", "2017-05-06", ""),
    # near-misses: a writer in the date line stays one
    ("Minh Anh - 07/05/2017 08:15", "2017-05-07", "Minh Anh"),
    ("Đức Quân | 07/05/2017 08:15", "2017-05-07", "Đức Quân"),
])
def test_the_dateline_under_the_headline(line, date, writer) -> None:
    found = fields_of(f"{HEAD}\n\n{line}\n\n{LEAD}\n\n{MORE}\n")
    assert str(found["date"]) == date and (found.get("author") or "") == writer


# --- a programme's row


@pytest.mark.parametrize("line, names", [
    ("———11.30 AM: Lễ Sớt Bát – Cúng Dường Trai Tăng", ()),
    ("11.30 AM: Lễ Sớt Bát – Cúng Dường Trai Tăng", ()),
    ("Sáng: 09.00 AM: Khóa lễ Gia Đình Phật Tử – Minh Anh", ()),
    ("14h30: Khai mạc hội nghị – Trần Văn Bình", ()),
    # near-misses: a writer's line, labelled or not, a name after a clock and a dash (no colon)
    ("Nguyễn Văn An", ("Nguyễn Văn An",)),
    ("Tác giả: Nguyễn Văn An", ("Nguyễn Văn An",)),
    ("08:15 - Nguyễn Văn An", ("Nguyễn Văn An",)),
])
def test_a_programmes_row_names_no_writer(line, names) -> None:
    assert parse_byline(line) == names


def test_a_programme_under_the_headline_gives_no_writer() -> None:
    rows = "\n".join(f"———{hour}.30 AM: {event}" for hour, event in
                     (("09", "Khóa lễ – Tụng Kinh Báo Hiếu"), ("10", "Thuyết Pháp"), ("11", "Lễ Sớt Bát – Cúng Dường Trai Tăng")))
    found = fields_of(f"{HEAD}\n\nChủ Nhật 18/08/2019 (Nhằm ngày 18 tháng 7 âm lịch)\n{rows}\n\n{LEAD}\n\n{MORE}\n")
    assert (found.get("author") or "") == ""


# --- a dispatch's numbered drafting unit


@pytest.mark.parametrize("text, cited", [
    ("Ngành cho phép (văn bản số 1207/VKSTC-T4 ngày 25/03/2020), Trang tin", ["1207/VKSTC-T4"]),
    ("theo văn bản số 12/BCA-V01 ngày 1/3/2020 của Bộ", ["12/BCA-V01"]),
    ("theo văn bản số 206/PCTNXH-HTNNTT ngày 1/3/2020", ["206/PCTNXH-HTNNTT"]),
    # near-misses: a unit of figures alone, a model's code of many figures, no type word before the number
    ("theo văn bản số 12/AB-4 ngày 1/3/2020", []),
    ("theo văn bản số 12/AB-C123 ngày 1/3/2020", []),
    ("mẫu máy 1207/VKSTC-T4 của hãng", []),
])
def test_a_dispatchs_numbered_unit(text, cited) -> None:
    assert cited_numbers(text, dt.date(2020, 6, 1)) == cited
