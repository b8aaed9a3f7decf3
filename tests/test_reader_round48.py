"""Round 48 (holdout 47's kinds), on made-up text: a stanza cut by slashes over the page is chrome,
never the title nor a blog's "Writer: headline"; the date line under the real headline ("PV -
dd-mm-yyyy hh:mm:ss AM") is read day first; a "by" label in capitals with no colon over no full name
is a sidebar's label; a name and a phone number is no headline; a visit counter over the page's head
ends the chrome above it, not the page; a menu's rows printed together over the date line give no title.
"""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.bylines import parse_byline
from archive.read.chrome import strip_chrome_noting
from archive.read.contact_names import contact_name
from archive.read.counter_heads import counter_over_text
from archive.read.menu_runs import menu_rows
from archive.read.title_writers import colon_writer
from archive.read.verse_lines import verse_line
from made_up_pastes import fields_of, numbered_lines

_HEADLINE = "Đoàn văn nghệ sĩ về thăm công nhân nhà máy xi măng ven biển"
_TEXT = ("Sáng ngày 12/9, đoàn văn nghệ sĩ của hội đã về thăm công nhân nhà máy xi măng ven biển, cùng "
         "lãnh đạo nhà máy và đông đảo công nhân giao lưu, trao đổi về đời sống và công việc hằng ngày.\n\n"
         "Chuyến đi giúp các văn nghệ sĩ có thêm tư liệu cho những sáng tác mới về người lao động, "
         "và được công nhân đón nhận nhiệt tình.\n\n")
_STANZA = ("Sóng ngoài khơi vỗ mãi vào bờ cát trắng/ Gió chiều lên thổi ngược những cánh buồm xa/ "
           "Mẹ ngồi vá lưới bên hiên nhà lặng lẽ/ Chờ con về khi trăng sáng (…)")


# ---------------------------------------------------------------- a stanza cut by slashes

@pytest.mark.parametrize("stanza", [
    _STANZA,
    "Trần Văn Bình: " + _STANZA,
    _STANZA.upper(),
    "Song ngoai khoi vo mai vao bo cat trang / Gio chieu len thoi nguoc nhung canh buom xa / Me ngoi va luoi",
    "Sóng ngoài khơi vỗ mãi vào bờ cát trắng,/ Gió chiều lên thổi ngược những cánh buồm xa./ Mẹ ngồi vá lưới",
])
def test_a_stanza_cut_by_slashes_is_verse(stanza):
    assert verse_line(stanza)


@pytest.mark.parametrize("line", [
    "Hà Nội/ Huế/ Sài Gòn/ Cần Thơ",  # short parts: places, a menu
    "Kỷ niệm 75 năm ngày thống nhất (12/11/1974 – 12/11/2011)",  # dates
    "V/v tổ chức đạo tràng an cư kiết hạ",
    "Sóng ngoài khơi vỗ mãi vào bờ cát trắng/ Gió chiều lên thổi ngược những cánh buồm xa",  # one slash: a headline may quote two
    "Văn hóa / Xã hội / Thể thao",
    "Giá xăng dầu tăng/giảm thế nào trong tuần tới/ tháng tới theo dự báo của các chuyên gia",  # small letters after
])
def test_near_misses_are_no_verse(line):
    assert not verse_line(line)


def test_a_poets_name_before_a_stanza_is_no_writer():
    assert colon_writer("Trần Văn Bình: " + _STANZA) == ""
    assert colon_writer("Trần Văn Bình: Những ngày ở lại với công nhân vùng mỏ than") == "Trần Văn Bình"


@pytest.mark.parametrize("poet", ["Trần Văn Bình: ", "", "Thơ Trần Văn Bình: "])
@pytest.mark.parametrize("date_line, day", [
    ("PV - 29-05-2011 12:46:30 AM", dt.date(2011, 5, 29)),
    ("PV - 03-04-2011 09:15:02 PM", dt.date(2011, 4, 3)),  # day first though AM/PM
    ("CTV - 13-01-2012 11:05 AM", dt.date(2012, 1, 13)),
    ("29/05/2011 12:46:30 AM", dt.date(2011, 5, 29)),
])
def test_a_verse_widget_over_the_page_gives_no_title(poet, date_line, day):
    got = fields_of(f"{poet}{_STANZA}\nGửi thư    Bản in\n\n{_HEADLINE}\n\n{date_line}\n\n{_TEXT}")
    assert got["title"] == _HEADLINE
    assert got["date"] == day
    assert got["author"] == ""


def test_a_stanza_in_the_text_stays():
    got = fields_of(f"{_HEADLINE}\n\n29/05/2011\n\n{_TEXT}{_STANZA}\n\nBài thơ gợi lại những ngày ở vùng biển.\n")
    assert got["title"] == _HEADLINE


# ---------------------------------------------------------------- a "by" label in capitals, no colon

@pytest.mark.parametrize("label", ["TÁC GIẢ QUEN THUỘC", "TAC GIA QUEN THUOC", "TÁC GIẢ NỔI TIẾNG", "NGƯỜI VIẾT TRẺ",
                                   "TÁC GIẢ YÊU THÍCH"])
def test_a_by_label_in_capitals_over_no_name_is_no_byline(label):
    assert parse_byline(label) == ()


@pytest.mark.parametrize("line, names", [
    ("TÁC GIẢ NGUYỄN VĂN AN", ("Nguyễn Văn An",)),  # a full name: a surname first
    ("TÁC GIẢ: QUEN THUỘC", ("Quen Thuộc",)),  # its colon: a pen name
    ("Tác giả: Hữu Thỉnh", ("Hữu Thỉnh",)),
    ("Tác giả Trần Thị Mai", ("Trần Thị Mai",)),
])
def test_a_by_label_over_a_name_stays(line, names):
    assert parse_byline(line) == names


# ---------------------------------------------------------------- a name and a phone number

@pytest.mark.parametrize("line", ["VŨ NHO 0855890003", "vũ nho 085 589 0003", "Trần Thị Mai - 0912.345.678",
                                  "Le Van Binh (0905-123-456", "Hoàng Anh: +84912345678"])
def test_a_name_and_a_phone_is_a_contact(line):
    assert contact_name(line)


@pytest.mark.parametrize("line", ["Kết nạp 5 đảng viên mới", "Đại hội nhiệm kỳ 2020 - 2025", "Hotline 0912345678",
                                  "Tổng kết công tác thi đua khen thưởng năm 2023",
                                  "Hội nghị giao ban lần thứ 0912345678 của các xã trong huyện"])
def test_near_misses_are_no_contact(line):
    assert not contact_name(line)


# ---------------------------------------------------------------- a visit counter over the page's head

_COMMENTS = ("TÁC GIẢ QUEN THUỘC\nBÀI VIẾT MỚI\nPHẢN HỒI MỚI\n\nLÊ VĂN HẢI 0912345678\n\n"
             "CÁM ƠN ANH ĐÃ CỘNG TÁC! CHÚC ANH VUI KHỎE!\n\nTRẦN MAI\n\n"
             "Tôi rất thích bài viết này. Cứ theo những gì tác giả kể thì đây là một chuyến đi đáng nhớ của "
             "các văn nghệ sĩ, mong rằng hội sẽ còn tổ chức nhiều chuyến đi như thế nữa cho anh em.\n\n"
             "le van hai 091 234 5678\n\nXin cảm ơn bạn đọc đã theo dõi!\n\nXem toàn bộ\n")


@pytest.mark.parametrize("counter", [
    "Đang truy cập: 37\nTrong ngày: 613\nTrong tuần: 1352\nLượt truy cập: 774292",
    "ĐANG TRUY CẬP: 12\nTRONG THÁNG: 4.021",
    "Dang online: 5\nLuot truy cap: 1,691,098",
])
def test_a_counter_over_the_head_ends_the_chrome(counter):
    got = fields_of(f"{_COMMENTS}{counter}\n\n{_HEADLINE.upper()}\n\nTrần Thị Mai\n\n{_HEADLINE}\n\n{_TEXT}")
    assert got["title"].lower() == _HEADLINE.lower()
    assert got["author"] == "Trần Thị Mai"


def test_a_counter_under_the_article_opens_the_footer():
    lines = numbered_lines(_HEADLINE, "", "12/09/2024", *_TEXT.split("\n"), "Trần Thị Mai", "Đang truy cập: 37",
                           "Trong ngày: 613", "Bản quyền thuộc Hội Văn học nghệ thuật tỉnh",
                           "Địa chỉ: số 9 đường Lê Lợi, thành phố")
    kept, dropped = strip_chrome_noting(lines)
    assert kept[-1][1] == "Trần Thị Mai"
    assert any(d.why.startswith("the page footer") for d in dropped)


@pytest.mark.parametrize("after", [
    ["Trong ngày: 613", "Tin liên quan", "Đoàn văn nghệ sĩ thăm nhà máy"],  # no headline, then a paragraph
    [_HEADLINE, "Tin liên quan", "Xem thêm", "Đọc nhiều"],  # a headline, no paragraph
    [],
])
def test_near_misses_are_no_counter_over_text(after):
    assert not counter_over_text(["Xin cảm ơn!", "Đang truy cập: 37", *after], 1)


# ---------------------------------------------------------------- a menu's rows over the date line

_MENU = ["Sự kiện Tin trong nước Tin Thế giới", "Ý nghĩa Nghi lễ Các bài cúng Góc suy ngẫm",
         "Hoạt động của chùa Hoạt động cơ sở", "Từ thiện Cộng đồng Sức khỏe", "Văn hóa Đời sống tâm linh",
         "Tùy bút Truyện Thơ, văn", "Thông báo Thông tư Quyết định"]


@pytest.mark.parametrize("menu", [_MENU, [row.upper() for row in _MENU], _MENU[2:]])
@pytest.mark.parametrize("date_line", ["Cập nhật lúc 13:52:45 09-06-2017 (GMT+7) Lượt xem:1251", "09/06/2017"])
def test_a_menus_rows_over_the_date_give_no_title(menu, date_line):
    got = fields_of("\n".join(menu) + f"\n{date_line}\n\n{_HEADLINE}\n\n{_TEXT}")
    assert got["title"] == _HEADLINE
    assert got["date"] == dt.date(2017, 6, 9)


def test_menu_rows_need_a_run_and_a_headline_under_the_date():
    texts = [*_MENU, "09/06/2017", _HEADLINE]
    numbers = list(range(1, len(_MENU) + 2)) + [len(_MENU) + 3]  # a blank line over the headline
    pool = [i for i in range(len(texts)) if i != len(_MENU)]
    assert menu_rows(texts, pool, {len(_MENU) - 1}, numbers) == set(range(len(_MENU)))
    short = texts[3:]  # four rows: no menu
    assert menu_rows(short, [i for i in range(len(short)) if i != 4], {3}, numbers[3:]) == set()
    spaced = list(range(1, 2 * len(texts), 2))  # a blank line between every line: no rows printed together
    assert menu_rows(texts, pool, {len(_MENU) - 1}, spaced) == set()
    glued = list(range(1, len(texts) + 1))  # the headline printed right under the date: stays
    assert menu_rows(texts, pool, {len(_MENU) - 1}, glued) == set()


def test_a_headline_over_its_date_stays():
    got = fields_of(f"Trang chủ\n\nTin tức\n\n{_HEADLINE}\n09/06/2017\n\n{_TEXT}")
    assert got["title"] == _HEADLINE
