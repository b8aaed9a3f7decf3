"""Round 102: holdout 88's invented name, as a kind (made-up pastes, near-misses beside each case).

A short headline closed by the day it is for in brackets, a full date and its weekday ("Tín Thác (12.11.2022 – Thứ
Bảy Tuần 32 TN – Thánh Jôsaphat, Giám mục)": a parish's readings for a feast), has a byline's shape, a name and its
unit in brackets, and was read as a writer. A bracket opening with a full date and its weekday is the day a line is
for, never a writer's unit, place or source (read/bylines._DAY_BRACKET).
"""
from __future__ import annotations

import pytest

from archive.read.bylines import parse_byline
from made_up_pastes import LEAD, MORE, fields_of

DAY_LINE = "Tín Thác (12.11.2022 – Thứ Bảy Tuần 32 TN – Thánh Jôsaphat, Giám mục)"


@pytest.mark.parametrize("line, names", [
    (DAY_LINE, ()),
    ("Lời Chúa (25/12/2023, Chủ Nhật – Lễ Giáng Sinh)", ()),
    ("Nguyễn Văn An (Ban Tuyên giáo Tỉnh ủy)", ("Nguyễn Văn An",)),  # near-miss: a unit in brackets
    ("Minh Anh (TTXVN)", ("Minh Anh",)),  # near-miss: a source's tag
])
def test_a_bracket_of_a_date_and_its_weekday_makes_no_byline(line, names) -> None:
    assert parse_byline(line) == names


def test_a_headline_closed_by_its_day_in_brackets_invents_no_writer() -> None:
    found = fields_of("\n\n".join(["spot_img", DAY_LINE, "BÀI ĐỌC I (năm II): 3 Ga 5-8", LEAD, MORE]))
    assert not found.get("author")
