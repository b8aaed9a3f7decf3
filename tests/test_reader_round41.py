"""Round 41 (holdout 40's kinds), on made-up text: a dispatch numbered "number/issuer-unit", and a
news section's name glued before the headline."""
from __future__ import annotations

import pytest

from archive.enrich.dispatch_numbers import dispatch_numbers
from archive.read.section_names import section_name_off
from archive.text.normalize import clean_text


def _numbers(text: str) -> list[str]:
    return [number for _, _, number, _, _ in dispatch_numbers(clean_text(text))]


@pytest.mark.parametrize("text, number", [
    ("thực hiện Công văn số 418/TTg-KTTH ngày 3/4/2021 của Thủ tướng", "418/TTg-KTTH"),
    ("ban hành văn bản số 77/LĐTBXH-VP về việc", "77/LĐTBXH-VP"),
    ("Cục ban hành Văn bản số: 1203/QLCL-TTPC hướng dẫn", "1203/QLCL-TTPC"),
    ("theo CÔNG VĂN SỐ 55/BHXH-CSYT", "55/BHXH-CSYT"),
    ("công văn số 88 / UBND-NC gửi các xã", "88/UBND-NC"),
    ("văn bản số 930\u2044PCTNXH-KH gửi các Sở", "930/PCTNXH-KH"),  # fraction slash
    ("Công văn số 12\u2215TTg-NN ngày 1\u22156\u22152020", "12/TTg-NN"),  # division slash
    ("Công văn số 31\uff0fBYT-KCB, ngày 2\uff0f3\uff0f2021", "31/BYT-KCB"),  # full-width solidus
])
def test_a_dispatch_is_cited_as_printed(text, number):
    assert _numbers(text) == [number]


@pytest.mark.parametrize("text", [
    "Tổ số 4/AB-CD họp",  # another word before "số"
    "công văn số 15/TU-VP của Tỉnh ủy",  # a Party committee's code: the Party's
    "văn bản số 7/Ban-VP",  # one capital: a word, not initials
    "công văn số 40/TTg-KGVXabc",  # a code glued to more letters
    "công văn số 40/TTg",  # no unit: the other patterns' business
    "Quyết định số 12/QĐ-UBND",  # a type code: the state patterns' business
])
def test_near_misses_are_not_dispatches(text):
    assert _numbers(text) == []


def test_dates_with_slash_look_alikes_read_as_slashes():
    assert clean_text("Ngày 1\u20446\u20442020") == "Ngày 1/6/2020"
    assert clean_text("ngày 27\u22155\u22152020") == "ngày 27/5/2020"
    assert clean_text("ngày 2\uff0f3\uff0f2021") == "ngày 2/3/2021"


@pytest.mark.parametrize("text, headline", [
    ("Chính trị 20 phụ huynh của cô dâu Việt được mời sang thăm", "20 phụ huynh của cô dâu Việt được mời sang thăm"),
    ("Thể thao Đội tuyển nữ giành vé dự giải châu lục năm nay", "Đội tuyển nữ giành vé dự giải châu lục năm nay"),
    ("Xa hoi Nguoi dan vung lu nhan hang cuu tro kip thoi", "Nguoi dan vung lu nhan hang cuu tro kip thoi"),
    ("Sức khỏe 5 thói quen buổi sáng giúp giảm huyết áp", "5 thói quen buổi sáng giúp giảm huyết áp"),
    ("Pháp luật Khởi tố nhóm đối tượng lừa đảo qua mạng xã hội", "Khởi tố nhóm đối tượng lừa đảo qua mạng xã hội"),
])
def test_a_section_name_before_the_headline_is_cut(text, headline):
    assert section_name_off(text) == headline


@pytest.mark.parametrize("text", [
    "Văn hóa đọc trong trường học cần được khơi dậy",  # the subject: small letters go on
    "Kinh tế tư nhân là động lực quan trọng của nền kinh tế",
    "KINH TẾ Tăng trưởng quý ba vượt dự báo của các chuyên gia",  # a label in capitals: kept
    "Thể thao Hà Nội",  # too short to stand alone
    "Chính trị gia trẻ và những lựa chọn của mình trong nhiệm kỳ",  # "Chính trị gia": a word
    "Giáo dục 4.0",  # too short
    "Nông nghiệp Xanh là hướng đi của nhiều hợp tác xã",  # not a section here
])
def test_near_misses_keep_their_words(text):
    assert section_name_off(text) == text


def _lines(*texts: str) -> list[tuple[int, str]]:
    return [(number, text) for number, text in enumerate(texts, 1)]


def _joined(*texts: str) -> list[str]:
    from archive.read.title_case_heads import join_title_case_head
    return [text for _, text in join_title_case_head(_lines(*texts)) if text.strip()]


@pytest.mark.parametrize("texts, headline", [
    (("Sinh Hoạt Cộng Đồng:", "", "Hội Người Việt Cao Niên", "", "Tổ Chức Đại Hội Nhiệm Kỳ 2024-2026", "",
      "Tại Trung Tâm Văn Hóa", "", "Hôm qua, hơn 300 người đã đến dự buổi lễ."),
     "Hội Người Việt Cao Niên Tổ Chức Đại Hội Nhiệm Kỳ 2024-2026 Tại Trung Tâm Văn Hóa"),
    (("Tin Cộng Đồng:", "Ban Chấp Hành Mới & Ban Cố Vấn", "Của Hội Ái Hữu Quảng Nam", "Ra Mắt Hội Viên",
      "Trần Văn Bình", "Chiều thứ bảy, ban chấp hành mới ra mắt."),
     "Ban Chấp Hành Mới & Ban Cố Vấn Của Hội Ái Hữu Quảng Nam Ra Mắt Hội Viên"),
    (("Thong Bao:", "", "Le Khanh Thanh Truong Hoc", "", "Khu Pho Moi Cua Cong Dong", "", "Da Duoc Hoan Tat Dung Hen",
      "", "Buoi le dien ra trong khong khi trang trong."),
     "Le Khanh Thanh Truong Hoc Khu Pho Moi Cua Cong Dong Da Duoc Hoan Tat Dung Hen"),
])
def test_a_title_case_headline_over_three_lines_is_joined(texts, headline):
    assert headline in _joined(*texts)


@pytest.mark.parametrize("texts", [
    ("Sinh Hoạt Cộng Đồng:", "", "Hội Người Việt Cao Niên Tổ Chức Đại Hội", "",
     "Hôm qua, hơn 300 người đã đến dự buổi lễ tại trung tâm.", "", "Ban tổ chức cho biết thêm."),  # over a sapo
    ("Tin Cộng Đồng:", "Kỳ Hai Của Loạt Bài", "Người Việt Ở Houston Đón Tết Sớm", "Chiều qua, nhiều gia đình đã đến."),  # kicker
    ("Danh Mục:", "Trang Chủ", "Tin Tức", "Liên Hệ", "Góp Ý"),  # menu items
    ("Sinh Hoạt:", "Hội Người Việt Cao Niên.", "Tổ Chức Đại Hội Nhiệm Kỳ", "Tại Trung Tâm Văn Hóa"),  # a full stop
    ("Hội Người Việt Cao Niên", "Tổ Chức Đại Hội Nhiệm Kỳ", "Tại Trung Tâm Văn Hóa", "Hôm qua, lễ diễn ra."),  # no label
    ("Chuyên Mục:", "Hội Người Việt Cao Niên", "Tổ Chức Đại Hội Nhiệm Kỳ", "Tại Trung Tâm Văn Hóa",
     "Của Thành Phố Houston Năm Nay", "Với Nhiều Hoạt Động Mới"),  # title case goes on: a list
])
def test_near_misses_are_not_joined(texts):
    assert _joined(*texts) == [text for text in texts if text.strip()]
