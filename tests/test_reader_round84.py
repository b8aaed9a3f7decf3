"""Round 84: holdout 79's misses, as kinds (made-up pastes, near-misses beside each case).

- a writer's name glued to a reading time ("Thanh Hà 3 phút") is split like a date glued to one (read/rating_dates.py),
  and a photo's caption closed by a copyright's mark ("... (Jimmy Lai) © AFP") weighs as a caption, no headline
  (read/photo_credits.py);
- a degree after the name and a comma ("Trần Thạnh, PhD", "..., Ph.D.") is left off as a post is (read/bylines.py,
  names.DEGREES_AFTER);
- a translator's labelled field after the author's ("Tác giả: X | Biên dịch: Y") names the second byline
  (read/translator_credits.translator_field), and a foreign writer's name after a writer's label ("Tác giả: Zhixing
  Zhang", "By Joseph Nye") is read though it ends on no Vietnamese surname (read/western_names.py);
- a long line in which a sentence ends and the next goes on ("Bệnh Tay – Chân – Miệng do ... gây nên. Tác nhân ...")
  is prose, never a byline, though its first words split at a dash look like a name (read/bylines.py);
- a full name closing the headline in brackets is the writer when the page names no other
  (read/title_writers.bracket_writer).
"""
from __future__ import annotations

import pytest

from made_up_pastes import HEAD, LEAD, MORE, MORE2, fields_of
from archive.read.bylines import parse_byline
from archive.read.photo_credits import photo_credit_end

CAPTION = "Tỷ phú Hồng Kông Lê Trí Anh (Jimmy Lai) © AFP"


@pytest.mark.parametrize("timed", ["Thanh Hà 3 phút", "Thanh Hà 5 phút đọc", "Thanh Hà 4 min read"])
def test_a_writer_glued_to_a_reading_time_is_the_writer(timed) -> None:
    found = fields_of("\n\n".join(["THỜI SỰ", HEAD, timed, LEAD, MORE]))
    assert (found.get("title"), found.get("author")) == (HEAD, "Thanh Hà")


def test_a_writer_glued_to_a_reading_time_under_a_copyright_caption_keeps_the_headline() -> None:
    found = fields_of("\n\n".join(["HỒNG KÔNG - NHÂN QUYỀN", HEAD, CAPTION, "Thanh Hà 3 phút", LEAD, MORE]))
    assert (found.get("title"), found.get("author")) == (HEAD, "Thanh Hà")


@pytest.mark.parametrize("line", ["Hội nghị kéo dài 30 phút", "Đọc trong 5 phút"])
def test_minutes_after_words_that_are_no_name_are_no_writer(line) -> None:
    # near-miss: a phrase, not a name, before the minutes
    assert fields_of("\n\n".join([HEAD, line, LEAD, MORE])).get("author") in (None, "")


@pytest.mark.parametrize("caption, credit", [(CAPTION, True), ("Cảnh lũ lụt ở miền Trung ©Reuters", True),
                                             ("Lễ khai mạc hội nghị tổng kết năm 2024", False)])
def test_a_copyright_s_mark_closes_a_caption(caption, credit) -> None:
    assert photo_credit_end(caption) is credit


@pytest.mark.parametrize("line, names", [
    ("Trần Thạnh, PhD", ("Trần Thạnh",)),
    ("Trần Thạnh, Ph.D.", ("Trần Thạnh",)),
    ("Mai Anh, MA", ("Mai Anh",)),
    ("Trần Thạnh, Tiến sĩ", ("Trần Thạnh",)),
    ("Trần Thạnh, Hà Nội", ()),  # near-miss: a place after the comma is no degree, no post
    ("Trần Thạnh.", ()),  # near-miss: a sentence's stop
])
def test_a_degree_after_the_name_is_left_off(line, names) -> None:
    assert parse_byline(line) == names


def test_a_writer_with_a_degree_after_his_name_under_the_headline() -> None:
    found = fields_of("\n".join([HEAD, "Trần Thạnh, PhD", "(Nguồn: Kỷ yếu 50 năm)", LEAD, MORE]))
    assert found.get("author") == "Trần Thạnh"


@pytest.mark.parametrize("line, names", [
    ("Tác giả: Zhixing Zhang | Biên dịch: Nguyễn Huy Hoàng", ("Zhixing Zhang", "Nguyễn Huy Hoàng")),
    ("Tác giả: Nguyễn Văn An | Biên dịch: Nguyễn Huy Hoàng", ("Nguyễn Văn An", "Nguyễn Huy Hoàng")),
    ("Nguyễn Văn An - Người dịch: Trần Bình", ("Nguyễn Văn An", "Trần Bình")),
    ("Tác giả: Nguyễn Văn An | Biên dịch: Nhóm dịch giả", ("Nguyễn Văn An",)),  # a team translated: the author only
    ("Tin tức | Dịch: Covid", ()),  # near-miss: a section and an epidemic, no translator
    ("Cư Sĩ Phương Luân | Cư Sĩ Hạnh Cơ, Việt Dịch", ("Cư Sĩ Phương Luân", "Cư Sĩ Hạnh Cơ")),  # round 37's, unchanged
])
def test_a_translator_s_labelled_field_names_the_second_byline(line, names) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize("line, names", [
    ("By Joseph Nye", ("Joseph Nye",)),
    ("Tác giả: Zhixing Zhang", ("Zhixing Zhang",)),
    ("By Stephanie Nguyen", ("Stephanie Nguyen",)),  # round 73's
    ("By Staff Writer", ()), ("By Hanoi Times", ()), ("By Click Here", ()), ("Posted by Site Admin", ()),
    ("Joseph Nye", ()),  # near-miss: no label, a caption's or a menu's words in English look the same
])
def test_a_foreign_writer_after_a_writer_s_label(line, names) -> None:
    assert parse_byline(line) == names


PROSE = ("Bệnh Tay – Chân – Miệng do một nhóm virus thuộc nhóm Enterovirus gây nên. Tác nhân thường gặp nhất là "
         "Coxsackie")


def test_a_paragraph_opening_with_words_split_at_dashes_is_no_byline() -> None:
    assert parse_byline(PROSE) == ()
    assert fields_of("\n\n".join([HEAD, LEAD, MORE, MORE2, PROSE])).get("author") in (None, "")


def test_a_long_byline_with_a_degree_s_stop_is_still_one() -> None:
    # near-miss: "ThS." ends no sentence: a name in capitals follows it
    line = ("PGS.TS. Nguyễn Văn An - Trưởng khoa Xây dựng Đảng, Học viện Chính trị khu vực I, ThS. Trần Thị Bình")
    assert parse_byline(line) == ("PGS.TS. Nguyễn Văn An", "ThS. Trần Thị Bình")


@pytest.mark.parametrize("line, names", [
    ("Murray Hiebert – Hoàng Minh lược dịch", ("Murray Hiebert", "Hoàng Minh")),
    ("Joseph Nye - Trần Bình dịch", ("Joseph Nye", "Trần Bình")),
    ("Murray Hiebert – Hoàng Minh", ()),  # near-miss: no translator's role, no label: English words stay unread
    ("Phòng Chống Dịch – Covid Mới lược dịch", ()),  # near-miss: no name before the role
])
def test_a_foreign_author_on_a_translation_s_credit_line(line, names) -> None:
    # the translator's role labels the line as a credit, as "By" or "Tác giả:" does (round 84)
    assert parse_byline(line) == names


def test_a_translation_s_credit_line_under_the_headline_is_no_title() -> None:
    body = "\n\n".join(["• Breaking News", HEAD, "(Upstream Dams Threaten the Economy of the Mekong Region)",
                        "Murray Hiebert – Hoàng Minh lược dịch", LEAD, MORE])
    found = fields_of(body)
    assert (found.get("title"), found.get("author")) == (HEAD, "Murray Hiebert - Hoàng Minh")


# A writer named only in brackets at the headline's end ("... CỬU LONG (Lê Hoành Sơn)"): the same full name a blog
# prints before the headline's colon (read/title_writers.bracket_writer, asked after every other byline).
BRACKETED = "KÊNH ĐÀO PHÙ NAM CỦA CAMPUCHIA: NỖI LO CỦA ĐỒNG BẰNG SÔNG CỬU LONG (Lê Hoành Sơn)"


def test_a_writer_in_brackets_at_the_headline_s_end_is_the_writer() -> None:
    found = fields_of("\n\n".join([BRACKETED, LEAD, MORE]))
    assert (found.get("title"), found.get("author")) == (BRACKETED, "Lê Hoành Sơn")


@pytest.mark.parametrize("tail", ["(Quảng Ninh)", "(1930 - 2025)", "(Kỳ 1)", "(TTXVN)", "(NGUYỄN VĂN AN)",
                                  "(Minh Anh)"])
def test_a_bracket_that_names_no_full_name_is_no_writer(tail) -> None:
    # near-misses: a place, a span, a series' part, a source, a name in capitals, a pen name of two words
    head = "Hội nghị tổng kết công tác xây dựng Đảng năm 2024 " + tail
    assert fields_of("\n\n".join([head, LEAD, MORE])).get("author") in (None, "")


def test_a_byline_under_the_headline_outranks_the_bracketed_name() -> None:
    # near-miss: the page prints its writer; the bracket names whom the headline is about
    head = "Gương sáng đảng viên trẻ ở vùng biên giới (Nguyễn Văn Hùng)"
    found = fields_of("\n\n".join([head, "Trần Minh Tâm", LEAD, MORE]))
    assert found.get("author") == "Trần Minh Tâm"
