"""The reader of issue 13, round 24 (holdout 23's kinds), on made-up text: a portal's date line
with the time marked "SA"/"CH", an "@", the weekday and the month in words ("08:21 SA @ Thứ Hai -
24 Tháng Tám, 2015") gives the date; a contact bar with an e-mail address or a handle stays a
contact bar."""
from __future__ import annotations

import datetime as dt

import pytest

from archive.registry.registries import load_registries
from benchmarks.eval_reader import citation_key
from made_up_pastes import fields_of
from test_conventions_citations import ROOT, cited

LEAD = ("Sáng 12/6, Ban Thường vụ Công đoàn tổ chức hội nghị sơ kết công tác 6 tháng đầu năm và triển khai "
        "nhiệm vụ trọng tâm những tháng cuối năm với sự tham dự của đại diện các công đoàn cơ sở.")
SECOND = ("Theo báo cáo, 6 tháng qua các cấp công đoàn đã vận động đoàn viên tham gia thi đua lao động giỏi, "
          "giữ gìn an toàn vệ sinh lao động ở các đơn vị.")
HEAD = "Công đoàn Tổng công ty sơ kết công tác 6 tháng đầu năm"


# ---------------------------------------------------------------- a date line with an "@"

@pytest.mark.parametrize("line, day", [
    ("08:21 SA @ Thứ Hai - 24 Tháng Tám, 2015", dt.date(2015, 8, 24)),
    ("04:45 CH @ Thứ Năm - 3 Tháng Mười Hai, 2019", dt.date(2019, 12, 3)),
    ("10:02 SA @ Chủ Nhật - 7 Tháng Ba, 2021", dt.date(2021, 3, 7)),
    ("09:15 @ Thứ Sáu - 14/05/2021", dt.date(2021, 5, 14)),
])
def test_a_date_line_parted_by_an_at_sign_gives_the_date(line, day):
    fields = fields_of(f"{HEAD}\n\n{line}\n\n{LEAD}\n\n{SECOND}\n")
    assert fields["date"] == day
    assert fields["title"] == HEAD


@pytest.mark.parametrize("line", [
    "Email: toasoan@example.com.vn 24/08/2015",
    "Liên hệ: banbientap@congdoan.vn - 24/08/2015",
])
def test_a_contact_bar_with_an_address_stays_a_contact_bar(line):
    fields = fields_of(f"{line}\n\n{HEAD}\n\n{LEAD}\n\n{SECOND}\n")
    assert fields["date"] != dt.date(2015, 8, 24)


# ---------------------------------------------------------------- a section's name before the date

BUDDHA = "Trang nghiêm lễ tắm Phật tại Đại lễ Phật đản chùa Vĩnh Nghiêm PL.2567"
BUDDHA_LEAD = ("Sáng ngày 26.05.2023 tại chùa Vĩnh Nghiêm, Ban Trị sự Phật giáo thành phố long trọng tổ chức "
               "lễ tắm Phật mừng Đại lễ Phật đản với sự tham dự của đông đảo tăng ni, phật tử.")


@pytest.mark.parametrize("head, line, lead", [
    (BUDDHA, "Phật Đản - 27/05/2023", BUDDHA_LEAD),
    ("Hội nghị tổng kết công tác thi đua khen thưởng năm 2023", "Thi Đua - 12/01/2024",
     "Sáng 12/1, Công đoàn ngành tổ chức hội nghị tổng kết công tác thi đua khen thưởng năm 2023 với sự tham dự của đại biểu."),
])
def test_a_section_name_the_text_prints_in_small_letters_is_no_byline(head, line, lead):
    fields = fields_of(f"{head}\n\n{line}\n\n{lead}\n\n{SECOND}\n")
    assert fields["author"] == ""
    assert fields["date"] is not None


@pytest.mark.parametrize("name", ["Minh Thu", "Trần Văn Hải"])
def test_a_name_before_the_date_stays_a_byline(name):
    assert fields_of(f"{HEAD}\n\n{name} - 27/05/2023\n\n{LEAD}\n\n{SECOND}\n")["author"] == name


# ---------------------------------------------------------------- an older state number with a department

@pytest.fixture(scope="module")
def registries():
    return load_registries(ROOT / "corpus")


@pytest.mark.parametrize("sentence, number", [
    ("Công ty ra đời theo Quyết định số 184/VT/QL ngày 21/5 của Tổng cục Vật tư.", "184/VT/QL"),
    ("Trạm được lập theo Quyết định 52/BYT/TC ngày 3/4/1979 của Bộ Y tế.", "52/BYT/TC"),
    ("Thực hiện Chỉ thị số 17/NN/KH của Bộ Nông nghiệp, hợp tác xã mở rộng diện tích.", "17/NN/KH"),
])
def test_an_older_state_number_with_a_department_is_cited(registries, sentence, number):
    assert cited(registries, sentence, 2401) == [citation_key(number)]


@pytest.mark.parametrize("sentence", [
    "Tổ công tác 12/VT/QL gồm ba người đã đến kiểm tra kho.",      # no type word before it
    "Thực hiện Quyết định số 184/TU/QL của Tỉnh ủy, đơn vị kiện toàn bộ máy.",  # a Party committee's initials
])
def test_near_misses_of_the_older_state_number_are_not_cited(registries, sentence):
    assert not any("/QL" in c.upper() for c in cited(registries, sentence, 2402))
