"""The layout rules on small cases, one rule at a time."""
import datetime as dt

import pytest

from archive import models
from archive.read.chrome import strip_chrome, undouble
from archive.read.bylines import parse_byline
from archive.read.layout import classify, find_date_line, find_layout, is_name_like
from archive.text import dates
from archive.text.dates import find_date, find_time


def lines(*texts):
    return list(enumerate(texts, start=1))


@pytest.mark.parametrize("text, byline", [
    ("Chính trị | 06:51 Thứ Năm ngày 11/10/2012", ""),  # a section name is not a byline
    ("Quốc Bình| 16/07/2018 20:15", "Quốc Bình"),
    ("Thứ Hai, ngày 30 tháng 1 năm 2023", ""),
    ("11:30 18/04/2023", ""),
    ("01/06/2020 | 1456", ""),  # a view count
])
def test_date_lines_of_the_five_layouts(text, byline):
    found = find_date_line(lines("Tiêu đề", text))
    assert found and found.text == text and found.byline == byline


def test_prose_with_a_date_is_not_a_date_line():
    assert find_date_line(lines("Ngày 23/12/2022, Thành ủy tổ chức hội nghị tổng kết công tác năm với nhiều nội dung")) is None


@pytest.mark.parametrize("text, kind", [
    ("Những dấu ấn đổi mới", models.HEADING),
    ("Đồng chí Nguyễn Văn Nên phát biểu tại Hội nghị", models.CAPTION),
    ("Ảnh: Quang cảnh hội nghị.", models.CAPTION),
    ("1. Tham mưu hoàn thành việc tổ chức đại hội.", models.ITEM),
    ("Hội nghị được tổ chức trực tuyến tại 70 điểm cầu.", models.PARAGRAPH),
])
def test_block_kinds(text, kind):
    assert classify(1, text).kind == kind


def test_caption_printed_twice_on_one_line():
    assert undouble("Ảnh đẹp Ảnh đẹp") == "Ảnh đẹp"
    assert undouble("Ảnh đẹp Ảnh xấu") is None


@pytest.mark.parametrize("text, expected", [
    ("Bình Yên", True), ("S. Hải", True), ("Hoàng Lan - Hoàng Mai", True),
    ("Thông báo", False), ("Tag:", False), ("Ba là, những việc mới.", False),
])
def test_name_like(text, expected):
    assert is_name_like(text) is expected


def test_footer_and_noise_are_dropped_but_article_words_are_kept():
    kept = strip_chrome(lines("Sign In", "Tiêu đề", "Thân bài có chữ Bình luận ở giữa.", "Đoạn hai.",
                              "Bình luận", "Gõ tiếng Việt có dấu, tối thiểu 15 chữ"))
    assert [t for _, t in kept] == ["Tiêu đề", "Thân bài có chữ Bình luận ở giữa.", "Đoạn hai."]


def test_layout_with_no_date_line_takes_the_first_line_as_title():
    layout = find_layout(lines("Tiêu đề bài", "Đoạn mở đầu dài, viết thành câu hoàn chỉnh."))
    assert layout.title[1] == "Tiêu đề bài" and layout.lead[1].startswith("Đoạn mở đầu")
    assert layout.date_line is None


def test_header_title_absent_from_text_means_no_title_line():
    layout = find_layout(lines("Đoạn mở đầu dài, viết thành câu hoàn chỉnh.", "Đoạn hai."), title_hint="Khác")
    assert layout.title is None and layout.lead[1].startswith("Đoạn mở đầu")


def test_lead_marker_names_outlet_and_is_stripped():
    layout = find_layout(lines("Tiêu đề", "16/07/2018", "(HNMO) - Nội dung mở đầu."))
    assert layout.marker == "HNMO" and layout.lead[1] == "Nội dung mở đầu."


# ---------------------------------------------------------------- issue 13: weighing the head


def test_a_clock_with_a_city_is_not_the_date_line():
    layout = find_layout(lines("Hà Nội, Ngày 17/02/2020", "Tầm quan trọng của công tác cán bộ",
                               "Ngày đăng: 10/02/2020 08:59", "Xuất phát từ tầm quan trọng của công tác cán bộ, "
                               "Trung ương đã ban hành nhiều nghị quyết."))
    assert layout.date_line.text == "Ngày đăng: 10/02/2020 08:59"
    assert layout.title[1] == "Tầm quan trọng của công tác cán bộ"
    assert any("not the publication date" in d.why for d in layout.dropped)


def test_a_date_line_under_the_headline_beats_the_clock_at_the_top():
    layout = find_layout(lines("Thứ hai, ngày 29/04/2024", "Tin tức trong ngành",
                               "Hội nghị cán bộ toàn ngành năm 2015: đổi mới phương thức thông tin",
                               "(09/10/2015 15:34:31)", "Hội nghị diễn ra tại Hà Nội trong ba ngày, với nhiều tham luận."))
    assert layout.date_line.text == "(09/10/2015 15:34:31)"
    assert layout.title[1].startswith("Hội nghị cán bộ") and layout.kicker == "Tin tức trong ngành"


def test_a_clock_under_a_chrome_word_still_loses_to_the_date_line_under_the_headline():
    layout = find_layout(lines("Analytic", "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27",
                               "Đón vận hội mới bằng tâm thế mới", "Lê Công Bình - 14:29, 20/01/2020",
                               "Năm 2019, công tác dân tộc đã đạt được những thành tựu nổi bật."))
    assert find_date(layout.date_line.text)[0] == dt.date(2020, 1, 20) and layout.byline == "Lê Công Bình"
    assert layout.title[1] == "Đón vận hội mới bằng tâm thế mới"
    assert any(d.text.startswith("Thứ Sáu") and "not the publication date" in d.why for d in layout.dropped)


def test_a_date_line_above_the_headline_is_still_the_date():
    layout = find_layout(lines("Thứ Năm, 15/10/2020, 16:21 (GMT+7)", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI",
                               "Báo trân trọng đăng toàn văn Nghị quyết được thông qua trong phiên bế mạc."))
    assert layout.date_line.text.startswith("Thứ Năm") and layout.title[1].startswith("Nghị quyết Đại hội")


@pytest.mark.parametrize("under_the_date", [
    "Quang cảnh Hội nghị toàn thể lần thứ 7 của Ban Chấp hành Trung ương - Nguồn: nhandan.com.vn",  # a caption
    "Quá trình hình thành và phát triển của cơ quan công tác dân tộc",  # a subtitle
])
def test_a_line_between_the_date_line_and_the_lead_does_not_outweigh_the_headline(under_the_date):
    layout = find_layout(lines("Thứ Tư, 19/12/2018", "Cấp ủy các cấp thực hiện công tác giám sát trong Đảng",
                               "18/10/2017 22:12' Gửi bài này In bài này", under_the_date,
                               "1. Việc giám sát nhằm tăng cường sự lãnh đạo của Đảng và công tác xây dựng Đảng."))
    assert layout.title[1] == "Cấp ủy các cấp thực hiện công tác giám sát trong Đảng"
    assert find_date(layout.date_line.text)[0] == dt.date(2017, 10, 18)


def test_a_lead_missing_its_final_full_stop_is_still_the_lead_not_a_headline():
    layout = find_layout(lines("Hiệp Hòa kết nạp được 200 đảng viên mới",
                               "Đến ngày 27-11, Huyện ủy kết nạp 200 đảng viên mới, tăng 5 đảng viên so với năm 2017. "
                               "Đây là năm có lượng đảng viên mới kết nạp cao từ trước đến nay",
                               "Kết nạp đảng viên mới tại chi bộ trường mầm non xã Hoàng Lương",
                               "Trong số các đảng viên mới có 6 đồng chí là trưởng thôn."))
    assert layout.title[1] == "Hiệp Hòa kết nạp được 200 đảng viên mới"
    assert layout.lead[1].startswith("Đến ngày 27-11") and layout.dropped == []


def test_an_abbreviation_inside_a_headline_is_no_sentence_break():
    layout = find_layout(lines("Thời cuộc", "TP. Cần Thơ: Phấn đấu trở thành một cực tăng trưởng của quốc gia vào năm 2030",
                               "Ngày 27/9, Đảng bộ thành phố khai mạc Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030."))
    assert layout.title[1].startswith("TP. Cần Thơ")


def test_a_contact_bar_is_no_date_line():
    assert find_date_line(lines("06/10/2024 | 00:35 GMT+7 | Điện thoại: 0243 | Email: a@b.vn", "Tiêu đề")) is None


def test_a_bracketed_date_ends_the_headline_and_is_the_date():
    layout = find_layout(lines("Kết nạp 141 đảng viên mới trong doanh nghiệp (27/08/2018)",
                               "Từ đầu năm đến nay, Đảng bộ Khối có thêm 141 đảng viên mới."))
    assert layout.title[1] == "Kết nạp 141 đảng viên mới trong doanh nghiệp"
    assert layout.date_line.text == "27/08/2018"


@pytest.mark.parametrize("chrome", ["Xem với cỡ chữ", "Chọn cỡ chữ A a", "Banner", "Sign In", "aa",
                                    "Theo dõi Báo Gia Lai trênGoogle News", "24114 Lượt xem"])
def test_a_chrome_line_is_never_the_title(chrome):
    kept = strip_chrome(lines(chrome, "Nâng cao chất lượng sinh hoạt chi bộ",
                              "Thời gian qua, các chi bộ đã đổi mới nội dung sinh hoạt."))
    assert find_layout(kept).title[1] == "Nâng cao chất lượng sinh hoạt chi bộ"


def test_a_breadcrumb_ending_with_the_title_is_dropped_not_taken():
    layout = find_layout(lines("Trang chủ Tư liệu Đổi mới, sắp xếp tổ chức bộ máy", "Thứ tư, 08 Tháng 9 2021 15:09",
                               "Đổi mới, sắp xếp tổ chức bộ máy", "(LLCT) - Đổi mới tổ chức bộ máy luôn được "
                               "Đảng ta quan tâm lãnh đạo, chỉ đạo."))
    assert layout.title[1] == "Đổi mới, sắp xếp tổ chức bộ máy" and layout.marker == "LLCT"
    assert [d.text for d in layout.dropped] == ["Trang chủ Tư liệu Đổi mới, sắp xếp tổ chức bộ máy"]


def test_lines_above_the_title_are_dropped_with_a_note_not_refused():
    layout = find_layout(lines("Tìm kiếm", "Chuyên mục Xây dựng Đảng", "Chi bộ nhỏ, việc không nhỏ",
                               "Cập nhật lúc 10:29, Thứ Hai, 27/08/2018 (GMT+7)",
                               "(ĐN) - Từ đầu năm đến nay, chi bộ đã kết nạp thêm ba đảng viên mới."))
    assert layout.title[1] == "Chi bộ nhỏ, việc không nhỏ" and layout.kicker == "Chuyên mục Xây dựng Đảng"
    assert [d.text for d in layout.dropped] == ["Tìm kiếm"]


@pytest.mark.parametrize("lead, marker", [
    ("TCCS - Theo V.I. Lê-nin, tổ chức cơ sở đảng là nền tảng của Đảng.", "TCCS"),
    ("(CTO)- Chiều 26-8, Ban Thường vụ Thành ủy tổ chức hội nghị tổng kết.", "CTO"),
    ("Laocaitv.vn - Chủ tịch Hồ Chí Minh từng căn dặn cán bộ, đảng viên như vậy.", "Laocaitv.vn"),
    ("(Quanlynhanuoc.vn) – Đơn vị cơ sở là lực lượng nòng cốt của Quân đội ta.", "Quanlynhanuoc.vn"),
])
def test_source_tags_open_the_lead(lead, marker):
    layout = find_layout(lines("Tiêu đề của bài báo", lead))
    assert layout.marker == marker and not layout.lead[1].startswith(marker)


def test_a_related_link_list_is_chrome():
    body = ["Chỉ thị của Ban Bí thư về việc tổ chức Tết năm 2025 cho nhân dân",
            "Trưởng Ban Tổ chức Trung ương: Tinh gọn là phải rất gọn, rõ chức năng",
            "Đoàn khảo sát tổng kết Nghị quyết số 23-NQ/TW làm việc với Đảng đoàn ngày 1/12/2022"]
    layout = find_layout(lines("Tiêu đề bài viết về quy định mới",
                               "(Mặt trận) - Quy định mới có nhiều điểm mới về tổ chức bộ máy.", *body,
                               "Quy định gồm 5 chương, 20 điều."))
    assert [b.text for b in layout.blocks] == ["Quy định gồm 5 chương, 20 điều."]
    assert [d.text for d in layout.dropped] == body


# ---------------------------------------------------------------- bylines


@pytest.mark.parametrize("text, authors", [
    ("HỒNG PHƯƠNG", ("Hồng Phương",)),
    ("Thực hiện: ANH DŨNG - QUÁCH HÙNG", ("Anh Dũng", "Quách Hùng")),
    ("TS. Bùi Ngọc Thanh", ("TS. Bùi Ngọc Thanh",)),
    ("Thiếu tá, ThS. Đoàn Văn Hiếu", ("Thiếu tá, ThS. Đoàn Văn Hiếu",)),
    ("PGS.TS. TRẦN VĂN A", ("PGS.TS. Trần Văn A",)),
    ("Lê Thanh Chương (Ban Tổ chức Tỉnh ủy)", ("Lê Thanh Chương",)),
    ("Trấn Giang (tổng hợp)", ("Trấn Giang",)),
    ("Thu Hường – Minh Dũng", ("Thu Hường", "Minh Dũng")),
    ("VĂN PHIN |", ("Văn Phin",)),
    ("Lữ Hương - Đảng ủy Khối các cơ quan tỉnh", ("Lữ Hương",)),  # a position after the dash
    ("H.Tr", ("H.Tr",)),
    ("Hiếu Lê", ("Hiếu Lê",)),  # given name first
    ("PV", ()), ("BTV", ()), ("Nhóm PV", ()), ("PM", ()), ("Infographic", ()), ("Hà Nội", ()), ("Khánh Hòa", ()),
    ("Báo Sơn La", ()), ("BTNO", ()), ("TAGS", ()), ("BẠN ĐỌC PHẢN HỒI", ()), ("Ảnh: TTXVN", ()),
    ("Theo mof.gov.vn", ()), ("Những kết quả nổi bật", ()), ("Đồng chí Bùi Văn Tiếng", ()),
    ("I. MỤC ĐÍCH, YÊU CẦU", ()), ("Tác giả:", ()),
    # the heading of an official text: two capitalised words, never a name
    ("QUYẾT ĐỊNH", ()), ("HƯỚNG DẪN", ()), ("KẾ HOẠCH", ()), ("QUYẾT NGHỊ", ()), ("Chương trình hành động", ()),
    ("Quý Định", ("Quý Định",)),  # folds like "Quy định", yet a name: the tone marks tell them apart
    # interface and ticker labels: not Vietnamese syllables, or a Vietnamese interface word
    ("Breaking News", ()), ("Live Update", ()), ("Hot News", ()), ("Latest News", ()), ("Live", ()),
    ("Mới Nhất", ()), ("MỚI NHẤT", ()), ("Tin Nóng", ()), ("Trực Tiếp", ()), ("Tiêu Điểm", ()), ("Đọc Nhiều", ()),
    # a clan name of the Central Highlands closes a name as a Kinh surname opens one
    ("Djuang Niê", ("Djuang Niê",)), ("Ksor Phước Hà", ("Ksor Phước Hà",)),
])
def test_a_byline_is_a_persons_name(text, authors):
    assert parse_byline(text) == authors


def test_a_byline_under_the_title_with_a_position_line():
    layout = find_layout(lines("Bảo đảm chất lượng đại biểu Quốc hội", "TS. BÙI NGỌC THANH",
                               "Nguyên Chủ nhiệm Văn phòng Quốc hội", "08:21, ngày 16-04-2021",
                               "TCCS - Cuộc bầu cử sắp tới sẽ lựa chọn những đại biểu xứng đáng."))
    assert layout.byline == "TS. Bùi Ngọc Thanh" and layout.date_line.text == "08:21, ngày 16-04-2021"
    assert layout.title[1] == "Bảo đảm chất lượng đại biểu Quốc hội"
    assert "Nguyên Chủ nhiệm" not in " ".join(b.text for b in layout.blocks)


def test_a_time_suffix_is_no_byline():
    found = find_date_line(lines("Tiêu đề", "15:52 PM 12/03/2021 | Lượt xem: 12"))
    assert found.byline == ""


def test_an_outlet_credit_at_the_end_is_no_byline_but_a_name_above_it_is():
    layout = find_layout(lines("Tiêu đề bài", "Đoạn mở đầu dài, viết thành câu hoàn chỉnh.", "Đoạn hai.",
                               "Hồng Thắng", "Báo Sơn La"))
    assert layout.byline == "Hồng Thắng"
    layout = find_layout(lines("Tiêu đề bài", "Đoạn mở đầu dài, viết thành câu hoàn chỉnh.", "Đoạn hai.", "BTNO"))
    assert layout.byline == "" and any("BTNO" in note for _, note in layout.notes)


def test_a_place_or_a_document_heading_closing_the_paste_is_no_byline():
    for last in ("Quảng Nam", "QUYẾT ĐỊNH", "HƯỚNG DẪN"):
        layout = find_layout(lines("Tiêu đề bài viết", "Đoạn mở đầu dài, viết thành câu hoàn chỉnh.", "Đoạn hai.", last))
        assert layout.byline == "", last


def test_a_document_heading_under_the_headline_is_no_byline():
    layout = find_layout(lines("Hướng dẫn tiêu chuẩn và hồ sơ xét kết nạp đảng viên", "ĐẢNG BỘ TRƯỜNG ĐẠI HỌC",
                               "HƯỚNG DẪN", "Căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW của Ban Chấp hành Trung ương."))
    assert layout.byline == "" and layout.title[1].startswith("Hướng dẫn tiêu chuẩn")


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize("text, date, time", [
    ("Thứ tư, 08 Tháng 9 2021 15:09", dt.date(2021, 9, 8), "15:09"),
    ("01:01 PM 31/10/2015", dt.date(2015, 10, 31), "13:01"),
    ("Cập nhật ngày: 07/10/2019 05:23:01", dt.date(2019, 10, 7), "05:23"),
    ("09:15 SA 02/01/2020", dt.date(2020, 1, 2), "09:15"),
    ("21/06/2024 08:15 GMT+07:00", dt.date(2024, 6, 21), "08:15"),
    ("Thứ sáu, 21/06/2024 GMT+07:00", dt.date(2024, 6, 21), ""),  # a zone's offset is no time
])
def test_more_date_and_time_forms(text, date, time):
    assert find_date(text)[0] == date and find_time(text) == time


# ---------------------------------------------------------------- issue 13: the second dev set's kinds


@pytest.mark.parametrize("line, title", [
    ("• Các chi bộ hoàn thành đại hội nhiệm kỳ mới", "Các chi bộ hoàn thành đại hội nhiệm kỳ mới"),  # a list bullet
    ("null Huyện ủy tổng kết công tác xây dựng Đảng", "Huyện ủy tổng kết công tác xây dựng Đảng"),  # empty field
    ("undefined Đảng bộ xã kết nạp ba đảng viên mới", "Đảng bộ xã kết nạp ba đảng viên mới"),
])
def test_interface_leftovers_in_front_of_the_headline_leave_the_title(line, title):
    layout = find_layout(lines(line, "Sáng 3/5, các chi bộ đã tổ chức đại hội theo đúng kế hoạch đề ra của Huyện ủy."))
    assert layout.title[1] == title


@pytest.mark.parametrize("button", ["Đọc bài viết", "Nghe bài viết", "Nghe đọc bài viết", "Lượt xem:"])
def test_a_read_aloud_button_or_an_empty_counter_is_chrome_never_the_title(button):
    kept = strip_chrome(lines("LỄ TRAO HUY HIỆU", "Lượt xem:", button,
                              "Sáng 3/5, chi bộ đã trao Huy hiệu Đảng cho các đảng viên lão thành của thôn."))
    assert button not in [t for _, t in kept]
    assert find_layout(kept).title[1] == "LỄ TRAO HUY HIỆU"


@pytest.mark.parametrize("alt", ["Alternate Text", "Alt text", "Image"])
def test_an_images_alt_text_placeholder_is_chrome_never_a_byline(alt):
    kept = strip_chrome(lines("Lịch sử hình thành Đảng bộ cơ quan qua các thời kỳ", alt,
                              "Ngày 3-2-1950, chi bộ đầu tiên của cơ quan được thành lập với ba đảng viên."))
    assert find_layout(kept).byline == "" and alt not in [t for _, t in kept]


@pytest.mark.parametrize("footer", ["Ý kiến bạn đọc (0)", "Bình luận (12)", "Ý KIẾN BẠN ĐỌC (3)"])
def test_a_footer_line_with_a_count_starts_the_footer_and_the_byline_above_it_is_found(footer):
    kept = strip_chrome(lines("Xã kết nạp năm đảng viên mới trong năm nay", "Sáng 3/5, Đảng ủy xã tổ chức lễ kết nạp.",
                              "Các đảng viên mới đều là đoàn viên ưu tú.", "Tin, ảnh: Hà Linh", footer,
                              "Một bạn đọc: Chúc mừng các đồng chí!"))
    assert [t for _, t in kept][-1] == "Tin, ảnh: Hà Linh"
    assert find_layout(kept).byline == "Hà Linh"


def test_a_date_lines_parts_may_be_separated_by_spaces():
    found = find_date_line(lines("Lễ kết nạp đảng viên cho học sinh ưu tú", "05 09 2021", "in trang",
                                 "Sáng 3/9, chi bộ nhà trường tổ chức lễ kết nạp đảng viên mới."))
    assert found is not None and find_date(found.text)[0] == dt.date(2021, 9, 5)


@pytest.mark.parametrize("text, unspaced", [
    ("22 08 2022", "22/08/2022"), ("5 9 2021 07:30", "5/9/2021 07:30"),
    ("45 08 2022", "45 08 2022"),  # no such day
    ("Có 12 05 2021 người", "Có 12 05 2021 người"),  # numbers in a sentence, not a date line
])
def test_only_a_whole_line_reads_as_a_spaced_date(text, unspaced):
    assert dates.unspaced_date_line(text) == unspaced


@pytest.mark.parametrize("identifier", ["KhoaAliasPlainTextWebPart - Dữ liệu từ danh sách tĩnh (khoa)",
                                        "NewsDetailWebPart - Xem tin tức bài viết",
                                        "menu_WAR_newsportlet_INSTANCE_aB3dE"])
def test_a_portal_program_identifier_is_chrome_never_the_title(identifier):
    kept = strip_chrome(lines(identifier, "Quy trình phát triển Đảng viên", "Ngày 24/08/2017     8,954 lượt xem",
                              "Căn cứ Điều lệ Đảng, Đảng ủy hướng dẫn quy trình phát triển đảng viên như sau."))
    assert identifier not in [t for _, t in kept]
    assert find_layout(kept).title[1] == "Quy trình phát triển Đảng viên"


def test_a_glued_word_or_a_brand_opening_a_line_is_no_identifier():
    kept = strip_chrome(lines("VnExpress đưa tin về hội nghị", "PowerPoint trình chiếu tại hội nghị",
                              "VietNamNet - Sáng 3/5, Đảng ủy xã tổ chức lễ kết nạp đảng viên mới.", "snake_case ở đây"))
    assert len(kept) == 4


def test_a_breadcrumb_between_two_copies_of_the_headline_is_dropped_not_taken():
    layout = find_layout(lines("Đảng bộ xã Văn Xá kết nạp 5 đảng viên mới", "Tin tức - Sự kiện Tin hoạt động",
                               "Đảng bộ xã Văn Xá kết nạp 5 đảng viên mới",
                               "Thời gian qua, đảng bộ xã luôn coi trọng công tác phát triển đảng viên mới, "
                               "các chi bộ tạo điều kiện cho quần chúng ưu tú."))
    assert layout.title[1] == "Đảng bộ xã Văn Xá kết nạp 5 đảng viên mới"
    assert [d.text for d in layout.dropped] == ["Tin tức - Sự kiện Tin hoạt động"]
    assert [b.text for b in layout.blocks] == []


LEAD_2012 = "Sáng 17/1/2012, Ủy ban Kiểm tra Tỉnh ủy tổng kết công tác kiểm tra, giám sát của Đảng năm 2011."


@pytest.mark.parametrize("top", ["Thứ sáu,  07/05/2021", "Thứ Tư, ngày 14 tháng 11 năm 2018"])
def test_a_lone_date_years_after_every_year_of_the_text_stays_the_date_with_a_doubt(top):
    """A site's clock (2021 over an article on 2011) and a portal's date above the headline
    over an article that looks back (2018 over a text naming only 2011-2012) look alike:
    the date is taken, never refused, and the reviewer is told it may be the clock."""
    layout = find_layout(lines(top, "Tổng kết công tác kiểm tra, giám sát của Đảng năm 2011", LEAD_2012))
    assert layout.date_line is not None and layout.date_line.text == top
    assert layout.title[1].startswith("Tổng kết")
    assert any("site's clock" in note and "date: YYYY-MM-DD" in note for _, note in layout.notes)


@pytest.mark.parametrize("top", ["Thứ sáu, 20/01/2012", "Thứ sáu, 07/05/2021 08:15", "Cập nhật: Thứ sáu, 07/05/2021"])
def test_a_date_above_the_headline_stays_the_date_when_the_text_allows_it_or_it_says_more(top):
    layout = find_layout(lines(top, "Tổng kết công tác kiểm tra, giám sát của Đảng năm 2011", LEAD_2012))
    assert layout.date_line is not None and layout.date_line.text == top
    assert not any("site's clock" in note for _, note in layout.notes)


def test_an_impossible_date_above_the_headline_is_not_judged_a_clock_but_left_to_report():
    layout = find_layout(lines("Thứ Hai, ngày 30 tháng 13 năm 2023", "Tổng kết công tác kiểm tra năm 2011", LEAD_2012))
    assert layout.date_line is not None and layout.date_line.text.startswith("Thứ Hai")  # the reader names it


def test_a_ticker_label_between_the_date_line_and_the_headline_is_no_byline():
    layout = find_layout(lines("27/12/2024 lúc 00:02 (GMT+7)", "Breaking News",
                               "Thông tin đối ngoại góp phần bảo vệ nền tảng tư tưởng của Đảng",
                               "Công tác thông tin đối ngoại là một bộ phận quan trọng trong công tác tư tưởng."))
    assert layout.byline == "" and layout.title[1].startswith("Thông tin đối ngoại")


@pytest.mark.parametrize("short", ["Điểm báo ngày 22/9", "Bản tin tuần 38"])
def test_a_short_headline_holding_a_number_over_the_date_line_beats_an_item_headline_under_it(short):
    layout = find_layout(lines(short, "22/09/2022 15:15",
                               "Công nghiệp chế biến, chế tạo trở thành trụ cột chính của Quảng Ninh (TTXVN 22/9)",
                               "Quảng Ninh xác định phải đạt 3 đột phá trong phát triển công nghiệp chế biến."))
    assert layout.title[1] == short


@pytest.mark.parametrize("label", ["Xây dựng Đảng", "Tin tức sự kiện", "Chính trị"])
def test_a_section_label_over_the_date_line_leaves_the_headline_under_it(label):
    layout = find_layout(lines(label, "22/09/2022 15:15",
                               "Đảng bộ xã Văn Xá kết nạp đảng viên mới nhân dịp kỷ niệm ngày thành lập Đảng",
                               "Sáng 3/2, Đảng ủy xã Văn Xá tổ chức lễ kết nạp đảng viên mới cho các quần chúng ưu tú."))
    assert layout.title[1].startswith("Đảng bộ xã Văn Xá")


@pytest.mark.parametrize("footer", ["Phản hồi", "Thông tin người gửi phản hồi", "Xem bình luận", "Xem nhiều nhất",
                                    "Đọc nhiều nhất", "Bài viết khác", "Bài trước", "Bài trướcHội thảo mô",
                                    "Tin sau: Đại hội Chi bộ 4"])
def test_feedback_boxes_most_read_lists_and_next_article_links_start_the_footer(footer):
    kept = strip_chrome(lines("Ngành Giáo dục nỗ lực phát triển đảng viên", "Sáng 3/5, Đảng ủy xã tổ chức lễ kết nạp.",
                              "Các đảng viên mới đều là đoàn viên ưu tú.", "Hà Linh", footer, "Một tin khác"))
    assert [t for _, t in kept][-1] == "Hà Linh"


@pytest.mark.parametrize("button", ["Lên top", "Về đầu trang", "Gửi cho bạn bè", "| Lượt xem: 179", "Chú thích ảnh"])
def test_back_to_top_share_buttons_and_counters_are_chrome(button):
    kept = strip_chrome(lines("Ngành Giáo dục nỗ lực phát triển đảng viên", button, "Sáng 3/5, Đảng ủy xã tổ chức lễ."))
    assert button not in [t for _, t in kept]


@pytest.mark.parametrize("prose", ["Bài trước đã nêu những kết quả nổi bật của nhiệm kỳ.", "Phản hồi ý kiến cử tri",
                                   "Tin sau cùng của năm"])
def test_prose_opening_with_footer_words_is_kept(prose):
    kept = strip_chrome(lines("Tiêu đề", "Đoạn một.", "Đoạn hai.", prose, "Đoạn ba."))
    assert [t for _, t in kept][-2:] == [prose, "Đoạn ba."]


@pytest.mark.parametrize("date_line", [
    "; đăng: 09:40, 12/05/2021; công bố ngày: 00:00, 12/05/2021;",
    "cập nhật: 09:40, 12/05/2021;",
])
def test_a_date_line_of_lower_case_fields_closed_by_semicolons_is_no_sentence_of_the_lead(date_line):
    layout = find_layout(lines("Đảng bộ Quân sự huyện Tân An tổ chức đại hội nhiệm kỳ mới", date_line,
                               "TA-Trong hai ngày 10 và 11-5, Đảng bộ Quân sự huyện Tân An đã tổ chức đại hội.",
                               "Đại hội bầu Ban Chấp hành Đảng bộ nhiệm kỳ mới gồm 9 đồng chí."))
    assert layout.date_line.text == date_line
    assert find_time(layout.date_line.text) == "09:40"
    assert layout.title[1] == "Đảng bộ Quân sự huyện Tân An tổ chức đại hội nhiệm kỳ mới"


def test_a_sentence_ending_with_a_semicolon_still_ends_the_head():
    layout = find_layout(lines("Đảng bộ Quân sự huyện Tân An tổ chức đại hội nhiệm kỳ mới",
                               "Ngày 12/05/2021, các đại biểu đã thảo luận về nhiệm vụ của nhiệm kỳ mới;",
                               "Đại hội bầu Ban Chấp hành Đảng bộ nhiệm kỳ mới gồm 9 đồng chí."))
    assert layout.date_line is None


@pytest.mark.parametrize("top, date_line", [
    ("Thứ ba, 14/05/2024 GMT+7", None),  # the site's clock: a zone qualifies a time, and none is shown
    ("Thứ ba, 14/05/2024 (GMT+7)", None), ("Thứ ba, 14/05/2024 GMT+07:00", None),
    ("Thứ ba, 14/05/2024, 08:30 (GMT+7)", "Thứ ba, 14/05/2024, 08:30 (GMT+7)"),  # the page's own date
])
def test_a_weekday_date_and_time_zone_with_no_time_is_a_clock(top, date_line):
    layout = find_layout(lines(top, "Góc nhìn: Không để kẻ xấu xuyên tạc công tác biên giới",
                               "Bộ đội Biên phòng tỉnh Tân An góp phần giữ vững an ninh khu vực biên giới trong năm 2023."))
    assert (layout.date_line.text if layout.date_line else None) == date_line
    assert layout.title[1] == "Góc nhìn: Không để kẻ xấu xuyên tạc công tác biên giới"
