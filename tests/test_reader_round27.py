"""The reader of issue 13, round 27 (holdout 26's kinds), on made-up text: a journal's numbered
author list ("1. <Name> Email to author, <unit>"); a repost's source block at the end ("Nguồn:
<headline>" / name / host); a site's name and breadcrumb glued to the headline; a journal's page
title ("<headline> | <word> | <journal>") over the headline; a journal's dates with two-digit years
under their fields; a company's or a union's letter is not cited. An editor's credit glued to its
label ("Biên tập viên:<Name>") and initials in an author's field ("Tác giả: N.V.T") stay no byline
by the project's rules (holdout 26's two labels were changed); a one-word pen name in Latin letters
stays unread (a strict xfail says why). Near-misses stay as they are."""
from __future__ import annotations

import datetime as dt

import pytest

from archive.enrich.citations import extract_references
from archive.read.bylines import parse_byline
from archive.read.glued_breadcrumbs import split_glued_breadcrumbs
from archive.read.journal_authors import journal_authors
from archive.read.labels import tab_title
from archive.registry.documents import DocumentRegistry
from archive.text.dates import all_dates, find_date
from archive.text.published_dates import published_part
from made_up_pastes import fields_of, reading

HEAD = "Đảng bộ Công ty Cơ khí Miền Đông tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2022"
LEAD = ("Sáng 20/12/2022, Đảng bộ Công ty Cơ khí Miền Đông tổ chức hội nghị tổng kết công tác xây dựng Đảng "
        "năm 2022, triển khai phương hướng, nhiệm vụ năm 2023.")
SECOND = ("Năm qua, Đảng bộ đã lãnh đạo hoàn thành các chỉ tiêu sản xuất, kinh doanh, kết nạp 12 đảng viên "
          "mới và giữ vững danh hiệu trong sạch, vững mạnh.")
JOURNAL_HEAD = "VAI TRÒ CỦA TỔ CHỨC CƠ SỞ ĐẢNG TRONG DOANH NGHIỆP NHÀ NƯỚC GIAI ĐOẠN 1986-2000"
ABSTRACT = ("Bài viết phân tích vai trò của tổ chức cơ sở đảng trong doanh nghiệp nhà nước giai đoạn 1986-2000, "
            "qua đó rút ra một số kinh nghiệm cho công tác xây dựng Đảng hiện nay.")


def _journal(authors: str, dates: str = "Ngày nhận bài: 02/03/21   Ngày hoàn thiện: 20/03/21   Ngày đăng: 31/03/21",
             page_title: str = "") -> str:
    top = f"{page_title}\n\n" if page_title else ""
    return f"{top}{JOURNAL_HEAD}\n\nThông tin bài báo\n\n{dates}\n\n{authors}\n\nTóm tắt\n\n{ABSTRACT}\n"


# ---------------------------------------------------------------- a journal's numbered author list

@pytest.mark.parametrize("authors, names", [
    ("Các tác giả\n\n1. Lê Văn Hùng Email to author, Trường Đại học Khoa học - ĐH Thái Nguyên\n"
     "2. Phạm Thị Thu Hà, Trường Đại học Khoa học - ĐH Thái Nguyên", "Lê Văn Hùng - Phạm Thị Thu Hà"),
    ("Các tác giả\n\n1. Đỗ Minh Tuấn Email to author, Học viện Chính trị khu vực I", "Đỗ Minh Tuấn"),
    ("Tác giả\n\n1. Trần Quốc Bảo, Viện Lịch sử Đảng\n2. Ngô Thị Lan Email to author\n3. Vũ Đức Long, Trường Chính trị tỉnh",
     "Trần Quốc Bảo - Ngô Thị Lan - Vũ Đức Long"),
])
def test_a_journal_numbered_author_list_gives_the_bylines(authors, names):
    fields = fields_of(_journal(authors), "https://tapchi.example.edu.vn/index.php/jst/article/view/101")
    assert fields["author"] == names
    assert fields["title"] == JOURNAL_HEAD
    assert not any("Email to author" in block.text for block in fields["blocks"])


@pytest.mark.parametrize("texts", [
    ["Mục lục", "1. Mở đầu", "2. Nội dung nghiên cứu"],  # a numbered outline, no authors' heading
    ["Các tác giả", "1. Kết quả nghiên cứu cho thấy, tỷ lệ đảng viên trẻ tăng", "2. Thảo luận"],  # no names
    ["Tài liệu tham khảo", "1. Nguyễn Văn A, Lịch sử Đảng bộ tỉnh, Nxb. Chính trị quốc gia"],  # references
])
def test_a_numbered_list_that_is_no_authors_list_gives_none(texts):
    assert journal_authors([(i + 1, t) for i, t in enumerate(texts)]) == ((), [])


# ---------------------------------------------------------------- a journal's page title over its headline

@pytest.mark.parametrize("tail", [
    " | Hùng | Tạp chí Khoa học và Công nghệ",
    " | Bảo | TNU Journal of Science and Technology",
    " | Bài nghiên cứu | Journal of Political Theory",
])
def test_a_journal_page_title_over_the_headline_gives_the_headline(tail):
    assert tab_title(JOURNAL_HEAD + tail, JOURNAL_HEAD)
    fields = fields_of(_journal("Các tác giả\n\n1. Lê Văn Hùng, Trường Đại học Khoa học", page_title=JOURNAL_HEAD + tail))
    assert fields["title"] == JOURNAL_HEAD


@pytest.mark.parametrize("line", [
    JOURNAL_HEAD + " | Kỳ 2",  # one field: a part's mark, not a page title's pair of fields
    JOURNAL_HEAD + " | Bài viết phân tích vai trò của tổ chức cơ sở đảng trong giai đoạn mới | Tạp chí",  # a sentence
    JOURNAL_HEAD + " | Kết luận. | Tạp chí",  # a field closed by a stop
])
def test_a_line_that_only_looks_like_a_journal_page_title_is_none(line):
    assert not tab_title(line, JOURNAL_HEAD)


# ---------------------------------------------------------------- a journal's dates with two-digit years

@pytest.mark.parametrize("line, day", [
    ("Ngày nhận bài: 02/03/21   Ngày hoàn thiện: 20/03/21   Ngày đăng: 31/03/21", dt.date(2021, 3, 31)),
    ("Ngày nhận bài: 8/9/19 Ngày duyệt đăng: 28/9/19 Ngày xuất bản: 30/9/19", dt.date(2019, 9, 30)),
    ("Ngày đăng: 15/11/22", dt.date(2022, 11, 15)),
])
def test_a_journal_posting_date_with_a_two_digit_year_is_the_date(line, day):
    assert find_date(published_part(line))[0] == day
    fields = fields_of(_journal("Các tác giả\n\n1. Lê Văn Hùng, Trường Đại học Khoa học", dates=line))
    assert fields["date"] == day


@pytest.mark.parametrize("text", [
    "30/09/19",  # no field's label
    "tỷ lệ đạt 30/09/19 chỉ tiêu",
    "Số hiệu: 30/09/19",  # another label
    "Ngày đăng: 30/09/1",  # one digit: no year
    "Ngày đăng: 30/09/195",
])
def test_a_two_digit_year_outside_a_journal_field_is_no_date(text):
    assert all_dates(text) == []


def test_a_posted_and_updated_line_keeps_its_first_date():
    assert published_part("Ngày đăng: 15/05/2025 | Cập nhật: 16/05/2025") == "Ngày đăng: 15/05/2025 | Cập nhật: 16/05/2025"


# ---------------------------------------------------------------- a site's name and breadcrumb glued to the headline

@pytest.mark.parametrize("first", [
    "CoKhiMienDongTin tứcTin tức liên quan" + HEAD,
    "Công ty Điện lực Miền TâyTin tức" + HEAD,
    "Trang chủTin hoạt động" + HEAD,
])
def test_a_breadcrumb_glued_to_the_headline_leaves_the_headline(first):
    fields = fields_of(f"{first}\n{LEAD}\n\n{SECOND}\n")
    assert fields["title"] == HEAD


@pytest.mark.parametrize("text", [
    "Hội thi thợ giỏi nghề cơ khí ngành công thương",  # no glue
    "Tin tứcHội nghị",  # too short to be a headline
    "Khánh thành nhà máy điện mặt trời tại TP.HCM",  # a capital after a stop, not after a small letter
    "iPhone mới ra mắt tại thị trường Việt Nam",  # a glue with no label before it
])
def test_a_line_with_no_glued_breadcrumb_stays_whole(text):
    assert split_glued_breadcrumbs([(1, text)]) == [(1, text)]


# ---------------------------------------------------------------- a repost's source block at the end

@pytest.mark.parametrize("name, host", [
    ("Ngọc Hà", "nangluongvietnam.vn"),
    ("Minh Châu", "https://www.baomau.vn/bai-viet-1.html"),
    ("Trần Văn Bình", "tapchimau.org.vn"),
])
def test_a_name_in_a_source_block_is_the_byline(name, host):
    body = f"{HEAD}\n{LEAD}\n{SECOND}\nNguồn: {HEAD}\n{name}\n{host}\n- Ảnh hưởng của ch\n"
    assert fields_of(body)["author"] == name


@pytest.mark.parametrize("body", [
    # a name under a source field, but no host under it, and a link list after: no block
    f"{HEAD}\n{LEAD}\n{SECOND}\nNguồn: {HEAD}\nNgọc Hà\nBài viết liên quan về công tác Đảng\n- Ảnh hưởng của ch\n",
    # a host under a name, but no source field above: a caption's tail, not a repost's block
    f"{HEAD}\n{LEAD}\n{SECOND}\nẢnh minh họa\nNgọc Hà\nnangluongvietnam.vn\n- Ảnh hưởng của ch\n",
])
def test_a_name_outside_a_source_block_is_no_byline(body):
    assert fields_of(body)["author"] == ""


# ---------------------------------------------------------------- an editor's credit and initials in an author's field

# An editor's credit ("Biên tập viên:Vũ Minh", the space after the colon lost): holdout 26's label took the
# name for the byline as the page's only credit, but the project's rule (the conventions' "Biên tập viên: Lê
# Văn Hòa" and "Biên tập: Trần Hoa" cases, README round 12: "biên tập viên" is a role, not a writer) is that
# whoever edited did not write. The label was changed when holdout 26 moved in (dev 985); these keep the
# rule with the colon glued, and the writer's credit before an editor's still reads.
@pytest.mark.parametrize("line", ["Biên tập viên:Vũ Minh", "Biên tập viên: Lê Thu Trang", "BIÊN TẬP VIÊN:NGỌC ANH",
                                  "Biên tập:Minh Hà", "Ban Biên tập", "Biên tập viên:"])
def test_an_editor_credit_names_no_writer(line):
    assert parse_byline(line) == ()


@pytest.mark.parametrize("line, names", [
    ("Tác giả: Lê Hoa | Biên tập viên:Vũ Minh", ("Lê Hoa",)),
    ("Bài: Trần Bình; Biên tập:Minh Hà", ("Trần Bình",)),
])
def test_the_writer_before_an_editor_credit_is_the_byline(line, names):
    assert parse_byline(line) == names


def test_an_editor_credit_at_the_end_gives_no_byline():
    assert fields_of(f"{HEAD}\n\n{LEAD}\n\n{SECOND}\n\nBiên tập viên:Vũ Minh\n")["author"] == ""


# Initials in an author's field ("Tác giả: N.V.T - Nguồn: ..."): holdout 26's label took them for a byline,
# but the dev set's rule since round 16 (its README, the label change of dev 279; the conventions' Liferay
# case "Tác giả: N.T.H") is that capital initials with no name part are no byline, after a label or not,
# since an office's or an outlet's initials look the same. The label was changed when holdout 26 moved in
# (dev 998); these keep the rule, and a name part joined to an initial still counts.
@pytest.mark.parametrize("line", [
    "Tác giả: N.V.T - Nguồn: BCĐNTM huyện",
    "Tác giả: T.H",
    "Người viết: Đ. T. H",
    "Tác giả:L.T.M | Nguồn: Phòng Văn hóa",
    "N.V.T",
    "Ảnh: N.V.T",
])
def test_initials_with_no_name_part_are_no_byline_even_in_an_author_field(line):
    assert parse_byline(line) == ()


@pytest.mark.parametrize("line, names", [
    ("Tác giả: H.Tr - Nguồn: BCĐNTM huyện", ("H.Tr",)),
    ("Tác giả: T.T. Hà - Nguồn: Phòng Văn hóa", ("T.T. Hà",)),
    ("Tác giả: Nguyễn Văn Tâm - Nguồn: BCĐ huyện", ("Nguyễn Văn Tâm",)),
])
def test_a_name_in_an_author_field_before_a_source_is_the_byline(line, names):
    assert parse_byline(line) == names


def test_a_footer_line_with_initials_and_a_source_gives_no_byline():
    body = f"{HEAD}\n\n{LEAD}\n{SECOND}\nTác giả: N.V.T - Nguồn: BCĐNTM. TH\n"
    assert fields_of(body, "http://xamau.huyenmau.gov.vn/tin-tuc/bai-1")["author"] == ""


# ---------------------------------------------------------------- a one-word pen name in Latin letters

@pytest.mark.xfail(strict=True, reason="a one-word pen name in Latin letters ('Prince') over a comment button looks "
                   "like an interface word ('Share', 'Admin', 'Print'): no general rule tells them apart without "
                   "a list of pen names, so the reader leaves it (the contributor types 'author:')")
def test_a_one_word_latin_pen_name_over_the_comment_button():
    body = f"{HEAD}\n\n12/09/2013 0\n\n{LEAD}\n\n{SECOND}\n\nPrince\nGửi bình luận\n"
    assert fields_of(body)["author"] == "Prince"


# ---------------------------------------------------------------- a company's or a union's letter

def _cited(sentence: str) -> list[str]:
    article = reading(f"{HEAD}\n\n04/11/2014\n\n{sentence}\n\n{SECOND}\n").article
    return [ref.number for ref in extract_references(article, DocumentRegistry([]))]


@pytest.mark.parametrize("sentence", [
    "Thực hiện công văn số 1741/HHVN-KHCN&TT ngày 23/5/2014 của Tổng công ty Hàng hải Việt Nam về việc tuyên truyền.",
    "Thực hiện công văn số 215/TKV-VP ngày 12/3/2020 của Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam.",
    "Căn cứ công văn số 88/CTĐL-TH, ngày 5/6/2019 của Công ty Điện lực tỉnh về việc tổ chức hội thi.",
    "Thực hiện công văn số 45/CĐN-TG của Công đoàn ngành Giao thông về việc tuyên truyền.",
])
def test_a_company_or_union_letter_is_not_cited(sentence):
    assert _cited(sentence) == []


@pytest.mark.parametrize("sentence, number", [
    ("Thực hiện công văn số 808/THA-HC ngày 3/4/2019 của Tổng cục Thi hành án dân sự.", "808/THA-HC"),
    ("Thực hiện công văn số 1234/BGDĐT-GDCT ngày 5/5/2020 của Bộ Giáo dục và Đào tạo.", "1234/BGDĐT-GDCT"),
    ("Thực hiện Kế hoạch số 61-KH/ĐUK ngày 2/3/2019 của Đảng ủy Khối Doanh nghiệp Trung ương.", "61-KH/ĐUK"),
])
def test_a_state_or_party_letter_is_still_cited(sentence, number):
    assert _cited(sentence) == [number]
