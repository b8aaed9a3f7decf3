"""Conventions round 23: the kinds behind the variants' invented names, titles, bylines and dates, as
made-up lines and pages.

A name the site's own address spells, with no surname, is the site's name (read/address_names.py); a
visit counter over the page's head may have a site's masthead between its rows and the headline
(read/counter_heads.py); a commemoration's, a rite's or a festival's word opens no person's name
(names.NOT_NAME_FIRST: "Giỗ Tổ ..."). Every name, page and address here is made up.
"""
import pytest

from made_up_pastes import LEAD, MORE, MORE2, author_of, fields_of, numbered_lines, paragraphs as paste
from archive.read.address_names import spelled_by_address
from archive.read.counter_heads import counter_over_text
from archive.read.dressed_signatures import dressed_signature
from archive.read.given_names import lone_given_name
from archive.read.person_names import person_name

HEADLINE = "Người dân vùng cao phấn khởi đón nước sạch về từng bản làng sau nhiều năm chờ đợi"
CLOCK = "Thứ Hai, 01/01/2024 08:00"


# ---- a site's name its address spells
@pytest.mark.parametrize("text, url", [
    ("Hoa Sen", "https://hoasen.example.net/a.html"),
    ("HOA SEN", "https://www.hoasen.example/bai-1"),
    ("Hoa-Sen", "http://hoasen.com.vn/tin/1"),
    ("Ngọc Lan", "https://ngoclan.org/x"),
])
def test_a_name_the_address_spells_is_the_sites(text, url):
    assert spelled_by_address(text, url)


@pytest.mark.parametrize("text, url", [
    ("Nguyễn Minh An", "https://nguyenminhan.example/x"),  # a personal blog: its writer, surname first
    ("Hoa Sen", "https://sen.example.net/a.html"),  # the host spells another name
    ("Hoa Sen", "https://example.net/hoasen/a.html"),  # in the path, not the host
    ("Hoa Sen", ""),  # no address
    ("Com", "https://com.example/x"),  # too short to be a site's name
])
def test_a_name_the_address_does_not_spell_or_a_persons_is_not_the_sites(text, url):
    assert not spelled_by_address(text, url)


@pytest.mark.parametrize("name, url", [
    ("Hoa Sen", "https://hoasen.example.net/nguoi-dan-vung-cao.html"),
    ("Ngọc Lan", "https://www.ngoclan.example/tin/1"),
])
def test_a_sites_name_under_a_clock_gives_no_writer_and_leaves_the_headline(name, url):
    found = fields_of(paste(CLOCK, name, HEADLINE, LEAD, MORE, MORE2), url)
    assert found["title"] == HEADLINE
    assert found.get("author", "") == ""


def test_the_same_name_on_another_host_is_still_read_as_a_byline():
    found = fields_of(paste(CLOCK, "Hoa Sen", HEADLINE, LEAD, MORE, MORE2), "https://baomoi.example.net/a.html")
    assert found.get("author") == "Hoa Sen"


# ---- a visit counter over the head, a site's masthead between its rows and the headline
COUNTER = ["Đang truy cập: 37", "Trong ngày: 613", "Lượt truy cập: 774292"]


@pytest.mark.parametrize("masthead", [
    ["Quê Hương Net", "Trang thông tin tổng hợp - Cập nhật hằng ngày"],
    ["Quê Hương Net"],
    [],
])
def test_a_counter_over_a_masthead_and_a_headline_ends_the_chrome(masthead):
    texts = ["BÀI VIẾT MỚI", *COUNTER, *masthead, HEADLINE, "Lê Minh", LEAD]
    assert counter_over_text(texts, 1)


@pytest.mark.parametrize("below", [
    ["Quê Hương Net", "Địa chỉ: 12 đường Trần Phú", "Điện thoại: 0123 456 789", "Bản quyền thuộc về Quê Hương Net"],
    ["Quê Hương Net", LEAD, HEADLINE, MORE],  # a paragraph before the headline-shaped line: text begun
])
def test_a_counter_over_a_footer_or_text_is_no_head(below):
    assert not counter_over_text(["BÀI VIẾT MỚI", *COUNTER, *below], 1)


def test_a_comment_box_over_a_counter_and_masthead_gives_no_writer():
    top = ["BÀI VIẾT MỚI", "PHẢN HỒI MỚI", "TRẦN AN 0912345678", "CẢM ƠN ANH LÊ BÌNH CỘNG TÁC!", "LÊ BÌNH",
           "Xin cám ơn ban biên tập trang nhà đã đăng bài của tôi!", *COUNTER,
           "Quê Hương Net", "Trang thông tin tổng hợp - Cập nhật hằng ngày"]
    found = fields_of(paste(*top, HEADLINE.upper(), "Phạm Hà", LEAD, MORE, MORE2))
    assert found["title"] == HEADLINE.upper()
    assert found["author"] == "Phạm Hà"


# ---- a commemoration's, a rite's or a festival's day opens no name
@pytest.mark.parametrize("text", ["Giỗ Tổ Hùng Vương", "Giỗ Tổ HÙng Vương", "GIỖ TỔ HÙNG VƯƠNG", "Lễ Vu Lan",
                                  "Tết Nguyên Đán", "Giỗ Trận Đồng Xoài"])
def test_a_commemorations_name_is_no_persons(text):
    assert person_name(text) == ""


@pytest.mark.parametrize("text", ["Lê Văn Tết", "Nguyễn Thị Lễ", "Trần Giỗ"])
def test_a_name_ending_with_such_a_word_stays_a_name(text):
    assert person_name(text) != ""


@pytest.mark.parametrize("headline", ["Giỗ Tổ Hùng Vương ngày 10/04/2022", "Giỗ Tổ HÙng Vương ngày 10/04/2022",
                                      "Lễ Vu Lan Báo Hiếu ngày 12/08/2022"])
def test_a_commemorations_day_as_the_headline_is_no_writer_and_no_date(headline):
    found = fields_of(paste(headline, LEAD, MORE, "Phạm Lê"))
    assert found["title"] == headline
    assert found["author"] == "Phạm Lê"
    assert found.get("date") is None


# ---- a signature with a slip of case, dressed as bylines are (read/dressed_signatures.py)

DRESSED = [
    ("label-middle", "Tác giả: Lê viết Tâm", ("Lê Viết Tâm",)),
    ("label-given-stop", "Bài và ảnh: Thu hằng.", ("Thu Hằng",)),
    ("credit-label", "Tin, ảnh: Trần văn Bình", ("Trần Văn Bình",)),
    ("dash", "- Lê viết Tâm", ("Lê Viết Tâm",)),
    ("paper-after", "Lê viết Tâm (Báo Quê Hương)", ("Lê Viết Tâm",)),
    ("unit-after", "Lê viết Tâm - Trung tâm Văn hóa huyện", ("Lê Viết Tâm",)),
    ("label-unit-after", "Tác giả: Thu hằng - Trung tâm Văn hóa huyện", ("Thu Hằng",)),
    ("stop-only", "Thu hằng.", ("Thu Hằng",)),
    ("bare-middle", "Lê viết Tâm", ("Lê Viết Tâm",)),
    ("no-marks", "Tac gia: Tran van Binh", ("Tran Van Binh",)),
]


@pytest.mark.parametrize("case, text, names", DRESSED, ids=[c for c, _, _ in DRESSED])
def test_a_dressed_signature_with_a_slip_of_case_is_mended(case, text, names):
    assert dressed_signature(text) == names


NOT_DRESSED = [
    ("proper-already", "Tác giả: Lê Viết Tâm"),  # bylines.py's own
    ("bare-two-words", "Thu hằng"),  # a bare two-word line: a label as often
    ("dash-button", "- In ra"),
    ("dash-two-words", "- Thu hằng"),
    ("comma-opening", "Sinh thời, Chủ tịch Hồ Chí Minh rất quan tâm"),
    ("unit-two-words", "Thu hằng - Trung tâm Văn hóa huyện"),
    ("unknown", "Tác giả: Không rõ"),
    ("unknown-stop", "Người viết: Chưa rõ."),
    ("section", "Giáo dục"),
    ("link-label", "Xem thêm."),
    ("part-number", "Kỳ hai."),
    ("sentence", "Tác giả: Lê sẽ về quê vào cuối tuần này."),
    ("small-surname", "- lê viết Tâm"),
    ("four-small", "Lê viết bài này (Báo Quê Hương)"),
]


@pytest.mark.parametrize("case, text", NOT_DRESSED, ids=[c for c, _ in NOT_DRESSED])
def test_a_line_with_no_such_slip_or_no_name_is_not_mended(case, text):
    assert dressed_signature(text) == ()


@pytest.mark.parametrize("last", ["Tác giả: Lê viết Tâm", "Tác giả: Thu hằng.", "Lê viết Tâm (Báo Quê Hương)"])
def test_a_dressed_signature_closing_the_text_is_the_byline(last):
    names = dressed_signature(last)
    assert author_of(paste(HEADLINE, LEAD, MORE, MORE2, last)) == names[0]


def test_a_dressed_signature_under_a_paragraph_cut_mid_sentence_is_not_taken():
    assert author_of(paste(HEADLINE, LEAD, MORE, "Theo báo cáo của", "Tác giả: Lê viết Tâm")) == ""


@pytest.mark.parametrize("line, name", [("Lê viết Tâm", "Lê Viết Tâm"), ("Thu hằng.", "Thu Hằng"),
                                        ("Tác giả: Thu hằng", "Thu Hằng")])
def test_a_dressed_signature_under_the_date_line_is_the_byline(line, name):
    assert author_of(paste(HEADLINE, "12/03/2024", line, LEAD, MORE, MORE2)) == name


@pytest.mark.parametrize("line", ["Giáo dục", "Thu hằng"])
def test_a_bare_two_word_line_under_the_date_line_is_no_writer(line):
    assert author_of(paste(HEADLINE, "12/03/2024", line, LEAD, MORE, MORE2)) == ""


# ---- a lone given name under a capitals headline after a writer's label (given_names.lone_given_name);
# alone in capitals it stays a masthead's word (round 28)
CAPS_HEAD = "VAI TRÒ CỦA TUỔI TRẺ TRONG CÔNG CUỘC XÂY DỰNG QUÊ HƯƠNG"
TEXT = LEAD + " " + MORE


@pytest.mark.parametrize("line", ["Phương", "Tác giả: Phương", "Bài và ảnh: Phương", "TÁC GIẢ: PHƯƠNG",
                                  "BÀI VÀ ẢNH: PHƯƠNG", "Thực hiện: Phương"])
def test_a_lone_given_name_labelled_or_in_capitals_is_the_writer(line):
    assert lone_given_name(numbered_lines(CAPS_HEAD, line, TEXT), 1) == ("Phương",)


@pytest.mark.parametrize("line", ["Tiêu điểm", "Tác giả: Huế", "VIDEO", "Tác giả: Xuân", "PHƯƠNG", "Chuyên mục: Phương"])
def test_a_labelled_word_that_is_no_given_name_or_no_writers_label_is_not(line):
    assert lone_given_name(numbered_lines(CAPS_HEAD, line, TEXT), 1) == ()


def test_a_labelled_given_name_under_a_headline_in_small_letters_is_not():
    assert lone_given_name(numbered_lines("Vai trò của tuổi trẻ trong công cuộc xây dựng quê hương", "Tác giả: Phương",
                                          TEXT), 1) == ()


# ---- a headline closed by a stop, its writer and a view counter between it and the lead (head_window)
STOPPED = "Không khí ngày hội văn hóa các dân tộc tại huyện miền núi phía Tây của tỉnh."


@pytest.mark.parametrize("section, writer, name", [("Tin Tức - Sự Kiện", "Nguyên Hạnh", "Nguyên Hạnh"),
                                                   ("Tin tức - Văn hóa", "Lê Minh Tâm", "Lê Minh Tâm"),
                                                   ("Tin Tức - Sự Kiện", "NGUYÊN HẠNH", "Nguyên Hạnh")])
def test_a_stopped_headline_over_its_writer_and_a_counter_is_the_title(section, writer, name):
    found = fields_of(paste(section, STOPPED, writer, "234views", LEAD, MORE, MORE2))
    assert found["title"] == STOPPED
    assert found["author"] == name


def test_a_stopped_line_over_a_label_and_a_counter_is_still_no_headline():
    # no writer between, and lines of three words or more, no sentence ("234views" alone, a word or two, is counted
    # past since round 83: tests/test_reader_round83.py)
    found = fields_of(paste("Tin Tức - Sự Kiện", STOPPED, "Xem thêm tin", "234 lượt xem bài", LEAD, MORE, MORE2))
    assert found["title"] == "Tin Tức - Sự Kiện"  # as before this round: the label is taken

