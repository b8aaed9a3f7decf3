"""Round 51 (holdout 50's kinds), on made-up text: a site's name built as a first word and a common
phrase ("X Bốn Phương", "Y Xưa Và Nay", "Z Online"), or a first word and a province, alone on the
page's first line over the headline, is no writer (masthead_phrases.py); a writer's full name alone
there, and names whose given names only look like such a phrase ("Quế Hương"), stay bylines.
"""
from __future__ import annotations

import pytest

from archive.read.masthead_phrases import masthead_phrase, place_after_first
from archive.read.person_names import person_name
from made_up_pastes import author_of, paragraphs, title_of

_HEADLINE = "Giáo xứ tổ chức đại lễ mừng kính Đức Mẹ và gặp gỡ đồng hương năm 2015"
_TEXT = ("Sáng Chủ nhật ngày 10 tháng 5, Ban Di dân của giáo phận đã tổ chức đại lễ và buổi gặp gỡ đồng hương tại "
         "nhà thờ giáo xứ, với sự tham dự của đông đảo bà con, các tu sĩ nam nữ và anh chị em giáo dân trong vùng.",
         "Sau thánh lễ, bà con cùng nhau dùng bữa trưa thân mật, thăm hỏi nhau và chia sẻ những kỷ niệm về quê nhà, "
         "về những ngày đầu lập nghiệp nơi đất khách, trong không khí ấm áp và đầm ấm như một gia đình.")


@pytest.mark.parametrize("masthead", [
    "Bình Sơn Bốn Phương", "BÌNH SƠN BỐN PHƯƠNG", "Binh Son Bon Phuong", "Hà Lam Quê Hương",
    "Phú Hòa Xưa Và Nay", "Lê Thủy Ngày Nay", "Hồ Xá Online", "Mỹ Lộc Muôn Phương", "Đồng Hới Quê Nhà",
])
def test_a_site_name_of_a_place_and_a_phrase_over_the_headline_is_no_writer(masthead):
    body = paragraphs(masthead, _HEADLINE, *_TEXT)
    assert author_of(body) == ""
    assert title_of(body) == _HEADLINE


@pytest.mark.parametrize("masthead", ["Mai Quảng Nam", "Lê Hà Giang", "Trần Bình Phước"])
def test_a_first_word_and_a_province_alone_over_the_headline_is_no_writer(masthead):
    assert author_of(paragraphs(masthead, _HEADLINE, *_TEXT)) == ""


@pytest.mark.parametrize("writer", ["Nguyễn Thị Thùy Dương", "Trần Văn Bốn", "Lê Thị Quế Hương", "Phạm Ngọc Nam Châu"])
def test_a_writer_alone_above_the_headline_stays(writer):
    assert author_of(paragraphs(writer, _HEADLINE, *_TEXT)) == writer


@pytest.mark.parametrize("name", [
    "Lê Thị Quế Hương", "Le Thi Que Huong", "Nguyễn Nam Châu", "Trần Hà Nam", "Nguyễn Hải Dương", "Phương Bốn",
    "Hoàng Văn Phương", "Đỗ Thị Hương",
])
def test_names_that_look_like_a_phrase_or_a_place_stay_names(name):
    assert person_name(name) == name


@pytest.mark.parametrize("name", ["Trà Kiệu Bốn Phương", "TRÀ KIỆU BỐN PHƯƠNG", "Tra Kieu Bon Phuong",
                                  "Duy Xuyên Xưa & Nay", "Hội An Hôm Nay", "Vĩnh Linh Online", "Quang Tri News"])
def test_a_place_and_a_phrase_is_no_person(name):
    assert person_name(name) == ""


def test_the_phrase_must_end_the_name():
    assert masthead_phrase("Bốn Phương Hà Nội".split()) is False
    assert masthead_phrase("Bốn Phương".split()) is False  # the words after the first, not the first
    assert masthead_phrase("Nguyễn Quế Hương".split()) is False
    assert masthead_phrase("Nguyen Que Huong".split()) is False  # no marks: folds like the given names
    assert masthead_phrase("Thôn Quê Hương".split()) is True


def test_a_place_after_the_first_word_needs_all_the_words():
    assert place_after_first("Mai Quảng Nam".split()) is True
    assert place_after_first("Quảng Nam".split()) is False
    assert place_after_first("Mai Quảng Nam Minh".split()) is False
