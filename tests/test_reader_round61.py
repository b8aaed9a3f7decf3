"""Round 61 (holdout 60's kinds), on made-up text: a line only naming a news section, its words joined
by a dash with no space, over a capitals headline is the section's label (read/joined_sections.py); a run
of "headline - dd/mm/yyyy" lines over the page's text is a list of links (read/dated_links.py); a
credit in brackets with its label and the writer's unit, "(Tin, ảnh: X, Trung tâm ...)", is the byline
(read/press_credits.unbracketed); a state number printed in the Party's order beside its state form is
one document, in its state form (enrich/state_orders.py).
"""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.capitals_blocks import block_continuations
from archive.read.dated_links import dated_link_runs
from archive.read.joined_sections import section_named
from archive.read.press_credits import unbracketed
from made_up_pastes import HEAD, LEAD, MORE, MORE2, cited_numbers, fields_of, reading

CAPITALS_HEAD = "HỘI CỰU GIÁO CHỨC PHƯỜNG TỔ CHỨC KỶ NIỆM 40 NĂM NGÀY NHÀ GIÁO VIỆT NAM (20/11/1982 – 20/11/2022)"
SECTION_LABELS = ["GIÁO DỤC-Y TẾ", "KINH TẾ–XÃ HỘI", "VĂN HÓA/THỂ THAO", "THỜI SỰ & CHÍNH TRỊ", "AN NINH, QUỐC PHÒNG",
                  "GIÁO DỤC", "Giáo dục-Y tế"]


# 1. A section's label over a longer headline.
@pytest.mark.parametrize("label", SECTION_LABELS)
@pytest.mark.parametrize("headline", [CAPITALS_HEAD, "ĐẢNG BỘ PHƯỜNG TỔ CHỨC HỘI NGHỊ SƠ KẾT CÔNG TÁC XÂY DỰNG ĐẢNG",
                                      HEAD])
def test_a_section_label_over_the_headline_is_no_title(label: str, headline: str) -> None:
    found = fields_of(f"{label}\n{headline}\n17/11/2022 08:24:38\n\n{LEAD}\n\n{MORE}\n")
    assert found["title"] == headline
    assert found["date"] == dt.date(2022, 11, 17)


@pytest.mark.parametrize("label", SECTION_LABELS)
def test_the_label_names_sections(label: str) -> None:
    assert section_named(label)


@pytest.mark.parametrize("line", [
    "HÀ NỘI - MÙA THU",  # a place and a season: a short headline
    "HÀ NỘI-MÙA THU",
    "Giáo dục Hà Nội",  # a section and a place
    "GIÁO DỤC - HÀ NỘI",
    "giáo dục-y tế",  # no capital opens it
    "KINH TẾ - XÃ HỘI NĂM 2024",  # a number
    "GIÁO DỤC-Y TẾ-",  # an empty part
    "Kinh tế - Xã hội - Văn hóa - Thể thao",  # four parts: a menu's row (section_menus.py)
    "PHƯỚC AN:",
])
def test_lines_that_name_no_section(line: str) -> None:
    assert not section_named(line)


def test_a_short_capitals_headline_with_a_dash_stays_the_title() -> None:
    found = fields_of(f"HÀ NỘI - MÙA THU\n12/03/2024 08:00\n\n{LEAD}\n\n{MORE}\n")
    assert (found["title"], found["date"]) == ("HÀ NỘI - MÙA THU", dt.date(2024, 3, 12))


def test_a_capitals_block_broken_mid_phrase_still_joins() -> None:
    texts = ["GƯƠNG SÁNG HỌC TẬP VÀ LÀM THEO TẤM GƯƠNG", "ĐẠO ĐỨC", "HỒ CHÍ MINH Ở CÔNG TY CỔ PHẦN"]
    assert block_continuations(texts, [1, 2, 3], [0, 1, 2]) == {1, 2}
    assert block_continuations(["GIÁO DỤC-Y TẾ", CAPITALS_HEAD], [1, 2], [0, 1]) == set()
    assert block_continuations(["HÀ NỘI-MÙA THU", CAPITALS_HEAD], [1, 2], [0, 1]) == {1}  # no section: a block


# 2. A list of links, each "headline - dd/mm/yyyy", over the page's text.
LINKS = [
    "Chỉ thị về việc tăng cường công tác thống kê trên địa bàn tỉnh - 16/09/2022    ",
    "TUYỂN DỤNG CÔNG CHỨC NĂM 2022 - 01/06/2022    ",
    "Ngành Thống kê 75 năm xây dựng và trưởng thành - 06/05/2021",
    "Kế hoạch công tác tháng 01 năm 2015 – 27/01/2015",
    "Tình hình kinh tế - xã hội tháng 5 năm 2014 - 23-05-2014  ",
]
COUNTER = "Trực tuyến: 90\nHôm nay: 318\nLượt truy cập: 1,066,606\n"


CAPITALS_REPORT = "TÌNH HÌNH KINH TẾ - XÃ HỘI SÁU THÁNG ĐẦU NĂM 2017"


@pytest.mark.parametrize("links", [LINKS, LINKS[:3], LINKS[2:], [LINKS[1], "", LINKS[3], "", LINKS[4]]])
@pytest.mark.parametrize("counter", [COUNTER, ""])
@pytest.mark.parametrize("headline", [HEAD, CAPITALS_REPORT])
@pytest.mark.parametrize("body", [f"{LEAD}\n\n{MORE}\n", "Năm 2017 là\n"])  # whole, or cut after three words
def test_dated_links_over_an_undated_page_are_no_title_and_no_date(links: list[str], counter: str, headline: str,
                                                                     body: str) -> None:
    found = fields_of("\n".join(links) + "\n" + counter + f"{headline}\n            \n\n{body}")
    assert found["title"] == headline
    assert found["date"] is None


@pytest.mark.parametrize("counter", [COUNTER, ""])
@pytest.mark.parametrize("headline", [HEAD, CAPITALS_REPORT])
def test_a_long_list_of_dated_links_over_a_dated_headline(counter: str, headline: str) -> None:
    found = fields_of("\n".join(LINKS * 4) + "\n" + counter + f"{headline}\nCập nhật bản tin: 29/06/2017\n\n"
                      "Năm 2017 là\n")
    assert (found["title"], found["date"]) == (headline, dt.date(2017, 6, 29))


def test_the_runs_are_named_with_their_lines() -> None:
    assert dated_link_runs([*LINKS[:3], HEAD, LEAD]) == {0, 1, 2}
    assert dated_link_runs([LINKS[0], "", LINKS[1], "  ", LINKS[2], HEAD]) == {0, 2, 4}


@pytest.mark.parametrize("texts", [
    [LINKS[0], LINKS[1], HEAD, LEAD],  # two: no list
    [LINKS[0], HEAD, LINKS[1], LINKS[2]],  # broken by another line
    ["Hội nghị - 16/09/2022", "Đại hội - 01/06/2022", "Tổng kết - 06/05/2021"],  # two words before the dash
    ["Khánh thành cầu mới ngày 16/09/2022", "Thông xe tuyến đường ngày 01/06/2022",
     "Bàn giao công trình ngày 06/05/2021"],  # no dash
])
def test_no_run_of_dated_links(texts: list[str]) -> None:
    assert dated_link_runs(texts) == set()


def test_one_headline_ending_in_its_day_stays_the_title_and_dates_the_page() -> None:
    found = fields_of(f"{HEAD} - 20/11/2022\n\n{LEAD}\n\n{MORE}\n")
    assert (found["title"], found["date"]) == (HEAD, dt.date(2022, 11, 20))


def test_dated_lines_under_the_page_text_are_left_to_the_bodys_rules() -> None:
    """Under the lead the rule asks nothing: the body's lists are link_lists.py's to weigh."""
    chronicle = ["Khởi công xây dựng cầu mới qua sông - 12/03/2020", "Hợp long cầu mới qua sông - 20/08/2021",
                 "Thông xe kỹ thuật cầu mới qua sông - 30/04/2022"]
    read = reading(f"{HEAD}\n12/03/2024\n\n{LEAD}\n\n" + "\n".join(chronicle) + f"\n\n{MORE}\n")
    assert (read.fields["title"], read.fields["date"]) == (HEAD, dt.date(2024, 3, 12))
    assert not any("headline and date, in a list of links" in w.message for w in read.warnings)


# 3. A credit in brackets, its label, the writer and the writer's unit, over markup debris.
CREDITS = [
    ("(Tin, ảnh: Trương Thị Lành, Trung tâm Dạy nghề & hỗ trợ Nông dân TP)", "Trương Thị Lành"),
    ("(Bài, ảnh: Nguyễn Văn Hùng, Trung tâm Văn hóa - Thông tin và Thể thao huyện)", "Nguyễn Văn Hùng"),
    ("(Tin: Lê Thị Mai Anh - Văn phòng Hội Nông dân thành phố)", "Lê Thị Mai Anh"),
    ("(Thực hiện: Phạm Minh Tuấn, Ban Tuyên giáo Huyện ủy Tiên Lãng)", "Phạm Minh Tuấn"),
]


@pytest.mark.parametrize("credit, name", CREDITS)
@pytest.mark.parametrize("debris", ["", "]]>", " ]]>\n\n  • Tin mới đăng", "-->", "<![CDATA[", "/>", "}}"])
def test_a_bracketed_credit_with_the_writers_unit_is_the_byline(credit: str, name: str, debris: str) -> None:
    body = f"{HEAD}\n12/03/2024\n\n{LEAD}\n\n{MORE}\n{MORE2}\n{credit}\n{debris}\n"
    assert fields_of(body)["author"] == name


@pytest.mark.parametrize("end", [
    "(Ảnh: Trương Thị Lành, Trung tâm Dạy nghề và hỗ trợ nông dân thành phố)",  # a photo credit
    "(Nguồn: Trung tâm Dạy nghề và hỗ trợ nông dân thành phố Hải Phòng)",  # a source
    "(Hội nghị kéo dài đến chiều cùng ngày, các đại biểu thống nhất rất cao)",  # an aside
])
def test_other_long_lines_in_brackets_name_no_writer(end: str) -> None:
    assert not fields_of(f"{HEAD}\n12/03/2024\n\n{LEAD}\n\n{MORE}\n{end}\n").get("author")


def test_the_label_lets_a_longer_line_in_brackets() -> None:
    assert unbracketed("(Hồng Nhung)") == "Hồng Nhung"
    assert unbracketed(CREDITS[0][0]) == CREDITS[0][0][1:-1]
    assert unbracketed("(Hội nghị kéo dài đến chiều cùng ngày, các đại biểu thống nhất rất cao)") == ""
    assert unbracketed("(Tin, ảnh: " + "Trương Thị Lành, " * 8 + "Trung tâm)") == ""  # a paragraph's length


# 4. A state number printed in both orders.
@pytest.mark.parametrize("party, state", [
    ("872-NQ/UBTVQH14", "872/NQ-UBTVQH14"),
    ("2513-QĐ/TTg", "2513/QĐ-TTg"),
    ("15-QĐ/UBND", "15/QĐ-UBND"),
    ("12-QĐ/UBND", "12/2020/QĐ-UBND"),
])
def test_a_state_number_in_the_partys_order_beside_its_state_form_is_one_document(party: str, state: str) -> None:
    text = (f"Thực hiện Nghị quyết {party} ngày 10/01/2020 về việc sắp xếp đơn vị hành chính. Theo Nghị quyết "
            f"số {state}, các phường tổ chức đại hội.").replace("Nghị quyết", "Quyết định" if "QĐ" in party else "Nghị quyết")
    assert set(cited_numbers(text)) == {state}


@pytest.mark.parametrize("text, numbers", [
    # printed in the Party's order only: kept as printed
    ("Thực hiện Nghị quyết 872-NQ/UBTVQH14 ngày 10/01/2020 của Ủy ban Thường vụ Quốc hội.", {"872-NQ/UBTVQH14"}),
    # a Party number in both orders: the Party's own form stays
    ("Theo Nghị quyết số 15-NQ/TW của Bộ Chính trị và Nghị quyết 15/NQ-TW.", {"15-NQ/TW"}),
    # another number: two documents
    ("Quyết định 2513-QĐ/TTg và Quyết định số 2514/QĐ-TTg của Thủ tướng.", {"2513-QĐ/TTg", "2514/QĐ-TTg"}),
    # another issuer: two documents
    ("Quyết định 25-QĐ/UBND và Quyết định số 25/QĐ-TTg của Thủ tướng.", {"25-QĐ/UBND", "25/QĐ-TTg"}),
])
def test_numbers_kept_as_printed(text: str, numbers: set[str]) -> None:
    assert set(cited_numbers(text)) == numbers


# 5. A breadcrumb's label alone over the headline (found on the variants of holdout 60's 016, now 1638).
@pytest.mark.parametrize("label", ["Bạn đang ở đây", "Bạn đang ở đây:", "BẠN ĐANG Ở ĐÂY", "Vị trí hiện tại:",
                                   "You are here:", "Bạn đang ở trang:"])
@pytest.mark.parametrize("headline", [HEAD, HEAD + "."])
def test_a_breadcrumbs_label_alone_is_no_title(label: str, headline: str) -> None:
    body = f"{label}\n\n{headline}\n\nNguyễn Văn Hùng\n\n(24.07.2019)\n\n{LEAD}\n\n{MORE}\n"
    found = fields_of(body)
    assert found["title"] == headline
    assert label not in " ".join(block.text for block in found["blocks"])


@pytest.mark.parametrize("headline", ["Bạn đang ở đây, giữa lòng Hà Nội", "Bạn đang ở đâu khi thành phố cần?",
                                      "Vị trí hiện tại của dự án cầu Tứ Liên"])
def test_a_headline_opening_with_those_words_stays(headline: str) -> None:
    assert fields_of(f"{headline}\n12/03/2024 08:00\n\n{LEAD}\n\n{MORE}\n")["title"] == headline
