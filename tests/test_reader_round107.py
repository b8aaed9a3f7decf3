"""Round 107: holdout 91's misses, as kinds (made-up pastes, near-misses beside each case). Its reporter's initials
after "PV:" ("PV:NQ") stay no byline: the dev rule (round 16, tests/test_conventions_software_bylines.py) reads capital
initials with no name part as none, after a label or not, since an office's or an outlet's look the same.

- A poem printed a verse a line in the text (four verses or more, of one metre) is the page's text, not a list of
  links to other articles (read/verse_lines.poem, asked by link_lists.drop_links).
"""
from __future__ import annotations

import pytest

from archive.read.verse_lines import poem
from made_up_pastes import HEAD, LEAD, MORE, fields_of, left_out

# --- a poem in the text, a verse a line

POEM = ["Tĩnh mịch Hồ Gươm gợn bóng mây", "Heo may e ấp suốt canh chầy", "Rêu phong phố cổ sương sa phủ",
        "Gió động sấu già lá úa lay"]
LUC_BAT = ["Khuyến học đến tận từng nhà", "Giúp trẻ ham học để mà tu thân", "Động viên người lớn góp phần",
           "Xây dựng xã hội toàn dân học hành"]
LINKS = ["Hội nghị sơ kết công tác Đảng sáu tháng đầu năm", "Trao quyết định nghỉ hưu cho cán bộ",
         "Huyện tổ chức lễ kết nạp đảng viên mới tại các chi bộ thôn", "Tập huấn nghiệp vụ công tác kiểm tra"]


@pytest.mark.parametrize("verses", [POEM, LUC_BAT])
def test_a_poem_in_the_text_is_kept(verses) -> None:
    body = f"{HEAD}\n\n12/03/2024 08:15\n\n{LEAD}\n\n" + "\n".join(verses) + f"\n\n{MORE}\n"
    assert not any(verse in note for note in left_out(body) for verse in verses)


@pytest.mark.parametrize("lines, verses", [
    (POEM, True),
    (LUC_BAT, True),
    (LINKS, False),  # near-miss: other articles' headlines, no metre
    (POEM[:3], False),  # near-miss: three lines are too few to tell a poem
    (POEM[:2] + LUC_BAT[:2], False),  # near-miss: seven and six syllables mixed
    ([verse + "." for verse in POEM], False),  # near-miss: sentences, each closed by a stop
])
def test_a_poem_is_four_verses_of_one_metre(lines, verses) -> None:
    assert poem(lines) is verses


# --- round 106's kinds with a short line between, as the variants print them (round 107)

from test_reader_round106 import CAPITALS, CHROME, FIGURES, HEADING, STOPPED  # noqa: E402


@pytest.mark.parametrize("between", ["Hà Nội", "admin", "Thời sự"])
def test_a_stopped_headline_a_line_over_its_date_and_reprint_is_the_title(between) -> None:
    found = fields_of(f"{CHROME}\n\n{STOPPED}\n{between}\n11/30/2020\n{STOPPED} \n \nnhóm hàng ăn giảm 1,99%\n{FIGURES}")
    assert found["title"] == STOPPED and str(found["date"]) == "2020-11-30"


@pytest.mark.parametrize("between", ["admin", "Thời sự", "Ảnh: Hoàng Long"])
def test_a_short_line_between_the_headline_and_the_writers_field(between) -> None:
    body = f"{CAPITALS}\n{between}\nTác giả: CucNT\n{HEADING}\n{LEAD}\n{MORE}\n"
    assert fields_of(body)["title"] == CAPITALS


def test_a_sentence_between_a_line_and_a_writers_field_parts_them() -> None:
    # near-miss: a sentence stands between, so the field closes no line above it
    from archive.read.title_weights import _over_author_field
    assert not _over_author_field([(1, CAPITALS), (2, LEAD), (3, "Tác giả: CucNT")], 0, set())
    assert _over_author_field([(1, CAPITALS), (2, "admin"), (3, "Tác giả: CucNT")], 0, set())


def test_a_short_headline_over_the_writers_field_keeps_it_from_the_line_above() -> None:
    # near-miss: a short headline of three words right over the field is the line it closes, not the label above it
    body = f"Công nhân\n\nTHAN CỌC 6\n\nTác giả: Vũ Thảo Ngọc\n\n{LEAD}\n\n{MORE}\n"
    assert fields_of(body)["title"] == "THAN CỌC 6"
