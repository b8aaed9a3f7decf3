"""Round 65 (holdout 64's kinds), on made-up text: a date printed with spaces around its separators on a
date line is the page's date, not a breadcrumb (read/spaced_dates.py, asked by chrome.is_breadcrumb); the
person a source credit names after its dashes is the byline, the outlet and its host before the name and
the unit after its comma left out (read/source_writers.py, asked by bylines.parse_byline); a district
office's letter numbered with its bare code after "Công văn số" is cited as printed
(enrich/state_letters.DISTRICT_OFFICE_CODES).
"""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.bylines import parse_byline
from archive.read.chrome import is_breadcrumb
from archive.read.spaced_dates import close_spaced_dates
from made_up_pastes import HEAD, LEAD, MORE, cited_numbers, fields_of


# 1. A spaced date on a date line.
@pytest.mark.parametrize(("line", "day"), [
    ("Thứ 4, Ngày 07 / 09 / 2021", dt.date(2021, 9, 7)),  # a weekday's date line
    ("Ngày 07 / 09 / 2021", dt.date(2021, 9, 7)),  # a date line under the headline
    ("07 / 09 / 2021 08:15", dt.date(2021, 9, 7)),
    ("Chủ nhật, 7 / 9 / 2021 - 08:15", dt.date(2021, 9, 7)),
    ("Cập nhật: 07 / 09 / 2021", dt.date(2021, 9, 7)),
    ("Thứ Hai, 12 - 3 - 2021", dt.date(2021, 3, 12)),
    ("Thứ 6, 05 . 06 . 2020", dt.date(2020, 6, 5)),
])
def test_a_spaced_date_on_a_date_line_dates_the_page(line: str, day: dt.date) -> None:
    found = fields_of(f"{HEAD}\n\n{line}\n\n{LEAD}\n\n{MORE}\n")
    assert (found["title"], found["date"]) == (HEAD, day)


@pytest.mark.parametrize(("line", "closed"), [
    ("Thứ 4, Ngày 07 / 09 / 2021", "Thứ 4, Ngày 07/09/2021"),
    ("12 - 3 - 2021", "12-3-2021"),
    ("05 . 06 . 2020", "05.06.2020"),
    ("Trang chủ / Tin tức / 07 / 09 / 2021", "Trang chủ / Tin tức / 07/09/2021"),
    # not a date: a pair, a score, a document's number, a day or month out of range, mixed separators
    ("Tầng 3 / 5", "Tầng 3 / 5"),
    ("Tỉ số 2 - 1", "Tỉ số 2 - 1"),
    ("Nghị định số 12 / 2021 / NĐ-CP", "Nghị định số 12 / 2021 / NĐ-CP"),
    ("Số 05 / 06 / 2021 / NĐ-CP", "Số 05 / 06 / 2021 / NĐ-CP"),
    ("40 / 13 / 2021", "40 / 13 / 2021"),
    ("07 / 09-2021", "07 / 09-2021"),
    ("07/09/2021", "07/09/2021"),  # already closed
])
def test_only_a_whole_spaced_date_closes_up(line: str, closed: str) -> None:
    assert close_spaced_dates(line) == closed


@pytest.mark.parametrize("line", [
    "Trang chủ / Tin tức / 07 / 09 / 2021",  # a trail of words ending in a date stays a breadcrumb
    "Tin tức / Sự kiện / Hoạt động",
    "Trang chủ / Tin tức",
    "Nghị định số 12 / 2021 / NĐ-CP",
])
def test_a_trail_of_words_is_still_a_breadcrumb(line: str) -> None:
    assert is_breadcrumb(line)


def test_a_date_is_not_taken_out_of_a_breadcrumb_trail() -> None:
    found = fields_of(f"Trang chủ / Tin tức / 07 / 09 / 2021\n\n{HEAD}\n\n{LEAD}\n\n{MORE}\n")
    assert (found["title"], found["date"]) == (HEAD, None)


@pytest.mark.parametrize("line", ["Tầng 3 / 5", "Tỉ số 2 - 1"])
def test_a_spaced_pair_of_numbers_dates_nothing(line: str) -> None:
    assert fields_of(f"{HEAD}\n\n{line}\n\n{LEAD}\n\n{MORE}\n")["date"] is None


# 2. The writer after a dash in a source credit.
@pytest.mark.parametrize(("line", "names"), [
    ("Nguồn: Báo Mẫu - Trần Thị Bình", ("Trần Thị Bình",)),
    ("(Nguồn: Báo Mẫu - Trần Thị Bình)", ("Trần Thị Bình",)),
    ("Nguồn: Tạp chí Mẫu - tapchimau.vn - Trần Thị Bình", ("Trần Thị Bình",)),
    ("(Nguồn: Môi trường và Cuộc sống - moitruongcuocsong.vn - TS. Lê Văn An, TT Tư vấn & Phát triển rừng)",
     ("TS. Lê Văn An",)),  # the outlet in any words after the label, its host, the unit after the comma
    ("Nguồn: Khoa học và Đời sống - ThS. Lê Văn An, Trung tâm Tư vấn môi trường", ("ThS. Lê Văn An",)),
    ("Nguồn: Báo Mẫu - Trần Thị Bình, Phó Giám đốc Sở", ("Trần Thị Bình",)),
    ("Nguồn: Sở Y tế - Nguyễn Văn An, Trần Thị Bình", ("Nguyễn Văn An", "Trần Thị Bình")),
    ("Nguồn tin: Lương Văn Vĩnh - huyện Tân Lập", ("Lương Văn Vĩnh",)),  # a name first, a place after it
    ("Theo TTXVN - Nguyễn Văn An", ("Nguyễn Văn An",)),
])
def test_the_person_after_a_source_credits_dashes_is_the_writer(line: str, names: tuple[str, ...]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize("line", [
    "Nguồn: Báo Mẫu - Hà Nội",  # a place after the dash
    "Nguồn: Báo Mẫu - Quảng Ninh",
    "Nguồn: Báo Mẫu - Ban Tuyên giáo",  # a unit
    "Nguồn: Tạp chí Mẫu - tapchimau.vn - Sở Tài nguyên",
    "Nguồn: Tạp chí Mẫu - Trung tâm Tư vấn",
    "Nguồn: Môi trường và Cuộc sống - Người Lao Động",  # another outlet
    "Nguồn: Môi trường và Cuộc sống - VTV",
    "(Nguồn: ảnh internet)",
    "Nguồn: Báo Mẫu",
    "(Nguồn: Tạp chí Mẫu - tapchimau.vn - Thanh Hóa)",
])
def test_no_outlet_host_unit_or_place_after_the_dash_is_a_writer(line: str) -> None:
    assert parse_byline(line) == ()


CREDIT = "(Nguồn: Tạp chí Mẫu - tapchimau.vn - TS. Lê Văn An, TT Tư vấn & Phát triển rừng)"


@pytest.mark.parametrize(("body", "author"), [
    (f"{HEAD}\n\n07/09/2021\n\n{CREDIT}\n\n{LEAD}\n\n{MORE}\n", "TS. Lê Văn An"),  # under the headline's date
    (f"{HEAD}\n\n07/09/2021\n\n{LEAD}\n\n{MORE}\n\n{CREDIT}\n", "TS. Lê Văn An"),  # at the end
    (f"{HEAD}\n\n07/09/2021\n\n(Nguồn: Báo Mẫu - Trần Thị Bình)\n\n{LEAD}\n\n{MORE}\n", "Trần Thị Bình"),
    (f"{HEAD}\n\n07/09/2021\n\n{LEAD}\n\n{MORE}\n\nNguồn: Báo Mẫu - Trần Thị Bình\n", "Trần Thị Bình"),
])
def test_a_source_credits_writer_is_the_byline_where_a_credit_stands(body: str, author: str) -> None:
    assert fields_of(body)["author"] == author


def test_a_source_credit_naming_no_one_gives_no_byline() -> None:
    body = f"{HEAD}\n\n07/09/2021\n\n(Nguồn: Tạp chí Mẫu - tapchimau.vn - Hà Nội)\n\n{LEAD}\n\n{MORE}\n"
    assert fields_of(body)["author"] in ("", None)


# 3. A state number with no type code: a district office's bare code after the letter's type.
@pytest.mark.parametrize(("text", "numbers"), [
    ("Phòng Văn hóa và Thông tin huyện đã ban hành Công văn số 37/VHTT về việc tuyên truyền.", ["37/VHTT"]),
    ("Phòng Nội vụ có công văn số 112/NV ngày 3/4/2020 gửi các xã.", ["112/NV"]),
    ("Theo văn bản số 58/TCKH của Phòng Tài chính - Kế hoạch huyện.", ["58/TCKH"]),
    ("Công văn số 45/SNV ngày 3/2/2020 của Sở Nội vụ.", ["45/SNV"]),  # a department's, as before
    ("Sở đã có Công văn số 123/GDĐT-TCCB gửi các trường.", ["123/GDĐT-TCCB"]),  # a code with its unit
])
def test_a_letter_with_an_offices_bare_code_is_cited(text: str, numbers: list[str]) -> None:
    assert cited_numbers(text) == numbers


@pytest.mark.parametrize("text", [
    "Đơn vị đã thực hiện theo số 50/2021 về việc tuyên truyền.",  # a bare number and year
    "Gia đình ở số 12/3 đường Trần Phú.",  # a house number
    "Công văn số 12/2021 của huyện.",
    "Tổ số 4/VHTT đã họp.",  # no letter's type before it
    "Công văn số 50/VHTTX về việc tuyên truyền.",  # no office's code
    "công văn số 334/CĐTCT về việc thăm hỏi.",  # a union's
    "Công văn số 15/TTr của đoàn thanh tra.",  # a Tờ trình's code too: left out
])
def test_no_bare_number_house_number_or_unknown_code_is_cited(text: str) -> None:
    assert cited_numbers(text) == []
