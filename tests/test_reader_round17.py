"""The reader of issue 13, round 17, on made-up text (the kinds holdout 16's titles and dates missed).

Titles: a browser's notice that scripts are off ("... bật JavaScript trong trình duyệt của bạn") is
chrome; a menu printed one item a line in small letters ("dong thap", "xổ số Cà Mau", "Bà Rịa _ Vũng
Tàu") is a menu; a slug the site cut short still names the headline whose opening it spells; a slug
naming the line under the date line beats a body's name printed over it as a masthead; a site's news
section before a colon ("Tin Tức Phú Yên: ...") and a writer's name after a headline in capitals
("... NĂM 2024 – Trung Trí.", then the byline) are no part of the headline.
Dates: a date beside the weather ("16.2 C", "28°C") is a site's clock; the lead's first line, hard-wrapped
("Ngày 27/02/2025, tại hội" / "trường ..."), is no date line under a bare date over the headline; a
print view's dateline in words ("Hải Phòng, ngày 19 tháng 01 năm 2020") is the article's date.
"""
import datetime as dt

import pytest

from archive.read.chrome import is_noise_line, menu_items
from archive.read.date_context import date_candidates
from archive.read.headline import clean_headline
from archive.read.headline_parts import news_section_off, writer_off
from archive.read.lead_markers import BARE_MARKER
from archive.read.slugs import named_by_slug, slug_words
from made_up_pastes import reading

HEADLINE = "Hội Nông dân xã Tân Phú tập huấn kỹ thuật trồng rau an toàn cho hội viên"
LEAD = ("Sáng ngày 12/3, Hội Nông dân xã Tân Phú phối hợp với Trạm Khuyến nông huyện tổ chức lớp tập huấn "
        "kỹ thuật trồng rau an toàn cho hơn 60 hội viên nông dân trên địa bàn xã.")
MORE = ("Tại lớp tập huấn, các học viên được hướng dẫn cách chọn giống, làm đất, bón phân hợp lý và sử dụng "
        "thuốc bảo vệ thực vật đúng quy định, bảo đảm an toàn cho người sản xuất và người tiêu dùng.")


def _page(*above: str, under: str = "", headline: str = HEADLINE, end: str = "") -> str:
    return "\n".join(part for part in (*above, headline, under, LEAD, MORE, end) if part) + "\n"


# ---------------------------------------------------------------- a browser's notice is chrome

NOTICES = [
    "Để có trải nghiệm tốt hơn trên trang thông tin điện tử UBND huyện Tân Phú, bật JavaScript trong trình duyệt của bạn",
    "Bật javasrcipt trình duyệt Chrome Bật javasrcipt trình duyệt IE",
    "Please enable JavaScript in your browser to view this page",
    "Trình duyệt của bạn đã tắt Javascript, vui lòng bật lại để xem trang",
]


@pytest.mark.parametrize("line", NOTICES)
def test_a_browser_notice_is_noise(line):
    assert is_noise_line(line)


@pytest.mark.parametrize("line", ["Lập trình JavaScript cho học sinh trung học phổ thông",  # no browser named
                                  "Trình duyệt web an toàn cho trẻ em khi học trực tuyến"])  # no script named
def test_a_headline_on_scripts_or_browsers_is_no_notice(line):
    assert not is_noise_line(line)


@pytest.mark.parametrize("notice", NOTICES[:2])
def test_the_headline_under_a_browser_notice(notice):
    got = reading(_page(notice, "Bật javascript trình duyệt Firefox")).fields
    assert got["title"] == HEADLINE


# ---------------------------------------------------------------- a menu in small letters

PLACES = ["Hồ chí minh", "dong thap", "xổ số Cà Mau", "Bà Rịa _ Vũng Tàu", "Bến Tre", "Bạc liêu", "dong nai",
          "Cần Thơ", "Sóc trăng", "Tay ninh", "xổ số An Giang", "binh thuan", "Vĩnh Long", "Bình dương",
          "Trà Vinh", "long an", "Bình Phước", "Xổ số kiến thiết Hậu Giang", "Tiền giang", "kien giang", "da lat"]


def test_a_long_menu_in_small_letters_does_not_hide_the_headline():
    page = "\n".join(["CỔNG THÔNG TIN ĐIỆN TỬ CÔNG TY XỔ SỐ KIẾN THIẾT", *PLACES, "", HEADLINE, "", LEAD, MORE]) + "\n"
    assert reading(page).fields["title"] == HEADLINE


@pytest.mark.parametrize("items", [["dong thap", "long an", "kien giang", "da lat", "binh thuan", "Tân Phú"],
                                   ["Trang chủ", "giới thiệu", "tin tức", "văn bản", "liên hệ"],
                                   ["Bà Rịa _ Vũng Tàu", "Cần Thơ", "Sóc trăng", "Tay ninh", "Trà Vinh"]])
def test_menu_items_in_small_letters(items):
    lines = [(n, text) for n, text in enumerate([*items, HEADLINE, LEAD], 1)]
    assert menu_items(lines) == set(range(len(items) - 1))  # the last item may be a kicker: it stays


@pytest.mark.parametrize("items", [["dong thap", "long an", "kien giang", "da lat"],  # too few in a row
                                   ["dong thap", "long an", "2 căn nhà", "da lat", "binh thuan"],  # a number
                                   ["dong thap", "long an,", "kien giang", "da lat", "binh thuan"],  # a comma
                                   ["dong thap", "long an", "(kien giang)", "da lat", "binh thuan"]])
def test_no_menu_without_a_run_of_items(items):
    lines = [(n, text) for n, text in enumerate([*items, HEADLINE, LEAD], 1)]
    assert menu_items(lines) == set()


# ---------------------------------------------------------------- a slug cut short

CAPS = ("NHỮNG ĐIỂM MỚI CƠ BẢN CỦA NGHỊ ĐỊNH 45/2025/NĐ-CP NGÀY 12/3/2025 CỦA CHÍNH PHỦ QUY ĐỊNH CHI TIẾT "
        "THI HÀNH MỘT SỐ ĐIỀU CỦA LUẬT TẠM GIỮ, TẠM GIAM")
CUT_URL = ("https://vksnd.example.gov.vn/nhung-diem-moi-co-ban-cua-nghi-dinh-45-2025-nd-cp-ngay-12-3-2025-"
           "cua-chinh-phu-quy-dinh-chi_1234_56_2_a.html")


@pytest.mark.parametrize("url, text, named", [
    (CUT_URL, CAPS, True),  # the slug spells the headline's first words, then stops
    ("https://a.vn/hoi-nong-dan-xa-tan-phu-tap-huan-ky-thuat-trong-rau_99.html", HEADLINE, True),
    ("https://a.vn/hoi-nong-dan-xa-tan-phu-tap-huan-ky-thuat-trong_99.html", HEADLINE, False),  # eleven: too few
    ("https://a.vn/nong-dan-xa-tan-phu-tap-huan-ky-thuat-trong-rau_99.html", HEADLINE, False),  # not its opening
    (CUT_URL, "Trang thông tin tổng hợp Viện Kiểm sát nhân dân tỉnh Tân Phú", False),
])
def test_a_slug_cut_short_names_the_headline_it_opens(url, text, named):
    assert named_by_slug(text, slug_words(url)) is named


def test_a_cut_slug_finds_a_headline_in_capitals_under_a_site_name_and_a_ticker():
    page = _page("Trang thông tin tổng hợp Viện Kiểm sát Tân Phú",
                 "tiếp tục bảo đảm an toàn giao thông trong dịp lễ", headline=CAPS)
    assert reading(page, CUT_URL).fields["title"] == CAPS


# ---------------------------------------------------------------- a body's name over the date line

ORGAN = "Liên hiệp các hội khoa học và kỹ thuật tỉnh Tân Phú"
SHORT = "Mười năm ấy biết bao nghĩa tình"
QA = ("P.V: Thưa ông, mười năm qua Liên hiệp hội tỉnh đã có những đóng góp nổi bật như thế nào cho sự nghiệp "
      "phát triển khoa học và công nghệ của địa phương, xin ông cho biết đôi điều?")


def test_the_slug_names_the_headline_under_the_date_line_not_the_masthead_over_it():
    page = "\n".join([ORGAN, "Thứ tư, 05/03/2014 21:00 (GMT+7)", "", SHORT, "", QA, MORE]) + "\n"
    got = reading(page, "https://example.vn/muoi-nam-ay-biet-bao-nghia-tinh-p12345.html").fields
    assert got["title"] == SHORT and got["date"] == dt.date(2014, 3, 5)


def test_a_headline_over_its_date_line_keeps_it_when_the_slug_names_it():
    page = "\n".join([HEADLINE, "Thứ tư, 05/03/2014 21:00", SHORT, QA, MORE]) + "\n"
    got = reading(page, "https://example.vn/hoi-nong-dan-xa-tan-phu-tap-huan-ky-thuat-p12.html").fields
    assert got["title"] == HEADLINE


# ---------------------------------------------------------------- a news section before the headline

@pytest.mark.parametrize("text, title", [
    ("Tin Tức Phú Yên: Sơn Hòa, Tây Hòa Hội Phụ Nữ Huyện Triển Khai Công Tác", "Sơn Hòa, Tây Hòa Hội Phụ Nữ Huyện Triển Khai Công Tác"),
    ("Tin tức: " + HEADLINE, HEADLINE),
    ("TIN TỨC TÂN PHÚ: " + HEADLINE, HEADLINE),
    ("Tin tức Bình Định: " + HEADLINE, HEADLINE),
])
def test_a_news_section_before_the_headline_goes(text, title):
    assert news_section_off(text) == title
    assert clean_headline(text) == (title, None)


@pytest.mark.parametrize("text", [
    "Tin tức giả: cách nhận biết và phòng tránh trên mạng xã hội",  # a topic in small letters
    "Hội VHNT tỉnh: Tổ chức trại sáng tác văn học năm 2024",  # a body's name before a colon
    "Tin tức: Hội nghị sơ kết",  # too little left for a headline
    "Tin tức và sự kiện nổi bật của huyện Tân Phú trong tuần qua",  # no colon
    "Tin tức Bình Định Hôm Nay Mới: " + HEADLINE,  # more than a section's name
])
def test_no_news_section_to_take_off(text):
    assert news_section_off(text) == text


def test_the_title_without_its_news_section():
    got = reading(_page(headline="Tin Tức Tân Phú: " + HEADLINE)).fields
    assert got["title"] == HEADLINE


# ---------------------------------------------------------------- a writer's name after a headline in capitals

UPPER = "LIÊN ĐỘI 3 THANH NIÊN XUNG PHONG HỌP MẶT TRUYỀN THỐNG NĂM 2024"


@pytest.mark.parametrize("text, name", [
    (UPPER + " – Trung Trí.", "Trung Trí"),
    (UPPER + " - Nguyễn Văn An", "Nguyễn Văn An"),
    (UPPER + " — Lê Thị Hoa.", "Lê Thị Hoa"),
])
def test_a_writer_after_a_headline_in_capitals(text, name):
    assert writer_off(text) == (UPPER, name)


@pytest.mark.parametrize("text", [
    UPPER + " – Hà Nội",  # a place
    UPPER + " – TRUNG TRÍ",  # a name in capitals: nothing marks it off
    "Liên đội 3 họp mặt truyền thống năm 2024 – Trung Trí",  # a headline in small letters
    UPPER + " – Kỳ 2",  # a part's number
    "HỌP MẶT – Trung Trí",  # too little left for a headline
])
def test_no_writer_to_take_off(text):
    assert writer_off(text) == (text, "")


def test_the_writer_after_the_headline_is_the_byline():
    got = reading(_page(headline=UPPER + " – Trung Trí.")).fields
    assert got["title"] == UPPER and got["author"] == "Trung Trí"


# ---------------------------------------------------------------- a clock beside the weather

@pytest.mark.parametrize("above", [
    ("Thứ Ba, 20/01/2026", "16.2 C", "Tân Phú"),
    ("Thứ Ba, 20/01/2026", "28°C"),
    ("Thứ Ba, 20/01/2026", "Tân Phú", "31 °C"),
    ("Thứ Hai, 12/01/2026 | 28°C Tân Phú",),
])
def test_a_date_beside_the_weather_is_a_site_clock(above):
    got = reading(_page(*above)).fields
    assert got["title"] == HEADLINE and got["date"] is None


def test_a_date_line_under_the_headline_is_no_weather_clock():
    got = reading(_page(under="Thứ Ba, 20/01/2026 08:15")).fields
    assert got["date"] == dt.date(2026, 1, 20)


@pytest.mark.parametrize("below", ["16 giờ", "Lượt xem: 28", "28 C.P.", "Nhiệt độ cao"])
def test_no_weather_no_clock(below):
    lines = [(1, "Thứ Ba, 20/01/2026"), (2, below), (3, HEADLINE)]
    assert [c.widget for c in date_candidates(lines, [0], BARE_MARKER)] == [""]


# ---------------------------------------------------------------- the lead's first line, hard-wrapped

WRAPPED = ("Ngày 27/02/2025, tại hội\n"
           "trường Trung tâm Văn hóa xã, Hội Chữ thập đỏ xã Tân Phú phối hợp với Hội Người mù huyện trao quà\n"
           "cho hội viên có hoàn cảnh khó khăn trên địa bàn hai huyện.\n")


@pytest.mark.parametrize("opening", ["Ngày 27/02/2025, tại hội", "Sáng ngày 27/02/2025, tại hội",
                                     "27/02/2025, hội chữ thập"])
def test_a_wrapped_lead_under_a_bare_date_leaves_the_date_line(opening):
    body = WRAPPED.replace("Ngày 27/02/2025, tại hội", opening)
    got = reading(f"28/02/2025\n{HEADLINE.upper()}\n{body}").fields
    assert got["title"] == HEADLINE.upper() and got["date"] == dt.date(2025, 2, 28)


@pytest.mark.parametrize("first, second", [
    ("Ngày 27/02/2025, Nguyễn Văn An", "Hội Chữ thập đỏ xã Tân Phú"),  # a name after the comma
    ("Ngày 27/02/2025, tại hội", "Trường Trung tâm Văn hóa xã"),  # the next line opens a line of its own
    ("Cập nhật 27/02/2025, lúc 10:20", "trường Trung tâm"),  # a label before the date
])
def test_a_date_line_is_no_wrapped_lead(first, second):
    lines = [(1, first), (2, second)]
    assert len(date_candidates(lines, [0], BARE_MARKER)) == 1


# ---------------------------------------------------------------- a print view's dateline

@pytest.mark.parametrize("dateline", ["Hải Phòng, ngày 19 tháng 01 năm 2020", "Hà Nội, ngày 9 tháng 1 năm 2020",
                                      "TP. Hồ Chí Minh, Ngày 19 tháng 01 năm 2020"])
def test_a_print_views_dateline_in_words_is_the_date(dateline):
    got = reading(_page(dateline, "")).fields
    assert got["title"] == HEADLINE and got["date"] == dt.date(2020, 1, 19 if "19" in dateline else 9)


@pytest.mark.parametrize("clock", ["Hà Nội, Ngày 19/01/2020", "Hà Nội, Thứ Hai, ngày 19 tháng 01 năm 2020",
                                   "Hà Nội, 19/01/2020"])
def test_a_place_with_the_days_figures_or_weekday_is_still_a_clock(clock):
    got = reading(_page(clock)).fields
    assert got["date"] is None
