"""Round 111: holdouts 96's and 97's miss, as a kind (made-up pastes, near-misses beside it).

- A long headline whose last words the site printed on a line of their own, in small letters ("Trung tâm ... về đại
  hội đảng các cấp" / "tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng."), read as a hard-wrapped
  paragraph's lines, left the paste with no title at all. A line the address's slug spells is no wrapped paragraph's
  line: it stays in the headline's pool (read/wrapped_prose.py, given the slug by read/furniture.not_headlines).
  The title is the first line, as the labels take a headline split over lines.

Left, said plainly: nothing of the two sets' fields but the outlets (none of the 25 registered).
"""
from __future__ import annotations

import pytest

from archive.read.slugs import slug_words
from archive.read.wrapped_prose import wrapped_prose
from made_up_pastes import LEAD, MORE, fields_of

FIRST = ("Trung tâm Y tế huyện tổ chức hội nghị học tập, quán triệt các nội dung Hội nghị Trung ương 10 (khóa XII) "
         "và Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp")
LAST = "tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng."
SPELT = ("https://ttyt.example.org.vn/trung-tam-y-te-huyen-to-chuc-hoi-nghi-hoc-tap-quan-triet-cac-noi-dung-hoi-nghi-"
         "trung-uong-10-khoa-xii-va-chi-thi-35-ct-tw-cua-bo-chinh-tri-ve-dai-hoi-dang-bo-cac-cap-p1c20a30352l0.aspx")
OTHER = "https://ttyt.example.org.vn/tin-tuc/hoat-dong-cua-trung-tam-y-te-p1c20a30353l0.aspx"
BODY = f"{FIRST}\n{LAST}\n{LEAD}\n{MORE}\n"


def test_a_long_headline_the_slug_spells_over_its_last_words_is_the_title() -> None:
    assert fields_of(BODY, SPELT)["title"] == FIRST


@pytest.mark.parametrize("url", [OTHER, "https://ttyt.example.org.vn/?p=1284"])
def test_without_the_slug_the_two_lines_stay_a_wrapped_paragraph(url) -> None:
    # near-miss: no address spelling it, a long unclosed line over a small-letter line reads as a paragraph's wrap
    assert fields_of(BODY, url).get("title") != FIRST


@pytest.mark.parametrize("texts, url, found", [
    ([FIRST, LAST], SPELT, set()),
    ([FIRST, LAST], OTHER, {0, 1}),
    # near-miss: a paragraph's wrapped lines under the headline the slug spells are still a paragraph's
    (["Thực hiện sự chỉ đạo của Đảng ủy xã, chiều ngày 27 tháng 02 năm 2025 với tinh thần",
      "dân chủ, trách nhiệm, trí tuệ, kỉ cương và đoàn kết, đại hội chi bộ trường diễn ra"], SPELT, {0, 1}),
])
def test_wrapped_prose_spares_the_line_the_slug_spells(texts, url, found) -> None:
    assert wrapped_prose(texts, [1, 2], [0, 1], slug_words(url)) == found
