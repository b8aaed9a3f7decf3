"""The reader of issue 13, round 19, on made-up text: a state number whose issuer carries a
unit's code after it, letters then digits ("05/HD-BCA-X02", a department of a ministry), is cited
as printed, and so is a ministry's older series ("1867 QĐ/TCCB-3"); an author's field glued to the
last sentence with no space ("... nhiên”.Tác giả bài viết: ...") is read as the byline; a magazine's
issue line glued to its page range and a download link ("Số 5 năm 201823 - 24Download") is chrome,
never the title; a name under a headline in capitals with his association on the next line ("Hội
Nhà báo ...") is the byline, the rare surname "Trà" included."""
from __future__ import annotations

from pathlib import Path

import pytest

import datetime as dt

from archive.read.bylines import is_position_line, parse_byline
from archive.read.glued_fields import split_glued_fields
from archive.read.issue_lines import is_issue_line
from archive.registry.registries import load_registries
from made_up_pastes import reading
from test_conventions_citations import cited
from benchmarks.eval_reader import citation_key

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def registries():
    return load_registries(ROOT / "corpus")


# ---------------------------------------------------------------- a unit's code after the issuer

@pytest.mark.parametrize("text, numbers", [
    ("Thực hiện Hướng dẫn số 07/HD-BCA-X01 ngày 12/4/2023 của Bộ Công an về tuyển sinh.", ["07/HD-BCA-X01"]),
    ("Căn cứ Kế hoạch số 115/KH-BCA-V05 của Bộ Công an, nhà trường triển khai.", ["115/KH-BCA-V05"]),
    ("Theo Công văn 2310/CV-BQP-TM12 của Bộ Quốc phòng, đơn vị đã báo cáo.", ["2310/CV-BQP-TM12"]),
    ("Thực hiện Quyết định số 45/QĐ-UBND ngày 3/2/2024, xã đã tổ chức.", ["45/QĐ-UBND"]),
])
def test_a_units_code_after_the_issuer_is_part_of_the_number(registries, text, numbers):
    assert cited(registries, text, 1900) == [citation_key(n) for n in numbers]


@pytest.mark.parametrize("text, numbers", [
    ("Nhà máy được thành lập theo quyết định số 512 QĐ/TCCB-2 ngày 4/6/1978 của Bộ Cơ khí.", ["512 QĐ/TCCB-2"]),
    ("Xí nghiệp ra đời theo Quyết định 93 QĐ/TCLĐ-1 ngày 2/1/1976 của Bộ Giao thông.", ["93 QĐ/TCLĐ-1"]),
    ("Căn cứ Chỉ thị số 17 CT/TCCB-4 của Bộ Thủy lợi, công ty triển khai.", ["17 CT/TCCB-4"]),
])
def test_a_ministrys_older_series_is_cited_as_printed(registries, text, numbers):
    assert cited(registries, text, 1901) == [citation_key(n) for n in numbers]


@pytest.mark.parametrize("text, numbers", [
    # a Party issuer with a series digit is no state number, and not cut to another number
    ("Chi bộ quán triệt Kế hoạch số 12 KH/TU-2 của Tỉnh ủy.", []),
    # a lower-case word after the issuer is prose: the number ends before it
    ("Căn cứ Công văn số 12/CV-UBND về công tác nội bộ, phòng đã trả lời.", ["12/CV-UBND"]),
    # a code not a state one before the series ("HS": a file) is no document
    ("Hồ sơ lưu tại tủ 15 HS/TCCB-2 của phòng.", []),
    # digits then letters after the issuer are not a unit's code
    ("Thực hiện Công văn 301/CV-BCA-02X của Bộ Công an.", []),
])
def test_near_misses_keep_their_reading(registries, text, numbers):
    assert cited(registries, text, 1902) == [citation_key(n) for n in numbers]


# ---------------------------------------------------------------- an author's field glued to the last sentence

LEAD = ("Sáng 19/5, Chi đoàn văn phòng Hạt Kiểm lâm tổ chức ra quân dọn vệ sinh quanh hồ trung tâm thị xã "
        "với sự tham gia của đông đảo đoàn viên thanh niên và người dân địa phương.")


@pytest.mark.parametrize("last, author", [
    ("Với thông điệp “Hãy chung tay bảo vệ môi trường sống của chúng ta”.Tác giả bài viết: Trần Thị Mai Hương - Phòng HCTH",
     "Trần Thị Mai Hương"),
    ("Buổi ra quân kết thúc lúc 11 giờ cùng ngày.Tác giả: Lê Văn Quang", "Lê Văn Quang"),
    ("Hoạt động sẽ được duy trì hằng tháng!Người viết: Phạm Thu Trang - Văn phòng Hạt", "Phạm Thu Trang"),
])
def test_an_authors_field_glued_to_the_last_sentence_is_the_byline(last, author):
    read = reading(f"Chi đoàn ra quân dọn vệ sinh hồ trung tâm thị xã\n20/05/2024 08:00\n{LEAD}\n{last}\n")
    assert read.fields.get("author") == author
    assert read.fields.get("title") == "Chi đoàn ra quân dọn vệ sinh hồ trung tâm thị xã"


@pytest.mark.parametrize("text", [
    "Theo ông Hùng, việc này rất cần thiết. Tác giả: Lê Văn Quang",  # a space: the line is as printed
    "Đoàn viên đã hoàn thành.Tác giả của sáng kiến là anh Lê Văn Quang",  # no colon: prose
    "Hoạt động kết thúc.tác giả: Lê Văn Quang",  # the label in small letters: not a field as printed
    ("Hoạt động kết thúc.Tác giả: bài viết đã nêu rõ những việc cần làm ngay trong tháng tới để giữ gìn "
     "môi trường sống quanh hồ trung tâm"),  # a sentence's length after the label
])
def test_lines_that_are_not_split(text):
    assert split_glued_fields([(7, text)]) == [(7, text)]


def test_a_glued_field_keeps_its_line_number():
    assert split_glued_fields([(9, "Buổi lễ kết thúc.Tác giả: Lê Văn Quang")]) == \
        [(9, "Buổi lễ kết thúc."), (9, "Tác giả: Lê Văn Quang")]


# ---------------------------------------------------------------- a magazine's issue line

@pytest.mark.parametrize("line", ["Số 5 năm 201823 - 24Download", "Số 5 năm 2018", "Số 12 (tháng 6/2020)",
                                  "Tạp chí số 3 năm 2021, tr. 15-19", "Số 7 - 2019 Tải về", "Kỳ 2 tháng 3 năm 2022 PDF",
                                  "Số 8 (245) năm 2023 41 - 45 Download"])
def test_issue_lines(line):
    assert is_issue_line(line)


@pytest.mark.parametrize("line", ["Số 5 năm 2018 có gì mới", "Số 100 năm 2020 của Bộ Tài chính",
                                  "Số hộ nghèo năm 2018 giảm mạnh", "Số 5 năm 2018 đạt 12 tỷ đồng doanh thu"])
def test_lines_that_are_not_issue_lines(line):
    assert not is_issue_line(line)


def test_an_issue_line_glued_to_its_pages_is_never_the_title():
    read = reading("Thứ năm, 10/05/2019 00:34\nSố 7 năm 201941 - 45Download\n\n"
                   "Liên kết viện - trường trong đào tạo nhân lực khoa học trẻ\n\n"
                   "Thời gian qua, nhiều viện nghiên cứu và trường đại học đã ký kết chương trình hợp tác đào tạo "
                   "nguồn nhân lực khoa học trẻ, mở ra nhiều cơ hội cho sinh viên tham gia nghiên cứu.\n",
                   "https://example.vn/tap-chi/tin-tuc/55/lien-ket-vien-truong.aspx")
    assert read.fields.get("title") == "Liên kết viện - trường trong đào tạo nhân lực khoa học trẻ"
    assert read.fields.get("date") == dt.date(2019, 5, 10)


# ---------------------------------------------------------------- a name, then his association

@pytest.mark.parametrize("name, unit", [
    ("Trà Minh Thiết", "Hội Nhà báo Việt Nam tỉnh Hòa Tân"),
    ("Lê Văn Quang", "Hội Cựu chiến binh huyện Hòa Tân"),
    ("Trà Thị Hoa", "Hội Nông dân xã Tân Phước"),
])
def test_a_name_over_his_association_under_a_headline_in_capitals(name, unit):
    read = reading(f"DIỄN TẬP PHÒNG CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN NĂM 2021\n\n{name}\n{unit}\n\n"
                   "Ngày 10/11/2021 tại xã Tân Phước, Ban chỉ đạo phòng chống thiên tai huyện đã tổ chức diễn tập "
                   "ứng phó với bão lũ và tìm kiếm cứu nạn, với sự tham gia của nhiều lực lượng.\n")
    assert read.fields.get("author") == name


def test_a_meeting_is_no_association():
    assert is_position_line("Hội Nhà báo Việt Nam tỉnh Hòa Tân")
    assert not is_position_line("Hội nghị diễn ra trong hai ngày")
    assert not is_position_line("Hội")
    assert not is_position_line("Hội Nông dân xã Tân Phú tập huấn kỹ thuật trồng rau an toàn cho hội viên")
    assert not is_position_line("Hội Nông dân xã Tân Phú ra quân làm đường")


@pytest.mark.parametrize("place", ["Trà My", "Trà Bồng", "Trà Vinh"])
def test_places_named_with_the_surname_tra_are_no_names(place):
    assert parse_byline(place) == ()
