"""Which line is the headline, round 5 of issue 13: a numbered part of the body is never
the headline, a year range at a headline's end costs it nothing when no headline stands
under it, a headline may ask a question, and an interface label in another language is
neither the headline nor its kicker."""
import pytest

from archive.read.bylines import is_foreign_label
from archive.read.layout import find_layout


def lines(*texts):
    return list(enumerate(texts, start=1))


PROSE = ("Năm 1930, phong trào cách mạng trong huyện phát triển mạnh mẽ dưới sự lãnh đạo của các "
         "chi bộ đầu tiên, mở ra thời kỳ đấu tranh mới.")


def test_a_headline_ending_with_a_year_range_over_numbered_sections_is_the_headline():
    layout = find_layout(lines("Skip navigation links",
                               "TUYÊN TRUYỀN Kỷ niệm 80 năm thành lập Đảng bộ huyện Tân An (3/2/1945 - 3/2/2025)",
                               "I. SỰ RA ĐỜI CỦA ĐẢNG BỘ HUYỆN MỞ RA THỜI KỲ MỚI CHO PHONG TRÀO CÁCH MẠNG",
                               "1. Bối cảnh lịch sử ra đời của Đảng bộ huyện Tân An",
                               "1.1. Tình hình trong nước", PROSE))
    assert layout.title[1].startswith("TUYÊN TRUYỀN Kỷ niệm 80 năm")
    assert layout.kicker == "" and [d.text for d in layout.dropped] == ["Skip navigation links"]


def test_a_year_range_over_a_headline_still_makes_a_kicker():
    layout = find_layout(lines("Kỷ niệm 80 năm thành lập Đảng bộ huyện (3/2/1945 - 3/2/2025)",
                               "Đảng bộ huyện Tân An phát huy truyền thống vẻ vang trong giai đoạn mới", PROSE))
    assert layout.title[1].startswith("Đảng bộ huyện Tân An") and layout.kicker.startswith("Kỷ niệm 80 năm")


def test_a_quoted_question_under_a_kicker_is_the_headline():
    layout = find_layout(lines("Đẩy mạnh học tập và làm theo tư tưởng, đạo đức Hồ Chí Minh",
                               "“Làm gì để nêu gương trở thành việc làm thường xuyên?”",
                               "(TTX) – Ban Tuyên giáo tổ chức tọa đàm trực tuyến với nhiều đại biểu tham dự.",
                               PROSE))
    assert layout.title[1] == "“Làm gì để nêu gương trở thành việc làm thường xuyên?”"
    assert layout.kicker.startswith("Đẩy mạnh học tập") and layout.marker == "TTX"


@pytest.mark.parametrize("text, foreign", [
    ("Skip to main content", True), ("Skip Ribbon Commands", True), ("Toggle navigation", True),
    ("Đảng bộ huyện Tân An", False), ("Hội nghị Online Summit của ngành", False),
    ("COVID-19", False), ("Video", False), ("Tin tuc", False),
])
def test_an_interface_label_in_another_language(text, foreign):
    assert is_foreign_label(text) is foreign


@pytest.mark.parametrize("text, crumb", [
    ("Trang chủ > Xây dựng Đảng", True), ("Tin tức » Sự kiện » Hoạt động cơ sở", True),
    ("Home / Tin tức", True), ("Đảng bộ A > Đảng bộ B", False),  # two parts, not from the home page
    ("Tỷ lệ kết nạp > 5% so với năm trước, vượt chỉ tiêu đề ra.", False),
])
def test_a_breadcrumb_is_chrome_not_a_kicker(text, crumb):
    from archive.read.chrome import is_breadcrumb, strip_chrome
    assert is_breadcrumb(text) is crumb
    if crumb:
        assert strip_chrome(lines(text, "Đảng bộ huyện Tân An phát huy truyền thống", PROSE)) == \
            lines(text, "Đảng bộ huyện Tân An phát huy truyền thống", PROSE)[1:]


@pytest.mark.parametrize("above, kicker", [
    ("Đảng bộ khối cơ quan tỉnh", "Đảng bộ khối cơ quan tỉnh"),  # a subject: the kicker
    ("Logo", ""), ("bao-tan-an-tin-tuc", ""),  # an interface word, a URL slug
    ("Đường dây nóng: 0912 345 678", ""), ("A- A A+ | Chia sẻ bài viết", ""),  # a contact bar, a widget
    ("khối phường", ""),  # a menu item in lower case
])
def test_only_words_of_a_subject_make_a_kicker(above, kicker):
    layout = find_layout(lines(above, "Đảng bộ huyện Tân An phát huy truyền thống trong giai đoạn mới", PROSE))
    assert layout.title[1].startswith("Đảng bộ huyện Tân An") and layout.kicker == kicker
    assert [d.text for d in layout.dropped] == ([] if kicker else [above])


def test_initials_opening_a_headline_are_no_section_number():
    layout = find_layout(lines("Thời sự", "V. I. Lênin bàn về công tác cán bộ của Đảng cộng sản", PROSE))
    assert layout.title[1].startswith("V. I. Lênin") and layout.kicker == "Thời sự"
