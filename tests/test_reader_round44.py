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
    # the code spells only the opener of the body's name ("Tổng công ty"): Tổng cục Thuế's decision
    ("Tổng công ty Điện lực miền Bắc thực hiện Quyết định số 123/QĐ-TCT của Tổng cục Thuế.", ["123/QĐ-TCT"]),
    # "Quy định" is no fund ("Quỹ")
    ("Quy định xử phạt nêu tại Quyết định số 88/QĐ-QĐXP của Sở Tư pháp được áp dụng.", ["88/QĐ-QĐXP"]),
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


# ---------------------------------------------------------------- a headline over two lines

def _joined(*texts: str) -> list[str]:
    from archive.read.headline_tails import join_headline_tail
    return [text for _, text in join_headline_tail(list(enumerate(texts, 1))) if text.strip()]


@pytest.mark.parametrize("texts, headline", [
    (("Đại Hội Hiệp Hội Doanh Nghiệp Lần Thứ 5", "tại Đà Nẵng từ ngày 12 – 14/6/2019", "Nguyễn An"),
     "Đại Hội Hiệp Hội Doanh Nghiệp Lần Thứ 5 tại Đà Nẵng từ ngày 12 – 14/6/2019"),
    (("Hội nghị tổng kết công tác xây dựng Đảng năm 2023", "của Đảng ủy xã Tân Phú", "Sáng nay, hội nghị diễn ra."),
     "Hội nghị tổng kết công tác xây dựng Đảng năm 2023 của Đảng ủy xã Tân Phú"),
    (("Le Phat Dan Lien Hiep Quoc lan thu 5", "tai Ha Noi tu ngay 8 - 10/5/2008"),
     "Le Phat Dan Lien Hiep Quoc lan thu 5 tai Ha Noi tu ngay 8 - 10/5/2008"),
    (("Menu", "", "Khai mạc Tuần lễ văn hóa du lịch tỉnh", "trong không khí tưng bừng", "", "Chiều qua, lễ khai mạc đã diễn ra."),
     "Khai mạc Tuần lễ văn hóa du lịch tỉnh trong không khí tưng bừng"),
])
def test_a_headline_over_two_lines_is_joined(texts, headline):
    assert headline in _joined(*texts)


@pytest.mark.parametrize("texts", [
    ("Sáng nay, Đảng ủy xã tổ chức hội nghị tổng kết", "tại hội trường của Ủy ban nhân dân xã", "với sự tham dự của đảng viên"),  # a wrapped paragraph
    ("Hội nghị tổng kết công tác xây dựng Đảng năm 2023", "", "của Đảng ủy xã Tân Phú"),  # a blank line between
    ("Hội nghị tổng kết công tác xây dựng Đảng năm 2023.", "tại hội trường xã Tân Phú"),  # a full stop closes it
    ("Hội nghị tổng kết công tác xây dựng Đảng năm 2023", "cập nhật lúc 10:00 ngày 12/3/2024"),  # a date line's label
    ("Hội nghị tổng kết công tác xây dựng Đảng năm 2023", "Tại hội trường xã Tân Phú"),  # a capital: a line of its own
    ("Tin tức sự kiện", "tại xã Tân Phú hôm nay"),  # too short for a headline
])
def test_near_misses_are_not_joined(texts):
    assert _joined(*texts) == [text for text in texts if text.strip()]


def test_a_headline_over_two_lines_under_a_rule_of_dots_is_the_title():
    from made_up_pastes import fields_of
    body = ("Trang chính\n\nThư viện Phật học\n\n...... ... ..  . ..  .  .\nĐại Lễ Vu Lan Báo Hiếu Toàn Quốc lần thứ 2\n"
            "tại Huế từ ngày 10 – 12/8/2009\nLê Minh Tâm\n\nHàng nghìn Phật tử đã về dự đại lễ, trong không khí trang "
            "nghiêm và ấm áp. Ban tổ chức cho biết đại lễ năm nay quy tụ nhiều đoàn đại biểu.\n")
    fields = fields_of(body)
    assert fields["title"] == "Đại Lễ Vu Lan Báo Hiếu Toàn Quốc lần thứ 2 tại Huế từ ngày 10 – 12/8/2009"
    assert fields["date"] is None


# ---------------------------------------------------------------- a breadcrumb of slashes

@pytest.mark.parametrize("line", [
    "Tin tức Tin tức/(MN Tân Phú 1)/HOẠT ĐỘNG THÁNG 9/",
    "Trang chủ/Tin tức/Sự kiện/",
    "tin tuc/hoat dong chuyen mon/",
    "GIỚI THIỆU/ Lịch sử/ Thành tích /",
])
def test_a_breadcrumb_of_slashes_is_chrome(line):
    from archive.read.chrome import is_breadcrumb
    assert is_breadcrumb(line)


@pytest.mark.parametrize("line", [
    "Ngày 20/11/2014",
    "Học sinh/sinh viên tham gia hội thao năm 2024",
    "Tin tức/Sự kiện",  # no trailing slash: one pair, as a headline may print
    "Kết quả thi 12/2024/",  # a part without a letter
    "Đảng ủy xã tổ chức hội nghị tổng kết công tác năm 2023 tại hội trường UBND xã/ Tin tức/",  # a long part
])
def test_near_misses_are_no_slash_breadcrumb(line):
    from archive.read.chrome import is_breadcrumb
    assert not is_breadcrumb(line)


def test_a_breadcrumb_of_slashes_is_no_title():
    from made_up_pastes import fields_of
    body = ("Tin tức/(TH Tân Phú)/HOẠT ĐỘNG THÁNG 3/\n\nHội thi giáo viên dạy giỏi cấp trường năm học 2023-2024\n\n"
            "Sáng ngày 5/3, trường tổ chức hội thi giáo viên dạy giỏi cấp trường với sự tham gia của mười hai giáo viên.\n")
    assert fields_of(body)["title"] == "Hội thi giáo viên dạy giỏi cấp trường năm học 2023-2024"


@pytest.mark.parametrize("line, expected", [
    ("...... ... ..  . ..  .  .", False),
    (". . . . . . .", False),
    ("Hội nghị đã thành công tốt đẹp với nhiều ý kiến.", True),
])
def test_a_rule_of_dots_is_no_sentence(line, expected):
    from archive.read.prose import is_sentence
    assert is_sentence([(1, line)], 0) is expected
