"""The weakest variant families of conventions round 18, as made-up lines and pages.

A posting date printed after the text's last paragraph, "Ngày đăng: 14/10/2016", hid the writer's name
under it from the end byline when the page's furniture followed the name: the date closes no paragraph,
the one above it does (`read/byline_slots._paragraph_above`). A headline closed by a full stop runs up to
thirty words (`read/line_sizes.STOPPED_HEADLINE_WORDS`), not a paragraph line's 25: the day after its stop
is split off, and its parts broken before a quote or after commas are joined. A part ending on a tense
word ("sẽ", "đang", "sắp") goes on over its quote (`read/quoted_parts.py`). The first line under a page's
clock is a byline only over a headline that does not print its words (`read/head_bylines.name_over_headline`),
and a headline of three or four words with its date in brackets, first over its lead, is the headline
(`read/headline_dates._short_first`). Every name, page and address here is made up.
"""
import datetime as dt

import pytest

from made_up_pastes import HEAD, LEAD, MORE, MORE2, fields_of, numbered_lines, paragraphs as paste
from archive.read.broken_headlines import join_broken_headline
from archive.read.head_bylines import name_over_headline
from archive.read.headline_dates import dated_headline
from archive.read.headline_end_dates import date_end_off
from archive.read.stopped_end_dates import stop_closed_headline

CHROME = "Trang chủ | Giới thiệu | Tin tức | Liên hệ"


# ---- a posting date between the text and the writer's name, the page's furniture under the name
@pytest.mark.parametrize("posted, name, furniture, author", [
    ("Ngày đăng: 14/10/2016", "Thảo Nguyên", "news_is_not_ads=", "Thảo Nguyên"),
    ("Ngày đăng: 14/10/2016", "Tác giả: Dương Minh An", "Tổng số điểm của bài viết là: 0 trong 0 đánh giá",
     "Dương Minh An"),
    ("Cập nhật lúc 08:15 ngày 14/10/2016", "Tin, ảnh: BÍCH CHÂU", "Viết bình luận mới", "Bích Châu"),
    ("Ngay dang: 14/10/2016", "HUY THUẤN", "Đang được quan tâm", "Huy Thuấn"),
    ("14/10/2016 08:15", "Mai Sao - Vân Anh", "Trung tâm Văn hóa Thông tin huyện", "Mai Sao - Vân Anh"),
])
def test_a_writer_under_a_posting_date_after_the_text(posted, name, furniture, author):
    found = fields_of(paste(HEAD, "12/03/2024 08:15", LEAD, MORE, MORE2, posted, name, furniture))
    assert found["title"] == HEAD and found["author"] == author


@pytest.mark.parametrize("above", [
    "Các chi bộ tiếp tục nâng cao chất lượng sinh hoạt trong thời gian tới",  # no stop: a list, a link
    "Tin liên quan",
])
def test_a_name_under_a_date_under_an_open_line_stays_unread(above):
    found = fields_of(paste(HEAD, "12/03/2024 08:15", LEAD, MORE, MORE2, above, "Ngày đăng: 14/10/2016",
                            "Thảo Nguyên", "news_is_not_ads="))
    assert found["author"] == ""


def test_a_name_under_a_posting_date_with_nothing_under_it_is_still_read():
    found = fields_of(paste(HEAD, "12/03/2024 08:15", LEAD, MORE, MORE2, "Ngày đăng: 14/10/2016", "Thảo Nguyên"))
    assert found["author"] == "Thảo Nguyên"


# ---- a long headline closed by a full stop, then its day
LONG = ("Đảng bộ Đài phát thanh và truyền hình tỉnh có sáu tác phẩm đạt giải Cuộc thi chính luận về bảo vệ "
        "nền tảng tư tưởng của Đảng.")  # 28 words


@pytest.mark.parametrize("day", ["29-08-2023", "29.08.2023", "29/08/2023"])
def test_a_long_headline_closed_by_a_stop_gives_up_its_day(day):
    assert date_end_off(f"{LONG} {day}") == (LONG, day)
    found = fields_of(paste(CHROME, f"{LONG} {day}", LEAD, MORE, MORE2))
    assert found["title"] == LONG and found["date"] == dt.date(2023, 8, 29)


@pytest.mark.parametrize("text, closed", [
    (LONG, True),
    ("Các dân tộc thiểu số huyện A Lưới “Đoàn kết, đổi mới, sáng tạo, phát huy bản sắc, hội nhập và phát "
     "triển bền vững”.", True),  # 25 words, a quote closed before the stop
    (LONG[:-1] + " trong giai đoạn mới hiện nay và những năm tiếp theo.", False),  # 37 words: a paragraph
    ("Đảng bộ Đài phát thanh có sáu tác phẩm đạt giải. Cuộc thi chính luận về bảo vệ nền tảng tư tưởng "
     "của Đảng.", False),  # two sentences
])
def test_how_long_a_stop_closed_headline_runs(text, closed):
    assert stop_closed_headline(text) is closed


def test_a_paragraph_closed_by_a_stop_keeps_the_day_after_it():
    text = LONG[:-1] + " trong giai đoạn mới hiện nay và những năm tiếp theo. 29-08-2023"
    assert date_end_off(text) is None


# ---- a clock first on the page: the line under it is the first line, the headline, never a byline
@pytest.mark.parametrize("clock", ["Thứ Hai, 01/01/2024 08:00", "01/01/2024 08:00", "Thứ hai, ngày 01/01/2024"])
@pytest.mark.parametrize("head", ["Giỗ Tổ Hùng Vương", "Nhớ Huế", "Hương Khê", "ĐIỀU KIỆN, THỦ TỤC THÀNH LẬP VĂN PHÒNG"])
def test_a_short_headline_under_the_page_s_clock_is_no_byline(clock, head):
    found = fields_of(paste(clock, head, LEAD, MORE, MORE2))
    assert found["title"] == head and found["author"] == ""


@pytest.mark.parametrize("name", ["Nguyễn Minh An", "Phạm Lê", "THẢO NGUYÊN"])
def test_a_name_under_the_headline_and_its_date_line_is_still_the_byline(name):
    found = fields_of(paste(HEAD, "Thứ Hai, 01/01/2024 08:00", name, LEAD, MORE, MORE2))
    assert found["title"] == HEAD and found["author"] == name.title()


# ---- a headline broken before a quoted phrase: a long one closed by a stop, a part ending on a tense word
def _joined(*texts: str) -> str:
    return join_broken_headline(numbered_lines(*texts))[0][1]


LONG_PART = "Đoàn thanh niên phường Bình An tổ chức ra quân làm vệ sinh môi trường hưởng ứng"
LONG_QUOTE = "“ngày chủ nhật xanh” và chào đón năm mới Giáp Thìn 2024."  # 28 words joined, closed by a stop


def test_a_long_headline_closed_by_a_stop_is_joined_over_its_quote():
    assert _joined(LONG_PART, LONG_QUOTE, LEAD) == f"{LONG_PART} {LONG_QUOTE}"
    found = fields_of("\n".join((LONG_PART, LONG_QUOTE, "12/03/2024 08:15", LEAD, MORE, MORE2)) + "\n")
    assert found["title"] == f"{LONG_PART} {LONG_QUOTE}"


def test_a_paragraph_s_length_closed_by_a_stop_stays_apart():
    quote = "“ngày chủ nhật xanh” và chào đón năm mới Giáp Thìn 2024 cùng toàn thể nhân dân trong phường."  # 35 words
    assert _joined(LONG_PART, quote, LEAD) == LONG_PART


@pytest.mark.parametrize("part, quote", [
    ("Nhà hát Múa rối Thăng Long sắp", "“xuất ngoại” du xuân"),
    ("Câu lạc bộ Thơ Đường Hà Nội Sẽ", "\"Trình Diễn\" Tại Lễ Hội"),
    ("Đội Văn Nghệ Xã Bình An Đang", "«Tập Luyện» Cho Hội Diễn"),
])
def test_a_title_case_part_ending_on_a_tense_word_goes_on(part, quote):
    assert _joined(part, quote, LEAD) == f"{part} {quote}"


@pytest.mark.parametrize("part, quote", [
    ("Văn Chương Và Cuộc Sống", "“Xuất ngoại” du xuân của Nhà hát"),  # a site's motto over a headline
    ("Nhà Hát Thăng Long", "“Xuất Ngoại” Du Xuân"),  # a name of four words, ending on no tense word
])
def test_a_title_case_part_ending_otherwise_stays_apart(part, quote):
    assert _joined(part, quote, LEAD) == part


# ---- a short headline with its date in brackets, first in the paste, over its lead
@pytest.mark.parametrize("line, head, day", [
    ("Tuổi cao, gương sáng (26/11/2020)", "Tuổi cao, gương sáng", dt.date(2020, 11, 26)),
    ("ĐÌNH LÀNG CHỈ TRUNG (22/11/2023)", "ĐÌNH LÀNG CHỈ TRUNG", dt.date(2023, 11, 22)),
    ("Mùa lúa chín [26/11/2020]", "Mùa lúa chín", dt.date(2020, 11, 26)),
    ("Tuoi cao, guong sang (26-11-2020)", "Tuoi cao, guong sang", dt.date(2020, 11, 26)),
])
def test_a_short_dated_headline_first_over_its_lead(line, head, day):
    assert dated_headline(numbered_lines(line, LEAD), 0)
    found = fields_of(paste(line, LEAD, MORE, MORE2))
    assert found["title"] == head and found["date"] == day


@pytest.mark.parametrize("lines", [
    ("Nguyễn Văn An (26/11/2020)", HEAD, LEAD),  # a name and a date: a byline's line
    ("THÔNG BÁO (26/11/2020)", LEAD, MORE),  # two words: a label
    (HEAD, "Tuổi cao, gương sáng (26/11/2020)", LEAD),  # not first: under the headline
    ("Tuổi cao, gương sáng (26/11/2020)", HEAD, LEAD),  # over another headline, not the lead
])
def test_a_short_dated_line_elsewhere_is_no_headline(lines):
    numbered = numbered_lines(*lines)
    at = next(i for i, (_, text) in enumerate(numbered) if "(26/11/2020)" in text)
    assert not dated_headline(numbered, at)


@pytest.mark.parametrize("name", ["Quang Huy", "Nguyễn Minh An"])
def test_a_name_under_the_clock_over_a_date_line_and_the_headline_is_still_the_byline(name):
    found = fields_of(paste("Thứ ba, Ngày 21 Tháng 10 Năm 2025", name, "Cập nhật lúc: 27/10/2015", HEAD, LEAD, MORE))
    assert found["title"] == HEAD and found["author"] == name


# ---- a headline broken after commas, closed by a stop: joined up to thirty words
COMMA_PARTS = ("Đảng ủy Khối các cơ quan tỉnh Bình An tổ chức hội nghị tổng kết công tác Đảng",
               "năm 2019, triển khai phương hướng,", "nhiệm vụ năm 2020.")  # 27 words


def test_a_comma_broken_headline_closed_by_a_stop_is_joined_to_thirty_words():
    assert _joined(*COMMA_PARTS, LEAD) == " ".join(COMMA_PARTS)


def test_a_comma_broken_run_past_thirty_words_stays_apart():
    parts = (COMMA_PARTS[0] + " cùng các đồng chí lãnh đạo chủ chốt", *COMMA_PARTS[1:])  # 34 words
    assert _joined(*parts, LEAD) != " ".join(parts)


@pytest.mark.parametrize("label, head", [
    ("LỄ HỘI", "PHƯỜNG TRUNG AN: LỄ HỘI ĐÌNH VÀ ĐỀN HÒA AN (ĐỀN BÌNH AN)"),
    ("Đức Phật", "Ý nghĩa biểu tượng ngày đức Phật Đản Sinh trong đời sống"),
    ("Bình Sơn", "Bình Sơn: Tổ chức giao lưu văn nghệ mừng Xuân dâng Đảng"),
    ("Duc Phat", "Y nghia bieu tuong ngay duc Phat Dan Sinh trong doi song"),
])
def test_a_label_under_the_clock_that_the_headline_repeats_is_no_byline(label, head):
    assert not name_over_headline(numbered_lines("Thứ Hai, 01/01/2024 08:00", label, head, LEAD), 1, 2, 3)
    found = fields_of(paste("Thứ Hai, 01/01/2024 08:00", label, head, LEAD, MORE))
    assert found["title"] == head and found["author"] == ""


@pytest.mark.parametrize("name", ["Quang Huy", "Nguyễn Minh An", "TRẦN VĂN BÌNH"])
def test_a_name_under_the_clock_over_a_headline_not_naming_it_may_be_the_byline(name):
    assert name_over_headline(numbered_lines("Thứ Hai, 01/01/2024 08:00", name, HEAD, LEAD), 1, 2, 3)
    assert not name_over_headline(numbered_lines("Thứ Hai, 01/01/2024 08:00", name, LEAD), 1, 3, 2)  # none below
    assert not name_over_headline(numbered_lines("Thứ Hai, 01/01/2024", name, f"{HEAD} {name}", LEAD), 1, 2, 3)
