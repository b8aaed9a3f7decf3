"""Conventions round 23: the kinds behind the variants' invented names, titles, bylines and dates, as
made-up lines and pages.

A name the site's own address spells, with no surname, is the site's name (read/address_names.py); a
visit counter over the page's head may have a site's masthead between its rows and the headline
(read/counter_heads.py); a commemoration's, a rite's or a festival's word opens no person's name
(names.NOT_NAME_FIRST: "Giỗ Tổ ..."). Every name, page and address here is made up.
"""
import pytest

from made_up_pastes import LEAD, MORE, MORE2, fields_of, paragraphs as paste
from archive.read.address_names import spelled_by_address
from archive.read.counter_heads import counter_over_text
from archive.read.person_names import person_name

HEADLINE = "Người dân vùng cao phấn khởi đón nước sạch về từng bản làng sau nhiều năm chờ đợi"
CLOCK = "Thứ Hai, 01/01/2024 08:00"


# ---- a site's name its address spells
@pytest.mark.parametrize("text, url", [
    ("Hoa Sen", "https://hoasen.example.net/a.html"),
    ("HOA SEN", "https://www.hoasen.example/bai-1"),
    ("Hoa-Sen", "http://hoasen.com.vn/tin/1"),
    ("Ngọc Lan", "https://ngoclan.org/x"),
])
def test_a_name_the_address_spells_is_the_sites(text, url):
    assert spelled_by_address(text, url)


@pytest.mark.parametrize("text, url", [
    ("Nguyễn Minh An", "https://nguyenminhan.example/x"),  # a personal blog: its writer, surname first
    ("Hoa Sen", "https://sen.example.net/a.html"),  # the host spells another name
    ("Hoa Sen", "https://example.net/hoasen/a.html"),  # in the path, not the host
    ("Hoa Sen", ""),  # no address
    ("Com", "https://com.example/x"),  # too short to be a site's name
])
def test_a_name_the_address_does_not_spell_or_a_persons_is_not_the_sites(text, url):
    assert not spelled_by_address(text, url)


@pytest.mark.parametrize("name, url", [
    ("Hoa Sen", "https://hoasen.example.net/nguoi-dan-vung-cao.html"),
    ("Ngọc Lan", "https://www.ngoclan.example/tin/1"),
])
def test_a_sites_name_under_a_clock_gives_no_writer_and_leaves_the_headline(name, url):
    found = fields_of(paste(CLOCK, name, HEADLINE, LEAD, MORE, MORE2), url)
    assert found["title"] == HEADLINE
    assert found.get("author", "") == ""


def test_the_same_name_on_another_host_is_still_read_as_a_byline():
    found = fields_of(paste(CLOCK, "Hoa Sen", HEADLINE, LEAD, MORE, MORE2), "https://baomoi.example.net/a.html")
    assert found.get("author") == "Hoa Sen"


# ---- a visit counter over the head, a site's masthead between its rows and the headline
COUNTER = ["Đang truy cập: 37", "Trong ngày: 613", "Lượt truy cập: 774292"]


@pytest.mark.parametrize("masthead", [
    ["Quê Hương Net", "Trang thông tin tổng hợp - Cập nhật hằng ngày"],
    ["Quê Hương Net"],
    [],
])
def test_a_counter_over_a_masthead_and_a_headline_ends_the_chrome(masthead):
    texts = ["BÀI VIẾT MỚI", *COUNTER, *masthead, HEADLINE, "Lê Minh", LEAD]
    assert counter_over_text(texts, 1)


@pytest.mark.parametrize("below", [
    ["Quê Hương Net", "Địa chỉ: 12 đường Trần Phú", "Điện thoại: 0123 456 789", "Bản quyền thuộc về Quê Hương Net"],
    ["Quê Hương Net", LEAD, HEADLINE, MORE],  # a paragraph before the headline-shaped line: text begun
])
def test_a_counter_over_a_footer_or_text_is_no_head(below):
    assert not counter_over_text(["BÀI VIẾT MỚI", *COUNTER, *below], 1)


def test_a_comment_box_over_a_counter_and_masthead_gives_no_writer():
    top = ["BÀI VIẾT MỚI", "PHẢN HỒI MỚI", "TRẦN AN 0912345678", "CẢM ƠN ANH LÊ BÌNH CỘNG TÁC!", "LÊ BÌNH",
           "Xin cám ơn ban biên tập trang nhà đã đăng bài của tôi!", *COUNTER,
           "Quê Hương Net", "Trang thông tin tổng hợp - Cập nhật hằng ngày"]
    found = fields_of(paste(*top, HEADLINE.upper(), "Phạm Hà", LEAD, MORE, MORE2))
    assert found["title"] == HEADLINE.upper()
    assert found["author"] == "Phạm Hà"


# ---- a commemoration's, a rite's or a festival's day opens no name
@pytest.mark.parametrize("text", ["Giỗ Tổ Hùng Vương", "Giỗ Tổ HÙng Vương", "GIỖ TỔ HÙNG VƯƠNG", "Lễ Vu Lan",
                                  "Tết Nguyên Đán", "Giỗ Trận Đồng Xoài"])
def test_a_commemorations_name_is_no_persons(text):
    assert person_name(text) == ""


@pytest.mark.parametrize("text", ["Lê Văn Tết", "Nguyễn Thị Lễ", "Trần Giỗ"])
def test_a_name_ending_with_such_a_word_stays_a_name(text):
    assert person_name(text) != ""


@pytest.mark.parametrize("headline", ["Giỗ Tổ Hùng Vương ngày 10/04/2022", "Giỗ Tổ HÙng Vương ngày 10/04/2022",
                                      "Lễ Vu Lan Báo Hiếu ngày 12/08/2022"])
def test_a_commemorations_day_as_the_headline_is_no_writer_and_no_date(headline):
    found = fields_of(paste(headline, LEAD, MORE, "Phạm Lê"))
    assert found["title"] == headline
    assert found["author"] == "Phạm Lê"
    assert found.get("date") is None
