"""Round 115: holdouts 102's and 103's misses, as kinds (made-up pastes, near-misses beside each case).

- A date alone under the headline over a writer's line in small letters ("May 13, 2025" / "by Thu Hang Pham"): the
  writer's line is no poster's phrase going on, so the date is the page's, no past day (read/history_dates.py).
- A repost's first line, the source's tag before the source's headline ("(NLĐ) – Hội ... đã ra mắt sáng
  27-6-2009"), which the address's slug spells: the headline, its tag and dash off, no tagged lead
  (read/boxed_leads.tagged_headline, asked by read/head_window.py and read/layout.py; read/headline._TITLE_TAG).
- A credit label joining the text's and the photos' credits by an en dash ("Tin – ảnh: N. Phú"): the writer
  (read/name_labels._CREDITS_LABEL).
- A tab's title, the headline then a CMS's commas around the page's id and the body's name ("HOẠT ĐỘNG ..., 78, Trung
  tâm ..."), over the headline itself: chrome (read/labels.tab_title).

Left, said plainly: 102's 008 (a date glued to a reading time, "3/7/20248 min read", its label reading it month
first, and a pen name in English words), 009 (a one-word pen name in Latin letters, "Tác giả: Ada|TechFlow"), 011 (a
magazine page under a long menu and a newsletter box: title, date and its account's byline) and 014 (a forum's user
name over its role, "BuiAn" / "Administrator").
"""
from __future__ import annotations

import pytest

from archive.read.bylines import parse_byline
from archive.read.labels import tab_title
from made_up_pastes import LEAD, MORE, MORE2, fields_of, paragraphs

# --- a date alone over a writer's line in small letters


@pytest.mark.parametrize("under, date", [
    ("by Thu Hang Pham", "2025-05-13"),
    ("bởi Minh Anh", "2025-05-13"),
    # near-miss: a poster's phrase going on in small letters under a past day stays history
    ("tổ chức tiền thân của Hội Liên hiệp", "None"),
])
def test_a_date_over_a_writers_line_in_small_letters(under, date) -> None:
    head = "Ngày lễ không chỉ để nghỉ, mà để thương hiệu nói điều đúng lúc"
    body = paragraphs(head, "May 13, 2025", under, "Tết, Quốc Khánh hay Lễ mừng thống nhất đất nước 30/4…", LEAD, MORE)
    assert str(fields_of(body)["date"]) == date


# --- a repost's tagged headline


REPOST_URL = ("https://www.hane.vn/nld-hoi-bao-ve-thien-nhien-moi-truong-tphcm-da-ra-mat-sang-27-6-truc-thuoc-"
              "hoi-bao-ve-thien-nhien-moi-truong-vn/")
REPOST_HEAD = "Hội Bảo vệ thiên nhiên – môi trường TPHCM đã ra mắt sáng 27-6-2009"


@pytest.mark.parametrize("url, title", [
    (REPOST_URL, REPOST_HEAD),
    # near-miss: an address that spells nothing: the tagged line is the lead, and no headline stands over it
    ("https://www.hane.vn/?p=1234", None),
])
def test_a_reposts_tagged_headline(url, title) -> None:
    body = paragraphs(f"(NLĐ) – {REPOST_HEAD}", "202", LEAD, MORE, "Tin – ảnh: N. Phú", "Chia sẻ")
    found = fields_of(body, url)
    assert (found.get("title") or None) == title


def test_a_tagged_lead_under_its_headline_stays_the_lead() -> None:
    """Near-miss: the tag opens the paste's second line, under the headline: the lead as before."""
    found = fields_of(paragraphs(REPOST_HEAD, f"(NLĐ) – {LEAD}", MORE), REPOST_URL)
    assert found.get("title") == REPOST_HEAD and found.get("lead") == LEAD and found.get("marker")


@pytest.mark.parametrize("line, names", [
    ("Tin – ảnh: N. Phú", ("N. Phú",)), ("Tin — ảnh: N. Phú", ("N. Phú",)), ("Tin - ảnh: N. Phú", ("N. Phú",)),
    # near-miss: a dash inside a sentence's words is no credit label
    ("Tin – ảnh đẹp về Hà Nội", ()),
])
def test_a_credit_label_joined_by_an_en_dash(line, names) -> None:
    assert parse_byline(line) == names


# --- a tab's title with the page's id


HEAD_CAPS = "HOẠT ĐỘNG TRUYỀN THÔNG GIẢM THIỂU RÁC THẢI NHỰA"


@pytest.mark.parametrize("line, tab", [
    (f"{HEAD_CAPS}, 78, Trung tâm Nghiên cứu - Tư vấn CTXH và PTCĐ", True),
    (f"{HEAD_CAPS} | Báo Lao Động", True),
    # near-misses: a year or a count after the comma, the headline going on
    (f"{HEAD_CAPS}, 2023, nhiều hoạt động", False),
    (f"{HEAD_CAPS}, 78 hoạt động tại Trung tâm", False),
])
def test_a_tabs_title_with_the_pages_id(line, tab) -> None:
    assert tab_title(line, HEAD_CAPS) is tab


def test_the_headline_under_its_tabs_title() -> None:
    url = "https://sdrc.org.vn/hoat-dong-truyen-thong-giam-thieu-rac-thai-nhua-78.html"
    body = paragraphs(f"{HEAD_CAPS}, 78, Trung tâm Nghiên cứu - Tư vấn CTXH và PTCĐ\nTrung tâm Nghiên cứu - Tư vấn",
                      HEAD_CAPS, "Viết bởi : Trung tâm Nghiên cứu - Tư vấn CTXH và PTCĐ", LEAD, MORE, MORE2)
    assert fields_of(body, url).get("title") == HEAD_CAPS
