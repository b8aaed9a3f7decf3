"""Round 44 (holdout 43's kinds), on made-up text: an association's or a company's decision
under its own initials is not cited; a state body's letter numbered "number/issuer" after
"công văn số" or "văn bản số" is; a headline printed over two lines, its second line opening in
small letters, is one headline, and an event's day range in it is no publication date; a
breadcrumb of slashes is no title.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from archive.registry.registries import load_registries
from archive.text.normalize import clean_text
from tests.test_conventions_citations import cited

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def registries():
    return load_registries(ROOT / "corpus")


@pytest.mark.parametrize("text", [
    "Ngày 5/6/2021, Chủ tịch Hội Hóa học Việt Nam đã ký Quyết định số 12/QĐ-HHHVN về việc công nhận Ban Chấp hành.",
    "Theo Quyết định số 7/QĐ-HKHKTVN của Hội Khoa học Kỹ thuật Việt Nam, chi hội được thành lập.",
    "Tổng giám đốc Công ty Cổ phần Sơn Hà Thành ký Quyết định số 45/QĐ-CTCPSHT bổ nhiệm trưởng phòng.",
    "Hiệp hội Du lịch Miền Trung ban hành Quyết định số 03/QĐ-HHDLMT ngày 2/3/2020.",
    "Chu tich Hoi Dia ly Viet Nam da ky Quyet dinh so 9/QD-HDLVN ve viec ket nap hoi vien.",
    "Câu lạc bộ Cựu giáo chức Hà Đông ra Quyết định số 2/QĐ-CLBCGCHĐ về việc khen thưởng.",
])
def test_an_associations_or_a_companys_decision_is_not_cited(registries, text):
    assert cited(registries, text, 1) == []


@pytest.mark.parametrize("text, expected", [
    ("Bộ Nội vụ ban hành Quyết định số 36/QĐ-BNV về việc công nhận điều lệ Hội Vật lý Việt Nam.", ["36/QĐ-BNV"]),
    ("Theo Quyết định số 15/QĐ-UBND của UBND tỉnh, Hội Nông dân xã được khen thưởng.", ["15/QĐ-UBND"]),
    ("Hội đồng nhân dân tỉnh ban hành Nghị quyết số 20/NQ-HĐND ngày 5/7/2022.", ["20/NQ-HĐND"]),
    ("Hội nghị đã quán triệt Quyết định số 99/QĐ-HNQTVN của Bộ Ngoại giao.", ["99/QĐ-HNQTVN"]),
])
def test_state_decisions_near_an_association_stay_cited(registries, text, expected):
    assert cited(registries, text, 2) == expected


@pytest.mark.parametrize("text, expected", [
    ("Thực hiện công văn số 2795/UBND thị xã Hòa Bình về việc xét nghiệm, trung tâm đã triển khai.", ["2795/UBND"]),
    ("Theo văn bản số 318/SNV ngày 4/5/2020 của Sở Nội vụ, các xã rà soát hồ sơ.", ["318/SNV"]),
    ("Căn cứ Công văn số: 77/BHXH về việc thu nộp, đơn vị đã hoàn thành.", ["77/BHXH"]),
    ("THỰC HIỆN CÔNG VĂN SỐ 12/STC, phòng đã báo cáo.", ["12/STC"]),
    ("Thực hiện văn bản số 1209/HĐND của Thường trực HĐND huyện, các tổ tiếp xúc cử tri.", ["1209/HĐND"]),
])
def test_a_state_letter_with_only_its_issuer_is_cited(registries, text, expected):
    assert cited(registries, text, 3) == expected


@pytest.mark.parametrize("text", [
    "Thực hiện công văn số 12/2024 về việc rà soát, xã đã báo cáo.",
    "Thực hiện công văn số 45/ABC về việc phối hợp, hai bên đã ký kết.",
    "Tổ số 4/UBND phường đã họp bàn kế hoạch.",
    "Thực hiện công văn số 30/UBNDX về việc rà soát, xã đã báo cáo.",
])
def test_near_misses_are_no_state_letters(registries, text):
    assert cited(registries, text, 4) == []
