"""Round 97: holdout 86's misses, as kinds (made-up pastes, near-misses beside each case).

- a document posted as the page whose formal header is a table flattened into lines, each cell closed by a
  bar ("UBND XÃ X | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Xã X, ngày 07 tháng 5 năm 2025 |"), is a header like one
  without bars: its signing date is not the page's, its place is no writer, and its number, however its code's parts
  are spaced where they end the line ("Số: 36 /KH - UBND |"), is the document's own citation
  (read/document_headers.py);
- a capitals line read as a body's masthead over a capitals line right under it leaves that line the headline, not
  the run-on of a headline the masthead would have opened (read/furniture._carried_on): both read at once left the
  paste with no title.
"""
from __future__ import annotations

import pytest

from archive.enrich.citations import extract_references
from archive.read.document_headers import read_document_header
from made_up_pastes import LEAD, MORE, documents, fields_of, numbered_lines, read_paste

HEADLINE = "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025 trên địa bàn xã Quảng Lợi"
HEADER = ["UBND XÃ QUẢNG LỢI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
          "BAN CHỈ HUY PCTT | Độc lập - Tự do - Hạnh phúc |",
          "Số: 41 /KH - BCH |",
          "Quảng Lợi, ngày 07 tháng 5 năm 2025 |",
          "KẾ HOẠCH", HEADLINE,
          "Căn cứ Nghị định số 66/2021/NĐ-CP ngày 06/7/2021 của Chính phủ quy định chi tiết thi hành "
          "Luật Phòng, chống thiên tai;", LEAD, MORE]


def test_a_header_flattened_with_bars_gives_the_page_no_date_and_no_writer() -> None:
    found = fields_of("\n".join([HEADLINE, *HEADER]))
    assert found.get("title") == HEADLINE
    assert found.get("date") is None  # the plan's signing, not the page's day
    assert not found.get("author")  # "Quảng Lợi", the place of the signing, is no writer


def test_the_spaced_number_of_a_header_flattened_with_bars_is_cited() -> None:
    text = "\n".join(["---", "url: https://quangloi.example.gov.vn/tin-tuc/ke-hoach-pctt", "date: 2025-05-08", "---",
                      HEADLINE, *HEADER])
    article = read_paste(text).article
    assert article is not None
    numbers = [ref.number for ref in extract_references(article, documents())]
    assert "41/KH-BCH" in numbers and "66/2021/NĐ-CP" in numbers


@pytest.mark.parametrize("line, number", [
    ("Số: 36 /KH - UBND |", "Số: 36 /KH - UBND"),  # spaced, closing its cell
    ("Số: 36 /KH - UBND", "Số: 36 /KH - UBND"),  # spaced, closing the line
    ("Số: 34/QĐ-CNTĐ-ĐT", "Số: 34/QĐ-CNTĐ-ĐT"),  # as before
    # near-misses: a cell after the number's is no part of it, nor a spaced word that does not close the line
    ("Số 12-NQ/TU | Ninh Bình, ngày 05 tháng 3 năm 2021 |", "Số 12-NQ/TU"),
    ("Số 12-NQ/TU - ĐẢNG ỦY XÃ", "Số 12-NQ/TU"),
])
def test_a_header_number_takes_its_spaced_code_only_at_the_line_s_end(line, number) -> None:
    lines = numbered_lines("ĐẢNG BỘ TỈNH NINH BÌNH | ĐẢNG CỘNG SẢN VIỆT NAM |", line, "KẾ HOẠCH",
                           "Triển khai công tác phòng, chống thiên tai năm 2025", LEAD)
    _, _, aside = read_document_header(lines)
    assert [text for _, text in aside][:1] == [number]


def test_a_page_date_line_closed_by_a_bar_without_a_header_stays_the_page_s() -> None:
    # near-miss: a bar in a date line with no national name, motto or Party title near it: no header, the page's date
    found = fields_of("\n".join([HEADLINE, "Quảng Lợi, ngày 07 tháng 5 năm 2025 |", LEAD, MORE]))
    assert str(found.get("date")) == "2025-05-07"


COUNTER = ["Thống kê truy cập", "  • Đang truy cập: 1", "  • Hôm nay: 1", "Đăng nhập"]


@pytest.mark.parametrize("above, headline", [
    ("HỘI CHỌI TRÂU", "LỄ HỘI CHỌI TRÂU ĐỒ SƠN NĂM 2024"),  # a festival's name, read as an association's
    ("TRƯỜNG THCS NGUYỄN DU", "LỄ KHAI GIẢNG NĂM HỌC MỚI 2024 - 2025"),  # a school's masthead over it
])
def test_a_capitals_line_under_a_masthead_is_the_headline_not_a_run_on(above, headline) -> None:
    found = fields_of("\n".join([*COUNTER, above, headline, "", LEAD, MORE]))
    assert found.get("title") == headline


def test_a_capitals_headline_broken_in_two_under_no_masthead_stays_one() -> None:
    # near-miss: no masthead above, so the second capitals line still carries the first on
    broken = ["NHỚ LẠI MỘT THỜI", "LÀ HỌC SINH TRƯỜNG CẤP 3 LÝ TỰ TRỌNG"]
    found = fields_of("\n".join([*COUNTER, *broken, "", LEAD, MORE]))
    assert found.get("title") == "NHỚ LẠI MỘT THỜI"
