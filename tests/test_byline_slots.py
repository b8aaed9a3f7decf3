"""Bylines wherever a Vietnamese news page prints them (issue 13, round 5): beside the
date and time, above a form the reader does not know, after a source credit, with the
author's unit between two names; never a name that is not in a byline slot."""
import datetime as dt

import pytest

from archive.read.bylines import parse_byline
from archive.read.layout import find_date_line, find_layout
from archive.read.reader import read_text
from archive.registry.outlets import OutletRegistry


def lines(*texts):
    return list(enumerate(texts, start=1))


LEAD = "Sáng nay, Đảng ủy phường tổ chức hội nghị sơ kết công tác xây dựng Đảng sáu tháng đầu năm."
BODY = "Hội nghị đã thống nhất các giải pháp trọng tâm cho những tháng cuối năm."
MORE = ("Các chi bộ báo cáo kết quả sinh hoạt chuyên đề trong quý.", "Ban Thường vụ giao nhiệm vụ cho từng chi bộ.",
        "Hội nghị kết thúc vào buổi trưa cùng ngày.")


@pytest.mark.parametrize("text, byline", [
    ("14/03/2023 09:15 Hồng Nhung", "Hồng Nhung"),  # the name after the time, no bar between
    ("TRẦN MINH 14/03/2023 09:15", "Trần Minh"),  # the name in capitals before the date
    ("Cập nhật 14/03/2023 09:15:42 Lê Văn Hải", "Lê Văn Hải"),  # a time with seconds
    ("Thứ Hai, 12/05/2025 08:30 | Nguyễn Văn An", "Nguyễn Văn An"),
    ("Nguyễn Văn An • 12/05/2025 08:30", "Nguyễn Văn An"),  # a dot between the parts
    ("14/03/2023 09:15 Thời sự", ""),  # a section name is no byline
])
def test_a_byline_beside_the_date_and_time_is_split_from_them(text, byline):
    found = find_date_line(lines("Phường Tân An sơ kết công tác Đảng sáu tháng", text))
    assert found is not None and found.text == text and found.byline == byline


def test_an_end_byline_above_a_form_the_reader_does_not_know():
    layout = find_layout(lines("Phường Tân An sơ kết công tác Đảng sáu tháng", LEAD, BODY,
                               "Minh Châu - Quốc Anh", "Góp ý của bạn", "Hủy Gửi ý kiến"))
    assert layout.byline == "Minh Châu - Quốc Anh"
    assert [b.text for b in layout.blocks] == [BODY]
    assert {d.text for d in layout.dropped} == {"Góp ý của bạn", "Hủy Gửi ý kiến"}


def test_an_end_byline_above_the_authors_post():
    layout = find_layout(lines("Phường Tân An sơ kết công tác Đảng sáu tháng", LEAD, BODY, *MORE,
                               "Nguyễn Thị Hoa", "Phó Trưởng Ban Tuyên giáo Quận ủy"))
    assert layout.byline == "Nguyễn Thị Hoa" and [b.text for b in layout.blocks] == [BODY, *MORE]


def test_a_name_among_tags_at_the_end_is_no_byline():
    """A name above short lines, with no paragraph ending just above it, is a list (tags,
    people, related topics), not the page's end."""
    layout = find_layout(lines("Phường Tân An sơ kết công tác Đảng sáu tháng", LEAD, BODY,
                               "Xây dựng Đảng", "Trần Văn Bình", "Kết nạp đảng viên"))
    assert layout.byline == ""


@pytest.mark.parametrize("text, authors", [
    ("Tạp chí Xây dựng: Diễn đàn - TS. LÊ VĂN HÙNG - Học viện Chính trị khu vực I, ThS. ĐỖ THỊ LAN - "
     "Trường Đại học Vinh", ("TS. Lê Văn Hùng", "ThS. Đỗ Thị Lan")),
    ("Theo TTXVN - Nguyễn Văn An", ("Nguyễn Văn An",)),
    ("TS. Lê Văn Hùng - Học viện Chính trị khu vực I, ThS. Đỗ Thị Lan", ("TS. Lê Văn Hùng", "ThS. Đỗ Thị Lan")),
    ("Thời sự - Minh An", ()),  # a section, then a pen name: no sure person after a source
    ("Báo Tân An - Hà Nội", ()),  # a source, then a place
    ("Học viện Chính trị khu vực I, ThS. Đỗ Thị Lan", ()),  # a unit first is no byline
])
def test_a_byline_line_may_open_with_its_source(text, authors):
    assert parse_byline(text) == authors


def test_a_credited_byline_with_degrees_under_the_title_is_no_sentence():
    """"ThS. ĐỖ" holds a full stop before a capital: the line is still the byline, and
    the lead under it is found."""
    layout = find_layout(lines("Phường Tân An sơ kết công tác Đảng sáu tháng",
                               "Tạp chí Xây dựng: Diễn đàn - TS. LÊ VĂN HÙNG - Học viện Chính trị khu vực I, "
                               "ThS. ĐỖ THỊ LAN - Trường Đại học Vinh", LEAD, BODY))
    assert layout.title[1] == "Phường Tân An sơ kết công tác Đảng sáu tháng"
    assert layout.byline == "TS. Lê Văn Hùng - ThS. Đỗ Thị Lan" and layout.lead[1] == LEAD


@pytest.mark.parametrize("text, authors", [
    ("Minh Anh/VOV", ("Minh Anh",)),  # the outlet after a slash
    ("Nguyễn Văn An/Báo Tân An", ("Nguyễn Văn An",)),
    ("Theo Lê Thu Hà (TTXVN)", ("Lê Thu Hà",)),  # a person credited with the outlet
    ("Theo Minh Anh/VOV", ("Minh Anh",)),
    ("Tổng hợp: Lan Anh", ("Lan Anh",)), ("Tin: Lan Anh", ("Lan Anh",)), ("Tin: Hội nghị", ()),
    ("Trần Văn Cường, Phó Bí thư Đảng ủy xã", ("Trần Văn Cường",)),  # the post after a comma
    ("Trần Văn Cường, Bí thư Đảng ủy phát biểu tại hội nghị", ()),  # a caption, not a post
    ("Theo TTXVN", ()), ("Hà Nội/TTXVN", ()), ("Ảnh: Nguyễn Văn An", ()),  # a photo credit
    ("Văn Phòng", ()),
    ("Tôn Thất Bình Minh", ("Tôn Thất Bình Minh",)), ("Cầm Văn Sơn", ("Cầm Văn Sơn",)),  # surnames met less
    ("H’Hen Niê", ("H’Hen Niê",)),  # an apostrophe in a name of the Central Highlands peoples
])
def test_a_name_with_its_outlet_or_post_around_it(text, authors):
    assert parse_byline(text) == authors


def test_every_author_in_the_date_line():
    found = find_date_line(lines("Phường Tân An sơ kết công tác Đảng sáu tháng",
                                 "12/05/2025 | Nguyễn Văn An - Trần Bình"))
    assert found.byline == "Nguyễn Văn An - Trần Bình"


def test_a_person_credited_under_the_title_is_the_byline():
    layout = find_layout(lines("Phường Tân An sơ kết công tác Đảng sáu tháng", "Theo Minh Anh (VOV)", LEAD, BODY))
    assert layout.byline == "Minh Anh" and layout.lead[1] == LEAD
    layout = find_layout(lines("Phường Tân An sơ kết công tác Đảng sáu tháng", "Theo VOV", LEAD, BODY))
    assert layout.byline == "" and any(d.why == "a source credit" for d in layout.dropped)


def test_an_end_byline_above_a_date_line():
    layout = find_layout(lines("Phường Tân An sơ kết công tác Đảng sáu tháng", LEAD, BODY, *MORE,
                               "Trần Văn Bình", "16/05/2025"))
    assert layout.byline == "Trần Văn Bình" and [b.text for b in layout.blocks] == [BODY, *MORE]


def test_two_authors_on_two_lines_under_the_title():
    layout = find_layout(lines("Phường Tân An sơ kết công tác Đảng sáu tháng", "Nguyễn Văn An", "Trần Bình",
                               "15/05/2025 10:20", LEAD, BODY))
    assert layout.byline == "Nguyễn Văn An - Trần Bình" and layout.lead[1] == LEAD


def test_posted_by_is_a_label():
    assert parse_byline("Đăng bởi: Nguyễn Văn An") == ("Nguyễn Văn An",)


# ---------------------------------------------------------------- round 6: joiners and labels


@pytest.mark.parametrize("text, authors", [
    ("Minh Hòa- Thu Trang", ("Minh Hòa", "Thu Trang")),  # a hyphen, a space after it only
    ("Quốc Việt-Hồng Nhung", ("Quốc Việt", "Hồng Nhung")),  # a hyphen, no space
    ("Ký của Thanh Tâm", ("Thanh Tâm",)),  # a genre, then "của"
    ("Bút ký: Lê Văn Tùng", ("Lê Văn Tùng",)),
    ("Phóng sự: Hải Yến - Đức Anh", ("Hải Yến", "Đức Anh")),
    ("CTV Ngọc Lan –", ("Ngọc Lan",)),  # a credit's initials, no colon; a dash left by a cut name
    ("CTV- Trần Mai", ("Trần Mai",)),
    ("Kinh tế-Xã hội", ()), ("an ninh-quốc phòng", ()), ("Long An-Tây Ninh", ()),  # sections, words, places
    ("Phóng sự", ()), ("Ký", ()), ("CTV -", ()), ("PV", ()),  # a label alone names nobody
    ("TIN HOẠT ĐỘNG", ()),  # a section in capitals: only a credit's initials are a label without a colon
])
def test_names_joined_by_a_bare_dash_or_after_a_genre_or_credit_label(text, authors):
    assert parse_byline(text) == authors


def test_an_end_byline_above_a_widget_and_script_leftovers():
    """Under the name: a widget's label printed twice and a script's end; above it a
    caption with no full stop. Lines like these are in no list of tags or headlines."""
    layout = find_layout(lines("Phường Tân An sơ kết công tác Đảng sáu tháng", LEAD, BODY,
                               "Lãnh đạo phường trao quyết định kết nạp đảng viên", "Quốc Việt-Hồng Nhung",
                               "Xem video Xem video", "// ]]>"))
    assert layout.byline == "Quốc Việt - Hồng Nhung"


def test_an_end_byline_pushed_right_by_spaces_after_a_credit_label():
    text = ("Chi bộ trường Tân An kết nạp đảng viên mới\n\n"
            "       Sáng ngày 26-3, chi bộ trường đã tổ chức lễ kết nạp đảng viên cho một giáo viên trẻ.\n\n"
            "       Chi bộ hiện có 9 đảng viên, chiếm 30% cán bộ, giáo viên của trường.\n\n"
            "                                  CTV- Trần Mai\n")
    reading = read_text(text, "corpus/x.txt", OutletRegistry([]), dt.date(2026, 1, 1))
    assert reading.fields["author"] == "Trần Mai"


@pytest.mark.parametrize("text, authors", [
    ("Hồng Nhung & Quốc Anh", ("Hồng Nhung", "Quốc Anh")),
    ("Bài - ảnh: Minh Hòa", ("Minh Hòa",)), ("Tin & ảnh: Lê Văn An", ("Lê Văn An",)), ("Bài/ảnh: Thu Hà", ("Thu Hà",)),
    ("Kinh tế & Xã hội", ()),
])
def test_other_joiners_between_authors_and_in_credit_labels(text, authors):
    assert parse_byline(text) == authors


@pytest.mark.parametrize("text, authors", [
    ("Bởi Lê Văn Tùng", ("Lê Văn Tùng",)), ("Đăng bởi Thu Hà", ("Thu Hà",)),
    ("Người đăng: Trần Mai", ("Trần Mai",)), ("Người đăng Hồng Nhung", ("Hồng Nhung",)),
    ("Tác giả Lê Thị Hoa", ("Lê Thị Hoa",)), ("Tác giả bài viết Minh Anh", ("Minh Anh",)),
    ("Bởi vì Đảng bộ", ()), ("Đăng bởi Admin", ()),  # a sentence; an account, not a person
    ("Tác giả Theo VTV", ()), ("Tác giả bài viết", ()),
])
def test_a_by_label_needs_no_colon(text, authors):
    assert parse_byline(text) == authors


@pytest.mark.parametrize("date_line, author", [
    ("Bởi Lê Văn Tùng - Đăng tải ngày 14/03/2024", "Lê Văn Tùng"),
    ("Đăng bởi Thu Hà | 14/03/2024 08:15", "Thu Hà"),
    ("Người đăng tin: Admin Ngày đăng tin: 14/03/2024 Lượt xem: 26", ""),
])
def test_a_byline_and_a_date_on_one_line_above_the_headline(date_line, author):
    layout = find_layout(lines(date_line, "Chi bộ thôn Tân An kết nạp hai đảng viên trẻ", LEAD, BODY))
    assert layout.date_line.text == date_line
    assert layout.title[1] == "Chi bộ thôn Tân An kết nạp hai đảng viên trẻ"
    assert layout.byline == author


@pytest.mark.parametrize("text, authors", [
    ("H.Tr", ("H.Tr",)), ("T.Nga - Theo Báo Tân An", ("T.Nga",)),  # a dotted initial joined to a name
    ("LTT - Theo BaoTanAn.vn", ()), ("ĐQ", ()), ("BTNO", ()),  # capitals alone: a person's, an office's or an outlet's
])
def test_initials_are_a_byline_only_when_joined_to_a_name(text, authors):
    assert parse_byline(text) == authors


@pytest.mark.parametrize("footer", [
    # a share button, then the comment box's notice about the editors
    ["Chia sẻ bài viết", "LƯU Ý: Ban biên tập sẽ biên tập ý kiến của bạn đọc trước khi đăng. Vui lòng gõ tiếng "
     "Việt có dấu.", "Gửi file đính kèm không quá 5MB", "viewCount=120", "Quay lên trên"],
    # a comment box's title, then its notice that the email stays hidden
    ["Trả lời", "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *", "Bình luận *"],
])
def test_an_end_byline_in_capitals_above_share_buttons_and_a_comment_box(footer):
    text = "\n\n".join(["Đoàn phường Tân An tổ chức đại hội nhiệm kỳ mới",
                        "Sáng 3/6, Đoàn phường Tân An tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2022 - 2027.",
                        "Đại hội bầu Ban Chấp hành gồm 11 đồng chí.", "LÊ MINH", *footer]) + "\n"
    reading = read_text(text, "corpus/x.txt", OutletRegistry([]), dt.date(2026, 1, 1))
    assert reading.fields["author"] == "Lê Minh"
