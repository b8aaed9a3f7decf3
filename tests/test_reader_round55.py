"""Round 55 (issue 13), on made-up text: Markdown's marks kept in a paste, a reviewer's credit under the
headline, a menu in dashes over it, a slogan or a banner's call over it.

A paste copied from a page's Markdown or a reader view keeps "# " before its headline, "## " before the
writer's post line and "*...*" round its lead: the head is weighed without them (read/markdown_marks.py),
the body stays as pasted. A reviewer's or an editor's credit ("Bài viết được thẩm định bởi X", "Tham vấn
y khoa: BS. X") is no title and no byline (read/reviewer_credits.py). A long run of menu rows in dashes
over the headline is dropped before the head is weighed (read/dash_menus.py). A short slogan the slug spells
none of, over the line it names, is no title (read/slug_slogans.py). A banner's short call ending "!" over a
title-case headline does not end the head (read/banner_calls.py).
"""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.banner_calls import banner_call
from archive.read.dash_menus import dash_menu_off, dash_row
from archive.read.markdown_marks import unmark, unmark_head
from archive.read.reviewer_credits import reviewer_credit
from archive.read.slug_slogans import slogan_over
from archive.read.slugs import slug_words
from made_up_pastes import fields_of, numbered_lines, paragraphs, title_of

_HEAD = "Những điều cần biết khi chọn mua đèn bàn học cho trẻ nhỏ"
_DATE = "Ngày 05 Tháng 06, 2022"
_LEAD = ("Chọn đèn bàn học cho trẻ không chỉ là chọn một món đồ đẹp: ánh sáng đủ, không nhấp nháy và đặt đúng "
         "chỗ giúp trẻ đỡ mỏi mắt, ngồi đúng tư thế và giữ thói quen học tập tốt trong nhiều năm liền.")
_MORE = ("Theo các chuyên gia, đèn nên có độ sáng khoảng 500 lux ở mặt bàn, ánh sáng trung tính và chao đèn che "
         "kín bóng, để trẻ không nhìn thẳng vào nguồn sáng khi cúi xuống đọc sách hay viết bài.")


@pytest.mark.parametrize("marked", [f"# {_HEAD}", f"## {_HEAD}", f"###   {_HEAD}", f"*{_HEAD}*",
                                    f"**{_HEAD}**", f"***{_HEAD}***", f"_{_HEAD}_", f"# **{_HEAD}**"])
def test_a_marked_line_is_weighed_without_its_marks(marked: str) -> None:
    assert unmark(marked) == _HEAD
    assert title_of(paragraphs(marked, _DATE, _LEAD, _MORE)) == _HEAD
    assert title_of(f"{marked}\n{_LEAD}\n{_MORE}\n") == _HEAD  # no blank lines


@pytest.mark.parametrize("text", [
    "#MeToo lan rộng", "#GiaoDuc #TreEm", "****", "______", "*", "5 * 3 = 15", "**Lưu ý:** đèn cần chao",
    "Số #1 về đèn học", "_tên_tệp.txt là gì"])
def test_near_misses_keep_their_marks(text: str) -> None:
    assert unmark(text) == text


def test_the_body_keeps_its_marks() -> None:
    lines = numbered_lines(f"# {_HEAD}", _LEAD, "## Chọn ánh sáng", "*Ghi chú của người viết*")
    assert unmark_head(lines) == [(1, _HEAD), (2, _LEAD), (3, "## Chọn ánh sáng"), (4, "*Ghi chú của người viết*")]


@pytest.mark.parametrize("post, day", [
    ("## nusy (28/7/18)", dt.date(2018, 7, 28)), ("## mai_anh92 (3/12/2021)", dt.date(2021, 12, 3)),
    ("### lan.nguyen ( 05-06-19 )", dt.date(2019, 6, 5)), ("# admin (1.2.2020)", dt.date(2020, 2, 1))])
def test_a_marked_post_line_gives_its_date_and_no_byline(post: str, day: dt.date) -> None:
    found = fields_of(paragraphs(f"# {_HEAD}", post, f"*{_LEAD}*", _MORE))
    assert (found["title"], found["date"], found["author"]) == (_HEAD, day, "")
    assert found["lead"] == _LEAD


def test_a_proper_name_on_a_marked_post_line_stays_a_line() -> None:
    assert unmark_head(numbered_lines("## Trần Văn Minh (28/7/18)", _LEAD)) == [
        (1, "Trần Văn Minh"), (1, "28/07/2018"), (2, _LEAD)]


@pytest.mark.parametrize("text", ["## Kết quả (28/7/18 - 30/7/18)", "## Mục 2 (32/7/18)", "## Ngày (28/13/18)"])
def test_near_miss_post_lines_are_only_unmarked(text: str) -> None:
    assert unmark_head(numbered_lines(text)) == [(1, text[3:])]


@pytest.mark.parametrize("credit", [
    "Bài viết được thẩm định bởi Bác sĩ Khúc xạ Nhãn khoa Trần Văn A",
    "BÀI VIẾT ĐƯỢC KIỂM DUYỆT BỞI BS. LÊ THỊ B", "bai viet duoc tham dinh boi ThS. Nguyen Van C",
    "Nội dung được kiểm duyệt chuyên môn bởi PGS.TS Phạm D", "Tham vấn y khoa: ThS. BS. Hoàng Văn E",
    "Tham van y khoa : BS Ngo Thi F", "Kiểm duyệt bởi Dược sĩ Vũ G", "Biên tập: Minh Hà",
    "Biên tập viên: Hoàng Minh", "Cố vấn chuyên môn: TS. Đỗ H", "Medically reviewed by Dr. Anna Lee"])
def test_a_reviewers_credit_is_no_title_and_no_byline(credit: str) -> None:
    assert reviewer_credit(credit)
    found = fields_of(paragraphs(_HEAD, credit, _DATE, _LEAD, _MORE))
    assert (found["title"], found["author"]) == (_HEAD, "")


@pytest.mark.parametrize("text", [
    "Thẩm định giá đất: những điều cần biết", "Tham vấn y khoa: khi nào cần gặp bác sĩ?",
    "Dự án được thẩm định bởi Bộ Xây dựng", "Biên tập sách giáo khoa mới: cần công khai",
    "Kiểm duyệt nội dung trên mạng xã hội ngày càng khó", "Biên tập viên truyền hình kể chuyện nghề"])
def test_near_misses_are_no_reviewers_credit(text: str) -> None:
    assert not reviewer_credit(text)


_MENU = ["- Hành chính", "- Thuế - Phí - Lệ Phí", "-", "Án lệ", "– Bất động sản", "Chủ đề nổi bật",
         "- Cư trú (234)", "- Biển số xe (1.225)", "— Căn cước công dân (15)", "- dan su (26)"]
_QUESTION = "Đèn bàn học loại nào tốt? Cách chọn đèn bàn học cho trẻ nhỏ đúng chuẩn năm 2025"


@pytest.mark.parametrize("menu", [_MENU, _MENU[:5] + _MENU[6:], [row.upper() for row in _MENU]])
def test_a_menu_in_dashes_over_the_headline_is_dropped(menu: list[str]) -> None:
    assert title_of("\n".join(menu + ["- Mục khác"] * 15 + [_QUESTION, _LEAD, _MORE]) + "\n") == _QUESTION
    kept, dropped = dash_menu_off(numbered_lines(*menu, _HEAD, _LEAD))
    assert [text for _, text in kept] == [_HEAD, _LEAD] and len(dropped) == len(menu)


@pytest.mark.parametrize("text", ["- Bước 1: chuẩn bị.", "Hành chính", "- Đèn cần sáng đủ, không nhấp nháy, đặt bên trái tay viết của trẻ em nhỏ",
                                  "-- 5 --"[3:]])  # round 92: a bullet opens a row as a dash does ("• Hà Nội 27°C")
def test_near_miss_rows(text: str) -> None:
    assert not dash_row(text)


def test_a_short_list_or_points_under_the_headline_stay() -> None:
    short = numbered_lines("- Hành chính", "- Dân sự", "- Hình sự", "- Thuế", _HEAD, _LEAD)
    assert dash_menu_off(short) == (short, [])
    points = numbered_lines(_HEAD, _LEAD, "- Đèn sáng", "- Chao kín", "- Ánh sáng vàng", "- Có hẹn giờ", "- Gọn nhẹ", _MORE)
    assert dash_menu_off(points) == (points, [])  # under the first paragraph: the article's own list
    apart = numbered_lines("- Hành chính", "- Dân sự", "- Hình sự", "- Thuế", "- Đất đai", "Sự kiện", _LEAD)
    assert dash_menu_off(apart) == (apart, [])  # no headline under the run


_SLUG_URL = "https://vidu.vn/cach-chon-den-ban-hoc-cho-tre-nho-dung-chuan-1234.html"
_SLUG_HEAD = "Cách chọn đèn bàn học chống cận cho trẻ nhỏ đúng chuẩn"


@pytest.mark.parametrize("slogan", ["Tinh hoa của thời đại", "UY TÍN TẠO NÊN THƯƠNG HIỆU", "Sống xanh mỗi ngày",
                                    "Niem tin cua moi gia dinh Viet"])
def test_a_slogan_the_slug_does_not_spell_is_no_title(slogan: str) -> None:
    assert slogan_over(slogan, _SLUG_HEAD, slug_words(_SLUG_URL))
    assert title_of(paragraphs(slogan, _SLUG_HEAD, _LEAD, _MORE), url=_SLUG_URL) == _SLUG_HEAD


@pytest.mark.parametrize("first, under", [
    ("Đèn học cho trẻ", _SLUG_HEAD),  # the slug spells a word of it: a short headline
    ("Top 10 mẫu đèn đẹp", _SLUG_HEAD),  # a number: a headline's fact
    ("Tinh hoa của thời đại", "Giá vàng hôm nay tăng mạnh trên thị trường thế giới"),  # the slug names no line under it
    ("Hành trình gìn giữ nghề gốm truyền thống của làng", _SLUG_HEAD)])  # too long for a slogan
def test_near_misses_are_no_slogan(first: str, under: str) -> None:
    assert not slogan_over(first, under, slug_words(_SLUG_URL))


_TITLE_CASE = "Hồ Cá Koi Thủy Sinh: Tìm Hiểu Tất Cả Về Hồ Cá Koi Và Cách Chăm Sóc"


@pytest.mark.parametrize("call", ["Tư vấn 1-1 cùng Giảng Viên ngay!", "Đăng ký ngay hôm nay!", "GOI NGAY DE DUOC TU VAN!",
                                  "Nhận ưu đãi 50% ngay !"])
def test_a_banners_call_over_a_title_case_headline_does_not_end_the_head(call: str) -> None:
    lines = numbered_lines("khóa học lập trình, khóa học thiết kế", "Có phù hợp với bạn?", call, _TITLE_CASE, _LEAD)
    assert banner_call(lines, 2)
    assert title_of(paragraphs(*[text for _, text in lines], _MORE)) == _TITLE_CASE


@pytest.mark.parametrize("call, under", [
    ("Tư vấn ngay!", _HEAD),  # a sentence-case line under it: no title-case headline
    ("Tư vấn ngay!", _LEAD),  # a paragraph under it
    ("Một mùa giải không thể nào quên của những người hâm mộ bóng đá cả nước!", _TITLE_CASE),  # too long for a call
    ("Tư vấn ngay.", _TITLE_CASE)])  # no "!"
def test_near_misses_are_no_banner_call(call: str, under: str) -> None:
    assert not banner_call(numbered_lines(call, under, _LEAD), 0)


@pytest.mark.parametrize("marked", ["# Không phải tiêu đề", "## Mục hai của bài", "**Chú thích đậm của bài**",
                                    "*nghiêng trong bài*", "### 3. Phần ba"])
def test_a_marked_line_in_the_text_keeps_its_marks(marked):
    """The marks come off the head's lines only to weigh them: a marked line that is the article's text
    stays as pasted (the hostile-input promise: what a contributor pasted is shown, escaped, as written)."""
    body = paragraphs("Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2024", "Thứ Hai, 01/06/2020",
                      "Sáng nay, hội nghị đã diễn ra tại hội trường lớn của thành phố.", marked,
                      "Các đại biểu đã thảo luận về những kết quả đạt được trong năm qua và đề ra phương hướng, "
                      "nhiệm vụ trọng tâm cho năm tới với nhiều chỉ tiêu cụ thể về công tác cán bộ.")
    found = fields_of(body)
    assert found["title"] == "Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2024"
    assert marked in [block.text for block in found["blocks"]]
