"""A photo's credit or caption, one vocabulary (read/photo_credits.py), on made-up lines with near-misses: the
label read with its tone ("Ảnh", never the pronoun "Anh") in either case, a short credit alone, a caption with
its words, a credit closing a line of text; and what each caller asks of it."""
from __future__ import annotations

import pytest

from archive import models
from archive.read.blocks import classify
from archive.read.photo_credits import (photo_caption, photo_caption_end, photo_credit, photo_credit_end,
                                        photo_labelled)
from archive.read.writer_slots import names_no_one


@pytest.mark.parametrize("line", [
    "Ảnh: Hoàng Long",
    "ẢNH: HOÀNG LONG",
    "Ảnh : Hoàng Long",
    "Ảnh:Hoàng Long",
    "Hình ảnh: Hoàng Long",
    "Ảnh minh họa: Internet",
    "Ảnh minh hoạ: Internet",
    "Nguồn ảnh: Báo Vùng Cao",
    "Photo: Quế Anh",
    "(Ảnh: Hoàng Long)",
    "(Ảnh minh họa: Internet)",
    "  Ảnh: Hoàng Long  ",
])
def test_a_short_credit_alone_on_its_line(line: str) -> None:
    assert photo_credit(line)
    assert photo_labelled(line)
    assert not photo_caption(line)


@pytest.mark.parametrize("line", [
    "Anh: Hoàng Long",  # the pronoun, or a speaker's turn: no photo
    "Ảnh:",  # the label and nothing after it
    "Ảnh minh họa",  # an illustration's note, no one credited
    "Ảnh Hoàng Long",  # no colon
    "Triển lãm ảnh: Hoàng Long",  # the label is not the line's opening
    "Ảnh: Đồng chí Hoàng Long phát biểu tại hội nghị tổng kết",  # a caption, too long for a credit
    "Bài: Minh Anh",  # the writer's label
])
def test_near_misses_of_a_short_credit(line: str) -> None:
    assert not photo_credit(line)


@pytest.mark.parametrize("line", [
    "Ảnh: Đồng chí Hoàng Long phát biểu tại hội nghị",
    "Ảnh minh họa: Một góc chợ phiên ngày Tết",
    "Hình ảnh: Quang cảnh lễ khai mạc hội thi",
    "Photo: The delegates at the opening",
])
def test_a_caption_under_its_label(line: str) -> None:
    assert photo_caption(line)
    assert photo_labelled(line)


@pytest.mark.parametrize("line", [
    "Ảnh: Hoàng Long",  # three words or fewer: a credit
    "Anh: Em đã về đến nhà rồi nhé",  # the pronoun: a line of speech
    "Đồng chí Hoàng Long phát biểu tại hội nghị",  # no label
    "Bài và ảnh: Minh Anh, Hoàng Long, Quế Anh",  # a joint credit, the writer's line
])
def test_near_misses_of_a_caption(line: str) -> None:
    assert not photo_caption(line)


@pytest.mark.parametrize("line", [
    "Nông dân xã Tân Phú thu hoạch mận (Ảnh: Minh Hà)",
    "Nông dân xã Tân Phú thu hoạch mận. Ảnh: TTXVN",
    "Nông dân xã Tân Phú thu hoạch mận - Ảnh minh họa",
    "Nông dân xã Tân Phú thu hoạch mận (ảnh minh họa)",
    "Nông dân xã Tân Phú thu hoạch mận (Ảnh minh họa: Internet)",
    "Nông dân xã Tân Phú thu hoạch mận. Nguồn ảnh: Báo Vùng Cao",
    "Nông dân xã Tân Phú thu hoạch mận, Photo: Quế Anh",
    "Nông dân xã Tân Phú thu hoạch mận. Hình ảnh: Minh Hà",
    "(Ảnh: Minh Hà)",
])
def test_a_credit_closing_a_line(line: str) -> None:
    assert photo_credit_end(line)


@pytest.mark.parametrize("line", [
    "Triển lãm ảnh: Những khoảnh khắc đáng nhớ",  # small letters: the headline's own words
    "Triển lãm hình ảnh: Những khoảnh khắc đáng nhớ",
    "Bầu cử ở Anh: Đảng Bảo thủ giành đa số",  # England, not a photo
    "Ảnh: Minh Hà",  # nothing before it: a credit alone (photo_credit), not one closing a line
    "Nông dân thu hoạch mận (Ảnh: Minh Hà, Quế Anh, Hoàng Long, Ngọc Lan và nhóm cộng tác viên)",  # too long
    "Cuộc thi ảnh đẹp quê hương năm 2024",  # no label, no colon
])
def test_near_misses_of_a_credit_closing_a_line(line: str) -> None:
    assert not photo_credit_end(line)


def test_a_caption_closing_a_line_however_long() -> None:
    long = "Nông dân thu hoạch mận (Ảnh: Minh Hà, Quế Anh, Hoàng Long, Ngọc Lan và nhóm cộng tác viên)"
    assert photo_caption_end(long)
    small = "Nông dân xã Tân Phú thu hoạch mận (ảnh: Minh Hà)"
    assert photo_caption_end(small)  # in brackets, small letters make a caption
    assert not photo_credit_end(small)  # but no credit a headline's weight heeds (as before the fold)
    assert not photo_caption_end("Triển lãm ảnh: Những khoảnh khắc đáng nhớ")
    assert not photo_caption_end("Nông dân thu hoạch mận - ảnh: Minh Hà")  # unbracketed, small letters


@pytest.mark.parametrize("line, no_one", [
    ("Ảnh: Minh Hà", True),
    ("Nguồn ảnh: Báo Vùng Cao", True),
    ("Ảnh minh họa: Internet", True),
    ("Anh: Minh Hà", False),  # the pronoun opening a speaker's turn: no credit
    ("Minh Hà", False),  # a writer's name
])
def test_a_photo_credit_in_the_writer_slot_names_no_one(line: str, no_one: bool) -> None:
    assert names_no_one(line) is no_one


@pytest.mark.parametrize("line, caption", [
    ("Ảnh: Đồng chí Hoàng Long phát biểu tại hội nghị", True),
    ("Hình ảnh: Quang cảnh lễ khai mạc", True),
    ("Nông dân xã Tân Phú thu hoạch mận (Ảnh: Minh Hà)", True),
    ("Nông dân xã Tân Phú thu hoạch mận (ảnh: Minh Hà)", True),
    ("Nông dân xã Tân Phú thu hoạch mận. Ảnh: TTXVN", True),
    ("Anh: Em đã về đến nhà rồi, mọi người yên tâm nhé.", False),  # a speaker's turn: a paragraph
    ("Triển lãm ảnh: Những khoảnh khắc đáng nhớ của năm.", False),  # the label in small letters, inside a sentence
])
def test_a_body_line_under_a_photo_label_is_a_caption(line: str, caption: bool) -> None:
    assert (classify(1, line).kind == models.CAPTION) is caption
