"""Misdated variants (issue 13, conventions round 14), as made-up pastes and lines.

`make eval-variants` counted a wrong date given where the label says another or none. Two kinds fixed:
an event's name then "ngày <date>" in the headline is the event's day, never a date line
(`read/named_event_days.py`); "hiện nay" no longer governs a day after it
(`headline_end_dates`); a bare two-digit-year date line under a headline closed by one full stop dates
the page (`read/stopped_headlines.py`, asked by `short_year_lines`); a date line under the headline beats a
day split off the headline's end (`read/under_title_dates.py`, asked by `layout`). Near-misses stay: places, weekdays, labels, writers and papers before "ngày" (date lines), an
anniversary's span, a term, a plan's number, a lead's sentences. Every page here is made up.
"""
import pytest

from made_up_pastes import fields_of
from archive.read.headline_end_dates import date_end_off
from archive.read.named_event_days import named_event_day
from archive.read.stopped_headlines import stopped_headline
from archive.read.candidates import DateCandidate
from archive.read.under_title_dates import date_line_under
from archive.text.dates import all_dates

CHROME = "Trang chủ | Giới thiệu | Tin tức | Liên hệ"
LEAD = ("Sáng 12/3, Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng sáu tháng đầu năm, triển khai "
        "nhiệm vụ trọng tâm sáu tháng cuối năm với sự tham dự của các đồng chí trong Ban Thường vụ.")
MORE = ("Phát biểu tại hội nghị, đồng chí Bí thư Huyện ủy đề nghị các chi bộ, đảng bộ cơ sở tiếp tục nâng cao "
        "chất lượng sinh hoạt, chú trọng công tác phát triển đảng viên trong thời gian tới.")


def page(*head: str) -> str:  # noqa: D103 (chrome, the head, the text)
    return "\n".join([CHROME, *head, "", LEAD, "", MORE]) + "\n"


def _event(text: str) -> bool:
    return named_event_day(text, all_dates(text)[0].start())


EVENTS = [
    "LỄ KẾT NẠP ĐẢNG ngày 23/11/2017",
    "LỄ KẾT NẠP ĐẢNG NGÀY 23/11/2017",
    "Lễ kết nạp đảng viên ngày 23/11/2017",
    "Hội đồng ngũ ngày 23/11/2017",
    "Họp Mặt 2021 ngày 23-11-2017",
    "Lễ giao nhận quân năm 2024 ngày 5.2.2024",
    "Hoa Ngày Tựu Trường ngày 05/09/2023",
    "ĐÊM HỘI TRĂNG RẰM NGÀY 15/08/2022",
    "Hội nghị tổng kết năm 2021 ngày 23/11/2017",
    "Lễ tri ân - Trưởng thành ngày 23/11/2017",
    "Khởi Sắc Từ Nghề Trồng Nấm ngày 23/11/2017",
    "Đại hội Chi bộ ngày 3/2/2020 tại hội trường",
    "Tập thể lớp 12A gặp mặt ngày 23/11/2017",
    "Hoi nghi tong ket cong tac ngay 23/11/2017",
    "HỘI THI CẮM HOA NGÀY 8-3-2024",
]


@pytest.mark.parametrize("text", EVENTS)
def test_an_events_name_then_its_day_is_no_date_line(text):
    assert _event(text)


DATE_LINES = [
    "Hà Nội, ngày 23/11/2017",
    "Hà Nội ngày 23/11/2017",
    "Thứ Năm, ngày 23/11/2017",
    "Thứ Năm ngày 23/11/2017",
    "Cập nhật ngày 23/11/2017",
    "Cap nhat ngay 23/11/2017",
    "Đăng ngày 23/11/2017",
    "Tin và ảnh ngày 23/11/2017",
    "Tin, ảnh ngày 23/11/2017",
    "Nguyễn Văn An ngày 23/11/2017",
    "NGUYỄN VĂN AN NGÀY 23/11/2017",
    "Báo Nhân Dân ngày 23/11/2017",
    "Tạp chí Cộng sản ngày 23/11/2017",
    "Thành phố Hồ Chí Minh ngày 23/11/2017",
    "Ngày đăng: 23/11/2017",
    "Ngày 23/11/2017",
    "Lễ kết nạp ngày 23/11/2017 08:15",
    "Biên tập viên ngày 23/11/2017",
    "Admin ngày 23/11/2017",
]


@pytest.mark.parametrize("text", DATE_LINES)
def test_date_lines_stay_date_lines(text):
    assert not _event(text)


@pytest.mark.parametrize("head", [
    "LỄ KẾT NẠP ĐẢNG ngày 23/11/2017",
    "Hội nghị tổng kết năm 2021 ngày 23/11/2017",
    "ĐÊM HỘI TRĂNG RẰM NGÀY 15/08/2022",
])
def test_a_headline_with_its_events_day_keeps_the_title_and_gives_no_date(head):
    fields = fields_of(page(head))
    assert fields.get("title") == head and fields.get("date") is None


def test_a_date_line_under_the_headline_beats_the_day_in_it():
    fields = fields_of(page("Lễ kết nạp đảng viên mới ngày 23/11/2017", "12/03/2024 08:15"))
    assert fields.get("title") == "Lễ kết nạp đảng viên mới ngày 23/11/2017" and str(fields.get("date")) == "2024-03-12"


@pytest.mark.parametrize("text, head, day", [
    ("Vận dụng tư tưởng Hồ Chí Minh trong giai đoạn hiện nay 30-09-2023",
     "Vận dụng tư tưởng Hồ Chí Minh trong giai đoạn hiện nay", "30-09-2023"),
    ("VẬN DỤNG TƯ TƯỞNG HỒ CHÍ MINH TRONG GIAI ĐOẠN HIỆN NAY - 30/09/2023",
     "VẬN DỤNG TƯ TƯỞNG HỒ CHÍ MINH TRONG GIAI ĐOẠN HIỆN NAY", "30/09/2023"),
    ("Van dung tu tuong Ho Chi Minh trong giai doan hien nay 30.09.2023",
     "Van dung tu tuong Ho Chi Minh trong giai doan hien nay", "30.09.2023"),
])
def test_hien_nay_governs_no_day(text, head, day):
    assert date_end_off(text) == (head, day)


@pytest.mark.parametrize("text", [
    "Nhiệt liệt chào mừng 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (1930-2025)",
    "Đại hội Chi bộ lần thứ V, nhiệm kỳ 2020-2025",
    "Triển khai thực hiện Kế hoạch số 12/2017",
    "Hội nghị diễn ra trong hôm nay 30-09-2023",
    "Hội nghị cán bộ toàn huyện diễn ra sáng nay 30-09-2023",
    # "<headline>. 23/11/2017" was a near-miss here; conventions round 16 splits a day off a headline closed by a
    # full stop (stopped_end_dates.py; tests/test_conventions_round16.py); two sentences still keep it (below)
    "Đại hội đại biểu Đảng bộ huyện lần thứ XX diễn ra ngày 23/11/2017",
    "Các đại biểu dự hội nghị. Hội nghị đã thảo luận. 23/11/2017",
    "Tổ chức giải chạy việt dã từ 20/11 - 23/11/2017",
    "Hội nghị tổng kết công tác năm... 23/11/2017",
])
def test_near_misses_keep_their_day(text):
    assert date_end_off(text) is None


def test_a_dated_digests_title_opening_with_its_day_stays_a_title():
    head = "Ngày 3/2: Tin vắn hoạt động của các chi bộ trong huyện"
    assert not named_event_day(head, all_dates(head)[0].start()) if all_dates(head) else True
    assert date_end_off(head) is None


@pytest.mark.parametrize("text, expected", [
    ("Hội nghị Ban chấp hành Đảng bộ Sở Y tế phiên tháng 7/2025.", True),
    ("HỘI ĐỒNG NHÂN DÂN XÃ TỔ CHỨC KỲ HỌP THỨ 10 KHÓA XX.", True),
    ("Hoi dong nhan dan xa to chuc ky hop thu 10 khoa XX.", True),
    ("Hội nghị Ban chấp hành Đảng bộ Sở Y tế phiên tháng 7", False),  # no stop: round 32's shape asks
    ("Họp chi bộ. Bàn nhiệm vụ năm tới của chi bộ cơ sở.", False),  # two sentences: a lead
    ("Đã bao giờ bạn hỏi chi bộ mình họp thế nào?", False),
    ("Những ngày tháng đáng nhớ của chi bộ...", False),  # an ellipsis
    ("Ngắn gọn thôi.", False),
    (" ".join(["chữ"] * 30) + ".", False),  # a paragraph's length
])
def test_one_stopped_headline(text, expected):
    assert stopped_headline(text) is expected


@pytest.mark.parametrize("head, short, day", [
    ("Hội nghị Ban chấp hành Đảng bộ Sở Y tế tổ chức phiên họp tháng 7.", "31/07/25", "2025-07-31"),
    ("HỘI ĐỒNG NHÂN DÂN XÃ TỔ CHỨC KỲ HỌP THỨ MƯỜI KHÓA XX.", "26.07.19", "2019-07-26"),
    ("Chi bộ Điện lực thị xã tổ chức Đại hội lần thứ hai, nhiệm kỳ 2015 – 2020.", "08-06-15", "2015-06-08"),
])
def test_a_two_digit_year_under_a_stopped_headline_dates_the_page(head, short, day):
    assert str(fields_of(page(head, short)).get("date")) == day


def test_a_two_digit_figure_under_a_lead_sentence_stays_no_date():
    fields = fields_of(page("Tin tức hoạt động", "Các đại biểu dự hội nghị đã thảo luận. Hội nghị kết thúc lúc chiều.",
                            "31/07/25"))
    assert fields.get("date") is None


HEAD = "Đoàn công tác thăm và làm việc tại Huyện ủy Bình An"


@pytest.mark.parametrize("end", [" (23/11/2017)", " [23/11/2017]", " - 23/11/2017", " 23-11-2017", " 23.11.2017"])
@pytest.mark.parametrize("date_line", ["12/03/2024 08:15", "Thứ Ba, 12/03/2024", "Cập nhật: 12/03/2024"])
def test_a_date_line_under_the_headline_beats_a_day_at_its_end(end, date_line):
    fields = fields_of(page(HEAD + end, date_line))
    assert fields.get("title") == HEAD and str(fields.get("date")) == "2024-03-12"


@pytest.mark.parametrize("end", [" (23/11/2017)", " - 23/11/2017", " 23-11-2017"])
def test_with_no_date_line_the_day_at_the_headlines_end_is_the_pages(end):
    fields = fields_of(page(HEAD + end))
    assert fields.get("title") == HEAD and str(fields.get("date")) == "2017-11-23"


@pytest.mark.parametrize("date_index, title_index, widget, expected", [
    (3, 2, "", True), (4, 2, "", True),  # right under the headline, or a byline between
    (7, 2, "", False),  # a document's own date under its letterhead, further down
    (1, 2, "", False),  # above the headline: round 12's reading stands
    (3, 2, "a site clock: today's date", False), (3, None, "", False),
])
def test_which_date_line_beats_the_headlines_day(date_index, title_index, widget, expected):
    candidate = DateCandidate(date_index, date_index + 1, "12/03/2024", widget=widget)
    assert date_line_under(candidate, title_index) is expected
    assert not date_line_under(None, title_index)
