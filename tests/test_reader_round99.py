"""Round 99: holdout 87's misses, as kinds (made-up pastes, near-misses beside each case).

- a campaign's banner over the date line and the headline ("Toàn Đảng, toàn dân học tập và làm theo tư tưởng, ...")
  is a call to the whole body of people, as "thi đua" and "quyết tâm" make one (read/furniture.banners);
- a numbered part's heading with a dash after its numeral ("I- Tình hình ...", "1- Kết quả") is never the headline,
  as "I." and "1." are not (read/title_weights._SECTION_NUMBER);
- a menu on one line, its items parted by runs of spaces, above the first paragraph is chrome
  (read/spaced_menus.py);
- two writers joined by "&" or "và" before the source's tag opening the lead are the writers
  (read/marker_writers.py);
- a full name in capitals opening the headline before a spaced dash, the title after it in small letters, is the
  writer when the text does not name it again, the headline printed again under itself aside
  (read/title_writers.opening_dash_writer, subject_headings.unnamed_writer).
"""
from __future__ import annotations

import pytest

from archive.read.spaced_menus import spaced_menus
from made_up_pastes import HEAD, LEAD, MORE, MORE2, fields_of, numbered_lines, reading

SLOGAN = "Toàn Đảng, toàn dân học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
HEADLINE = "Cảnh giác với lừa đảo qua mạng xã hội và mạng Internet dịp Tết"


def test_a_campaign_banner_over_the_date_line_is_no_headline() -> None:
    found = fields_of("\n\n".join(["Site banner", SLOGAN, "Thứ bảy, 26 Tháng 4, 2025 - 13:38", HEADLINE, LEAD, MORE]))
    assert found.get("title") == HEADLINE
    assert str(found.get("date")) == "2025-04-26"


@pytest.mark.parametrize("headline", [
    # the campaign's words as a story's headline, its lead right under it (no headline-shaped line)
    "Cán bộ, đảng viên xã Tân Hòa học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    # a score spaced about its dash opens a headline, no part's number
    "3 - 0 cho đội bóng huyện nhà trong trận chung kết giải bóng đá thanh niên",
])
def test_near_misses_over_their_lead_stay_the_headline(headline) -> None:
    found = fields_of("\n\n".join([headline, LEAD, MORE]))
    assert found.get("title") == headline


DOCUMENT = ("Nghị quyết số 22/NQ-TU ngày 08/6/2022 của Tỉnh ủy Kiên Giang về chuyển đổi số tỉnh Kiên Giang đến năm "
            "2025 và định hướng đến năm 2030.")


@pytest.mark.parametrize("heading", ["I- Tình hình và nguyên nhân", "II – Mục tiêu và nhiệm vụ",
                                     "1- Kết quả đạt được trong năm"])
def test_a_part_heading_with_a_dash_is_no_headline(heading) -> None:
    found = fields_of("\n".join([DOCUMENT, heading, "- " + LEAD, "- " + MORE]))
    assert found.get("title") == DOCUMENT


MENU = ("Dịch vụ    Việc làm    Tiệm ăn    Y tế & sức khỏe    Địa ốc    Cửa hàng    Xây dựng    Âm nhạc    Luật sư    "
        "Du lịch    Kỹ thuật    Bảo hiểm    Khách sạn    Tài chánh, ngân hàng    Truyền thông")
CAPITALS = "XUẤT KHẨU LAO ĐỘNG TẠI ĐÀI LOAN: NỖI NHỚ TẾT QUÊ NHÀ"


def test_a_menu_parted_by_spaces_is_chrome_over_the_headline() -> None:
    found = fields_of("\n".join(["VietOrg Media", MENU, "      ", CAPITALS, "", LEAD, "", MORE]))
    assert found.get("title") == CAPITALS


@pytest.mark.parametrize("line, menu", [
    (MENU, True),
    ("Trang chủ\tGiới thiệu\tTin tức\tVăn bản\tLiên hệ", True),  # tabs part the cells too
    ("Dịch vụ    Việc làm    Tiệm ăn", False),  # three items: too few for a menu
    ("Nguyễn Văn An        12/03/2024", False),  # a name and a date pushed apart
    ("Họ và tên    Chức vụ    Đơn vị    Số điện thoại: 0912    Ghi chú", False),  # a label's colon, a number
])
def test_spaced_menus(line, menu) -> None:
    assert bool(spaced_menus(numbered_lines(line, HEAD, LEAD))) is menu


def test_a_table_row_parted_by_spaces_in_the_text_stays() -> None:
    # near-miss: under the first paragraph a row of cells is the text's, not a menu
    row = "Họ và tên    Chức vụ    Đơn vị    Ghi chú    Ký nhận"
    found = reading("\n\n".join([HEAD, "12/03/2024 08:30", LEAD, row, MORE, MORE2]))
    assert found.article is not None and any("Chức vụ" in block.text for block in found.article.blocks)
    assert not any("parted by spaces" in w.message for w in found.warnings)


@pytest.mark.parametrize("opening, author", [
    ("Lữ Gia Hùng & Thương Lê (BBC) - ", "Lữ Gia Hùng - Thương Lê"),
    ("Nguyễn Văn An và Trần Thị Bình (TTXVN) - ", "Nguyễn Văn An - Trần Thị Bình"),
    ("Phạm Văn (Danlambao) - ", "Phạm Văn"),  # round 90's one writer, as before
    ("Hà Nội & Sài Gòn (TTXVN) - ", ""),  # near-miss: two places, no writers
    ("Nguyễn Văn An & các cộng sự (BBC) - ", ""),  # near-miss: one part reads as no name
    ("Sáng nay, Nguyễn Văn An (BBC) - ", ""),  # near-miss: a comma ends the name group (a sentence's clause)
])
def test_writers_before_the_source_s_tag_opening_the_lead(opening, author) -> None:
    found = fields_of("\n\n".join([HEAD, opening + LEAD, MORE]))
    assert (found.get("author") or "") == author


ESSAY = ("Ở Nam bộ, trời mưa nắng rõ rành rạnh hai mùa. Mùa nắng có khi nóng tới đổ sao con mắt, và cũng có người "
         "gọi đó là mùa khô đồng bằng.")


def test_a_writer_in_capitals_opening_the_headline_before_a_dash_is_the_writer() -> None:
    headline = "TRẦN BẢO ĐỊNH - Tản mạn… “chim quyên..."
    found = fields_of("\n".join([headline, "", "03 Tháng Tư 2017 12:42", headline, ESSAY, MORE]))
    assert found.get("author") == "Trần Bảo Định"
    assert found.get("title") == headline


@pytest.mark.parametrize("headline, text", [
    ("HÀ NỘI - Khai mạc hội nghị sơ kết công tác xây dựng Đảng", LEAD),  # a place's dateline, no name
    ("TRẦN BẢO ĐỊNH - Người thầy của vùng cao", "Thầy Trần Bảo Định đã gắn bó với vùng cao hơn ba mươi năm qua, "
                                              "dạy chữ cho bao lớp học trò người dân tộc."),  # a profile's subject
    ("TRẦN BẢO ĐỊNH - NGƯỜI THẦY CỦA VÙNG CAO", ESSAY),  # all in capitals: its subject
])
def test_a_capitals_opening_that_names_no_writer(headline, text) -> None:
    found = fields_of("\n\n".join([headline, text, MORE]))
    assert (found.get("author") or "") == ""
