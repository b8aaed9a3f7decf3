"""Round 69: what holdout 68 showed once, as kinds (made-up pastes, near-misses beside each case).

1. A headline printed again in capitals as the text's heading is the title, over a section's name the
   address's last dashed part spells (read/capitals_reprints.py).
2. A tagged sapo printed over the headline and again, word for word, as the lead under it: the first copy
   is the page's description, left out (read/print_views.py).
3. A box on the post a page answers ("BÀI GỐC", its title, its tagged sapo, a share count) over the page's
   own headline and tagged lead: the lead is the second tagged one when the slug names the line between
   (read/boxed_leads.py); a share count is chrome; a tagged sapo is no kicker.
4. A journal's author list marked by bullets, the author's body run on after the name with no comma
   (read/journal_authors.py).
"""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.capitals_reprints import reprinted_in_capitals
from archive.read.chrome import is_noise_line
from archive.read.journal_authors import journal_authors
from made_up_pastes import LEAD, MORE, MORE2, fields_of, numbered_lines, paragraphs

# 1. A headline printed again in capitals.
SECTION = "Lý luận chính trị hiện đại"
HEADLINE = "Nhà thơ Tố Hữu với lý tưởng cách mạng"
SECTION_URL = "https://khoa.example.edu.vn/Nghiên-cứu/Lý-luận-chính-trị-hiện-đại/p/45"


def test_a_headline_printed_again_in_capitals_beats_the_section_the_address_spells() -> None:
    body = paragraphs(SECTION, HEADLINE, "12-10-2020", LEAD, HEADLINE.upper(), MORE, MORE2)
    found = fields_of(body, SECTION_URL)
    assert (found["title"], found["date"]) == (HEADLINE, dt.date(2020, 10, 12))


def test_without_the_reprint_the_section_the_address_spells_still_wins() -> None:
    """The near-miss: nothing says the second line is the headline, and the address names the first."""
    body = paragraphs(SECTION, HEADLINE, "12-10-2020", LEAD, MORE, MORE2)
    assert fields_of(body, SECTION_URL)["title"] == SECTION


@pytest.mark.parametrize(("texts", "index", "expected"), [
    ((HEADLINE, LEAD, HEADLINE.upper()), 0, True),
    ((HEADLINE, LEAD, HEADLINE), 0, False),  # printed again as it is: a related link, a menu
    ((HEADLINE.upper(), LEAD, HEADLINE.upper()), 0, False),  # in capitals already
    (("Tin tức", LEAD, "TIN TỨC"), 0, False),  # a label's few words
    ((HEADLINE, *[MORE] * 60, HEADLINE.upper()), 0, False),  # too far down: a footer's capitals
])
def test_only_a_capitals_reprint_close_under_a_line_counts(texts, index, expected) -> None:
    assert reprinted_in_capitals(numbered_lines(*texts), index) is expected


# 2. A tagged sapo over the headline and again under it.
SAPO = ("PTV - Nhà hát Tuổi Trẻ vừa hoàn thành buổi duyệt vở hài kịch mới, chuẩn bị cho mùa diễn Tết sắp tới; "
        "vở diễn cũng giới thiệu một đạo diễn trẻ lần đầu ra mắt khán giả thành phố.")
SHORT_HEAD = "Diễn viên trẻ làm đạo diễn kịch Tết"


def test_a_sapo_printed_over_the_headline_and_again_under_it_leaves_the_headline_the_title() -> None:
    found = fields_of(f"{SAPO}\n{SHORT_HEAD}\n08:03 16/12/2025\n{SAPO}\n{MORE}\n")
    assert (found["title"], found["date"]) == (SHORT_HEAD, dt.date(2025, 12, 16))


def test_a_sapo_printed_once_under_the_headline_is_read_as_before() -> None:
    found = fields_of(f"{SHORT_HEAD}\n08:03 16/12/2025\n{SAPO}\n{MORE}\n")
    assert (found["title"], found["date"]) == (SHORT_HEAD, dt.date(2025, 12, 16))


# 3. A box on the original post over the page's own headline.
BOX_TITLE = "Lần đầu làm cha, sao lắm bỡ ngỡ đến vậy!"
PAGE_HEAD = "Kinh nghiệm chăm con của ông bà nhiều khi chưa đúng"
BOX_SAPO = "(GDVN)-Khi có em bé, chiếc giường của hai vợ chồng trở nên chật hẹp và người chồng phải sang phòng khác ngủ."
PAGE_SAPO = "(GDVN)-Cách chăm trẻ của các cụ ngày xưa có nhiều điều chưa đúng với hiểu biết ngày nay về sức khỏe."
BOX_URL = "https://giadinh.example.vn/tam-su/kinh-nghiem-cham-con-cua-ong-ba-nhieu-khi-chua-dung-3067.chn"


def test_a_box_on_the_original_post_leaves_the_page_headline_the_title() -> None:
    body = paragraphs(f"BÀI GỐC {BOX_TITLE}", BOX_TITLE, BOX_SAPO, "13 Chia sẻ", PAGE_HEAD, PAGE_SAPO, MORE)
    found = fields_of(body, BOX_URL)
    assert (found["title"], found.get("kicker") or "") == (PAGE_HEAD, "")


def test_without_a_slug_naming_the_line_between_the_first_tagged_lead_stands() -> None:
    """The near-miss: an address that spells nothing leaves the head where the first tag ends it."""
    body = paragraphs(f"BÀI GỐC {BOX_TITLE}", BOX_TITLE, BOX_SAPO, "13 Chia sẻ", PAGE_HEAD, PAGE_SAPO, MORE)
    assert fields_of(body, "https://giadinh.example.vn/?p=3067")["title"] == BOX_TITLE


@pytest.mark.parametrize(("line", "chrome"), [
    ("13 Chia sẻ", True), ("1.2K Chia sẻ", True), ("25 lượt chia sẻ", True), ("40 shares", True),
    ("Chia sẻ kinh nghiệm nuôi con nhỏ", False), ("13 chia sẻ của bạn đọc về nuôi con", False),
])
def test_a_share_count_is_chrome(line: str, chrome: bool) -> None:
    assert is_noise_line(line) is chrome


# 4. A journal's bulleted author list.
@pytest.mark.parametrize(("line", "names"), [
    ("• Phạm Văn Chiến Học viện Biên phòng", ("Phạm Văn Chiến",)),
    ("• Lê Thị Hoa Trường Đại học Sư phạm Hà Nội", ("Lê Thị Hoa",)),
    ("1. Trần Minh Đức Viện Sử học", ("Trần Minh Đức",)),
    ("1. Nguyễn Văn An Email to author, Trường Đại học X", ("Nguyễn Văn An",)),  # as before
    ("• Võ Thị Mai", ("Võ Thị Mai",)),
])
def test_a_bulleted_author_with_a_body_run_on_is_the_name_alone(line: str, names: tuple[str, ...]) -> None:
    found, _ = journal_authors(numbered_lines("Các tác giả", line))
    assert found == names


def test_a_bullet_list_under_no_authors_heading_names_no_one() -> None:
    assert journal_authors(numbered_lines("Tin liên quan", "• Phạm Văn Chiến Học viện Biên phòng")) == ((), [])


def test_a_long_headline_reprinted_in_capitals_is_no_sapo_printed_twice() -> None:
    """The near-miss of 2: a journal's long headline, its authors under it, the headline again in capitals."""
    long_head = ("Công chứng điện tử trong pháp luật và thực tiễn của một số quốc gia và những góp ý cho "
                 "Dự thảo Luật Công chứng sửa đổi năm nay")
    body = paragraphs(long_head, "Phạm Hữu Tín Lưu Minh Sang", "07/04/2024 10:05", LEAD, long_head.upper(), MORE)
    assert fields_of(body)["title"] == long_head


@pytest.mark.parametrize("first", [f"{HEADLINE} 12-10-2020", f"{HEADLINE} ()", f"{HEADLINE} (*)", f"{HEADLINE} [12/10/2020]"])
def test_a_date_or_mark_closing_the_first_print_does_not_hide_the_reprint(first: str) -> None:
    assert reprinted_in_capitals(numbered_lines(first, LEAD, HEADLINE.upper()), 0)


def test_a_reprint_with_other_words_is_no_reprint() -> None:
    assert not reprinted_in_capitals(numbered_lines(HEADLINE, LEAD, f"{HEADLINE.upper()} VÀ THƠ CA"), 0)
