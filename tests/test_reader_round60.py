"""Round 60 (holdout 59's kinds), on made-up text: a run of labelled data fields under a short headline is
no headline (read/field_runs.py); a document's type in capitals over its "V/v ..." subject, with no formal
header, is the title's first part (read/type_subjects.py); a short title-case headline over a sapo
sentence beats the sapo (read/short_heads.py).
"""
from __future__ import annotations

import pytest

from archive.read.field_runs import field_line, field_runs
from archive.read.short_heads import short_head_over_sapo
from archive.read.type_subjects import join_type_subject
from made_up_pastes import HEAD, LEAD, MORE, MORE2, fields_of, numbered_lines, paragraphs, title_of

PROJECT_LEAD = ("Dự án xây dựng công trình do Ban quản lý dự án quận làm chủ đầu tư, với tổng mức đầu tư hơn hai "
                "trăm tỷ đồng, đáp ứng tiêu chí cải cách giáo dục và tạo môi trường học tập tốt cho học sinh.")


# 1. A run of data fields under a short headline.
FIELD_RUNS = [
    ["Address: Số 12, phố Lương Định Của, Hà Nội", "Volume: Công trình cấp III - 2 tầng",
     "Year: 2019 - 2021", "Owner: Ban quản lý dự án đầu tư xây dựng quận"],
    ["Category: ,", "Location: Khu đô thị mới, thành phố Bắc Ninh", "Area: 1.200 m2",
     "Client: Công ty cổ phần đầu tư phát triển nhà"],
    ["Địa chỉ: Số 5, đường Trần Phú, phường 4", "Quy mô: 3 tầng, 24 phòng học", "Năm thực hiện: 2019 - 2020",
     "Chủ đầu tư: Ban quản lý dự án đầu tư xây dựng huyện"],
    ["Hạng mục:", "Địa điểm: Xã Tân Lập, huyện Đan Phượng", "Chủ đầu tư: Ủy ban nhân dân huyện Đan Phượng"],
]


@pytest.mark.parametrize("fields", FIELD_RUNS)
@pytest.mark.parametrize("name", ["Nhà văn hóa phường Kim Liên", "Trường Mầm non Hoa Sen", "Cầu Bến Thủy 2"])
def test_a_short_name_over_a_run_of_fields_is_the_headline(fields: list[str], name: str) -> None:
    body = name + "\n\n" + "\n".join(fields) + "\n\n" + PROJECT_LEAD + "\n\n" + MORE + "\n"
    found = fields_of(body)
    assert found["title"] == name
    kept = " ".join(block.text for block in found["blocks"]) + " " + (found.get("lead") or "")
    assert all(line.strip() in kept for line in fields[1:])  # the fields stay in the article, as written


@pytest.mark.parametrize("fields", FIELD_RUNS[:2])
def test_fields_parted_by_blank_lines_are_a_run_too(fields: list[str]) -> None:
    assert title_of(paragraphs("Trường Mầm non Hoa Sen", *fields, PROJECT_LEAD, MORE)) == "Trường Mầm non Hoa Sen"


def test_the_run_is_named_with_its_lines() -> None:
    texts = ["Trường Mầm non Hoa Sen", "", *FIELD_RUNS[0], PROJECT_LEAD]
    assert field_runs(texts) == {2, 3, 4, 5}
    assert field_runs(texts, [0, 3, 6]) == {3}


def test_a_dated_name_over_the_run_still_heads_it() -> None:
    assert field_runs(["Trường Mầm non Hoa Sen ngày 23/11/2017", *FIELD_RUNS[2], PROJECT_LEAD]) == {1, 2, 3, 4}


@pytest.mark.parametrize("texts", [
    ["Trường Mầm non Hoa Sen", "Địa chỉ: Số 5, đường Trần Phú", "Quy mô: 3 tầng", PROJECT_LEAD],  # two fields only
    [*FIELD_RUNS[2], PROJECT_LEAD],  # no line over the run
    ["Trang chủ > Dự án", *FIELD_RUNS[2], PROJECT_LEAD],  # a breadcrumb's trail over it
    ["Trang chủ / Dự án", *FIELD_RUNS[2], PROJECT_LEAD],
    ["Dự án tiêu biểu của công ty trong năm qua đã hoàn thành.", *FIELD_RUNS[2]],  # a sentence over it
    ["Trường Mầm non Hoa Sen", "Ngày đăng: 12/3/2024", "Cập nhật: 13/3/2024 08:00", "Lượt xem: 120"],  # dates
])
def test_no_run_of_fields(texts: list[str]) -> None:
    assert field_runs(texts) == set()


@pytest.mark.parametrize("line", [
    "Hà Nội: Khánh thành cầu vượt nút giao thông phía Tây thành phố sau hai năm thi công ròng rã liên tục",
    "Phóng viên: Thưa ông, xin ông cho biết những kết quả nổi bật của địa phương trong năm qua là gì?",
    "Ngày đăng: 12/3/2024",
    "Bộ trưởng Y tế: Sẽ mở rộng",  # a capital after the first word: no field's label
    "Trường Mầm non Hoa Sen",
])
def test_lines_that_are_no_field(line: str) -> None:
    assert not field_line(line)


@pytest.mark.parametrize("headline", ["Thủ tướng: Không để dịch bệnh lan rộng ra các tỉnh lân cận",
                                      "Hà Nội: Khánh thành cầu vượt nút giao thông phía Tây thành phố"])
def test_a_kicker_colon_headline_stays(headline: str) -> None:
    assert title_of(paragraphs(headline, LEAD, MORE, MORE2)) == headline
    assert title_of(paragraphs("Tin tức", headline, "Ngày đăng: 12/3/2024", "Lượt xem: 120", LEAD, MORE)) == headline


# 2. A document's type over its subject, no formal header.
NOTICE_TEXT = ("Công ty xin thông báo đến quý cổ đông việc dời lịch tổ chức đại hội đến khi có đủ cơ sở, điều kiện "
               "tổ chức; thời gian cụ thể sẽ được thông báo sau.")


@pytest.mark.parametrize("kind, subject", [
    ("THÔNG BÁO", "V/v dời lịch tổ chức Đại hội đồng cổ đông thường niên năm 2019"),
    ("KẾ HOẠCH", "Về việc tổ chức Hội thao chào mừng ngày thành lập công ty"),
    ("QUYẾT ĐỊNH", "V/v thành lập Ban tổ chức hội nghị khách hàng năm 2024"),
    ("THÔNG BÁO:", "v/v nghỉ lễ Quốc khánh 2/9"),
])
@pytest.mark.parametrize("gap", ["\n\n", "\n", "\n\n \n\n"])
def test_a_type_over_its_subject_is_one_title(kind: str, subject: str, gap: str) -> None:
    body = kind + gap + subject + "\n\nKính gửi: Quý cổ đông công ty.\n\n" + NOTICE_TEXT + "\n\n" + MORE + "\n"
    assert title_of(body) == f"{kind.rstrip(':')} {subject}"


def test_a_type_alone_with_no_subject_under_it_stays_apart() -> None:
    lines = numbered_lines("THÔNG BÁO", "", NOTICE_TEXT, MORE)
    assert join_type_subject(lines) == lines


@pytest.mark.parametrize("above", ["", "Thông báo", "Tin tức - Sự kiện"])
def test_a_subject_with_no_type_over_it_stays_apart(above: str) -> None:
    lines = numbered_lines(*([above] if above else []), "V/v dời lịch họp cổ đông năm 2019", NOTICE_TEXT)
    assert join_type_subject(lines) == lines


def test_a_type_far_down_the_text_stays_apart() -> None:
    lines = numbered_lines(HEAD, LEAD, MORE, MORE2, "THÔNG BÁO", "V/v dời lịch họp cổ đông năm 2019")
    assert join_type_subject(lines) == lines


def test_the_join_keeps_the_type_line_and_empties_the_subject_line() -> None:
    lines = numbered_lines("THÔNG BÁO", "", "V/v dời lịch họp cổ đông năm 2019", NOTICE_TEXT)
    assert join_type_subject(lines) == [(1, "THÔNG BÁO V/v dời lịch họp cổ đông năm 2019"), (2, ""), (3, ""),
                                        (4, NOTICE_TEXT)]


# 3. A short title-case headline over its sapo.
SAPO = ("Chi đoàn Cục Quản lý thị trường tỉnh phối hợp với Chi đoàn cơ quan bạn tổ chức chương trình thiện "
        "nguyện tặng quà cho bà con vùng lũ.")


@pytest.mark.parametrize("headline", ["Hướng về Miền Trung", "Ấm Áp Mùa Đông Biên Giới", "Xuân Yêu Thương 2024",
                                      "Sắc màu Tây Nguyên"])
def test_a_short_title_case_headline_beats_its_sapo(headline: str) -> None:
    assert title_of(paragraphs(headline, SAPO, MORE, MORE2)) == headline


@pytest.mark.parametrize("slot", ["PV", "Văn phòng Huyện ủy", "Hà Nội", "admin"])
@pytest.mark.parametrize("headline", ["Hướng về Miền Trung", "Xuân Yêu Thương 2024/2025"])
def test_a_slot_naming_no_one_under_a_short_title_case_headline_is_no_headline(slot: str, headline: str) -> None:
    assert title_of(headline + "\n" + slot + "\n\n" + SAPO + "\n\n" + MORE + "\n") == headline


@pytest.mark.parametrize("slot", ["PV", "Văn phòng Huyện ủy"])
def test_a_slot_naming_no_one_under_a_name_over_fields_is_no_headline(slot: str) -> None:
    body = "Trường Mầm non Hoa Sen\n" + slot + "\n\n" + "\n".join(FIELD_RUNS[2]) + "\n\n" + PROJECT_LEAD + "\n"
    assert title_of(body) == "Trường Mầm non Hoa Sen"


@pytest.mark.parametrize("head, sapo", [
    ("Tin Tức Sự Kiện", SAPO),  # a section's name over the text
    ("Hoạt Động Thời Sự", SAPO),
    ("ảnh minh họa cho bài viết", SAPO),  # a caption in small letters
    ("Trang chủ > Tin Tức > Hoạt Động", SAPO),  # a breadcrumb's trail
    ("Hướng Về Miền Trung:", SAPO),  # a label
    ("Miền Trung", SAPO),  # two words: a label
    ("Hướng về Miền Trung", HEAD),  # the line under it is a headline, no sentence
    ("Hướng về Miền Trung", "Chi đoàn tặng quà bà con vùng lũ."),  # too short for a sapo
])
def test_no_short_headline_over_a_sapo(head: str, sapo: str) -> None:
    assert not short_head_over_sapo(head, sapo)


def test_a_section_label_over_a_headline_and_its_sapo_leaves_the_headline() -> None:
    assert title_of(paragraphs("Hoạt Động Đoàn Thể", HEAD, SAPO, MORE)) == HEAD
