"""The reader of issue 13, round 23 (part a: titles and dates), on made-up text: a form's field
label ("Tiêu đề:") before the headline leaves the title; a portal's sidebar label printed twice
("Thư viện ảnh Thư viện ảnh") and an image's alt text in small unaccented letters are chrome, never
the title; a date line whose date is glued to its time and a view count ("14/03/202407:44:00(Xem:
2540)") gives the date. Near-misses stay as they were: a headline naming "tiêu đề" inside it, a
headline repeating a word, two small unaccented words, a line of a number glued to a year in prose."""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.chrome import is_noise_line
from archive.read.drop_capitals import join_drop_capitals
from archive.read.footer_dates import footer_stamp
from archive.read.headline_dates import headline_block_day
from archive.read.title_lines import (alt_text, counter_row, doubled_label, field_label_off, generic_headline, genre_label,
                                       hotline_bar, small_letter_menu)
from archive.text.dates import unspaced_date_line
from made_up_pastes import fields_of, reading

LEAD = ("Sáng 12/6, Ban Thường vụ Hội tổ chức hội nghị sơ kết công tác 6 tháng đầu năm và triển khai "
        "nhiệm vụ trọng tâm những tháng cuối năm với sự tham dự của đại diện các chi hội cơ sở.")
SECOND = ("Theo báo cáo, 6 tháng qua các cấp Hội đã vận động hội viên tham gia phát triển kinh tế, "
          "xây dựng nông thôn mới, giữ gìn an ninh trật tự ở khu dân cư.")


# ---------------------------------------------------------------- a field label on the headline

@pytest.mark.parametrize("label", ["Tiêu đề:", "Tiêu đề :", "TIÊU ĐỀ:", "Tên bài viết:", "Title:"])
@pytest.mark.parametrize("headline", ["LÀNG GỐM CỔ VỚI NGHỀ THỦ CÔNG TRUYỀN THỐNG",
                                      "Hội Văn học Nghệ thuật tỉnh tổng kết năm 2023"])
def test_a_field_label_before_the_headline_leaves_the_title(label, headline):
    assert fields_of(f"{label} {headline}\nTác giả: Lê Văn Bình\n\n{LEAD}\n\n{SECOND}\n")["title"] == headline


@pytest.mark.parametrize("headline", ["Tiêu đề của một bài báo hay", "Bàn về tiêu đề: ngắn và đúng",
                                      "Titles: a word list"])
def test_a_headline_naming_the_word_keeps_it(headline):
    assert field_label_off(headline) == headline


# ---------------------------------------------------------------- a sidebar label printed twice

@pytest.mark.parametrize("line", ["Thư viện ảnh Thư viện ảnh", "Bản tin truyền hình Bản tin truyền hình",
                                  "Văn bản mới Văn bản mới",
                                  '<a href="https://example.gov.vn/thu-vien">Thư viện ảnh</a> Thư viện ảnh'])
def test_a_label_printed_twice_is_chrome(line):
    assert doubled_label(line)


@pytest.mark.parametrize("line", ["Xanh xanh", "Đi đi em đi đi em", "Mừng Đảng mừng Xuân",
                                  "Người tốt việc tốt. Người tốt việc tốt.", "Một hai ba một hai bốn"])
def test_a_headline_repeating_words_is_no_doubled_label(line):
    assert not doubled_label(line)


def test_doubled_sidebar_labels_above_the_headline_are_not_the_title():
    body = ("Thư viện ảnh Thư viện ảnh\n\nBản tin truyền thanh Bản tin truyền thanh\n\n"
            "Làng nghề mây tre đan ở huyện miền núi\n\n" + LEAD + "\n\n" + SECOND + "\n")
    assert fields_of(body)["title"] == "Làng nghề mây tre đan ở huyện miền núi"


# ---------------------------------------------------------------- an image's alt text

@pytest.mark.parametrize("line", ["ao tim ben cua", "anh hoi nghi tong ket", "nha_van_tre_mua_thu",
                                  "le-hoi-mua-xuan-lang"])
def test_small_unaccented_words_are_an_image_alt_text(line):
    assert alt_text(line) and is_noise_line(line)


@pytest.mark.parametrize("line", ["image banner", "Ao tim ben cua", "áo tím bên cầu", "ao tim ben cua.",
                                  "nhớ huế mùa mưa", "ao tim 2024 ben cua"])
def test_other_lines_are_no_alt_text(line):
    assert not alt_text(line)


def test_an_alt_text_under_the_headline_is_not_the_title():
    body = f"Mùa thu ở phố cổ\n\n15/10/2023 08:10\n\nsong nuoc que nha toi\n\n{LEAD}\n\n{SECOND}\n"
    assert fields_of(body)["title"] == "Mùa thu ở phố cổ"


# ---------------------------------------------------------------- a date glued to its time

@pytest.mark.parametrize("line, spaced", [
    ("14/03/202407:44:00(Xem: 2540)", "14/03/2024 07:44:00 (Xem: 2540)"),
    ("05/11/20239:05", "05/11/2023 9:05"),
    ("21.09.202216:16", "21.09.2022 16:16"),
    ("14/03/202407:44:00 Lượt xem: 12", "14/03/2024 07:44:00 Lượt xem: 12"),
])
def test_a_date_glued_to_its_time_is_spaced(line, spaced):
    assert unspaced_date_line(line) == spaced


@pytest.mark.parametrize("line", ["14/03/2024 07:44", "Năm 202407:44", "Số 14/03/202407:44", "14/03/20240744"])
def test_other_lines_keep_their_digits(line):
    assert unspaced_date_line(line) == line


@pytest.mark.parametrize("date_line, date", [
    ("14/03/202407:44:00(Xem: 2540)", dt.date(2024, 3, 14)),
    ("02/11/202315:20(Lượt xem: 88)", dt.date(2023, 11, 2)),
    ("30/04/202506:05:10", dt.date(2025, 4, 30)),
])
def test_a_glued_date_line_under_the_headline_gives_the_date(date_line, date):
    body = f"Nhớ mùa hoa gạo quê nhà\n\n{date_line}\n\n{LEAD}\n\n{SECOND}\n"
    fields = fields_of(body)
    assert fields["date"] == date and fields["title"] == "Nhớ mùa hoa gạo quê nhà"


def test_a_caption_printed_twice_under_the_lead_stays_in_the_text():
    body = (f"Làng nghề mây tre đan ở huyện miền núi\n\n15/10/2023 08:10\n\n{LEAD}\n\nQuang cảnh hội nghị Quang cảnh hội nghị\n\n"
            f"{SECOND}\n")
    article = reading(body, "https://example.org.vn/tin-tuc/bai-1")
    assert any("Quang cảnh hội nghị" in block.text for block in article.article.blocks)


# ---------------------------------------------------------------- a menu of genres in small letters

@pytest.mark.parametrize("menu", [
    ["tiểu thuyết", "truyện ngắn", "thơ", "lý luận phê bình văn học", "những bài báo"],
    ["thơ", "văn xuôi", "dịch thuật"],
    ["trang chủ", "giới thiệu", "tin tức sự kiện", "nghiên cứu trao đổi văn học nghệ thuật"],
])
def test_a_menu_in_small_letters_above_the_headline_is_not_the_title(menu):
    headline = "Đôi điều về cái cười trong văn chương xưa"
    body = "\n".join(menu) + f"\nKhách thăm: 1200345\n18.07.2012\n{headline}\n\n{LEAD}\n\n{SECOND}\n"
    fields = fields_of(body)
    assert fields["title"] == headline and fields["date"] == dt.date(2012, 7, 18)


def test_two_small_letter_lines_are_no_menu():
    assert small_letter_menu([(1, "thơ"), (2, "văn xuôi"), (3, "Đôi điều về cái cười")]) == set()


def test_small_letter_lines_in_the_text_stay():
    lines = [(1, "Đôi điều về cái cười"), (2, LEAD), (3, "thơ"), (4, "văn xuôi"), (5, "dịch thuật")]
    assert small_letter_menu(lines) == set()


def test_a_headline_opening_on_a_small_letter_stays_under_one_label():
    assert small_letter_menu([(1, "tin tức"), (2, "thông báo cấp cảnh báo cháy rừng ngày 29/7/2022"),
                              (3, LEAD)]) == set()


# ---------------------------------------------------------------- a visit counter's rows above the headline

@pytest.mark.parametrize("line", ["Khách thăm: 20527174", "Tổng số trong ngày: 2,201", "Đang truy cập : 11.280",
                                  "Tổng số truy cập: 8,312,109"])
def test_a_counter_row_is_one(line):
    assert counter_row(line)


@pytest.mark.parametrize("line", ["Nghị quyết số 12: 2023", "Tổng kết năm 2023", "Khách thăm: nhiều",
                                  "Hội nghị lần thứ 3: thành công tốt đẹp"])
def test_other_lines_are_no_counter_row(line):
    assert not counter_row(line)


def test_counter_rows_and_doubled_labels_over_the_headline_are_not_the_title():
    body = ("Thống kê truy cập Thống kê truy cập\n\nĐang truy cập: 11,280\nTổng số trong ngày: 2,201\n"
            "Tổng số truy cập: 8,312,109\n\nNghề đan lát ở xã ven sông\n\n" + LEAD + "\n\n" + SECOND + "\n")
    assert fields_of(body)["title"] == "Nghề đan lát ở xã ven sông"


def test_a_count_in_the_text_stays():
    body = (f"Nghề đan lát ở xã ven sông\n\n15/10/2023 08:10\n\n{LEAD}\n\nSố hộ làm nghề: 1,250\n\n{SECOND}\n")
    article = reading(body, "https://example.org.vn/tin-tuc/bai-1").article
    assert any("Số hộ làm nghề: 1,250" in block.text for block in article.blocks)


# ---------------------------------------------------------------- a one-word notice headline over a bare date

@pytest.mark.parametrize("headline", ["THÔNG BÁO", "LỜI KÊU GỌI", "THƯ MỜI"])
@pytest.mark.parametrize("date_line", ["06/10/2016", "06/10/2016 09:15"])
def test_a_generic_capitals_headline_first_over_a_bare_date_is_the_title(headline, date_line):
    fields = fields_of(f"{headline}\n\n{date_line}\n\n{LEAD}\n\n{SECOND}\n")
    assert fields["title"] == headline and fields["date"] == dt.date(2016, 10, 6)


def test_the_same_label_elsewhere_is_still_chrome():
    lines = [(1, "Trang chủ"), (2, "THÔNG BÁO"), (3, "06/10/2016"), (4, LEAD)]
    assert not generic_headline(lines, 1, first=False)
    lines = [(1, "THÔNG BÁO"), (2, "Hội nghị tổng kết công tác Hội năm 2016"), (3, LEAD)]
    assert not generic_headline(lines, 0, first=True)
    lines = [(1, "Thông báo"), (2, "06/10/2016"), (3, LEAD)]
    assert not generic_headline(lines, 0, first=True)


# ---------------------------------------------------------------- a genre label and an alt text under the headline

@pytest.mark.parametrize("line", ["Tùy bút", "Tuỳ bút", "Bút ký", "Truyện ngắn", "TẢN VĂN", "Thơ", "Hôm nay,",
                                  "Hôm nay là:"])
def test_a_genre_or_clock_label_is_one(line):
    assert genre_label(line)


@pytest.mark.parametrize("line", ["Tùy bút về Hà Nội", "Thơ và đời", "Hôm nay, Hội tổ chức hội nghị", "Nhớ Huế"])
def test_a_headline_with_such_words_is_no_label(line):
    assert not genre_label(line)


@pytest.mark.parametrize("genre", ["Tùy bút", "Bút ký", "Tản văn"])
@pytest.mark.parametrize("alt", ["song nuoc que nha", "chieu tren pho cu"])
def test_a_short_headline_over_a_glued_date_a_genre_and_an_alt_text_is_the_title(genre, alt):
    body = f"Hôm nay,  \n\nNhớ Hội An\n\n14/03/202407:44:00(Xem: 2540)\n{genre}\n\n{alt}\n\n{LEAD}\n\n{SECOND}\n"
    fields = fields_of(body)
    assert (fields["title"], fields["date"], fields["author"]) == ("Nhớ Hội An", dt.date(2024, 3, 14), "")


def test_a_genre_line_in_the_text_stays():
    body = f"Nhớ Hội An\n\n15/10/2023 08:10\n\n{LEAD}\n\nThơ\n\n{SECOND}\n"
    article = reading(body, "https://example.org.vn/tin-tuc/bai-1").article
    assert any(block.text == "Thơ" for block in article.blocks)


# ---------------------------------------------------------------- a headline, its date line and its lead on one line

@pytest.mark.parametrize("headline, date_line, date, time", [
    ("Hội Điều dưỡng tỉnh kỷ niệm 25 năm ngày thành lập", "14/09/2022 - 16:16:00", dt.date(2022, 9, 14), "16:16"),
    ("Hội Chữ thập đỏ huyện trao quà cho hộ nghèo", "03/02/2023 – 08:05", dt.date(2023, 2, 3), "08:05"),
    ("Liên đoàn Lao động tỉnh tổng kết năm 2023", "28/12/2023 | 15:30", dt.date(2023, 12, 28), "15:30"),
])
def test_a_headline_glued_to_its_date_line_and_lead_is_split(headline, date_line, date, time):
    line = f"{headline}{date_line} {LEAD}"
    fields = fields_of(f"{line}\n{SECOND}\n")
    assert (fields["title"], fields["date"], fields["time"]) == (headline, date, time)


def test_a_span_of_dates_in_a_headline_is_no_date_line():
    headline = "Kỷ niệm 30 năm thành lập Hội (21/09/1992 - 21/09/2022)"
    fields = fields_of(f"{headline}\n\n{LEAD}\n\n{SECOND}\n")
    assert fields["title"] == headline and fields["date"] is None


# ---------------------------------------------------------------- the event's day closing a capitals headline line

@pytest.mark.parametrize("headline, lead_day", [
    ("CHI HỘI THƠ HUYỆN X SINH HOẠT NGÀY 28/5/2020", "Ngày 28/5/2020"),
    ("HỘI CỰU GIÁO CHỨC XÃ GẶP MẶT NGÀY 12.3.2021", "Sáng ngày 12/3/2021"),
    ("CÂU LẠC BỘ THƠ ĐƯỜNG LUẬT TỔNG KẾT NGÀY 05-01-2022", "Chiều 5/1/2022"),
])
def test_the_day_closing_a_capitals_headline_named_by_the_lead_is_no_date(headline, lead_day):
    lead = f"{lead_day} tại nhà văn hóa thôn, các hội viên đã tổ chức sinh hoạt định kỳ rất vui vẻ và đầm ấm."
    fields = fields_of(f"{headline}\n\n{lead}\n")
    assert fields["title"] == headline and fields["date"] is None


def test_the_day_in_a_capitals_headline_the_lead_does_not_name_stays_a_date_candidate():
    lines = [(1, "HỘI THƠ HUYỆN TỔNG KẾT NGÀY 28/5/2020"), (2, LEAD)]
    assert not headline_block_day(lines, 0)


def test_a_headline_in_small_letters_ending_on_a_day_is_not_this_kind():
    lines = [(1, "Chi hội thơ sinh hoạt NGÀY 28/5/2020"), (2, "Ngày 28/5/2020 tại nhà văn hóa thôn, hội viên họp.")]
    assert not headline_block_day(lines, 0)


# ---------------------------------------------------------------- a magazine's top bar and search prompt over the headline

@pytest.mark.parametrize("bar", [
    "Hội Văn học Nghệ thuật tỉnh Quảng Bình 03/05/2024 Danh sách tạp chí Hotline: 02323 852 458 Đặt báo Giới thiệu",
    "Tạp chí Sông Lam Hotline: 0912.345.678 Liên hệ quảng cáo",
    "Đường dây nóng: (0236) 3 822 111 | Đặt báo | Giới thiệu",
])
@pytest.mark.parametrize("prompt", ["Tìm kiếm trên website chúng tôi", "Tìm trong trang"])
def test_a_top_bar_with_a_hotline_and_a_search_prompt_are_not_the_title(bar, prompt):
    headline = "Người về bên bến sông"
    body = f"{bar}\n\n{prompt}\n\nX\n\n{headline}\n\nT\n\n{LEAD[:1].lower()}{LEAD[1:]}\n\n{SECOND}\n"
    assert fields_of(body)["title"] == headline


@pytest.mark.parametrize("line", ["Mọi thông tin xin gọi Hotline để được hỗ trợ",
                                  "Tìm kiếm trên website của Bộ những văn bản mới ban hành năm 2023, thật nhanh.",
                                  "Tìm kiếm tài năng trẻ trên sân khấu chèo"])
def test_lines_without_a_number_or_a_prompt_are_no_bar(line):
    assert not hotline_bar(line)


def test_a_hotline_in_the_text_stays():
    body = (f"Người về bên bến sông\n\n15/10/2023 08:10\n\n{LEAD}\n\nHotline: 0912 345 678 hỗ trợ hội viên\n\n"
            f"{SECOND}\n")
    article = reading(body, "https://example.org.vn/tin-tuc/bai-1").article
    assert any("0912 345 678" in block.text for block in article.blocks)


# ---------------------------------------------------------------- a drop capital split from its word

@pytest.mark.parametrize("capital, rest", [("T", "rước khi về thôn"), ("Đ", "ầu năm ấy, khi về thôn"),
                                           ("N", "hững ngày cuối năm, khi về thôn")])
def test_a_drop_capital_is_joined_to_the_rest_of_its_word(capital, rest):
    lead = f"{rest} ven biển, tôi cứ hình dung ra ông chủ nhiệm câu lạc bộ mà mình sắp gặp."
    body = f"Người về bên bến sông\n\n15/10/2023 08:10\n\n{capital}\n\n{lead}\n\n{SECOND}\n"
    fields = fields_of(body)
    assert fields["title"] == "Người về bên bến sông" and fields["lead"] == capital + lead


@pytest.mark.parametrize("lines", [
    [(1, "A"), (2, "Thư viện ảnh của hội viên trong tháng mười vừa qua")],   # a capital after it
    [(1, "X"), (2, "đóng")],                                                 # a button, no paragraph
    [(1, "AB"), (2, "rước khi về thôn ven biển, tôi cứ hình dung ra ông")],  # two letters
])
def test_other_lone_letters_stay(lines):
    assert join_drop_capitals(lines) == lines


# ---------------------------------------------------------------- a signed footer's date when the head has none

@pytest.mark.parametrize("footer, date, time", [
    ("Vanhocxua.com - 07:33 - 16/01/2021 - Bài của Trần Văn Bình", dt.date(2021, 1, 16), "07:33"),
    ("Trang nhà Lê Minh - 21:05 - 02/03/2019", dt.date(2019, 3, 2), "21:05"),
    ("Nhavanmoi.net | 16/01/2021 | 07:33 | Bài của Nguyễn Thị Mai", dt.date(2021, 1, 16), "07:33"),
])
def test_a_signed_footer_dates_a_page_with_no_date_line(footer, date, time):
    body = f"Mấy suy nghĩ về nghề viết hôm nay\n\n{LEAD}\n\n{SECOND}\n\n \n{footer}   \n\nGửi bình luận\n"
    fields = fields_of(body)
    assert (fields["date"], fields["time"]) == (date, time)


def test_a_date_line_in_the_head_beats_the_footer():
    body = (f"Mấy suy nghĩ về nghề viết hôm nay\n\n15/10/2023 08:10\n\n{LEAD}\n\n{SECOND}\n\n"
            "Vanhocxua.com - 07:33 - 16/01/2021 - Bài của Trần Văn Bình\n")
    assert fields_of(body)["date"] == dt.date(2023, 10, 15)


@pytest.mark.parametrize("last", [
    "Hội nghị kết thúc lúc 11:30 - 16/01/2021 - với nhiều ý kiến tâm huyết của các đại biểu tham dự hôm ấy.",
    "Lễ khai mạc diễn ra ngày 16/01/2021 lúc 07:33 tại nhà văn hóa.",
    "Trần Văn Bình - 16/01/2021",
])
def test_a_date_in_the_last_lines_prose_is_no_footer_stamp(last):
    assert footer_stamp([(1, LEAD), (2, last)]) is None
