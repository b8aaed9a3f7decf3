"""Round 92: holdout 83's misses, as kinds (made-up pastes, near-misses beside each case).

- a site's menu printed as a bulleted list over the headline ("• Home", "• Travel Diary", its contact bar's
  "• Phone : ..." above) is dropped before the head is weighed, as a menu in dashes is (read/dash_menus.py);
- a line ending with the site's brand, as its address spells it, after a spaced dash or a bar is the browser tab's
  title over the page's headline, and a line naming the brand twice is the site's menu (read/address_names.py,
  read/head_window._brand_lines);
- a date in brackets closing a breadcrumb trail ("Trang chủ >> Sơ đồ tổ chức (26-12-2017)") is cut onto a line of its
  own, and dates the page (read/crumb_dates.py);
- a section's label of a word or two over the headline a trail ends with is no first part of a broken headline
  (read/printed_joins.py), and "Cộng Đồng" is no one's name (names.NOT_NAMES);
- a genre of two words run into its writer's full name ("Truyện ngắn Nguyễn Văn An", "truyện ngắn nguyễn thị thảo
  an") credits the writer (read/genre_credits.py);
- an old state number with a unit after a hyphen ("2136/QĐ/TCCB-LĐ") is cited, a mass organisation's
  ("04/NQ/ĐCT-MTTW") is not (enrich/citation_patterns.STATE_OLD_FORM, enrich/citation_state.old_forms).
"""
from __future__ import annotations

import datetime as dt

import pytest

from made_up_pastes import HEAD, LEAD, MORE, cited_numbers, fields_of, left_out, numbered_lines
from archive.read.address_names import brand_menu, brand_titled
from archive.read.bylines import parse_byline
from archive.read.crumb_dates import split_crumb_dates
from archive.read.dash_menus import dash_row
from archive.read.genre_credits import genre_credit
from archive.read.printed_joins import join_printed_whole

# a theme's whole navigation, long enough to push the headline out of the head's window were it kept
MENU = ["• Email : info@dulich.example.vn", "• Phone : 0262 351 77 79", "• Tourism Promotion Center", "• Home",
        "• Coffee Festival", "• Introduction", "• Center", "• An overview of tourism", "• Travel Diary", "• Destination",
        "• Accommodation", "• Food, Speciality", "• Travel company", "• Essential Information", "• News",
        "• Local News", "• National News", "• International News", "• Video", "• Contact", "• Home", "• >",
        "• Local News", "• >"]


def test_a_bulleted_menu_over_the_headline_is_dropped() -> None:
    body = "\n".join([*MENU, "", HEAD, "", "Wednesday, 18-10-2017 / 9:50:28 AM", "By : Nguyễn Công Luân", LEAD, MORE])
    found = fields_of(body)
    assert (found.get("title"), found.get("date"), found.get("author")) == (HEAD, dt.date(2017, 10, 18), "Nguyễn Công Luân")


@pytest.mark.parametrize("line, row", [
    ("• Travel Diary", True),
    ("• >", True),
    ("• Phone : 0262 351 77 79", True),
    ("• Các đảng viên cần nâng cao ý thức tự giác trong sinh hoạt chi bộ.", False),  # a sentence
    ("Home", False),  # no mark
])
def test_a_bullet_opens_a_menu_s_row_as_a_dash_does(line, row) -> None:
    assert dash_row(line) is row


def test_a_bulleted_list_of_the_article_s_points_under_the_headline_stays() -> None:
    # near-miss: the points stand under the headline, in the text
    points = ["• Nâng cao chất lượng sinh hoạt", "• Phát triển đảng viên", "• Kiểm tra, giám sát",
              "• Công tác dân vận", "• Xây dựng chi bộ"]
    body = "\n".join([HEAD, LEAD, *points, MORE])
    assert fields_of(body).get("title") == HEAD and not [why for why in left_out(body) if "a menu in" in why]


LAW_URL = "https://luatmau.vn/vi/gdpr-va-nghi-dinh-13-2023-nd-cp-ve-bao-ve-du-lieu-ca-nhan/"
CAPS = "GDPR VÀ NGHỊ ĐỊNH 13/2023/NĐ-CP VỀ BẢO VỆ DỮ LIỆU CÁ NHÂN"


def test_a_tab_title_ending_with_the_brand_gives_way_to_the_headline_under_it() -> None:
    body = "\n\n".join(['" GDPR và Nghị định 13: Hiểu về bảo vệ dữ liệu cá nhân - LuatMau', CAPS,
                        "Tuân thủ GDPR và Nghị định 13 về dữ liệu cá nhân", LEAD, MORE])
    assert fields_of(body, LAW_URL).get("title") == CAPS


@pytest.mark.parametrize("line, url, titled", [
    ("GDPR và Nghị định 13: Hiểu về dữ liệu - LuatMau", LAW_URL, True),
    ("GDPR và Nghị định 13: Hiểu về dữ liệu | LuatMau", LAW_URL, True),
    ("GDPR và Nghị định 13: Hiểu về dữ liệu - Hà Nội", LAW_URL, False),  # a place, no brand
    ("GDPR và Nghị định 13 - Hiểu về dữ liệu", LAW_URL, False),  # the headline going on after a dash
    ("LuatMau", LAW_URL, False),  # the brand alone is the site's name, no tab title
])
def test_brand_titled(line, url, titled) -> None:
    assert brand_titled(line, url) is titled


MENU_URL = "http://cokhimau.com/3/25/Qua-trinh-hoat-dong.aspx"


def test_a_menu_naming_the_brand_twice_is_no_title() -> None:
    body = "\n\n".join(["Thư viện ảnh cokhimau Giới thiệu cokhimau tin tức cokhimau Xây dựng Cơ khí",
                        "Quá trình hoạt động", LEAD, MORE])
    assert fields_of(body, MENU_URL).get("title") == "Quá trình hoạt động"


@pytest.mark.parametrize("line, url, menu", [
    ("Thư viện ảnh cokhimau Giới thiệu cokhimau tin tức", MENU_URL, True),
    ("Thư viện ảnh cokhimau Giới thiệu", MENU_URL, False),  # once: the site's name in a line
    # a place's name whose parts a label holds is no brand ("Thanh" of "vithanh", "Thành phố")
    ("Thành phố Vị Thanh tập trung cho ngày bầu cử Thanh niên", "https://vithanh.example.gov.vn/tin/1", False),
])
def test_brand_menu(line, url, menu) -> None:
    assert brand_menu(line, url) is menu


def test_a_date_closing_a_trail_dates_the_page() -> None:
    body = "\n\n".join(["Trang chủ >> Sơ đồ tổ chức   (26-12-2017)", "Chức năng, nhiệm vụ từng phòng, đơn vị",
                        "I. PHÒNG HÀNH CHÍNH – TỔNG HỢP", LEAD, MORE])
    found = fields_of(body)
    assert (found.get("title"), found.get("date")) == ("Chức năng, nhiệm vụ từng phòng, đơn vị", dt.date(2017, 12, 26))


@pytest.mark.parametrize("line", [
    "Kỷ niệm ngày thành lập Đảng bộ (26-12-2017)",  # no trail mark: a headline's day, headline.py's to read
    "Trang chủ >> Sơ đồ tổ chức (2017 - 2022)",  # a term, no date
])
def test_no_cut_without_a_trail_and_a_date(line) -> None:
    lines = numbered_lines(line, HEAD)
    assert split_crumb_dates(lines) == lines


def test_a_section_label_over_the_headline_a_trail_ends_with_stays_apart() -> None:
    url = "http://congdongmau.com/cong-dong-mang/nguoi-viet-o-uc-kham-pha-khu-cho-viet-cabramatta-o-sydney"
    headline = "Người Việt ở Úc: Khám phá khu chợ Việt Cabramatta ở Sydney"
    body = "\n".join(["Home Cộng Đồng " + headline, "Cộng Đồng", "", headline, "", LEAD, MORE])
    found = fields_of(body, url)
    assert (found.get("title"), found.get("author", "")) == (headline, "")


def test_a_two_word_label_is_no_part_a_trail_joins() -> None:
    lines = numbered_lines("Home Cộng Đồng Người Việt ở Úc", "Cộng Đồng", "", "Người Việt ở Úc")
    assert join_printed_whole(lines) == lines


def test_cong_dong_is_no_name() -> None:
    assert parse_byline("Cộng Đồng") == ()


@pytest.mark.parametrize("line, name", [
    ("Truyện ngắn Nguyễn Văn An", "Nguyễn Văn An"),
    ("truyện ngắn nguyễn thị thảo an", "Nguyễn Thị Thảo An"),
    ("truyện ngắn của nguyễn thị thảo an", "Nguyễn Thị Thảo An"),
    ("Tản văn Trần Thị Lan", "Trần Thị Lan"),
    ("Truyện ngắn hay về mẹ", ""),  # no name after the genre
    ("Tùy bút Hà Nội mùa thu", ""),  # a place, no surname
    ("Thơ Nguyễn Văn An", ""),  # a genre of one word: a headline about his poems reads the same
    ("Kỹ sư Phạm Minh Tuấn", ""),  # an engineer's title, which folds as the genre "ký sự" does
])
def test_genre_credit(line, name) -> None:
    assert genre_credit(line) == name


def test_a_genre_and_its_writer_in_small_letters_under_the_title() -> None:
    body = "\n\n".join(["You are here", "em tập làm văn", "truyện ngắn nguyễn thị thảo an", LEAD, MORE])
    found = fields_of(body)
    assert (found.get("title"), found.get("author")) == ("em tập làm văn", "Nguyễn Thị Thảo An")


@pytest.mark.parametrize("text, numbers", [
    ("Thành lập theo Quyết định số 2136/QĐ/TCCB-LĐ ngày 5/10/1992 của Bộ Giao thông vận tải.", ["2136/QĐ/TCCB-LĐ"]),
    ("Theo Quyết định số 184/VT/QL của Bộ.", ["184/VT/QL"]),
    ("Thực hiện Nghị quyết số 04/NQ/ĐCT-MTTW của Đoàn Chủ tịch.", []),  # the Fatherland Front's: a mass organisation
])
def test_an_old_state_number_with_a_unit_after_a_hyphen(text, numbers) -> None:
    assert cited_numbers(text) == numbers
