"""The reader of issue 13, round 10, on made-up text: an English masthead is no byline, a skip
link is chrome, a stopped headline under a section label is the title, a date and a dash open
the lead, slash look-alikes are slashes, and a person named after a source label ("Theo: X") or
over the source's address is the byline."""
import datetime as dt

import pytest

from archive.enrich.citations import extract_references
from archive.read.byline_slots import end_byline
from archive.read.bylines import parse_byline, person_name
from archive.read.chrome import is_noise_line, strip_chrome
from archive.read.glued import unglue
from archive.read.layout import find_layout
from archive.registry.documents import DocumentRegistry
from archive.text.normalize import clean_text
from made_up_pastes import reading

HEADLINE = "Chi bộ Phòng Kinh tế tổ chức hội nghị học tập chuyên đề năm 2024"
LEAD = ("Sáng 12/3, Chi bộ Phòng Kinh tế tổ chức hội nghị học tập chuyên đề về đạo đức, phong cách "
        "của người đứng đầu, với sự tham dự của toàn thể đảng viên.")
MORE = "Hội nghị đã thảo luận, thống nhất các giải pháp thực hiện trong thời gian tới."


# ---------------------------------------------------------------- an English masthead in capitals

@pytest.mark.parametrize("line", ["THAI BINH DEPARTMENT OF TRANSPORT", "LE LOI HIGH SCHOOL",
                                  "DANG BO TINH HA GIANG"])
def test_an_english_masthead_opening_on_vietnamese_words_is_no_name(line):
    assert person_name(line) == "" and parse_byline(line) == ()


@pytest.mark.parametrize("line, name", [("NGUYEN VAN BINH", "Nguyen Van Binh"), ("TRẦN THỊ MAI", "Trần Thị Mai")])
def test_a_name_in_capitals_without_tone_marks_is_still_a_name(line, name):
    assert person_name(line) == name


def test_an_english_masthead_under_the_first_line_is_no_byline():
    article = reading(f"Trang thông tin điện tử\n\nTHAI BINH DEPARTMENT OF TRANSPORT\n\n{HEADLINE}\n\n"
                      f"20-03-2024 09:10\n\n{LEAD}\n\n{MORE}\n").article
    assert article.author == "" and article.title == HEADLINE


# ---------------------------------------------------------------- a skip link

@pytest.mark.parametrize("line", ["Bỏ qua nội dung", "Chuyển đến nội dung chính", "Truy cập nội dung luôn",
                                  "Đi tới nội dung chính", "Nhảy tới nội dung", "Skip to content",
                                  "Skip to main content", "Jump to navigation"])
def test_a_skip_link_is_chrome(line):
    assert is_noise_line(line)


@pytest.mark.parametrize("line", ["Nội dung chính", "Nội dung bài viết"])
def test_a_section_named_content_is_no_skip_link(line):
    assert not is_noise_line(line)


def test_a_skip_link_over_the_headline_is_no_kicker():
    article = reading(f"Chuyển tới nội dung chính\n\n{HEADLINE}\n\n20-03-2024 09:10\n\n{LEAD}\n\n{MORE}\n").article
    assert (article.title, article.kicker) == (HEADLINE, "")


# ---------------------------------------------------------------- a section label over a stopped headline

STOPPED = ("Chi bộ Phòng Kinh tế có 04 đảng viên được tặng giấy khen vì đã hoàn thành tốt nhiệm vụ "
           "trong đợt thi đua chào mừng ngày thành lập Đảng.")


def test_a_stopped_headline_under_a_section_label_and_over_its_date_is_the_title():
    lines = list(enumerate(["Tin hoạt động của các chi bộ trực thuộc", STOPPED, "29-08-2023 16:18", LEAD, MORE],
                           start=1))
    layout = find_layout(lines)
    assert layout.title[1].rstrip(".") == STOPPED.rstrip(".")
    assert layout.date_line.text == "29-08-2023 16:18" and layout.lead[1] == LEAD


def test_a_sapo_under_a_headline_of_its_own_length_stays_the_lead():
    sapo = "Chi bộ Phòng Kinh tế đã tổ chức hội nghị học tập chuyên đề với sự tham dự của toàn thể đảng viên."
    lines = list(enumerate([HEADLINE, sapo, "29-08-2023 16:18", LEAD, MORE], start=1))
    assert find_layout(lines).title[1] == HEADLINE


# ---------------------------------------------------------------- a date and a dash opening the lead

@pytest.mark.parametrize("opening", ["2024-03-20", "20/03/2024", "2024-03-20 09:10"])
def test_a_date_and_a_dash_opening_the_lead_are_split_from_it(opening):
    split = unglue([(1, HEADLINE), (4, f"{opening} - {LEAD}")])
    assert split == [(1, HEADLINE), (4, opening), (4, LEAD)]


def test_a_year_first_date_opening_the_lead_is_the_publication_date():
    article = reading(f"{HEADLINE}\n\n\n2024-03-20 - {LEAD}\n\n{MORE}\n").article
    assert article.date == dt.date(2024, 3, 20) and article.lead == LEAD


def test_a_headline_opening_on_a_historic_date_and_a_dash_is_not_split():
    headline = "30/4/1975 - 30/4/2025: Tuổi trẻ Chi bộ khu phố 5 tiếp bước truyền thống cha anh"
    for first in ([], [(1, "Tin tức - Sự kiện")]):
        lines = first + [(2, headline), (3, LEAD)]
        assert unglue(lines) == lines
    named = "19/5/1890 - Ngày sinh của Chủ tịch Hồ Chí Minh, vị lãnh tụ kính yêu của dân tộc"
    assert unglue([(1, HEADLINE), (2, named)]) == [(1, HEADLINE), (2, named)]


def test_a_period_and_a_dash_opening_a_short_line_are_not_split():
    line = "2020-2025 - Nhiệm kỳ mới"
    assert unglue([(1, HEADLINE), (2, line)]) == [(1, HEADLINE), (2, line)]
    assert unglue([(1, HEADLINE), (2, "2024-03-20 - Tin vắn")]) == [(1, HEADLINE), (2, "2024-03-20 - Tin vắn")]


# ---------------------------------------------------------------- slash look-alikes

@pytest.mark.parametrize("slash", ["\u2044", "\u2215", "\uff0f"])
def test_slash_look_alikes_are_read_as_the_slash(slash):
    assert clean_text(f"Kế hoạch số 27-KH{slash}ĐU ngày 5{slash}6{slash}2023") == "Kế hoạch số 27-KH/ĐU ngày 5/6/2023"


def test_a_document_number_written_with_a_fraction_slash_is_cited():
    article = reading(f"{HEADLINE}\n\n20/03/2024\n\nThực hiện Kế hoạch số 27-KH\u2044ĐU ngày 5\u20446\u20442023 "
                      f"của Đảng ủy, {LEAD}\n\n{MORE}\n").article
    refs = extract_references(article, DocumentRegistry([]))
    assert [r.number for r in refs] == ["27-KH/ĐU"]


# ---------------------------------------------------------------- a person after a source label

@pytest.mark.parametrize("line, names", [
    ("Theo: Thu Hằng", ("Thu Hằng",)),  # a given-name pair after "Theo:"
    ("Nguồn:Phạm Quốc Bảo", ("Phạm Quốc Bảo",)),  # the space after the colon lost
    ("Theo Lê Văn Khoa", ("Lê Văn Khoa",)),  # a full name after "Theo"
    ("Nguồn: Hoài Nam - Đỗ Minh", ("Hoài Nam", "Đỗ Minh")),
    ("Theo Thu Hằng", ("Thu Hằng",)),  # conventions round 15: a pen name of given names credits a person
])
def test_a_person_named_after_a_source_label_is_the_byline(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize("line", ["Theo Báo Nhân Dân", "Nguồn: TTXVN", "Theo baochinhphu.vn",
                                  "Theo Tuổi Trẻ", "Nguồn: Tiền Phong", "Theo Hà Nội Mới", "Theo Thanh niên",
                                  "Nguồn: Trung tâm Văn hóa huyện", "Theo dõi Báo Đắk Nông trên"])
def test_an_outlet_or_a_body_after_a_source_label_stays_a_source(line):
    assert parse_byline(line) == ()


def end_lines(*tail):
    return [(1, HEADLINE), (2, LEAD), (3, MORE), *((4 + k, text) for k, text in enumerate(tail))]


def test_an_end_byline_over_the_source_address_is_found():
    rest = strip_chrome(end_lines("Theo: Thu Hằng", "http://baoxyz.vn/thoi-su/12345/chi-bo-phong-kinh-te.html",
                                  "Các tin đã đưa ngày:", "Chi bộ khu phố 2 họp"))
    assert end_byline(rest, [], []) == "Thu Hằng"


def test_an_end_byline_over_a_credit_with_the_source_address_is_found():
    rest = end_lines("Hoài Nam", "Nguồn Đài PTTH huyện : https://dai-huyen.vn/tin/chi-bo-phong-kinh-te-1234.htm")
    assert end_byline(rest, [], []) == "Hoài Nam"


def test_an_address_in_a_sentence_is_no_credit():
    rest = end_lines("Hoài Nam", "Xem thêm văn bản tại Cổng thông tin của huyện ở https://dai-huyen.vn/van-ban")
    assert end_byline(rest, [], []) == ""
