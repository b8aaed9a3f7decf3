"""Round 58 (holdout 57's kinds), on made-up text: empty brackets are no part of a headline; an
institution's masthead chaining its units by dashes in capitals is chrome; a pen name that folds to a
section's word but is printed with other tones is a name; a mass organisation's document is not cited.

A template's blank slot printed at a headline's end ("... ()", "... [ ]") goes (headline._FOOTNOTE_END).
"KHOA X - ĐẠI HỌC Y - ĐẠI HỌC QUỐC GIA Z" above a short headline is the site's masthead, never the title
(read/chained_mastheads.py). "Văn Hòa" is a name though "Văn hóa" (culture) folds the same
(read/toned_not_names.py). A number under a student union's ("HSV"), a women's union's ("HPN") or a trade
union's ("CĐ", "CĐCS") code is no Party or state document (citation_patterns.MASS_ORGANISATION_ISSUER).
"""
from __future__ import annotations

import pytest

from archive.read.author_fields import without_marks
from archive.read.bylines import parse_byline
from archive.read.chained_mastheads import chained_masthead
from archive.read.headline import clean_headline
from made_up_pastes import HEAD, LEAD, MORE, MORE2, author_of, cited_numbers, paragraphs, title_of

_SHORT = "Giới thiệu về Hội Nông dân Việt Nam"
_PLAIN = ("Hội Nông dân Việt Nam là tổ chức chính trị - xã hội của giai cấp nông dân, được thành lập ngày "
          "14/10/1930, là thành viên của Mặt trận Tổ quốc Việt Nam.")


# 1. Empty brackets at a headline's end.
@pytest.mark.parametrize("printed", [f"{HEAD} ()", f"{HEAD}()", f"{HEAD} ( )", f"{HEAD} []", f"{HEAD}[ ]",
                                     f"{HEAD} () "])
def test_empty_brackets_end_no_headline(printed: str) -> None:
    assert clean_headline(printed) == (HEAD, None)


@pytest.mark.parametrize("printed", [f"{HEAD} (2)", f"{HEAD} (kỳ 2)", "Hàm print() trong Python cho người mới học",
                                     f"{HEAD} (2023-2024)", "Cách dùng () và [] trong toán học lớp 6"])
def test_brackets_with_words_or_inside_stay(printed: str) -> None:
    assert clean_headline(printed)[0] == printed


@pytest.mark.parametrize("blank", ["()", "( )", "[]"])
def test_a_pasted_headline_loses_its_empty_brackets(blank: str) -> None:
    assert title_of(paragraphs(f"{HEAD} {blank}", LEAD, MORE, MORE2)) == HEAD


@pytest.mark.parametrize("credit", ["Minh Hằng ()", "Minh Hằng []", "Minh Hằng[ ]", "Trần Văn Nam ( )"])
def test_empty_brackets_after_an_end_byline_go(credit: str) -> None:
    assert author_of(paragraphs(HEAD, LEAD, MORE, credit)) == credit.split("(")[0].split("[")[0].strip()


@pytest.mark.parametrize("credit, left", [("Minh Hằng []", "Minh Hằng"), ("Minh Hằng[ ]", "Minh Hằng"),
                                          ("Minh Hằng [ảnh]", "Minh Hằng [ảnh]"), ("Minh Hằng [12]", "Minh Hằng"),
                                          ("Minh Hằng [a]", "Minh Hằng [a]"), ("* [ ] *", "* [ ] *")])
def test_only_an_empty_or_a_note_bracket_after_a_name_goes(credit: str, left: str) -> None:
    assert without_marks(credit) == left


# 2. An institution's masthead chaining its units by dashes, in capitals.
@pytest.mark.parametrize("line", [
    "KHOA NGỮ VĂN - TRƯỜNG ĐẠI HỌC SƯ PHẠM - ĐẠI HỌC ĐÀ NẴNG",
    "KHOA LỊCH SỬ – ĐẠI HỌC KHOA HỌC XÃ HỘI & NHÂN VĂN – ĐẠI HỌC QUỐC GIA TP HCM",
    "TRƯỜNG THCS LÊ LỢI - PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN AN PHÚ",
    "HỘI SINH VIÊN — TRƯỜNG ĐẠI HỌC NÔNG LÂM",
    "BỘ MÔN HÓA HỌC - KHOA KHOA HỌC TỰ NHIÊN - TRƯỜNG ĐẠI HỌC CẦN THƠ",
    "Khoa Ngữ văn - Trường Đại học Sư phạm - Đại học Đà Nẵng",  # three units in sentence case
    "Bộ môn Hóa học – Khoa Khoa học Tự nhiên – Trường Đại học Cần Thơ",
])
def test_a_chained_masthead(line: str) -> None:
    assert chained_masthead(line)


@pytest.mark.parametrize("line", [
    "Khoa Ngữ văn - Trường Đại học Sư phạm",  # two units, not in capitals
    "Sở Y Tế - Bệnh Viện Đa Khoa - Trung Tâm Y Tế Ký Kết Hợp Tác",  # title case: a headline's style
    "Phòng GD&ĐT huyện - Trường THCS Lê Lợi - Tổ Ngữ văn tổ chức chuyên đề",  # a clause in the last part
    "TRƯỜNG ĐẠI HỌC SƯ PHẠM ĐÀ NẴNG",  # one body, no chain
    "TRƯỜNG THCS LÊ LỢI - 40 NĂM XÂY DỰNG VÀ TRƯỞNG THÀNH",  # a body and a headline's words
    "HỘI NGHỊ TỔNG KẾT NĂM HỌC - TRƯỜNG THCS LÊ LỢI",  # a meeting, no body
    "PHÒNG CHỐNG DỊCH BỆNH - TRUNG TÂM Y TẾ HUYỆN AN PHÚ",  # "Phòng chống" is a verb
    "KHOA HỌC - CÔNG NGHỆ",  # a section's name
    "BAN HÀNH QUY CHẾ MỚI - BỘ Y TẾ",
    "TRƯỜNG THCS LÊ LỢI: 40 NĂM - MỘT CHẶNG ĐƯỜNG",
    "HỘI THẢO KHOA HỌC - TRƯỜNG ĐẠI HỌC SƯ PHẠM",  # a conference (body_kinds.KIND_COMPOUNDS)
    "TRƯỜNG HỢP ĐẶC BIỆT - BỘ Y TẾ GIẢI ĐÁP",
    "TỔ CHỨC ĐẠI HỘI ĐOÀN - ĐOÀN TRƯỜNG THPT AN PHÚ",
])
def test_not_a_chained_masthead(line: str) -> None:
    assert not chained_masthead(line)


@pytest.mark.parametrize("masthead", ["KHOA NGỮ VĂN - TRƯỜNG ĐẠI HỌC SƯ PHẠM - ĐẠI HỌC ĐÀ NẴNG",
                                      "Khoa Ngữ văn - Trường Đại học Sư phạm - Đại học Đà Nẵng",
                                      "TRƯỜNG THCS LÊ LỢI – PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN AN PHÚ"])
def test_a_chained_masthead_over_a_short_headline_is_no_title(masthead: str) -> None:
    assert title_of(paragraphs("banner", masthead, _SHORT, _PLAIN, MORE, MORE2)) == _SHORT


def test_a_capitals_headline_naming_a_body_and_more_stays_the_title() -> None:
    headline = "TRƯỜNG THCS LÊ LỢI - 40 NĂM XÂY DỰNG VÀ TRƯỞNG THÀNH"
    assert title_of(paragraphs(headline, _PLAIN, MORE, MORE2)) == headline


# 3. A pen name that folds to a section's word, printed with other tones.
@pytest.mark.parametrize("name", ["Văn Hòa", "Văn Hoà", "VĂN HÒA", "Tú Vân", "Quốc Phong", "Chí Đạo", "Văn Phong"])
def test_a_name_with_other_tones_is_a_name(name: str) -> None:
    assert len(parse_byline(name)) == 1


@pytest.mark.parametrize("word", ["Văn Hóa", "Văn Hoá", "VĂN HÓA", "Van Hoa", "Tư Vấn", "Quốc Phòng", "Chỉ Đạo",
                                  "Văn Phòng", "Thời Sự"])
def test_the_word_itself_stays_no_name(word: str) -> None:
    assert parse_byline(word) == ()


@pytest.mark.parametrize("credit, names", [("Văn Hòa – Đình Trung.", "Văn Hòa - Đình Trung"),
                                           ("Tú Vân - Minh Hải", "Tú Vân - Minh Hải"),
                                           ("Quốc Phong.", "Quốc Phong")])
def test_a_pushed_right_credit_over_other_news_is_the_byline(credit: str, names: str) -> None:
    assert author_of(paragraphs(HEAD, LEAD, MORE, " " * 70 + credit, "Các tin khác")) == names


def test_a_section_word_at_the_end_is_no_byline() -> None:
    assert author_of(paragraphs(HEAD, LEAD, MORE, " " * 70 + "Văn Hóa", "Các tin khác")) == ""


# 4. A mass organisation's document is not cited.
@pytest.mark.parametrize("sentence", [
    "Thực hiện Thông báo số 21/TB-ĐHKT-HSV về việc tổ chức Đại hội các cấp.",
    "Số: 22/HD-ĐHKT-HSV",
    "Căn cứ Hướng dẫn số 12-HD/HSVTW của Trung ương Hội Sinh viên Việt Nam.",
    "Theo Kế hoạch số 15/KH-HPN ngày 2/3/2020 của Hội Phụ nữ xã.",
    "Thực hiện Kế hoạch số 9/KH-CĐCS của Công đoàn cơ sở nhà trường.",
    "Căn cứ Công văn số 33/CV-CĐCS ngày 2/3/2020 về việc thăm hỏi đoàn viên.",
    "Theo Kế hoạch 12/KH-CĐ của Công đoàn ngành Giáo dục và Kế hoạch số 7/KH-CĐN.",
])
def test_a_mass_organisations_number_is_not_cited(sentence: str) -> None:
    assert cited_numbers(sentence) == []


@pytest.mark.parametrize("sentence, numbers", [
    ("Thực hiện Công văn số 4878/BTTTT-CĐSQG ngày 1/2/2021 của Bộ Thông tin và Truyền thông.", ["4878/BTTTT-CĐSQG"]),
    ("Căn cứ Kế hoạch số 74/KH-CTĐ ngày 25/02/2016 của Cụm thi đua.", ["74/KH-CTĐ"]),
    ("Thực hiện Kế hoạch số 52/KH-UBND và Thông báo số 21/TB-ĐHKT của nhà trường.", ["52/KH-UBND", "21/TB-ĐHKT"]),
    ("Căn cứ Quyết định số 97-QĐ/BCĐ của Ban Chỉ đạo.", ["97-QĐ/BCĐ"]),
])
def test_state_numbers_near_them_stay_cited(sentence: str, numbers: list[str]) -> None:
    assert cited_numbers(sentence) == numbers
