"""Writers the variants still missed and a masthead with its slogan below the page's top (issue 13,
conventions round 17), as made-up lines and pages.

A repost credits its writer at the end by one given name ("Theo Phương") or by a pen name whose
second word lost its capital ("Theo Minh hiếu"), and may bracket the whole credit ("(Theo X)")
(`read/theo_given_names.py`, `theo_credits.unbracketed_theo`); an outlet, an agency, a place, a
country, a document or a body stays a source. A site's name over its slogan, pasted under other
chrome, is the site's masthead, not the headline (`read/inner_mastheads.py`). A labelled posting day
after the text is read with its label typed without marks (`read/posted_dates.py`). Every name, page
and address here is made up.
"""
import datetime as dt

import pytest

from made_up_pastes import HEAD, LEAD, MORE, MORE2, fields_of, numbered_lines, paragraphs as paste
from archive.read.bylines import parse_byline
from archive.read.inner_mastheads import inner_masthead
from archive.read.posted_dates import posted_date
from archive.read.theo_given_names import theo_given_name

DATE = "12/03/2024 08:15"
CHROME = "Trang chủ | Giới thiệu | Tin tức | Liên hệ"


# ---- "Theo" + one given name, or a pen name with a small letter, credits a person
@pytest.mark.parametrize("line, names", [
    ("Theo Phương", ("Phương",)),
    ("theo Phương", ("Phương",)),
    ("Theo Phương.", ("Phương",)),
    ("(Theo Phương)", ("Phương",)),
    ("[Theo Hằng]", ("Hằng",)),
    ("Theo Phuong", ("Phuong",)),
    ("Theo Linh", ("Linh",)),
    ("Theo Minh hiếu", ("Minh Hiếu",)),
    ("(Theo Minh hiếu).", ("Minh Hiếu",)),
    ("Theo Hồng nhung", ("Hồng Nhung",)),
    ("Theo Thu hà", ("Thu Hà",)),
    ("Theo Minh hieu", ("Minh Hieu",)),
])
def test_theo_and_a_given_name_credits_a_person(line, names):
    assert theo_given_name(line) == names


@pytest.mark.parametrize("line", [
    "Theo Huế", "Theo Vinh", "Theo Anh", "Theo Nga", "Theo Đức", "Theo Mỹ", "Theo Xuân", "Theo Mai",
    "Theo Thanh niên", "Theo Nhân dân", "Theo Tuổi trẻ", "Theo Công an", "Theo Trung quốc", "Theo Thái lan",
    "Theo Hà nội", "Theo quy định", "Theo Nghị quyết", "Theo Bộ trưởng", "Theo TTXVN", "Theo VOV",
    "THEO PHƯƠNG", "(Theo Phương", "Theo Phương)", "Theo: Phương", "Theo Phương và Hằng",
    "Theo Phương, Hà Nội", "Theo Nguyễn văn",
])
def test_theo_and_a_source_or_anything_else_stays_as_it_is(line):
    assert theo_given_name(line) == ()


# ---- a whole "(Theo X)" line reads as "Theo X"
@pytest.mark.parametrize("line, names", [
    ("(Theo Nguyễn Văn An)", ("Nguyễn Văn An",)),
    ("(theo Nguyễn Văn An)", ("Nguyễn Văn An",)),
    ("[Theo Trần Thị Bình]", ("Trần Thị Bình",)),
    ("(Theo Hồng Phương).", ("Hồng Phương",)),
    ("( Theo Lê Minh Tâm )", ("Lê Minh Tâm",)),
])
def test_a_bracketed_theo_credit_names_its_person(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize("line", [
    "(Theo TTXVN)", "(Theo Thanh Niên)", "(Theo Nghị quyết số 12)", "(Theo Báo Nhân Dân)", "(Theo Thái Lan)",
    "Theo Nguyễn Văn An)", "(Theo quy định của Bộ Y tế, các đơn vị phải báo cáo)",
])
def test_a_bracketed_source_stays_no_byline(line):
    assert parse_byline(line) == ()


@pytest.mark.parametrize("end, author", [
    ("Theo Phương", "Phương"),
    ("(Theo Phương)", "Phương"),
    ("Theo Minh hiếu", "Minh Hiếu"),
    ("(Theo Nguyễn Văn An)", "Nguyễn Văn An"),
])
def test_a_page_credited_at_its_end(end, author):
    found = fields_of(paste(HEAD, DATE, LEAD, MORE, MORE2, end))
    assert found["title"] == HEAD and found["author"] == author


@pytest.mark.parametrize("end", ["Theo Huế", "Theo Thanh niên", "(Theo TTXVN)", "Theo Anh"])
def test_a_page_sourced_at_its_end_has_no_writer(end):
    found = fields_of(paste(HEAD, DATE, LEAD, MORE, MORE2, end))
    assert found["title"] == HEAD and found["author"] == ""


# ---- a site's name over its slogan below the page's top is its masthead
@pytest.mark.parametrize("name, tagline", [
    ("Đất Việt Net", "Trang thông tin tổng hợp - Cập nhật hằng ngày"),
    ("Sông Lam News", "Tin nhanh mỗi ngày - Gần gũi bạn đọc"),
    ("QUÊ NHÀ ONLINE", "Tiếng nói quê hương – Kết nối muôn nơi"),
    ("baoquenha.vn", "Nơi gặp gỡ của những người yêu văn hóa!"),
    ("Phố Hiến TV", "Thông tin địa phương — Đời sống cộng đồng"),
])
def test_a_site_s_name_and_slogan_below_chrome_are_chrome(name, tagline):
    texts = [CHROME, "", "Đăng nhập | Đăng ký", "", name, "", tagline, "", HEAD, "", DATE, "", LEAD]
    assert inner_masthead(texts) == [4, 6]
    found = fields_of(paste(CHROME, "Đăng nhập | Đăng ký", name, tagline, HEAD, DATE, LEAD, MORE))
    assert found["title"] == HEAD


@pytest.mark.parametrize("texts", [
    # a name over a dashed headline and the lead: the headline stays
    [CHROME, "Hà Nội Online", "Hà Nội - mùa thu vàng trên phố cổ", LEAD, MORE],
    # a site's name with no slogan under it
    [CHROME, "Đất Việt Net", HEAD, DATE, LEAD],
    # a slogan with a digit: a headline with its year
    [CHROME, "Đất Việt Net", "Đại hội Đảng bộ - nhiệm kỳ 2025 - 2030", DATE, LEAD],
    # a line that is no site's name over a dashed line
    [CHROME, "Tin tức sự kiện", "Trang thông tin tổng hợp - Cập nhật hằng ngày", HEAD, LEAD],
    # the page's first line: round 10's rule reads it, not this one
    ["Đất Việt Net", "Trang thông tin tổng hợp - Cập nhật hằng ngày", HEAD, DATE, LEAD],
    # below the text's beginning
    [CHROME, LEAD, "Đất Việt Net", "Trang thông tin tổng hợp - Cập nhật hằng ngày", MORE],
])
def test_no_inner_masthead(texts):
    assert inner_masthead(texts) == []


# ---- a posting day after the text under a label typed without marks
@pytest.mark.parametrize("line", [
    "Ngay dang: 23/11/2017", "ngay dang 23/11/2017", "NGAY DANG: 23/11/2017", "Dang ngay 23/11/2017",
    "Cap nhat luc 08:15 ngay 23/11/2017", "Cap nhat: 23/11/2017 08:15", "Ngay cap nhat: 23/11/2017",
    "Xuat ban: 23/11/2017", "(Ngay dang: 23/11/2017)", "Ngày đăng: 23/11/2017",
])
def test_a_posting_label_without_marks_is_read(line):
    assert posted_date(numbered_lines(HEAD, LEAD, line), 1) is not None


@pytest.mark.parametrize("line", [
    "Ngay dang bai hom qua 23/11/2017 tai Ha Noi", "Dang ky truoc 23/11/2017", "Ngay 23/11/2017 hoi nghi khai mac",
    "Cap nhat thong tin den het 23/11/2017 de bao cao",
])
def test_a_sentence_naming_a_day_is_no_posting_label(line):
    assert posted_date(numbered_lines(HEAD, LEAD, line), 1) is None


@pytest.mark.parametrize("end, day", [
    ("Ngay dang: 23/11/2017", dt.date(2017, 11, 23)),
    ("Cap nhat luc 08:15 ngay 08/07/2024", dt.date(2024, 7, 8)),
])
def test_a_page_dated_after_its_text_without_marks(end, day):
    found = fields_of(paste(CHROME, HEAD, LEAD, MORE, MORE2, end))
    assert found["title"] == HEAD and found["date"] == day
