"""Round 37 (holdout 36's kinds), on made-up pastes: an author and a translator on one line, the role
label left out and a bar parting them ("Cư Sĩ A | Cư Sĩ B, Việt Dịch"), under a headline whose glued
footnote mark ("...(1)") leaves the title; a reporter and his outlet joined by a slash ("X/Viễn Đông");
a one-word name after "bởi"; a newsletter's issue line over the headline, its kicker; a date glued to a
rating's figures ("06/04/20235.3220") near the top, and a post's tags under their label above it.
Near-misses stay as they are: a bar with no role, a headline's "dịch" (an epidemic), a role in small
letters with no name; a spaced "(2)"; a second writer after a slash, a section's capitals; "bởi vì",
"bởi các đơn vị", "bởi Admin", a place; an issue line with no headline under it, a headline naming a
year; a date glued to one figure or to words, a date far down the page; a headline under a tag label."""
import datetime as dt

import pytest

from archive.read.by_names import by_one_word
from archive.read.bylines import parse_byline
from archive.read.headline import clean_headline
from archive.read.issue_lines import is_issue_line
from archive.read.newsletter_issues import issues_over_headlines, newsletter_issue
from archive.read.outlet_slashes import outlet_after_reporter
from archive.read.rating_dates import split_rating_dates
from archive.read.tag_lists import tag_lists
from archive.read.translator_credits import role_off, translated_credit
from made_up_pastes import fields_of, numbered_lines, paragraphs

HEAD = "Ý nghĩa của giới luật trong đời sống người tu học"
LEAD = ("Người học Phật đều biết rằng giới luật là nền tảng của mọi pháp môn tu tập, là con đường đưa hành giả "
        "vượt qua phiền não, như lời dạy của chư Tổ vẫn còn truyền lại đến ngày nay.")
SECOND = "Bài viết này trình bày những điểm chính của giới luật theo các bộ luật được lưu truyền."


# ---------------------------------------------------------------- an author and a translator on one line

@pytest.mark.parametrize("line, names", [
    ("Cư Sĩ Trần Hải | Cư Sĩ Minh Tâm, Việt Dịch", ("Cư Sĩ Trần Hải", "Cư Sĩ Minh Tâm")),
    ("Cư sĩ Trần Hải | Cư sĩ Minh Tâm, việt dịch", ("Cư sĩ Trần Hải", "Cư sĩ Minh Tâm")),
    ("Trần Hải | Lê Minh Tâm - dịch", ("Trần Hải", "Lê Minh Tâm")),
    ("Trần Hải|Lê Minh Tâm (biên dịch)", ("Trần Hải", "Lê Minh Tâm")),
    ("Trần Hải - Lê Minh Tâm dịch", ("Trần Hải", "Lê Minh Tâm")),
    ("Trần Hải, Lê Minh Tâm, chuyển ngữ", ("Trần Hải", "Lê Minh Tâm")),
    ("TRẦN HẢI | LÊ MINH TÂM, LƯỢC DỊCH", ("Trần Hải", "Lê Minh Tâm")),
    ("Lê Minh Tâm lược dịch", ("Lê Minh Tâm",)),
    ("Dịch giả: Lê Minh Tâm", ("Lê Minh Tâm",)),
    ("Cư Sĩ Minh Tâm", ("Cư Sĩ Minh Tâm",)),
])
def test_an_author_and_a_translator_are_both_bylines(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize("line", [
    "Trần Hải | Lê Minh Tâm",  # a bar with no role: a table's or a menu's, as before
    "Phòng Chống Dịch",  # an epidemic, in a headline's capitals
    "PHÒNG CHỐNG DỊCH COVID-19",
    "Tin tức | Phòng chống dịch",
    "Công tác phòng chống dịch",
    "dịch",
])
def test_a_bar_or_a_dich_with_no_translator_stays(line):
    assert parse_byline(line) == ()


@pytest.mark.parametrize("text, out", [
    ("Trần Hải | Lê Minh Tâm, Việt Dịch", "Trần Hải - Lê Minh Tâm"),
    ("Trần Hải | Lê Minh Tâm", "Trần Hải | Lê Minh Tâm"),
    ("Trần Hải | Lê Minh Tâm (chuyển ngữ)", "Trần Hải - Lê Minh Tâm"),
])
def test_translated_credit(text, out):
    assert translated_credit(text) == out


def test_a_role_alone_is_no_credit():
    assert role_off(", Việt Dịch") == (", Việt Dịch", False)
    assert role_off("Phòng Chống Dịch") == ("Phòng Chống Dịch", False)


@pytest.mark.parametrize("credit, names", [
    ("Cư Sĩ Trần Hải | Cư Sĩ Minh Tâm, Việt Dịch", "Cư Sĩ Trần Hải - Cư Sĩ Minh Tâm"),
    ("Trần Hải | Lê Minh Tâm dịch", "Trần Hải - Lê Minh Tâm"),
    ("Trần Hải – Lê Minh Tâm (chuyển ngữ)", "Trần Hải - Lê Minh Tâm"),
])
@pytest.mark.parametrize("mark", ["(1)", "[1]", "(*)", "(12)"])
def test_the_credit_line_under_a_marked_headline(credit, names, mark):
    found = fields_of(paragraphs("Trang chủ > Phật học", HEAD + mark, credit, LEAD, SECOND))
    assert found["title"] == HEAD
    assert found["author"] == names


@pytest.mark.parametrize("headline, kept", [
    ("Bảy Chúng Và Giới Luật(1)", "Bảy Chúng Và Giới Luật"),
    ("Bảy Chúng Và Giới Luật[2]", "Bảy Chúng Và Giới Luật"),
    ("BẢY CHÚNG VÀ GIỚI LUẬT(1)", "BẢY CHÚNG VÀ GIỚI LUẬT"),
    ("Kỳ họp thứ nhất (2)", "Kỳ họp thứ nhất (2)"),  # spaced: a part's number
    ("Kết quả năm 2024(1)", "Kết quả năm 2024(1)"),  # after a figure: no note's mark known
    ("Tổng kết giai đoạn (2020-2025)", "Tổng kết giai đoạn (2020-2025)"),
])
def test_a_glued_footnote_mark_leaves_the_headline(headline, kept):
    assert clean_headline(headline)[0] == kept


# ---------------------------------------------------------------- a reporter and his outlet by a slash

@pytest.mark.parametrize("line, names", [
    ("Thanh Hải/Viễn Đông", ("Thanh Hải",)),
    ("Thanh Hải / Viễn Đông", ("Thanh Hải",)),
    ("Thanh Hải/Người Việt", ("Thanh Hải",)),
    ("Nguyễn Văn Bình/Sài Gòn Nhỏ", ("Nguyễn Văn Bình",)),
    ("NGUYỄN VĂN BÌNH/Thời Báo", ("Nguyễn Văn Bình",)),
    ("Thanh Hải/VnExpress", ("Thanh Hải",)),
    ("Thanh Hải/TTXVN", ("Thanh Hải",)),  # a source tag, as before
    ("Thanh Hải / Báo Viễn Đông", ("Thanh Hải",)),  # a paper by its word, as before
])
def test_the_name_before_an_outlets_slash_is_the_byline(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize("line", [
    "Thanh Hải/Hoàng Long",  # a second writer, surname first
    "Thanh Hải/Linh",  # one Vietnamese word: a writer maybe
    "Tin tức/Sự kiện",
    "Thời Sự/Chính Trị",
    "Thanh Hải/2024",
    "Văn hóa/Xã hội/Giáo dục",
])
def test_a_slash_before_no_outlet_stays(line):
    assert parse_byline(line) == ()


def test_outlet_after_reporter_wants_a_name_before():
    assert outlet_after_reporter("Thanh Hải", "Viễn Đông")
    assert not outlet_after_reporter("tin tức", "Viễn Đông")
    assert not outlet_after_reporter("Thanh Hải", "VIỄN ĐÔNG")  # capitals: a section's
    assert not outlet_after_reporter("Thanh Hải", "Viễn Đông số 5")


def test_a_reporters_slash_under_the_headline():
    found = fields_of(paragraphs(HEAD, "Thanh Hải/Viễn Đông", LEAD, SECOND))
    assert found["title"] == HEAD and found["author"] == "Thanh Hải"


# ---------------------------------------------------------------- a name after "bởi"

@pytest.mark.parametrize("line, name", [
    ("bởi Linh", "Linh"),
    ("Bởi Linh", "Linh"),
    ("bởi: Quỳnh", "Quỳnh"),
    ("Đăng bởi Hà", "Hà"),
    ("Được viết bởi TUẤN", "Tuấn"),
    ("boi Linh", "Linh"),
    ("bởi Linh.", "Linh"),
])
def test_one_word_after_by_is_the_writer(line, name):
    assert by_one_word(line) == name
    assert parse_byline(line) == (name,)


@pytest.mark.parametrize("line, names", [
    ("Bởi: Nguyễn Văn An", ("Nguyễn Văn An",)),
    ("bởi Linh Anh", ("Linh Anh",)),
    ("Đăng bởi Trần Minh", ("Trần Minh",)),
])
def test_more_words_after_by_as_before(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize("line", [
    "bởi vì", "Bởi Vì", "Bởi Vậy", "bởi các đơn vị", "bởi Admin", "bởi admin", "Đăng bởi: PV", "bởi Huế",
    "bởi linh", "bởi 2024", "Bởi Vì Sao", "bởi Linh, người đã viết về câu lạc bộ từ những ngày đầu",
])
def test_by_before_no_name_stays(line):
    assert by_one_word(line) == ""
    assert parse_byline(line) == ()


@pytest.mark.parametrize("by", ["bởi Linh", "Bởi: Linh", "Đăng bởi Linh"])
def test_by_a_given_name_under_a_repeated_headline(by):
    found = fields_of(paragraphs("Trang chủ Tin tức" + HEAD, HEAD, by, LEAD, SECOND))
    assert found["title"] == HEAD and found["author"] == "Linh"


# ---------------------------------------------------------------- a newsletter's issue line

@pytest.mark.parametrize("line", [
    "Lá thư Làng Sen 37 – 2014", "Lá thư Làng Sen 37 - 2014", "LÁ THƯ LÀNG SEN 37 — 2014", "la thu lang sen 37 - 2014",
    "Bản tin số 12/2020", "Bản tin số 12 - 2020", "Tập san Hiệp Hòa số 88, 2015", "Nội san Kỳ 5 - tháng 3/2021",
    "Đặc san Hướng Việt số 3 (2019)", "Bản Tin Giáo Xứ số 120 năm 2022",
])
def test_newsletter_issue_lines(line):
    assert newsletter_issue(line)


@pytest.mark.parametrize("line", [
    "Lá thư gửi các bạn trẻ năm 2014",  # no issue number
    "Bản tin thời sự 19h",
    "Tạp chí Cộng sản 2020",
    "Bản tin 113 - 2020 có gì mới",
    "Kỷ niệm 37 năm thành lập - 2014",
    HEAD,
])
def test_not_newsletter_issue_lines(line):
    assert not newsletter_issue(line)


@pytest.mark.parametrize("issue", ["Lá thư Làng Sen 37 – 2014", "Bản tin số 12/2020", "Tập san Hiệp Hòa số 88, 2015"])
def test_an_issue_line_over_the_headline_is_its_kicker(issue):
    found = fields_of(paragraphs(issue, HEAD, "Chân Minh Nghiêm", LEAD, SECOND))
    assert found["title"] == HEAD
    assert found["kicker"] == issue
    assert found["author"] == "Chân Minh Nghiêm"


def test_an_issue_line_with_no_headline_under_it_stays_in_the_pool():
    texts = ["Bản tin số 12/2020", LEAD]
    assert issues_over_headlines(texts, [0, 1]) == set()
    assert issues_over_headlines(["Bản tin số 12/2020", HEAD], [0, 1]) == {0}
    assert issues_over_headlines(["Bản tin số 12/2020", HEAD], [0]) == set()  # the line under it is no candidate


@pytest.mark.parametrize("line, issue", [
    ("Số 125 – Tháng 3/2021", True), ("Số 125 - Tháng 3/2021", True), ("Số 5 — năm 2018", True),
    ("Số 125 – chuyên đề", False),
])
def test_a_bare_issue_line_with_an_en_dash(line, issue):
    assert is_issue_line(line) is issue


# ---------------------------------------------------------------- a date glued to a rating

@pytest.mark.parametrize("glued, date, rest", [
    ("06/04/20235.3220", "06/04/2023", "5.3220"),
    ("6-4-20234,5120", "6-4-2023", "4,5120"),
    ("06.04.202345", "06.04.2023", "45"),
    ("  06/04/20235.3220  ", "06/04/2023", "5.3220"),
])
def test_a_date_glued_to_figures_is_split(glued, date, rest):
    assert split_rating_dates(numbered_lines("Mytour blog", glued, HEAD)) == [(1, "Mytour blog"), (2, date), (2, rest), (3, HEAD)]


@pytest.mark.parametrize("line", [
    "06/04/20231",  # one figure: no rating
    "06/04/2023",
    "06/04/2023 5.3 220",  # spaced: the date line's own reading
    "06/04/20235.3220 lượt xem",
    "06/04/1235.3220",  # no year of ours
    "Ngày 06/04/20235.3",
])
def test_no_rating_glued_stays(line):
    assert split_rating_dates(numbered_lines(line, HEAD)) == numbered_lines(line, HEAD)


def test_a_glued_date_far_down_stays():
    lines = numbered_lines(*[f"Dòng {k} của trang" for k in range(14)], "06/04/20235.3220")
    assert split_rating_dates(lines) == lines


@pytest.mark.parametrize("tags", [
    "khám phá Hà Nộilễ hội truyền thốnggiỗ tổ nghềHội Quán",
    "Lễ hội, Hà Nội, Giỗ tổ, Văn hóa",
    "Lễ hội | Hà Nội | Giỗ tổ",
    "Lễ HộiHà NộiGiỗ TổVăn Hóa",
])
@pytest.mark.parametrize("label", ["Tags:", "Tag", "Từ khóa:", "TAGS"])
def test_a_dated_post_under_its_tags(tags, label):
    found = fields_of(paragraphs("Trang blog", label, tags, "06/04/20235.3220", HEAD, LEAD, SECOND))
    assert found["title"] == HEAD
    assert found["date"] == dt.date(2023, 4, 6)


def test_a_headline_under_a_tag_label_stays():
    assert tag_lists(["Tags:", HEAD, LEAD]) == set()
    assert tag_lists(["Tags:", "", "khám phá Hà Nội", HEAD]) == {2}
    assert tag_lists(["Lễ hội", "khám phá Hà Nội", HEAD]) == set()  # no label


@pytest.mark.parametrize("line, names", [
    ("Bởi Lê Văn Tùng", ("Lê Văn Tùng",)),  # "Lê" a surname, "lẽ" a clause's word
    ("Bởi Nhung", ("Nhung",)),
    ("Bởi Những", ()),
    ("Bởi lẽ đó", ()),
    ("Bởi Lẽ Đó", ()),
])
def test_a_clause_after_by_is_told_by_its_marks(line, names):
    assert parse_byline(line) == names
