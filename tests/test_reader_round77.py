"""Round 77: what holdout 76 showed once, as a kind (made-up pastes, near-misses beside each case).

A page with no date line prints how long ago it was posted, alone under its headline ("55 phút trước"): that line
closes the headline as a date line would, so a longer photo caption under it is no headline
(read/labels.age_alone, asked by read/title_weights.py).
"""
from __future__ import annotations

import pytest

from archive.read.labels import age_alone
from made_up_pastes import MORE, MORE2, title_of

ESSAY = "Cuối năm đi thăm Little Saigon"
CAPTION = "Một cửa hàng bán áo dài ở Little Saigon, Quận Cam, California"
TEXT = ("Cuối năm vợ chồng tôi từ vùng Vịnh San Francisco bay xuống Quận Cam, thủ đô của người Việt tại Hoa Kỳ, thăm "
        "bạn bè sau ba năm không gặp vì dịch bệnh.")


@pytest.mark.parametrize("age", ["55 phút trước", "3 giờ trước", "2 ngày trước"])
def test_a_headline_over_its_age_beats_a_longer_caption(age) -> None:
    body = "\n\n".join([ESSAY, age, CAPTION, TEXT, MORE, MORE2])
    assert title_of(body) == ESSAY


def test_a_date_line_still_rules_over_the_age() -> None:
    body = "\n\n".join(["Thời sự", ESSAY, "12/03/2024 08:15", CAPTION, TEXT, MORE, MORE2])
    assert title_of(body) == ESSAY


@pytest.mark.parametrize(("line", "expected"), [
    ("55 phút trước", True), ("3 giờ trước", True), (" 2 ngày trước ", True),
    ("Báo Phú Yên - 2 giờ trước", False),  # an aggregator's source and age: relative_time's
    ("Mất tích từ 3 ngày trước", False),  # a headline's own words
    ("55 phút", False),
])
def test_age_alone(line, expected) -> None:
    assert age_alone(line) is expected
