"""Round 79: what holdout 77 showed once, as kinds (made-up pastes, near-misses beside each case).

A cookie-consent panel, translated or not, opens the paste over the article: its heading is no headline, and
its lines are left out and listed (read/consent_panels.py). A writer's line names his Catholic body after a
comma, a religious order or a charity by one word before its name ("Giuse Nguyễn Sâm, Caritas Tam Kỳ", "...,
Dòng Tên"): the body is his unit, never a second writer (read/unit_credits.py).
"""
from __future__ import annotations

import pytest

from archive.read.bylines import parse_byline
from archive.read.consent_panels import consent_off
from made_up_pastes import HEAD, LEAD, MORE, MORE2, fields_of, numbered_lines, reading

PANEL_VI = [
    "Tùy chỉnh tùy chọn đồng ý",
    "Chúng tôi sử dụng cookie để giúp bạn điều hướng hiệu quả và thực hiện một số chức năng nhất định.",
    "Các cookie được phân loại là \"Cần thiết\" được lưu trữ trên trình duyệt của bạn.",
    "Luôn luôn hoạt động",
    "Cookie cần thiết là cần thiết để kích hoạt các tính năng cơ bản của trang web này.",
    "Cookie phân tích được sử dụng để hiểu cách khách truy cập tương tác với trang web.",
    "Không có cookie để hiển thị.",
    "Chấp nhận tất cả",
]
PANEL_EN = [
    "Customize Consent Preferences",
    "We use cookies to help you navigate efficiently and perform certain functions.",
    "Always Active",
    "Necessary cookies are required to enable the basic features of this site.",
    "Functional cookies help perform certain functionalities like sharing the content of the website.",
    "No cookies to display.",
    "Accept All",
]
SHORT_HEAD = "Nhận biết bệnh trầm cảm ở người trẻ"


@pytest.mark.parametrize("panel", [PANEL_VI, PANEL_EN])
@pytest.mark.parametrize("head", [SHORT_HEAD, HEAD])
def test_a_consent_panel_over_the_article_is_left_out(panel, head) -> None:
    body = "\n\n".join(panel + [head, "12/03/2024 08:15", LEAD, MORE, MORE2])
    found = reading(body)
    assert found.fields.get("title") == head
    assert found.fields.get("date") is not None
    left = " ".join(w.message for w in found.warnings)
    assert "cookie-consent panel" in left and panel[0] in left


def test_an_article_about_cookies_is_read_as_it_is() -> None:
    head = "Cookie là gì và vì sao các trang web hỏi bạn đồng ý?"
    text = ["Cookie là những tệp nhỏ mà trang web lưu trên trình duyệt của bạn để ghi nhớ các lựa chọn.",
            "Có cookie cần thiết, cookie phân tích và cookie quảng cáo, mỗi loại một mục đích.",
            "Luật của nhiều nước buộc trang web hỏi ý kiến người dùng trước khi lưu cookie."]
    found = fields_of("\n\n".join([head, "12/03/2024 08:15"] + text + [MORE]))
    assert found.get("title") == head


@pytest.mark.parametrize("lines", [
    ["Tùy chỉnh tùy chọn đồng ý", "Chúng tôi sử dụng cookie để giúp bạn điều hướng.", HEAD, LEAD],  # one line only
    [HEAD, "Chúng tôi sử dụng cookie.", "Cookie cần thiết là cần thiết.", LEAD, MORE],  # no panel's heading over it
    ["Tùy chỉnh tùy chọn đồng ý", "Chúng tôi sử dụng cookie.", "Cookie cần thiết là cần thiết."],  # nothing after
    [HEAD, LEAD, MORE, MORE2, "Chúng tôi sử dụng cookie.", "Cookie cần thiết."],  # not at the top
])
def test_consent_off_leaves_what_is_no_panel_over_an_article(lines) -> None:
    numbered = numbered_lines(*lines)
    assert consent_off(numbered) == (numbered, [])


def test_consent_off_keeps_what_stands_above_the_panel() -> None:
    numbered = numbered_lines("Parent Guidance", *PANEL_VI, HEAD, LEAD)
    kept, panel = consent_off(numbered)
    assert [text for _, text in kept] == ["Parent Guidance", HEAD, LEAD]
    assert [d.text for d in panel] == PANEL_VI


@pytest.mark.parametrize(("line", "names"), [
    ("Giuse Nguyễn Sâm, Caritas Tam Kỳ", ("Giuse Nguyễn Sâm",)),
    ("Giuse Nguyễn Sâm, Dòng Tên", ("Giuse Nguyễn Sâm",)),  # was read as a second writer, "Dòng Tên"
    ("Maria Trần Thị Lan, Giới trẻ Giáo xứ Phú Lâm", ("Maria Trần Thị Lan",)),
    ("Nguyễn Văn Dòng", ("Nguyễn Văn Dòng",)),  # a given name, not an order
    ("Hoàng Dòng - Trần Minh", ("Hoàng Dòng", "Trần Minh")),
    ("Caritas Tam Kỳ", ()),  # the body alone names no one
])
def test_a_catholic_body_after_the_writer_is_his_unit(line, names) -> None:
    assert parse_byline(line) == names


def test_the_writer_over_his_charity_at_the_end_is_read() -> None:
    head = "Caritas Tam Kỳ thăm các em bại liệt, khuyết tật"
    body = "\n\n".join([head, head, "12/03/2024 08:15", LEAD, MORE, " Giuse Nguyễn Sâm, Caritas Tam Kỳ"])
    assert fields_of(body).get("author") == "Giuse Nguyễn Sâm"
