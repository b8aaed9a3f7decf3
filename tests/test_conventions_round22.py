"""The names invented in conventions round 22's variant families, as made-up lines and pages.

A post's first word matched folded ("ban", "so", "bo") must carry its own marks in a line printed with
marks (read/position_lines._post_word, names.POSITION_FIRST_MARKED): "BÀN GIAO ...", "BÁN ĐẤU GIÁ ...",
"Bạn đọc ..." open no post, so the capitals part of a headline before them is no name with its unit
after a comma. A line of virtues parted by commas is a tagline like one parted by dashes
(names.is_slogan, asked by bylines.parse_byline). A short capitals line with no surname right over a
capitals line of a headline's length is the headline's first words (read/capitals_openings.py). Every
name, page and address here is made up.
"""
import pytest

from made_up_pastes import HEAD, LEAD, MORE, MORE2, author_of, fields_of, numbered_lines, paragraphs as paste
from archive.read.bylines import parse_byline
from archive.read.capitals_openings import capitals_run_opening
from archive.read.dash_headlines import headline_after_name
from archive.read.head_bylines import name_over_headline
from archive.read.inner_mastheads import inner_masthead
from archive.read.portrait_captions import headline_writer, is_portrait_caption
from archive.read.position_lines import is_position_line
from archive.read.short_year_lines import short_year_line

NOT_POSTS = [
    ("hand-over", "BÀN GIAO NHÀ TÌNH NGHĨA CHO HỘ NGHÈO"),
    ("auction", "BÁN ĐẤU GIÁ QUYỀN SỬ DỤNG ĐẤT"),
    ("small-letters", "Bàn giao công trình thủy lợi"),
    ("readers", "Bạn đọc Hà Nội"),
    ("number", "Số lượng hồ sơ tăng mạnh"),
]


@pytest.mark.parametrize("case, text", NOT_POSTS, ids=[c for c, _ in NOT_POSTS])
def test_a_word_folding_like_a_posts_opens_no_post(case, text):
    assert not is_position_line(text)


POSTS = [
    ("board", "Ban Tuyên giáo Huyện ủy"),
    ("board-caps", "BAN TUYÊN GIÁO TỈNH ỦY"),
    ("no-marks", "Ban Tuyen giao Huyen uy"),
    ("department", "Sở Văn hóa, Thể thao và Du lịch"),
    ("committee-old-tone", "Uỷ ban nhân dân xã Tân An"),
    ("deputy", "Phó Giám đốc Sở Y tế"),
    ("ministry", "Bộ Quốc phòng"),
]


@pytest.mark.parametrize("case, text", POSTS, ids=[c for c, _ in POSTS])
def test_a_post_with_its_own_marks_or_none_stays_a_post(case, text):
    assert is_position_line(text)


HEADLINE_PARTS = [
    ("hand-over", "KIỂM TRA, BÀN GIAO NHÀ TÌNH NGHĨA CHO HỘ NGHÈO"),
    ("auction", "THẨM ĐỊNH, BÁN ĐẤU GIÁ TÀI SẢN ĐỂ THU HỒI NỢ"),
    ("two-then-sale", "ĐỊNH GIÁ, ĐỊNH LẠI, BÁN ĐẤU GIÁ TÀI SẢN"),
    ("virtues-commas", "ĐOÀN KẾT, DÂN CHỦ, KỶ CƯƠNG, ĐỔI MỚI"),
    ("virtues-small", "Trách nhiệm, Sáng tạo, Hiệu quả"),
]


@pytest.mark.parametrize("case, text", HEADLINE_PARTS, ids=[c for c, _ in HEADLINE_PARTS])
def test_a_headlines_part_in_commas_names_no_one(case, text):
    assert parse_byline(text) == ()


NAMES_WITH_UNITS = [
    ("board", "NGUYỄN VĂN AN, BAN TUYÊN GIÁO HUYỆN ỦY", ("Nguyễn Văn An",)),
    ("small-letters", "Trần Thị Bình, Ban Dân vận Tỉnh ủy", ("Trần Thị Bình",)),
    ("two-names", "Lê Minh, Hồ Thu", ("Lê Minh", "Hồ Thu")),
    ("one-virtue-a-name", "Thân Thiện, Minh Anh", ("Thân Thiện", "Minh Anh")),
]


@pytest.mark.parametrize("case, text, names", NAMES_WITH_UNITS, ids=[c for c, _, _ in NAMES_WITH_UNITS])
def test_names_with_a_unit_or_each_other_stay_names(case, text, names):
    assert parse_byline(text) == names


OPENINGS = [
    ("two-words", "ĐẠO ĐỨC", "HỒ CHÍ MINH Ở XÃ TÂN AN NĂM 2024"),
    ("three-words", "TINH THẦN VƯỢT KHÓ", "CỦA THẦY TRÒ TRƯỜNG VÙNG CAO BIÊN GIỚI"),
    ("no-marks", "GIU GIN", "NET DEP VAN HOA CUA NGUOI VUNG CAO"),
]


@pytest.mark.parametrize("case, line, below", OPENINGS, ids=[c for c, _, _ in OPENINGS])
def test_a_short_capitals_line_over_a_capitals_headline_opens_it(case, line, below):
    assert capitals_run_opening(numbered_lines("Video", line, below), 1)


KEPT_OPENINGS = [
    ("full-name", ("NGUYỄN VĂN AN", "HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM 2024"), 0),
    ("blank-between", ("ĐẠO ĐỨC", "", "HỒ CHÍ MINH Ở XÃ TÂN AN NĂM 2024"), 0),
    ("short-below", ("ĐẠO ĐỨC", "HỒ CHÍ MINH"), 0),
    ("small-letters", ("Đạo Đức", "HỒ CHÍ MINH Ở XÃ TÂN AN NĂM 2024"), 0),
    ("unit-below", ("MINH ANH", "BAN TUYÊN GIÁO HUYỆN ỦY TÂN AN"), 0),
    ("no-marks-surname", ("DAO DUC", "HO CHI MINH O XA TAN AN NAM 2024"), 0),  # "Đào Đức", folded
    ("headline-long", ("HỘI NGHỊ SƠ KẾT CÔNG TÁC", "XÂY DỰNG ĐẢNG SÁU THÁNG ĐẦU NĂM"), 0),
]


@pytest.mark.parametrize("case, lines, index", KEPT_OPENINGS, ids=[c for c, _, _ in KEPT_OPENINGS])
def test_a_name_over_no_capitals_headline_is_no_opening(case, lines, index):
    numbered = [(n, text) for n, text in numbered_lines(*lines) if text]
    assert not capitals_run_opening(numbered, index)


HEAD_TOP = "GƯƠNG SÁNG HỌC TẬP VÀ LÀM THEO TẤM GƯƠNG"


@pytest.mark.parametrize("label", ["Video", "Hà Nội", "admin"])
def test_a_capitals_headline_broken_by_a_label_gives_no_writer(label):
    body = "\n".join([HEAD_TOP, label, "ĐẠO ĐỨC", "HỒ CHÍ MINH Ở CÔNG TY CẤP NƯỚC TÂN AN", "", LEAD, "", MORE, "", MORE2])
    assert author_of(body) == ""


def test_a_capitals_headline_part_after_a_colon_gives_no_writer():
    body = "\n".join(["HỘI NÔNG DÂN XÃ TÂN AN:", "KIỂM TRA, BÀN GIAO NHÀ TÌNH NGHĨA CHO HỘ NGHÈO", "", LEAD, "", MORE, "",
                      MORE2, "", "Nguyễn Văn An"])
    assert author_of(body) == "Nguyễn Văn An"


# ---- a blog's masthead in initials over its "&" line, below a login bar or a clock: chrome, no writer
BLOG_TOPS = [
    ("login-bar", "Đăng nhập | Đăng ký"),
    ("clock", "Thứ Hai, 01/01/2024 08:00"),
    ("site-name", "Quê Nhà News"),
]
BLOG_HEAD = "Những ngày mưa lũ ở miền Trung năm ấy vẫn còn in đậm trong ký ức"


@pytest.mark.parametrize("case, top", BLOG_TOPS, ids=[c for c, _ in BLOG_TOPS])
@pytest.mark.parametrize("name, joined", [("T.Bình", "& Bạn Hữu"), ("H. Lam", "& Thân Hữu")])
def test_a_blogs_masthead_below_other_chrome_names_no_writer(case, top, name, joined):
    body = paste(top, name, joined, "Văn Học và Đời Sống", BLOG_HEAD, LEAD, MORE, MORE2)
    found = fields_of(body)
    assert found["title"] == BLOG_HEAD
    assert found["author"] == ""


def test_inner_masthead_takes_the_blogs_block_and_stops_at_the_headline():
    texts = ["Đăng nhập | Đăng ký", "T.Bình", "", "& Bạn Hữu", "", "Văn Học và Đời Sống", "", BLOG_HEAD, "", LEAD]
    assert inner_masthead(texts) == [1, 3, 5]


@pytest.mark.parametrize("second", ["Bạn Hữu", "& những người bạn cùng đi qua năm tháng khó khăn ở miền Trung"])
def test_a_short_name_over_no_blogs_and_line_is_no_masthead(second):
    texts = ["Đăng nhập | Đăng ký", "T.Bình", second, BLOG_HEAD, LEAD]
    assert inner_masthead(texts) == []


# ---- a headline's comma part holding a day is no post after a name
@pytest.mark.parametrize("text", [
    "ĐIỀU KIỆN, THỦ TỤC MỞ VĂN PHÒNG LUẬT SƯ, TỪ 01/07/2025",
    "Hồ sơ, Thủ tục đăng ký kinh doanh áp dụng từ 15/05/2024",
    "QUY TRÌNH, THỦ TỤC CẤP PHÉP XÂY DỰNG MỚI NHẤT 01.01.2025",
])
def test_a_comma_part_with_a_day_is_a_headlines_not_a_post(text):
    assert parse_byline(text) == ()


@pytest.mark.parametrize("text, names", [
    ("Nguyễn Văn An, Thủ trưởng đơn vị", ("Nguyễn Văn An",)),
    ("Lê Bình, Trường THPT số 2", ("Lê Bình",)),
    ("TRẦN HÀ, BAN TUYÊN GIÁO HUYỆN ỦY", ("Trần Hà",)),
])
def test_a_name_and_its_post_with_no_day_stays_a_name(text, names):
    assert parse_byline(text) == names


# ---- "Name - headline": in capitals opening with a count, or with the page's day after it
@pytest.mark.parametrize("text", [
    "SÔNG QUÊ - 40 NĂM MỘT DÒNG CHẢY TRUYỆN NGẮN",
    "HÀ TIÊN - 10 ĐIỂM ĐẾN KHÔNG THỂ BỎ QUA MÙA HÈ",
    "Sông Quê - 40 năm một dòng chảy truyện ngắn - 16/06/2023",
    "Hà Tiên – 10 điểm đến không thể bỏ qua mùa hè – 01-07-2024",
])
def test_a_name_then_a_headline_is_a_headline(text):
    assert headline_after_name(text)


@pytest.mark.parametrize("text", [
    "MINH ANH - PHÓ BÍ THƯ ĐẢNG ỦY XÃ TÂN AN",
    "THU HÀ - TRUNG TÂM VĂN HÓA THỂ THAO HUYỆN",
    "MINH ANH - NGUYỄN THU HÀ - LÊ BÌNH AN",
    "Minh Anh - Phó Bí thư Đảng ủy xã - 12/03/2024",
])
def test_a_name_then_a_post_or_names_is_no_headline(text):
    assert not headline_after_name(text)


@pytest.mark.parametrize("line", ["SÔNG QUÊ - 40 NĂM MỘT DÒNG CHẢY TRUYỆN NGẮN",
                                  "Sông Quê - 40 năm một dòng chảy truyện ngắn - 16/06/2023"])
def test_a_name_headline_over_the_writer_gives_the_writer(line):
    body = paste("Giá sách Sông Quê", "40 năm thành lập tạp chí Sông Quê", line, "15:05 | 16/06/2023",
                 "LÊ MINH TUẤN", LEAD, MORE, MORE2)
    assert author_of(body) == "Lê Minh Tuấn"


# ---- a name printed twice under the page's clock: the site's logo, no writer
@pytest.mark.parametrize("name", ["Mã Trường", "Hoàng Giang Hà Đông", "Quang Huy"])
def test_a_name_printed_twice_under_the_clock_is_no_byline(name):
    lines = numbered_lines("Thứ Hai, 01/01/2024 08:00", name, name, HEAD, LEAD)
    assert not name_over_headline(lines, 1, 3, 4)
    assert author_of(paste("Thứ Hai, 01/01/2024 08:00", name, name, HEAD, LEAD, MORE, MORE2)) == ""


@pytest.mark.parametrize("name", ["Quang Huy", "Nguyễn Minh An"])
def test_a_name_printed_once_under_the_clock_may_still_be_the_byline(name):
    assert name_over_headline(numbered_lines("Thứ Hai, 01/01/2024 08:00", name, HEAD, LEAD), 1, 2, 3)


# ---- a headline crediting its writer by genre, a day after the credit: his portrait's caption is no byline
@pytest.mark.parametrize("title", [
    "Mùa xuân nơi biên giới – Ký của Lê Văn Tâm ngày 23/11/2017",
    "Mùa xuân nơi biên giới – Ký của Lê Văn Tâm 23/11/2017",
    "Mùa xuân nơi biên giới - Truyện ngắn của Lê Văn Tâm",
])
def test_the_headlines_credited_writer_is_read_before_a_day(title):
    assert headline_writer(title) == "le van tam"
    assert is_portrait_caption("Nhà văn Lê Văn Tâm", title)


@pytest.mark.parametrize("title", [
    "Mùa xuân – Ký của Lê Văn Tâm ngày 23/11/2017 ở đồn biên phòng",  # the credit and its day do not close it
    "Mùa xuân nơi biên giới ngày 23/11/2017",  # no credit
])
def test_no_credit_closing_the_headline_reads_no_writer(title):
    assert headline_writer(title) == ""


# ---- a bare day with a two-digit year under the headline's sapo (a video page's head)
SAPO = ("(PV) - Với chức năng giám sát và phản biện xã hội, thời gian qua, hệ thống Mặt trận các cấp đã góp phần "
        "quan trọng vào công tác xây dựng Đảng và chính quyền ở cơ sở trong cả nước.")


@pytest.mark.parametrize("day, whole", [("02/01/23", "02/01/2023"), ("26.11.20", "26.11.2020"), ("4-8-13", "4-8-2013")])
def test_a_short_year_day_under_the_headlines_sapo_is_a_date(day, whole):
    assert short_year_line(numbered_lines(HEAD, SAPO, day, "Nguồn: VOV"), 2) == whole
    assert short_year_line(numbered_lines(HEAD, SAPO, day, "Thời sự", MORE), 2) == whole  # the section under it
    assert short_year_line(numbered_lines(HEAD, SAPO, day, "3.073 lượt xem", MORE), 2) == whole
    assert short_year_line(numbered_lines(HEAD, SAPO, "Nhóm PV", day, "Xem tiếp"), 3) == whole  # a byline between


def test_a_short_year_day_under_the_sapo_dates_the_page():
    found = fields_of(paste(HEAD, SAPO, "02/01/23", "Nguồn: VOV", MORE, MORE2))
    assert found["title"] == HEAD and str(found["date"]) == "2023-01-02"


@pytest.mark.parametrize("lines, index", [
    ((HEAD, LEAD, SAPO, "02/01/23", MORE2), 3),  # two paragraphs between: a figure in the text
    (("Xem thêm", SAPO, "02/01/23", MORE2), 2),  # no headline over the paragraph
    ((HEAD, "Video", SAPO, "02/01/23", MORE2), 3),  # a short line over the paragraph: no sapo under the headline
    ((HEAD, SAPO, "Tỷ số 02/01/23", MORE2), 2),  # not a whole line
    ((HEAD, SAPO, "02/01/23", MORE2), 2),  # a paragraph under it too: a figure between paragraphs
    ((HEAD, SAPO, "02/01/23"), 2),  # the paste's last line (round 19's near-miss)
])
def test_a_short_year_figure_elsewhere_is_no_date(lines, index):
    assert short_year_line(numbered_lines(*lines), index) is None


# ---- a page's bare date line over a document's dateline in words: the page's day
LETTERHEAD = ("HỘI NÔNG DÂN TỈNH BÌNH AN", "BAN THƯỜNG VỤ")
DOC_HEAD = "Đề cương tuyên truyền kết quả Đại hội Đại biểu Hội Nông dân tỉnh Bình An lần thứ X"


@pytest.mark.parametrize("page_day", ["28/10/2021", "28-10-2021", "October 28, 2021", "28/10/21"])
def test_a_pages_date_line_over_a_documents_dateline_dates_the_page(page_day):
    body = paste(DOC_HEAD, page_day, *LETTERHEAD, "Bình An, ngày 25 tháng 10 năm 2021", LEAD, MORE, MORE2)
    assert str(fields_of(body)["date"]) == "2021-10-28"


def test_a_documents_dateline_alone_still_dates_the_page():
    body = paste(DOC_HEAD, *LETTERHEAD, "Bình An, ngày 25 tháng 10 năm 2021", LEAD, MORE, MORE2)
    assert str(fields_of(body)["date"]) == "2021-10-25"


def test_a_dateline_printed_before_another_bare_date_keeps_its_day():
    body = paste(DOC_HEAD, *LETTERHEAD, "Bình An, ngày 25 tháng 10 năm 2021", "30/10/2021", LEAD, MORE, MORE2)
    assert str(fields_of(body)["date"]) == "2021-10-25"

