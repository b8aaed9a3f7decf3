"""Conventions round 24: the kinds behind the weakest variant families, as made-up lines and pages.

A headline in capitals broken after a lead-in that counts a year, a term or a number ("... NĂM 2024:" /
"...") is one headline (read/capitals_colons.py), while a kicker in capitals that only names a place, a
parish or a unit stays a kicker. Every name, page and address here is made up.
"""
import pytest

from made_up_pastes import LEAD, MORE, fields_of, numbered_lines
from archive.read.broken_headlines import join_broken_headline
from archive.read.capitals_colons import capitals_lead_in, counted_lead_in
from archive.read.chrome import is_noise_line
from archive.read.glued import unglue
from archive.read.section_menus import section_menu
from archive.read.short_under_dates import short_over_headline

DATE = "12/03/2024 08:15"
CHROME = "Trang chủ | Giới thiệu | Tin tức | Liên hệ"


def page(*head: str) -> str:
    return "\n".join([CHROME, *head, DATE, "", LEAD, "", MORE]) + "\n"


# ---- a capitals headline broken after a lead-in that counts something
COUNTED = [
    ["TỔNG KẾT CÔNG TÁC THI ĐUA NĂM 2024 CỦA HUYỆN BÌNH AN:", "ĐỔI MỚI CẢ VỀ NỘI DUNG VÀ PHƯƠNG THỨC"],
    ["ĐẠI HỘI CHI BỘ TRƯỜNG TIỂU HỌC BÌNH AN, NHIỆM KỲ 2025 - 2027:", "ĐOÀN KẾT, DÂN CHỦ, ĐỔI MỚI"],
    ["HỘI NGHỊ LẦN THỨ 5 BAN CHẤP HÀNH ĐẢNG BỘ XÃ:", "TẬP TRUNG CHO NHIỆM VỤ CUỐI NĂM"],
    ["TONG KET NAM 2023 CUA HOI NONG DAN XA:", "NANG CAO CHAT LUONG HOI VIEN"],  # no tone marks
]


@pytest.mark.parametrize("parts", COUNTED, ids=["year", "term", "number", "no-marks"])
def test_a_capitals_headline_broken_after_a_counted_lead_in_is_one_title(parts):
    assert fields_of(page(*parts))["title"] == " ".join(parts)


def test_a_counted_lead_in_carries_on_a_part_closed_by_a_comma():
    parts = ["ĐẠI HỘI ĐẢNG BỘ TRƯỜNG TRUNG HỌC BÌNH AN LẦN THỨ V,", "NHIỆM KỲ 2025-2030:",
             "KỶ CƯƠNG, DÂN CHỦ, ĐOÀN KẾT"]
    joined = join_broken_headline(numbered_lines(CHROME, *parts, DATE))
    assert joined[1][1] == " ".join(parts)
    assert fields_of(page(*parts))["title"] == " ".join(parts)


@pytest.mark.parametrize("before, text", [
    ("GIÁO XỨ BÌNH AN:", "THÁNH LỄ MỪNG KÍNH BỔN MẠNG GIÁO XỨ"),  # a parish's name: a kicker
    ("ĐẢNG BỘ XÃ BÌNH AN:", "ĐẠI HỘI CHI BỘ TRƯỜNG TIỂU HỌC"),  # a unit's name counts nothing
    ("TỔNG KẾT NĂM 2024:", "Đổi mới cả về nội dung và phương thức"),  # its rest in small letters
    ("TỔNG KẾT NĂM 2024", "ĐỔI MỚI CẢ VỀ NỘI DUNG"),  # no colon
    ("Tổng kết năm 2024:", "ĐỔI MỚI CẢ VỀ NỘI DUNG"),  # the lead-in is not in capitals
    ("TỔNG KẾT NĂM 2024:", "ĐỔI MỚI"),  # too short a rest: a label
    ("ĐẠI HỘI LẦN THỨ 5:", "CÁC KỲ ĐẠI HỘI CÔNG ĐOÀN:"),  # kickers stacked
])
def test_lines_that_are_no_counted_lead_in_and_its_rest(before, text):
    assert not capitals_lead_in(before, text)


@pytest.mark.parametrize("text, counted", [
    ("NHIỆM KỲ 2025-2030:", True), ("LẦN THỨ 12:", True),
    ("NHIỆM KỲ MỚI:", False), ("Nhiệm kỳ 2025-2030:", False), ("NHIỆM KỲ 2025-2030", False),
])
def test_a_counted_lead_in(text, counted):
    assert counted_lead_in(text) is counted


@pytest.mark.parametrize("parts", [
    ["GIÁO XỨ BÌNH AN:", "THÁNH LỄ MỪNG KÍNH BỔN MẠNG GIÁO XỨ"],
    ["ĐẢNG BỘ XÃ BÌNH AN,", "TÁC GIẢ:", "NGUYỄN VĂN AN"],  # a field's label after a comma counts nothing
])
def test_a_named_kicker_and_a_field_stay_apart(parts):
    numbered = numbered_lines(CHROME, *parts, DATE)
    assert join_broken_headline(numbered) == numbered


# ---- a clock at the page's top, chrome under it, the headline lower down
CLOCK = "Thứ Hai, 01/01/2024 08:00"
HEADLINE = "Hội nghị triển khai nhiệm vụ công tác Đảng sáu tháng cuối năm"


@pytest.mark.parametrize("chrome", [
    "Bạn đang ở: Tin tức",
    "Bạn đang ở đây: Tin tức > Hoạt động",
    "Ban dang o: Trang chu / Tin tuc",  # no tone marks
    "Vị trí hiện tại: Hoạt động - Công đoàn",
    "Công đoàn -- Thanh niên",  # a section's name, its dashes no words
])
def test_a_short_line_under_the_clock_loses_to_the_headline_under_it(chrome):
    found = fields_of(f"{CLOCK}\n{chrome}\n\n{HEADLINE}\n\n{LEAD}\n\n{MORE}\n", url="https://example.gov.vn/index.php?id=7")
    assert found["title"] == HEADLINE


def test_a_short_line_over_a_headline_is_told():
    lines = numbered_lines(CLOCK, "Huyện Bình An", HEADLINE, LEAD)
    assert short_over_headline(lines, [1, 2], 0, 3)  # a district's name over the headline
    assert short_over_headline(numbered_lines(CLOCK, "Tin tức -- Sự kiện", "Mục", HEADLINE, LEAD), [1, 2, 3], 0, 4)
    assert not short_over_headline(lines, [1, 2], 1, 3)  # the headline itself
    assert not short_over_headline(numbered_lines(CLOCK, "Tiếp xúc cử tri", LEAD), [1], 0, 2)  # nothing under it
    assert not short_over_headline(lines, [1, 2], 0, 2)  # the line under it is the lead's
    assert not short_over_headline(numbered_lines(CLOCK, "Tiếp xúc cử tri", HEADLINE, LEAD), [1, 2], 0, 3,
                                   frozenset("tiep xuc cu tri".split()))  # the address spells it


@pytest.mark.parametrize("line, noise", [
    ("Bạn đang ở: Tin tức", True), ("Bạn đang ở đây: Tin tức > Sự kiện", True), ("You are here: Home", True),
    ("Bạn đang ở đây, giữa lòng Hà Nội", False),  # no colon: a headline's words
    ("Bạn đang ở: năm 2024 Hà Nội tổ chức hội nghị lớn nhất", False),  # a number, and longer than a trail
    ("Bạn đang ở: Tin tức về hội nghị sơ kết công tác năm.", False),  # a sentence
    ("Vị trí: Trưởng phòng", False),  # a job's field, no breadcrumb's label
])
def test_a_breadcrumb_label_with_its_trail(line, noise):
    assert is_noise_line(line) is noise


def test_a_short_headline_under_its_date_line_keeps_its_title():
    # a short headline over the lead, no longer line under it; and one the address spells over a wrapped lead
    assert fields_of(f"12/03/2024\nTiếp xúc cử tri\n\n{LEAD}\n\n{MORE}\n")["title"] == "Tiếp xúc cử tri"
    wrapped = ("12/03/2024\nTiếp xúc cử tri\nVào ngày 10/3/2024 tại hội trường Ủy ban nhân dân xã tổ chức buổi\n"
               "tiếp xúc cử tri sau kỳ họp thường lệ giữa năm của Hội đồng nhân dân tỉnh.\n"
               f"{MORE}\n")
    assert fields_of(wrapped, url="https://example.gov.vn/tin/tiep-xuc-cu-tri-123")["title"] == "Tiếp xúc cử tri"


# ---- a weekday's date line glued to the lead under a site's masthead lines
MASTHEAD = ["Bình An News", "Thông tin nhanh - người đọc là người bạn đồng hành!",
            "Xã hội - Văn hóa và Tin tức Cộng đồng"]
GLUED_LEAD = ("Thực hiện kế hoạch tổ chức đại hội công đoàn các cấp, trong tháng 6 và tháng 7 các đơn vị "
              "đã triển khai xong việc tổ chức đại hội công đoàn bộ phận.")


@pytest.mark.parametrize("date_line, day", [
    ("Wed, 02/08/2017", "2017-08-02"), ("Thứ Tư, 02/08/2017", "2017-08-02"),
    ("Ngày đăng: 02-08-2017", "2017-08-02"), ("Thứ Tư, 02/08/2017 08:15", "2017-08-02"),
])
def test_a_named_date_line_glued_to_the_lead_under_a_masthead_is_the_date(date_line, day):
    found = fields_of("\n".join([*MASTHEAD, HEADLINE, "", f"{date_line}{GLUED_LEAD}", "", MORE]) + "\n")
    assert (found["title"], str(found["date"])) == (HEADLINE, day)


def test_a_bare_date_glued_under_a_masthead_stays_in_its_line():
    # no weekday, label or clock names it a date line: the line is left whole, as below the head before
    pasted = "\n".join([*MASTHEAD, HEADLINE, "", f"02/08/2017{GLUED_LEAD}", "", MORE]) + "\n"
    lines = unglue(numbered_lines(*pasted.split("\n")))
    assert (6, f"02/08/2017{GLUED_LEAD}") in lines


# ---- a portal's top bar of tools is a menu
@pytest.mark.parametrize("line, menu", [
    ("Thư điện tử Liên hệ Sơ đồ trang", True), ("Thu dien tu | Lien he | So do trang", True),
    ("Trang chủ Sơ đồ trang Đăng nhập", True),
    ("Thư điện tử gửi Sở Nội vụ tỉnh", False),  # a verb and a body: a headline's words
    ("Sơ đồ trang web mới của tỉnh", False),
    ("Thư điện tử Liên hệ", False),  # two items: too few for a menu
])
def test_a_portals_tool_bar_is_a_menu(line, menu):
    assert section_menu(line) is menu


def test_a_tool_bar_under_the_clock_loses_the_title():
    found = fields_of(f"{CLOCK}\nThư điện tử Liên hệ Sơ đồ trang\n\n12/03/2024\n{HEADLINE}\n\n{LEAD}\n\n{MORE}\n")
    assert found["title"] == HEADLINE


# ---- a date with a two-digit year under label cells, or over a headline closed by its stop
SHORT_HEAD = "Chủ động di dời các hộ dân khu vực biên giới ra khỏi vùng ngập lụt"


@pytest.mark.parametrize("labels", [["Người đăng:", "Ngày đăng:"], ["Người viết:", "Ngày đăng:"], ["Tác giả:", "Ngày:"]])
def test_a_two_digit_year_under_label_cells_is_the_date(labels):
    found = fields_of("\n".join([SHORT_HEAD, *labels, "21/09/24", LEAD, MORE]) + "\n")
    assert str(found["date"]) == "2024-09-21"


def test_a_two_digit_year_over_a_headline_closed_by_its_stop_is_the_date():
    stopped = "Hội nghị Ban chấp hành Đảng bộ phiên tháng 7/2025."
    found = fields_of(f"31/07/25\n{stopped}\nLượt xem: 28\n{LEAD}\n{MORE}\n")
    assert (found["title"], str(found["date"])) == (stopped, "2025-07-31")


@pytest.mark.parametrize("body", [
    # the figure alone between two paragraphs under a label's line: the text's
    f"{SHORT_HEAD}\n{LEAD}\nTỷ số:\n21/09/24\n{MORE}\n",
    # a figure under two paragraphs, and over a sentence of a paragraph's length
    f"{SHORT_HEAD}\n{LEAD}\n{MORE}\n21/09/24\n{MORE}\n",
])
def test_a_two_digit_figure_in_the_text_is_no_date(body):
    assert fields_of(body)["date"] is None
