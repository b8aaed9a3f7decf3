"""Round 70: what holdout 69 showed once, as kinds (made-up pastes, near-misses beside each case).

1. A repost credited to a person's page on a social network names its writer: the credit line under the
headline or at the end ("Theo Facebook Nguyễn Văn An", "[Bài viết trích từ Facebook của bạn X, xin được
gửi đến bạn đọc]") gives the page's owner as the byline (read/social_credits.py). A page of an office,
a paper or a group names no one; a share bar, a follow widget, a photo credit and a sentence of the text
that open with the same words are no credit.

2. A breadcrumb whose last crumb is the headline stays chrome when the headline under it is printed with a
little more (a footnote's mark, empty brackets, its day, a Markdown heading's marks) or stands under a date
line (read/cut_crumbs.py), as the variants of dev files 1824 and 1830 showed.
"""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.cut_crumbs import whole_copy_over
from archive.read.social_credits import social_credit
from made_up_pastes import HEAD, LEAD, MORE, MORE2, author_of, fields_of, paragraphs


@pytest.mark.parametrize(("credit", "writer"), [
    ("[Bài viết trích từ Facebook của bạn Nguyễn Văn An, xin được gửi đến bạn đọc]", "Nguyễn Văn An"),
    ("[Bài viết trích từ Facebook của bạn Hoang K Anh, xin được gửi đến bạn đọc]", "Hoang K Anh"),  # typed with no tone marks
    ("(Trích Facebook Lê Minh Tuấn)", "Lê Minh Tuấn"),
    ("(Theo trang cá nhân của nhà báo Lê Minh Tuấn)", "Lê Minh Tuấn"),
])
def test_an_editors_note_under_the_headline_names_the_pages_owner(credit, writer) -> None:
    assert author_of(paragraphs(HEAD, credit, LEAD, MORE, MORE2)) == writer


@pytest.mark.parametrize(("credit", "writer"), [
    ("Theo Facebook Nguyễn Văn An", "Nguyễn Văn An"),
    ("Nguồn: Facebook Trần Thị Bình", "Trần Thị Bình"),
    ("Nguồn: FB Trần Thị Bình.", "Trần Thị Bình"),
    ("(FB Lê Minh Tuấn)", "Lê Minh Tuấn"),
])
def test_a_credit_at_the_end_names_the_pages_owner(credit, writer) -> None:
    assert author_of(paragraphs(HEAD, LEAD, MORE, MORE2, credit)) == writer


@pytest.mark.parametrize("line", [
    "Nguồn: Facebook Công an tỉnh Nghệ An",  # an office's page
    "(Nguồn: Fanpage Đoàn Thanh niên tỉnh Mẫu)",  # a group's
    "Theo Zalo OA Báo Mẫu",  # a paper's
    "Theo dõi Facebook Báo Mẫu",  # a follow widget
    "Chia sẻ Facebook",  # a share bar
    "Ảnh: Facebook Nguyễn Văn An",  # a photo's credit
    "Theo Facebook của anh Nguyễn Văn An, ngày 12/3 anh đã chia sẻ câu chuyện này với nhiều người.",  # the text's
])
def test_a_line_that_credits_no_ones_page_names_no_writer(line) -> None:
    assert author_of(paragraphs(HEAD, LEAD, MORE, MORE2, line)) == ""


def test_a_photo_credit_in_brackets_under_the_headline_is_no_writer() -> None:
    assert author_of(paragraphs(HEAD, LEAD, "(Ảnh: FB Nguyễn Văn An)", MORE, MORE2)) == ""


@pytest.mark.parametrize(("line", "expected"), [
    ("Theo Facebook Nguyễn Văn An", "Theo: Nguyễn Văn An"),
    ("[Bài viết trích từ Facebook của bạn Hoang K Anh, xin được gửi đến bạn đọc]", "Theo: Hoang K Anh"),
    ("Facebook Nguyễn Văn An", "Facebook Nguyễn Văn An"),  # no label, no brackets: a widget's words, left as they are
    ("Theo Facebook Nguyễn Văn An, ngày 12/3 anh viết", "Theo Facebook Nguyễn Văn An, ngày 12/3 anh viết"),
])
def test_the_credit_reads_as_theo_the_owner_and_nothing_else_changes(line, expected) -> None:
    assert social_credit(line) == expected


# 2. A breadcrumb ending in the headline, over the headline printed with a little more, or under a date line.
CAPS_HEAD = "NÂNG CAO CHẤT LƯỢNG SINH HOẠT CHI BỘ Ở CÁC XÃ MIỀN NÚI"
TRAIL = f"Trang nhà / NGHIÊN CỨU / XÂY DỰNG ĐẢNG / {CAPS_HEAD}"


@pytest.mark.parametrize("headline", [
    CAPS_HEAD,
    f"{CAPS_HEAD} (*)",  # a footnote's mark
    f"{CAPS_HEAD} ()",  # empty brackets a theme left
    f"{CAPS_HEAD} NGÀY 12/3/2024",  # its day
    f"# {CAPS_HEAD}",  # a Markdown heading's marks
])
def test_a_trail_ending_in_the_headline_is_chrome_though_the_headline_prints_a_little_more(headline) -> None:
    title = fields_of(paragraphs(TRAIL, headline, LEAD, MORE, MORE2))["title"]
    assert title.startswith(CAPS_HEAD[:20]) and not title.startswith("Trang nhà")


def test_a_date_line_between_the_trail_and_the_headline_leaves_the_trail_chrome() -> None:
    found = fields_of(paragraphs(f"Trang nhà Nghiên cứu Lịch sử {CAPS_HEAD}", "Thứ năm, 24-09-2020", CAPS_HEAD,
                                 LEAD, MORE, MORE2))
    assert (found["title"], found["date"]) == (CAPS_HEAD, dt.date(2020, 9, 24))


@pytest.mark.parametrize(("text", "below", "expected"), [
    (TRAIL, f"{CAPS_HEAD} (*)", True),
    (TRAIL, f"{CAPS_HEAD} VÀ Ở CÁC PHƯỜNG VEN ĐÔ", False),  # four words more: the line under goes on, no tail
    ("Tin tức / Sinh hoạt chi bộ", "Sinh hoạt chi bộ", False),  # a headline's words at least
    (f"Theo đó, {CAPS_HEAD}", CAPS_HEAD, False),  # a sentence's comma among the "crumbs"
    (CAPS_HEAD, CAPS_HEAD, False),  # the same line twice: no crumbs before it
])
def test_only_crumbs_before_all_but_a_short_tail_of_the_line_under(text, below, expected) -> None:
    assert whole_copy_over(text, below) is expected
