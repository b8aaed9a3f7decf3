"""Round 119: holdout 106's two invented names left after round 118 (its files now dev 2392-2409), as kinds (made-up
pastes, near-misses beside each case).

- A hard-wrapped line ending on a writer's title after words of its own ("Lịch sử 100 năm Tin Lành Việt Nam (1/4) -
  Mục sư" / "Nguyễn Văn Bình"): the name runs on from that line (a credit in a headline, or a sentence's), no byline;
  a title alone over the name, or after a label ("Bài: Mục sư"), is a byline's (read/run_on_ends.title_runs_on).
- A magazine's name right over its issue line under the headline ("Đuốc Thiêng" / "104, năm 2011"): the magazine's
  masthead, no writer; the issue's number alone before its year is an issue line too (read/issue_lines).

Left: the page's title, its headline hard-wrapped over two lines, read whole where the label takes the first line.
"""
from __future__ import annotations

import pytest

from archive.read.issue_lines import is_issue_line, magazine_names
from archive.read.run_on_ends import title_runs_on
from made_up_pastes import LEAD, MORE, fields_of, paragraphs


@pytest.mark.parametrize("above, runs_on", [
    ("năm Tin Lành Việt Nam (1/4) - Mục sư", True), ("Bài tham luận tại hội thảo của Tiến sĩ", True),
    # near-misses: the title alone, after a label's words, no title at the end
    ("Mục sư", False), ("Bài: Mục sư", False), ("Tin, ảnh: Nhà báo", False),
    ("Lịch sử 100 năm Tin Lành Việt Nam", False),
])
def test_a_title_ending_a_wrapped_line(above, runs_on) -> None:
    assert title_runs_on(above) is runs_on


@pytest.mark.parametrize("over, author", [
    ("năm Tin Lành Việt Nam (1/4) - Mục sư", ""),
    # near-miss: the title alone on its line over the name
    ("Mục sư", "Nguyễn Văn Bình"),
])
def test_the_name_under_a_wrapped_title(over, author) -> None:
    body = "\n".join(["Lịch sử 100", over, "Nguyễn Văn Bình", LEAD, MORE]) + "\n"
    assert (fields_of(body).get("author") or "") == author


@pytest.mark.parametrize("line, issue", [
    ("104, năm 2011", True), ("Số 104, năm 2011", True), ("Số 5 năm 2018", True),
    # near-misses: a sentence, a year alone, a count
    ("104 người, năm 2011", False), ("năm 2011", False), ("104, 2011", False),
])
def test_an_issue_line(line, issue) -> None:
    assert is_issue_line(line) is issue


@pytest.mark.parametrize("texts, names", [
    (["Lịch sử một trăm năm Tin Lành Việt Nam", "Đuốc Thiêng", "104, năm 2011", LEAD], [1]),
    (["Lịch sử một trăm năm Tin Lành Việt Nam", "", "Đuốc Thiêng", "", "Số 104, năm 2011", LEAD], [2]),
    # near-misses: a short headline first over the issue line, a sentence over it, no issue line
    (["Nhớ Huế", "Số 5 năm 2018", LEAD], []),
    (["Lịch sử một trăm năm Tin Lành Việt Nam", "Bài viết đăng trên tạp chí này", "Số 5 năm 2018", LEAD], []),
    (["Lịch sử một trăm năm Tin Lành Việt Nam", "Đuốc Thiêng", LEAD], []),
])
def test_a_magazines_name_over_its_issue_line(texts, names) -> None:
    assert magazine_names(texts) == names


def test_a_magazines_name_names_no_writer() -> None:
    body = paragraphs("Lịch sử một trăm năm Tin Lành Việt Nam", "Đuốc Thiêng", "104, năm 2011", LEAD, MORE)
    assert (fields_of(body).get("author") or "") == ""
