"""Round 76: what holdout 75 showed once, as kinds (made-up pastes, near-misses beside each case).

1. A field a form repeats under each step ("Người thực hiện: ...") is no writer's credit at the end
   (read/repeated_fields.py).
2. A reviewer's label over the name on the next line ("Tham vấn y khoa : Bác sĩ" / "Hà Văn Hương"): the
   reviewer, no writer (read/reviewer_credits.reviewer_label).
3. A theme's meta line in English labels: "07/03/2019 20:23 105 views Category: Tin tức" (read/candidates.py).
4. A theme's header clock: a weekday, then the month in words before the day ("Thứ sáu, Tháng mười hai 27,
   2024"): the day the page was seen, no publication date (read/candidates.py; dev 687 and 1415 too).
5. A subtitle in round brackets printed with each of two copies of the headline ("(Theo Thông tư
   16/2023/TT-BNV)") is no breadcrumb: its citation is read (read/head_window.py).
"""
from __future__ import annotations

import pytest

from archive.read.candidates import date_candidate
from archive.read.repeated_fields import repeated_label
from archive.read.reviewer_credits import reviewer_label
from made_up_pastes import HEAD, LEAD, MORE, MORE2, author_of, fields_of, left_out, paragraphs, reading

STEP = "Bước 01. Giao nhận tài liệu, lập biên bản."


# 1. A form's repeated field at the end.
def test_a_repeated_field_at_the_end_names_no_writer() -> None:
    body = paragraphs(HEAD, LEAD, STEP, "Người thực hiện: Cán bộ lưu trữ (bên nhận) và đại diện đơn vị nộp.",
                      "Bước 02. Vận chuyển tài liệu đến địa điểm chỉnh lý.", "Người thực hiện: Lưu trữ ")
    assert author_of(body) == ""


def test_a_credit_printed_once_at_the_end_is_the_writer() -> None:
    """The near-miss: the same label once, under the text, credits its writer."""
    assert author_of(paragraphs(HEAD, LEAD, MORE, MORE2, "Thực hiện: Minh Anh")) == "Minh Anh"


@pytest.mark.parametrize(("texts", "at", "expected"), [
    (["Người thực hiện: Cán bộ lưu trữ", "Cách làm: kiểm đếm", "Người thực hiện: Lưu trữ"], 2, True),
    (["Người thực hiện: Cán bộ lưu trữ", "Cách làm: kiểm đếm", "Người thực hiện: Lưu trữ"], 1, False),
    (["Hội nghị đã thành công.", "Thực hiện: Minh Anh"], 1, False),
    (["Tác giả bài viết đã nêu rõ.", "Tác giả: Minh Anh"], 1, False),  # no label opens the sentence
    (["Tác giả: Trung Hiếu", "Tin", "Tác giả: Trung Hiếu"], 2, False),  # one credit shown twice
])
def test_repeated_label(texts, at, expected) -> None:
    assert repeated_label(texts, at) is expected


# 2. A reviewer's label over the reviewer's name.
GOUT = "[ Bệnh gout là gì ? ] Dấu hiệu, biểu hiện và cách chữa hiệu quả !"
GOUT_LEAD = ("Bệnh gút là gì, nguyên nhân nào gây ra bệnh gout, dấu hiệu triệu chứng của bệnh gout như thế nào, "
             "phương pháp nào điều trị hiệu quả nhất hiện nay là câu hỏi của nhiều người bệnh.")


@pytest.mark.parametrize(("label", "expected"), [
    ("Tham vấn y khoa : Bác sĩ", ""),
    ("Tham vấn y khoa:", ""),
    ("Biên tập:", ""),  # an editor's, no writer
    ("Tác giả:", "Hà Văn Hương"),  # the writer's own label over the name
])
def test_a_name_under_a_reviewers_label(label, expected) -> None:
    body = "\n".join([GOUT, "", label, "Hà Văn Hương", "Chuyên mục", "Bệnh xương khớp", "July 22, 2019", "",
                      GOUT_LEAD, "", MORE, "", MORE2])
    assert author_of(body) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Tham vấn y khoa : Bác sĩ", True), ("Tham vấn y khoa: ThS. BS.", True), ("Kiểm duyệt:", True),
    ("Tham vấn y khoa: Bác sĩ Hà Văn Hương", False),  # the name on the line: reviewer_credit's
    ("Biên tập: khi nào cần gặp bác sĩ", False), ("Tác giả:", False),
])
def test_reviewer_label(line, expected) -> None:
    assert reviewer_label(line) is expected


# 3. A meta line in English labels.
@pytest.mark.parametrize(("line", "dated"), [
    ("07/03/2019 20:23 105 views Category: Tin tức , Tin tức sự kiện", True),
    ("07/03/2019 | Chuyên mục: Thời sự", True),
    ("12/05/2024 1.234 views", True),
    ("Sáng 07/03/2019, UBND tỉnh công bố danh mục: 12 dự án kêu gọi đầu tư vào các khu công nghiệp", False),
])
def test_a_meta_line_with_views_and_a_category(line, dated) -> None:
    assert (date_candidate(0, 1, line) is not None) is dated


def test_the_meta_line_dates_the_page() -> None:
    found = fields_of(paragraphs("Xi Măng Long Sơn chúc mừng Ngày Quốc tế Phụ nữ 8/3",
                                 "07/03/2019 20:23 105 views Category: Tin tức , Tin tức sự kiện", LEAD, MORE, MORE2))
    assert str(found["date"]) == "2019-03-07"


# 4. A theme's header clock.
@pytest.mark.parametrize(("clock", "expected"), [
    ("Thứ sáu, Tháng mười hai 27, 2024", "None"),
    ("Thứ Năm, Tháng Năm 2, 2024", "None"),
    ("Tháng mười hai 27, 2024", "2024-12-27"),  # no weekday: the theme's post date
    ("Thứ sáu, 27/12/2024 10:15", "2024-12-27"),  # a date line with its time
])
def test_a_theme_header_clock(clock, expected) -> None:
    body = "\n".join([clock, "* Email: bbt@example.vn *Tòa soạn: 0989011688", "", HEAD, "", LEAD, "", MORE, "", MORE2])
    assert str(fields_of(body)["date"]) == expected


def test_a_theme_header_clock_is_named_in_the_warnings() -> None:
    body = "\n".join(["Thứ sáu, Tháng mười hai 27, 2024", "", HEAD, "", LEAD, "", MORE, "", MORE2])
    assert any("month in words before the day" in w.message for w in reading(body).warnings + reading(body).problems)


# 5. A subtitle in round brackets between two copies of the headline.
GUIDE = "Chỉnh lý tài liệu nền giấy phục vụ xây dựng cơ sở dữ liệu lưu trữ"


def test_a_bracketed_subtitle_between_copies_stays_in_the_text() -> None:
    """The subtitle stays among the article's blocks, so the citation scan reads its circular."""
    body = "\n".join(["SỔ TAY THỰC HÀNH", GUIDE, "(Theo Thông tư 16/2023/TT-BNV)", GUIDE,
                      "(Theo Thông tư 16/2023/TT-BNV)", LEAD, MORE, MORE2])
    assert "(Theo Thông tư 16/2023/TT-BNV)" in [block.text for block in fields_of(body)["blocks"]]
    assert not any("breadcrumb" in note for note in left_out(body))


def test_a_breadcrumb_between_copies_still_goes() -> None:
    """The near-miss: a trail between the two copies is the page's chrome."""
    body = "\n".join([GUIDE, "Trang chủ / Nghiệp vụ", GUIDE, LEAD, MORE, MORE2])
    assert any("'Trang chủ / Nghiệp vụ'" in note for note in left_out(body))
