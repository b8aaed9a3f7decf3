"""Round 59 (holdout 58's kinds), on made-up text: a posting date's label beats an update stamp above
it; a line repeating the tail of a banner or masthead above it is no byline; a state document's issuer
may end in a unit code holding digits.

"Xem: 12 | Cập nhật: 5/21/2020 3:16:08 PM" above "Ngày đăng: 20/5/2020" dates the page by the posting
(read/update_stamps.py; "cật nhập" is a misspelling text/date_labels.py names). "Công văn số 474/UBND-VP7":
an office's unit code holding one or two digits ends the issuer (citation_patterns._UNIT_DIGITS).
"""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.banner_echoes import banner_echo
from archive.read.candidates import date_candidate
from archive.read.update_stamps import posting_over_update
from made_up_pastes import HEAD, LEAD, MORE, MORE2, author_of, cited_numbers, fields_of, paragraphs


# 1. A posting date's label beats an update stamp in the head.
@pytest.mark.parametrize("stamp", ["Xem: 453 | Cật nhập: 5/21/2020 3:16:08 PM | RSS",
                                   "Cập nhật: 21/05/2020 15:16",
                                   "Lượt xem: 12 | Cập nhập lúc 21/5/2020 08:00",
                                   "Ngày cập nhật: 21-05-2020 10:30:00"])
@pytest.mark.parametrize("posted", ["Ngày đăng: 20/5/2020", "Đăng ngày 20/05/2020", "Ngày xuất bản: 20-05-2020"])
def test_a_posting_line_beats_an_update_stamp_above_it(stamp: str, posted: str) -> None:
    assert fields_of(paragraphs(HEAD, stamp, posted, LEAD, MORE, MORE2))["date"] == dt.date(2020, 5, 20)


@pytest.mark.parametrize("stamp", ["Cập nhật: 21/05/2020 15:16", "Xem: 453 | Cật nhập: 5/21/2020 3:16:08 PM"])
@pytest.mark.parametrize("other", ["20/5/2020", "Thứ Tư, 20/5/2020", "Đăng nhập: 20/5/2020"])
def test_an_unlabelled_or_login_line_does_not_beat_the_stamp(stamp: str, other: str) -> None:
    lines = [(0, stamp), (1, other)]
    candidates = [date_candidate(i, i + 1, text) for i, text in lines]
    candidates = [c for c in candidates if c is not None]
    best = candidates[0]
    assert posting_over_update(candidates, best) is best


def test_a_posting_after_the_update_does_not_win() -> None:
    stamp, posted = date_candidate(0, 1, "Cập nhật: 21/05/2020 15:16"), date_candidate(1, 2, "Ngày đăng: 22/05/2020")
    assert posting_over_update([stamp, posted], stamp) is stamp


def test_a_posting_date_line_chosen_stays() -> None:
    posted, stamp = date_candidate(0, 1, "Ngày đăng: 20/05/2020 08:00"), date_candidate(1, 2, "Cập nhật: 21/05/2020")
    assert posting_over_update([posted, stamp], posted) is posted
    assert posting_over_update([posted, stamp], None) is None


def test_both_labels_on_one_line_still_read_as_before() -> None:
    body = paragraphs(HEAD, "Ngày đăng: 20/05/2020 | Cập nhật: 21/05/2020 10:00", LEAD, MORE, MORE2)
    assert fields_of(body)["date"] == dt.date(2020, 5, 20)


# 3. A state document's issuer ending in a unit code with digits.
@pytest.mark.parametrize("sentence, numbers", [
    ("Thực hiện Công văn số 474/UBND-VP7 ngày 18/6/2025 của UBND tỉnh.", ["474/UBND-VP7"]),
    ("Theo Công văn số 1203/SXD-P2, Sở Xây dựng đề nghị các đơn vị rà soát.", ["1203/SXD-P2"]),
    ("Căn cứ Thông báo 56/TB-UBND.VP12 của Ủy ban nhân dân huyện.", ["56/TB-UBND.VP12"]),
    ("Thực hiện Kế hoạch số 88/KH-BQL-KT3 ngày 2/3/2024.", ["88/KH-BQL-KT3"]),
])
def test_a_unit_code_with_digits_ends_the_issuer(sentence: str, numbers: list[str]) -> None:
    assert cited_numbers(sentence) == numbers


@pytest.mark.parametrize("sentence", [
    "Liên hệ số máy 0912/345-678 để được tư vấn.",
    "Điện thoại mẫu SM/A-S911 có giá 12/AB-C123 triệu.",
    "Ngày 18/6/2025, đoàn kiểm tra làm việc tại xã.",
    "Mã sản phẩm 12/ABCD-E12 đang hết hàng.",
    "Tỷ lệ đạt 474/UBND7 hồ sơ.",
    "Đã bán 474/UBND-VP7 bộ hồ sơ mẫu.",
    "Thực hiện Công văn số 474/UBND-VP123 ngày 18/6/2025.",
])
def test_phones_dates_and_product_codes_stay_out(sentence: str) -> None:
    assert cited_numbers(sentence) == []


# 2. A brand's or a site's name under its banner is no byline.
_CRUMBS = "  1. /\n  2. Góc sức khỏe/\n  3. Khỏe đẹp"


@pytest.mark.parametrize("banner, name", [("Ứng dụng Nhà Thuốc Minh Phúc", "Minh Phúc"),
                                          ("Tải ứng dụng Nhà sách Thanh Hà", "Thanh Hà"),
                                          ("ỨNG DỤNG NHÀ THUỐC MINH PHÚC", "Minh Phúc"),
                                          ("Ứng dụng: Cửa hàng Thanh Tâm", "Thanh Tâm")])
def test_a_name_repeating_its_banner_is_no_byline(banner: str, name: str) -> None:
    body = paragraphs(banner, "Siêu ưu đãi, siêu trải nghiệm", name, _CRUMBS, HEAD, "Ngày 22/06/2023", LEAD, MORE)
    assert author_of(body) == ""


@pytest.mark.parametrize("above", ["Siêu ưu đãi, siêu trải nghiệm", "Ứng dụng Nhà Thuốc Thanh Tâm",
                                   "Minh Phúc"])
def test_a_name_not_ending_a_longer_line_above_stays_a_byline(above: str) -> None:
    body = paragraphs(above, "Trần Minh Phúc", HEAD, "Ngày 22/06/2023", LEAD, MORE)
    assert author_of(body) == "Trần Minh Phúc"


def test_a_name_under_the_headline_that_names_it_is_not_ruled_out_here() -> None:
    lines = [(1, "Tản văn của Trần Minh Phúc"), (2, "Trần Minh Phúc"), (3, "Ngày 22/06/2023"), (4, LEAD)]
    assert not banner_echo(lines, 1, 3)
    assert banner_echo([(1, "Ứng dụng Nhà Thuốc Minh Phúc"), (2, "Minh Phúc"), (3, HEAD)], 1, 3)
