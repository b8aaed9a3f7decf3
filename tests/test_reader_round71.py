"""Round 71: what holdout 70 showed once, as kinds (made-up pastes, near-misses beside each case).

1. A line under the text's first paragraph is a subheading, not the headline (read/prose_above.py).
2. The text's heading in capitals may word the headline a little more fully: still its reprint
   (read/capitals_reprints.py).
3. A date line "15.05 2024": the day and the month dotted, the year after a space (archive/text/dates.py).
4. "Địa chí" (a gazetteer) folds like "Địa chỉ" (an address) but is no contact field (read/contact_names.py).
5. An essay's own heading in capitals between the lead and its writer's name and post (read/essay_headings.py).
6. Under the end byline, a button with its arrow ("Translate »") and a line of search keywords are the page's
   (read/keyword_lines.py, byline_slots).
7. A comment box's heading ends the page under a text that is its lead alone (read/comment_boxes.py, chrome).
"""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.candidates import date_candidate
from archive.read.comment_boxes import comment_box
from archive.read.capitals_reprints import reprinted_in_capitals
from archive.read.contact_names import contact_folded
from archive.read.keyword_lines import keyword_line
from archive.read.prose import sentence_break
from archive.read.prose_above import under_first_paragraph
from archive.read.slugs import slug_words
from archive.text.dates import unspaced_date_line
from made_up_pastes import HEAD, LEAD, MORE, MORE2, author_of, fields_of, numbered_lines, paragraphs

# 1. A subheading under the text's first paragraph.
FORUM_HEAD = "Ngắm Mưa Sao Băng Lúc Nửa Đêm"
SUBTITLE = "-Meteor Shower at Midnight-"
PROSE = ("Bạn đã bao giờ thức trắng đêm chỉ để ngắm bầu trời chưa? Đêm nay là một dịp hiếm có, vì trận mưa sao "
         "băng lớn nhất năm sẽ xuất hiện trên bầu trời miền Bắc từ khoảng nửa đêm đến rạng sáng mai")
SUBHEADING = "Mưa sao băng Song Tử rạng sáng 14/12/2023 tại Việt Nam"


def test_a_subheading_under_the_first_paragraph_is_no_headline() -> None:
    body = paragraphs(FORUM_HEAD, SUBTITLE, PROSE, SUBHEADING, MORE, MORE2)
    assert fields_of(body, "https://dien-dan.example.net/threads/12-Ngam-mua-sao-bang-Song-Tu")["title"] == FORUM_HEAD


def test_a_paragraph_over_the_first_line_says_nothing_of_the_headline_under_it() -> None:
    """The near-miss: a site's welcome paragraph stands over the headline, not under a first candidate."""
    welcome = ("Chào mừng bạn đến với trang thông tin điện tử của Hội Thiên văn nghiệp dư. Trang cập nhật tin tức, "
               "hình ảnh và lịch quan sát bầu trời hằng tháng cho hội viên và bạn đọc gần xa")
    assert fields_of(paragraphs(welcome, SUBHEADING, LEAD, MORE, MORE2))["title"] == SUBHEADING


@pytest.mark.parametrize(("url", "expected"), [
    ("https://dien-dan.example.net/threads/12-Ngam-mua-sao-bang-Song-Tu-luc-nua-dem", True),
    ("https://cong-dong.example.us/CD/tin45.shtml", False),  # the slug holds none of the first line's words
])
def test_only_a_first_line_the_slug_holds_makes_a_line_under_the_prose_a_subheading(url, expected) -> None:
    """The near-miss the variants showed: an app's banner first, a site's description paragraph under it, then
    the headline; with no slug's witness the first line may be that banner, so the headline keeps its weight."""
    lines = numbered_lines(FORUM_HEAD, SUBTITLE, PROSE, SUBHEADING, MORE)
    assert under_first_paragraph(lines, [0, 1, 2, 3], 3, slug_words(url)) is expected


# 2. A fuller capitals heading.
SITE_HEAD = "Kỹ năng giao tiếp trong công sở"


@pytest.mark.parametrize(("heading", "expected"), [
    ("KỸ NĂNG GIAO TIẾP NƠI CÔNG SỞ", False),  # a word changed ("trong" -> "nơi"): no reprint
    ("KỸ NĂNG GIAO TIẾP TRONG CÔNG SỞ", True),
    ("KỸ NĂNG GIAO TIẾP ỨNG XỬ TRONG CÔNG SỞ", True),  # one word more
    ("KỸ NĂNG GIAO TIẾP VÀ ỨNG XỬ TRONG MÔI TRƯỜNG CÔNG SỞ", False),  # four more: another line
])
def test_a_fuller_heading_in_capitals_reprints_the_headline(heading, expected) -> None:
    assert reprinted_in_capitals(numbered_lines(SITE_HEAD, heading, LEAD), 0) is expected


def test_the_site_headline_over_its_fuller_capitals_heading_is_the_title() -> None:
    body = paragraphs(SITE_HEAD, "KỸ NĂNG GIAO TIẾP ỨNG XỬ TRONG CÔNG SỞ", "TS. Lê Thị Mai Hoa", LEAD, MORE, MORE2)
    assert fields_of(body)["title"] == SITE_HEAD


# 3. "15.05 2024".
@pytest.mark.parametrize(("line", "expected"), [
    ("15.05 2024", "15/05/2024"),
    ("15/5 2024 08:10", "15/5/2024 08:10"),
    ("15.05.2024", "15.05.2024"),  # an ordinary date: as it is
    ("32.05 2024", "32.05 2024"),  # no day
    ("15.13 2024", "15.13 2024"),  # no month
    ("Số 15.05 2024", "Số 15.05 2024"),  # not a whole line: a number in a sentence
])
def test_a_date_line_with_its_year_after_a_space(line, expected) -> None:
    assert unspaced_date_line(line) == expected


def test_the_dotted_date_over_the_headline_is_the_date() -> None:
    headline = "LỄ TRƯỞNG THÀNH CỦA HỌC SINH KHỐI 12"
    assert fields_of(paragraphs("15.05 2024", headline, LEAD, MORE, MORE2))["date"] == dt.date(2024, 5, 15)


# 4. "Địa chí" is no "Địa chỉ".
def test_a_gazetteer_folds_like_an_address_but_is_no_contact() -> None:
    assert "dia chi" not in contact_folded("Địa chí Hà Nam")
    assert "dia chi" in contact_folded("Địa chỉ: 12 Lê Lợi")
    assert "dia chi" in contact_folded("Dia chi: 12 Le Loi")  # typed without tone marks: still the label
    section = date_candidate(0, 5, "Địa chí Hà Nam 25/02/2020")
    assert section is not None and section.widget == ""
    bar = date_candidate(0, 5, "Địa chỉ Hà Nam 25/02/2020")
    assert bar is not None and bar.widget == "a contact bar"


# 5. An essay's heading between the lead and its writer.
ESSAY = ["CÔNG TY CẤP NƯỚC MIỀN NÚI,", "TIỀN THÂN LÀ NHÀ MÁY NƯỚC THỊ XÃ", "40 NĂM XÂY DỰNG VÀ PHÁT TRIỂN"]


def test_a_writer_and_his_post_under_the_essays_capitals_heading() -> None:
    body = paragraphs(HEAD, "Thứ hai - 26/10/2015 22:44", LEAD, *ESSAY, "Nguyễn Văn Khải", "Giám đốc Công ty", MORE, MORE2)
    assert author_of(body) == "Nguyễn Văn Khải"


def test_a_name_with_no_post_under_the_heading_is_no_writer() -> None:
    """The near-miss: a name alone under capitals lines is a list's or a caption's, not a writer's with his post."""
    body = paragraphs(HEAD, "Thứ hai - 26/10/2015 22:44", LEAD, *ESSAY, "Nguyễn Văn Khải", MORE, MORE2)
    assert author_of(body) == ""


# 6. A button's arrow and a keyword line under the end byline.
def test_the_end_byline_over_a_button_and_a_keyword_line() -> None:
    body = paragraphs(HEAD, "12/03/2024", LEAD, MORE, MORE2, "Duyên Hà", "Translate »",
                      "ban ghe go gia re Ban ghe sofa dep ke tivi go soi")
    assert author_of(body) == "Duyên Hà"


@pytest.mark.parametrize(("line", "expected"), [
    ("ban ghe go gia re Ban ghe sofa dep ke tivi go soi", True),
    ("và các đồng chí trong Ban Thường vụ Huyện ủy", True),  # the shape alone: the name must close the text above it
    ("và các đồng chí trong Ban Thường vụ, Huyện ủy", False),  # a comma: a sentence's piece
    ("Bàn ghế gỗ giá rẻ", False),  # a capital: a link's or a heading's line
    ("ghế gỗ", False),  # two words: a fragment
])
def test_a_keyword_line_runs_words_together_in_small_letters(line, expected) -> None:
    assert keyword_line(line) is expected


# 7. A comment box under a text that is its lead alone.
COMMENTS = ["Bình luận", "Trần Văn Hải", "Bài viết rất hay, cảm ơn tác giả."]


@pytest.mark.parametrize("heading", ["Bình luận", "Ý kiến bạn đọc (2)", "Gửi bình luận:"])
def test_a_comment_box_under_a_lone_lead_ends_the_page(heading) -> None:
    """Seen once the variants placed a reader's comment after a lone lead (benchmarks/variants.text_end): the
    commenter's name read as the writer's."""
    assert author_of(paragraphs(HEAD, LEAD, heading, *COMMENTS[1:])) == ""


def test_a_related_list_under_a_lone_sapo_does_not_end_the_page() -> None:
    """The near-miss: a related list between a sapo and its text (the text goes on under it), not a comment box."""
    body = paragraphs(HEAD, LEAD, "Tin liên quan", "Nâng cao chất lượng sinh hoạt chi bộ ở cơ sở", MORE, MORE2,
                      "Nguyễn Văn An")
    found = fields_of(body)
    assert found["author"] == "Nguyễn Văn An" and MORE[:40] in " ".join(b.text for b in found["blocks"])


@pytest.mark.parametrize(("line", "expected"), [
    ("Bình luận", True), ("Bình luận (12)", True), ("Ý kiến bạn đọc", True), ("Gửi bình luận của bạn", True),
    ("Tin liên quan", False), ("Bình luận thời sự", False),
])
def test_a_comment_box_heading(line, expected) -> None:
    assert comment_box(line) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chuyện lạ gì thế??? Có gì đó liên quan đến bộ truyện", True),  # a run of marks ends the sentence too
    ("Thật vậy!! Bạn sắp được chiêm ngưỡng", True),
    ("Hội nghị đã diễn ra... Sau đó các đại biểu", False),  # an ellipsis cuts, it ends no sentence
    ("TS. Nguyễn Văn An phát biểu", False),  # an abbreviation's stop
])
def test_a_sentence_ends_inside_the_line_after_a_run_of_marks(text, expected) -> None:
    assert sentence_break(text) is expected
