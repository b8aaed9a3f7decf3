"""Round 72: what holdout 71 showed once, as kinds (made-up pastes, near-misses beside each case).

1. A poster's field ("Đăng bởi: X", "Người đăng: X") names the writer only when no author's field ("Tác giả:
   Y") does: a magazine prints both, the author's lower, and the author's wins (read/poster_fields.py).
"""
from __future__ import annotations

import pytest

from archive.read.poster_fields import poster_field, writer_field
from made_up_pastes import HEAD, LEAD, MORE, MORE2, author_of, left_out, paragraphs

POSTER = "Đăng bởi: Lâm Thảo Vy"
FIELD = "Tác giả: Đỗ Quang Huy"
WRITER = "Đỗ Quang Huy"


@pytest.mark.parametrize("text", ["Đăng bởi: Anh Minh", "Người đăng: Lê Hoa", "Người đăng tin: Lê Hoa",
                                  "Được đăng bởi Lê Hoa", "Posted by Lê Hoa", "Người cập nhật: Lê Hoa",
                                  "đăng bởi: lê hoa"])
def test_a_posters_label_opens_a_posters_field(text) -> None:
    assert poster_field(text)


@pytest.mark.parametrize("text", ["Tác giả: Lê Hoa", "Người viết: Lê Hoa", "Bài: Lê Hoa", "Lê Hoa",
                                  "Đăng ký tham gia lớp học", "Người đang trực tại chốt cho biết"])
def test_a_writers_field_and_a_sentence_are_no_posters(text) -> None:
    """"Người đang ..." (is on duty) folds like "Người đăng" (poster): a small word follows, no colon."""
    assert not poster_field(text)


def test_a_sentence_opened_by_the_posters_words_names_no_one() -> None:
    assert author_of(paragraphs(HEAD, LEAD, "Người đang trực tại chốt cho biết tình hình vẫn ổn định.", MORE)) == ""


@pytest.mark.parametrize(("text", "expected"), [
    ("Tác giả: Thích Nữ Quảng Hiền", ("Thích Nữ Quảng Hiền",)),
    ("Người viết: Đỗ Quang Huy", ("Đỗ Quang Huy",)),
    ("Đăng bởi: Đỗ Quang Huy", ()),  # a poster's field is not the writer's own
    ("Đỗ Quang Huy", ()),  # a bare name is no field
    ("Tác giả Nam Cao và những trang viết", ()),  # no colon: a headline
])
def test_a_writers_field_names_the_writer(text, expected) -> None:
    assert writer_field(text) == expected


def test_the_authors_field_under_the_first_paragraph_beats_the_poster_over_it() -> None:
    """Holdout 71's magazine: sapo, poster, the text's first paragraph, then the author's field and her class."""
    body = paragraphs(HEAD, LEAD, POSTER, "ISSN: 2734-9195", MORE, FIELD,
                      "Lớp Thạc sĩ Phật học khóa V Học viện Phật giáo Việt Nam", MORE2)
    assert author_of(body) == WRITER
    assert any("Lâm Thảo Vy" in line and "posted the page" in line for line in left_out(body))


def test_the_authors_field_at_the_end_beats_the_poster_under_the_headline() -> None:
    body = paragraphs(HEAD, "Người đăng: Lâm Thảo Vy", LEAD, MORE, MORE2, FIELD)
    assert author_of(body) == WRITER


def test_a_poster_at_the_end_yields_to_the_authors_field_under_the_lead() -> None:
    body = paragraphs(HEAD, LEAD, FIELD, MORE, MORE2, POSTER)
    assert author_of(body) == WRITER


def test_a_writers_name_under_the_headline_beats_a_poster_beside_it() -> None:
    assert author_of(paragraphs(HEAD, WRITER.upper(), POSTER, LEAD, MORE, MORE2)) == WRITER


def test_a_poster_alone_still_names_the_writer() -> None:
    """The near-miss: a small site's poster is its writer when nothing else names one (the dev set's hospital)."""
    assert author_of(paragraphs(HEAD, LEAD, POSTER, MORE, MORE2)) == "Lâm Thảo Vy"


def test_a_books_author_field_in_the_middle_of_a_review_is_not_looked_at() -> None:
    """A review's book card ("Tác giả: Nam Cao") far from the head and the end is the book's, not the page's."""
    middle = [f"{MORE} Đoạn {i}." for i in range(12)]
    body = paragraphs(HEAD, LEAD, POSTER, *middle[:6], "Tác giả: Nam Cao", *middle[6:])
    assert author_of(body) == "Lâm Thảo Vy"
