"""read/leaf_dates.py's first test (perf round 8): a calendar leaf opens with its day, so a head line that
does not open with a digit is passed over before the clock-label search; the gate never
changes what join_leaf_dates returns."""
import re

import pytest

from archive.read import leaf_dates
from archive.read.leaf_dates import join_leaf_dates

_HEADS = [
    ["Tin tức", "10", "09/2021", "Hội nghị tổng kết công tác năm"],
    ["07 11-2022", "Tiêu đề bài viết về hoạt động"],
    ["Hôm nay", "10", "09/2021", "Tiêu đề"],
    ["hom nay, ngay", " 15", "06", "'18", "Tiêu đề dài của bài"],
    ["  3  ", "Tháng 11/2022", "Tiêu đề"],
    ["\u00a015", "06", "2018", "Tiêu đề", "Bài viết"],
    ["1", "2", "3", "4", "5"],
    ["Đảng bộ tỉnh", "31", "02/2021", "x"],
    ["", "   ", "29", "THÁNG 2/2024", "Tiêu đề"],
    ["Trang chủ", "Tin tức", "Thời sự", "Chính trị", "Kinh tế", "Văn hóa", "Xã hội", "Thể thao", "Quốc tế",
     "Pháp luật", "Giáo dục", "Y tế", "10", "09/2021"],
    ["Tin", "9", "10/2021", "Tiêu đề"],
    ["5 Tháng 11/2022", "Tiêu đề"],
    ["٣", "06", "2018"],  # a digit of another script: no leaf either way
]


@pytest.mark.parametrize("texts", _HEADS)
def test_the_gate_changes_nothing(monkeypatch, texts):
    lines = list(enumerate(texts, start=1))
    gated = join_leaf_dates(lines)
    with monkeypatch.context() as patch:
        patch.setattr(leaf_dates, "_OPENS_DAY", re.compile(""))
        assert join_leaf_dates(lines) == gated


def test_a_leaf_is_still_read():
    assert join_leaf_dates([(1, "x"), (2, "10"), (3, "09/2021")]) == [(1, "x"), (2, "10/09/2021")]


@pytest.mark.parametrize("text", ["1", "9", "07 11-2022", " 3", "\t29", "31", "0", "5 Tháng 11/2022"])
def test_every_day_passes_the_gate(text):
    assert leaf_dates._OPENS_DAY.match(text)
