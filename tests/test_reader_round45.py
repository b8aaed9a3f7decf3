"""Round 45 (holdout 44's kinds), on made-up text: a format label ("E.Magazine", "Longform",
"Tin ảnh") between the headline and the date line is no byline and no title, and the writer under
the date line is read; initials before a word that is no Vietnamese syllable make no name; the
address's last long part is its slug, so a section's name in an earlier part does not win the
title over the headline the slug names.
"""
from __future__ import annotations

import pytest

from archive.read.format_labels import format_label
from archive.read.person_names import person_name
from archive.read.slugs import slug_words
from made_up_pastes import fields_of

_LEAD = ("Sáng ngày 12/9, đoàn công tác của huyện đã đến thăm và tặng quà cho các cháu thiếu nhi tại nhà văn hóa "
         "thôn. Buổi gặp mặt diễn ra trong không khí ấm áp, vui tươi.\n")


# ---------------------------------------------------------------- a format label

@pytest.mark.parametrize("line", [
    "E.Magazine", "eMagazine", "E-magazine", "EMAGAZINE", "e magazine", "Longform", "LONGFORM", "Long-form",
    "Infographic", "INFOGRAPHICS", "Podcast", "Video", "VIDEO", "Mega Story", "Megastory", "Photo", "Multimedia",
    "Interactive", "Tin ảnh", "TIN ẢNH", "tin anh", "Phóng sự ảnh", "Phong su anh", "[Infographic]", "(Video)",
    "Longform:",
])
def test_a_format_label_is_a_label(line):
    assert format_label(line)


@pytest.mark.parametrize("line", [
    "Video ghi lại khoảnh khắc đội tuyển về đích",  # a headline that opens with the word
    "Longform về những người giữ rừng",
    "Tin ảnh: Lễ khai giảng năm học mới",  # a headline after the label's colon
    "Xuân Thành",
    "Magazine Hà Nội",
    "Photographer",
    "",
])
def test_near_misses_are_no_format_label(line):
    assert not format_label(line)


@pytest.mark.parametrize("text", ["E.Magazine", "E.MAGAZINE", "E.Longform", "T.Podcast", "Xuân E.Magazine"])
def test_initials_before_a_foreign_word_make_no_name(text):
    assert person_name(text) == ""


@pytest.mark.parametrize("text, expected", [
    ("H.Tr", "H.Tr"), ("T.Nga", "T.Nga"), ("T.THUẬN", "T.Thuận"), ("N.Hằng", "N.Hằng"), ("Xuân H.Tr", "Xuân H.Tr"),
    ("Đ.Thanh", "Đ.Thanh"), ("K.Ngh", "K.Ngh"), ("Xuân Thành", "Xuân Thành"),
])
def test_initials_before_a_syllable_stay_a_name(text, expected):
    assert person_name(text) == expected


@pytest.mark.parametrize("label", ["E.Magazine", "eMagazine", "LONGFORM", "Infographic", "Tin ảnh", "Phóng sự ảnh",
                                   "Mega Story"])
@pytest.mark.parametrize("date", ["02/10/2020 07:30", "Thứ Sáu, 2/10/2020 - 07:30"])
def test_a_format_label_under_the_headline_is_no_byline(label, date):
    body = f"Trung thu ấm áp của các cháu thiếu nhi vùng cao\n\n{label}\n{date}\nXuân Thành\naa\n" + _LEAD
    fields = fields_of(body)
    assert fields["title"] == "Trung thu ấm áp của các cháu thiếu nhi vùng cao"
    assert fields["author"] == "Xuân Thành"


# ---------------------------------------------------------------- the slug is the address's last long part

_SECTION = "Quan hệ hợp tác ngành chè việt nam với thế giới"
_HEADLINE = "Tổng quan về ngành trồng chè của Nhật Bản"
_BODY = (f"{_SECTION}\n\n{_HEADLINE}\n\n"
         "Trong hơn 50 năm, ngành chè của Nhật Bản đã phát triển mạnh mẽ với nhiều giống mới và quy trình hiện đại. "
         "Nhiều vùng trồng chè đã áp dụng cơ giới hóa trong thu hái và chế biến.\n")


@pytest.mark.parametrize("url", [
    "https://hiephoiche.example.vn/vn/Quan-he-hop-tac-nganh-che-viet-nam-voi-the-gioi/Tong-quan-ve-nganh-trong-che-cua-Nhat-Ban.html",
    "https://hiephoiche.example.vn/quan-he-hop-tac-nganh-che-viet-nam-voi-the-gioi/tong-quan-ve-nganh-trong-che-cua-nhat-ban/",
    "https://hiephoiche.example.vn/tin/quan-he-hop-tac-nganh-che-viet-nam-voi-the-gioi/tong-quan-ve-nganh-trong-che-cua-nhat-ban-123.htm",
])
def test_a_section_named_earlier_in_the_address_is_no_title(url):
    assert fields_of(_BODY, url)["title"] == _HEADLINE


def test_the_slug_is_the_last_long_part():
    words = slug_words("https://x.vn/vn/Quan-he-nganh-sua-viet-nam-voi-the-gioi/Tong-quan-ve-chan-nuoi-bo-sua.html")
    assert "tong" in words and "gioi" not in words
    # a last part that is only an id leaves the earlier one
    assert "gioi" in slug_words("https://x.vn/Quan-he-nganh-sua-viet-nam-voi-the-gioi/12345.html")
    assert slug_words("https://x.vn/tin-tuc/12345") == frozenset()


def test_near_misses_read_as_before():
    # the last part is only an id: the earlier part stays the slug, and the line it names is read as
    # before this round (the slug's witness for the line it spells)
    url = "https://hiephoiche.example.vn/quan-he-hop-tac-nganh-che-viet-nam-voi-the-gioi/45678.html"
    assert fields_of(_BODY, url)["title"] == _SECTION
    # an address of an id only: no slug, the headline under the section's line as before
    assert fields_of(_BODY, "https://hiephoiche.example.vn/12345.html")["title"] == _HEADLINE
