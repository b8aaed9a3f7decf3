"""Round 110: the misses of holdouts 93 and 94 (now dev files 2222-2239) and of holdout 95, as kinds (made-up pastes,
near-misses beside each case).

- A school's kind runs on through its levels ("TRƯỜNG PHỔ THÔNG DÂN TỘC NỘI TRÚ TRUNG HỌC CƠ SỞ X": thirteen words, a
  name of two): a unit's name is counted after them, so the school's masthead in capitals over the headline is chrome
  however long its levels run (read/body_kinds.SCHOOL_LEVELS, read/chained_mastheads.school_levels; dev 2234), and
  past one line of furniture a site or a reprint slips between it and the headline (read/stacked_mastheads.py).
- A line ending with a body's name ("Chủ tịch Hội đồng họ X", "I – ... hình thành Hội đồng họ X" under "HỘI ĐỒNG HỌ X")
  is no breadcrumb copying it: a trail ends with the page's headline, never the masthead's body; the article's first
  heading stays in it (read/head_window._copied_in; dev 2233). A line left out is listed once, by its first reason.
- A name with a surname and an abbreviation in brackets after it ("Mai Anh (G)") beside a portal's leaked metadata
  signs as a writer does; a name alone there stays the site's (round 14) (read/metadata_bylines.py; holdout 95's 010).
- A photo's caption under the signature, opening with the name just signed ("Nguyễn Thanh Phong (Xẹp) trong ngày họp
  mặt ..."), is passed over by the end's byline slot; anyone else's caption, or a paragraph's length, still stops it
  (read/writer_captions.py; dev 2229). The same name printed on two lines is one writer.

Left, said plainly: dev 2230's letter signed under "TM nhóm ..." (a document's signer, by design); dev 2233's title
(its label takes the first of three capitals lines, the council's own name, which the reader reads as the kicker);
dev 2234's date (a weekday date over the masthead, read as the page's; its label, doubting, as the site's clock).
"""
from __future__ import annotations

import pytest

from archive.read.chained_mastheads import unit_name
from archive.read.stacked_mastheads import stacked_mastheads
from made_up_pastes import HEAD, LEAD, MORE, MORE2, fields_of, reading

# --- a school's masthead, its levels run long

SCHOOL = "TRƯỜNG PHỔ THÔNG DÂN TỘC NỘI TRÚ TRUNG HỌC CƠ SỞ HÒA AN"
TRIP = "THAM QUAN KHU DI TÍCH LỊCH SỬ CÁCH MẠNG"


@pytest.mark.parametrize("line, name", [
    (SCHOOL, True),
    ("TRƯỜNG PHỔ THÔNG DÂN TỘC BÁN TRÚ TIỂU HỌC VÀ TRUNG HỌC CƠ SỞ TRÀ BUI", True),
    ("TRƯỜNG THCS VÀ THPT NGUYỄN KHUYẾN", True),
    ("KHOA CÔNG NGHỆ THÔNG TIN", True),
    # near-misses: levels and no name, a headline's clause after the levels, a common word, figures
    ("TRƯỜNG TRUNG HỌC CƠ SỞ", False),
    ("TRƯỜNG PHỔ THÔNG DÂN TỘC NỘI TRÚ TỔ CHỨC LỄ KHAI GIẢNG NĂM HỌC MỚI VỚI NHIỀU HOẠT ĐỘNG SÔI NỔI", False),
    ("TRƯỜNG HỢP ĐẶC BIỆT", False),
    ("TRƯỜNG THCS HÒA AN ĐÓN NHẬN HUÂN CHƯƠNG LAO ĐỘNG HẠNG BA NĂM 2024", False),
])
def test_a_schools_levels_are_its_kind(line, name) -> None:
    assert unit_name(line, True) is name


@pytest.mark.parametrize("above, under", [
    ("Thứ Năm, 11/01/2018\n\n", "Tham quan khu di tích lịch sử cách mạng của tỉnh\n\n"),  # a clock, a subtitle
    ("Thứ Năm, 11/01/2018\n\n", ""),
    ("", ""),
])
def test_the_schools_masthead_over_the_headline_is_no_title(above, under) -> None:
    assert fields_of(f"{above}{SCHOOL}\n\n{TRIP}\n\n{under}{LEAD}\n\n{MORE}\n")["title"] == TRIP


@pytest.mark.parametrize("between, masthead", [
    ([], True),
    (["Địa chỉ: Số 12 đường Hoa Ban, phường Tân An"], True),  # a field
    (["-"], True),
    (["Kỳ 2"], True),
    (["trang thông tin điện tử xã hòa lâm"], True),  # a portal's name
    # near-misses: two lines between, a body's name between (a masthead of its own, the school's its unit's)
    (["Kỳ 2", "-"], False),
    (["Trung tâm Văn hóa huyện Hòa An"], False),
])
def test_the_schools_masthead_past_one_line_of_furniture(between, masthead) -> None:
    texts = [SCHOOL, *between, TRIP]
    assert stacked_mastheads(texts, list(range(len(texts))), set()) == ({0} if masthead else set())


@pytest.mark.parametrize("between", ["Địa chỉ: Số 12 đường Hoa Ban, phường Tân An\n\n", "-\n\n"])
def test_the_headline_under_the_masthead_and_a_line_of_furniture(between) -> None:
    body = f"Thứ Năm, 11/01/2018\n\n{SCHOOL}\n\n{between}{TRIP}\n\nTham quan khu di tích lịch sử\n\n{LEAD}\n\n{MORE}\n"
    assert fields_of(body)["title"] == TRIP


def test_the_schools_name_alone_over_its_text_stays_the_title() -> None:
    # near-miss: an introduction page whose only headline is the school's name
    assert fields_of(f"{SCHOOL}\n\n{LEAD}\n\n{MORE}\n")["title"] == SCHOOL


# --- a line ending with the masthead's body is no breadcrumb

COUNCIL = "HỘI KHUYẾN HỌC TỈNH AN GIANG"
POSITION = "Chủ tịch Hội Khuyến học tỉnh An Giang"
HEADING = "I – Sự ra đời của Hội Khuyến học tỉnh An Giang"
ESSAY = (f"{COUNCIL}\n\nVỚI PHONG TRÀO XÂY DỰNG XÃ HỘI HỌC TẬP Ở CƠ SỞ\n\n12/03/2024\n\nNguyễn Văn An\n\n{POSITION}\n\n"
         f"{HEADING}\n\n{LEAD}\n\n{MORE}\n")


REVIEW = (f"Tạp chí Xây dựng Đảng\n\n{HEAD}\n\n12/03/2024\n\nNguyễn Văn An\n\n"
          f"1. Vai trò của Tạp chí Xây dựng Đảng\n\n{LEAD}\n\n{MORE}\n")


@pytest.mark.parametrize("body, heading", [(ESSAY, HEADING), (REVIEW, "1. Vai trò của Tạp chí Xây dựng Đảng")])
def test_the_first_heading_ending_with_the_body_stays_in_the_text(body, heading) -> None:
    found = reading(body)
    assert found.article is not None and heading in [block.text for block in found.article.blocks]
    assert found.fields["author"] == "Nguyễn Văn An"
    assert not any(heading[:30] in w.message for w in found.warnings)


@pytest.mark.parametrize("masthead", [COUNCIL, "Nông thôn Ngày nay"])  # a body's name; an outlet's with no kind
def test_a_line_left_out_is_listed_once(masthead) -> None:
    position = f"Phóng viên {masthead.title() if masthead.isupper() else masthead}"
    found = reading(f"{masthead}\n\n{HEAD}\n\n12/03/2024\n\nNguyễn Văn An\n\n{position}\n\n{LEAD}\n\n{MORE}\n")
    listed = [w.message for w in found.warnings if "left out of the article" in w.message]
    assert found.fields["author"] == "Nguyễn Văn An" and sum(position[:30] in message for message in listed) == 1


@pytest.mark.parametrize("trail", [f"Trang chủ > Tin tức > {HEAD}", f"Trang chủ Tin tức {HEAD}"])
def test_a_trail_ending_with_the_headline_is_still_chrome(trail) -> None:
    # near-miss: a breadcrumb ends with the page's headline, printed again under it
    found = reading(f"{trail}\n\n{HEAD}\n\n12/03/2024\n\n{LEAD}\n\n{MORE}\n")
    assert found.fields["title"] == HEAD
    assert any("breadcrumb" in w.message and trail[:40] in w.message for w in found.warnings)


# --- a writer's name with a bracketed mark beside a portal's leaked metadata

TITLE_CAPS = "MỘT SỐ NỘI DUNG CHỦ YẾU CỦA CUỘC TỔNG ĐIỀU TRA KINH TẾ"
METADATA = ("2025-12-26T14:08:47+07:00\n\n2025-12-26T14:08:47+07:00\n\n"
            "https://example.gov.vn/vi/news/kinh-te/mot-so-noi-dung-673.html\n\n"
            "https://example.gov.vn/uploads/news/2025_12/picture1_29.jpg\n\nPhường Hòa An\n\n"
            "https://example.gov.vn/uploads/logo-250-x-250-px.png\n\nThứ sáu - 26/12/2025 14:06")


@pytest.mark.parametrize("line, writer", [
    ("Mai Anh (G)", "Mai Anh"),
    ("Thu Hà (TTVH)", "Thu Hà"),
    # near-misses: a name alone, or a place's name with a bracket, beside the metadata stays the site's
    ("Mai Anh", ""),
    ("Bình Long (BP)", ""),
    ("Hòa An (Cao Bằng)", ""),
])
def test_a_marked_name_beside_page_metadata(line, writer) -> None:
    found = fields_of(f"{TITLE_CAPS}\n\n{line}\n\n{METADATA}\n\n{LEAD}\n\n{MORE}\n")
    assert found["title"] == TITLE_CAPS and (found.get("author") or "") == writer


# --- the writer's own photo caption under the signature

CLOSING = "Vài lời xin tâm sự, có điều gì mạo phạm, xin vui lòng bỏ qua."
PROFILE = ("Nguyễn Văn An năm nay 16 tuổi, được sinh ra trong một gia đình có truyền thống về nghệ thuật nên sớm "
           "được tiếp xúc, cảm nhận những giá trị, cái hay trong âm nhạc.")


def _letter(signature: str, place: str, caption: str) -> str:
    return (f"{HEAD}\n\n12/03/2024\n\n{LEAD}\n\n{MORE}\n\n{MORE2}\n\n{CLOSING}\n\n{signature}\n\n{place}"
            f"{caption}\n")


@pytest.mark.parametrize("place", ["(TP.HCM 15-2-2013)\n\n", ""])
@pytest.mark.parametrize("caption, writer", [
    ("Nguyễn Văn An (Tư) trong ngày họp mặt Tết Quý Tị 2013.", "Nguyễn Văn An"),
    ("Nguyễn Văn An phát biểu tại buổi họp mặt", "Nguyễn Văn An"),
    # near-misses: someone else's caption, a profile's paragraph opening with the name
    ("Trần Thị Bình trong ngày họp mặt Tết Quý Tị 2013.", ""),
    (PROFILE, ""),
])
def test_the_writers_caption_under_the_signature(place, caption, writer) -> None:
    found = fields_of(_letter("NGUYỄN VĂN AN (TƯ)", place, caption))
    assert (found.get("author") or "") == writer


def test_a_name_printed_twice_is_one_writer() -> None:
    assert fields_of(_letter("NGUYỄN VĂN AN (TƯ)", "", "Nguyễn Văn An"))["author"] == "Nguyễn Văn An"
