"""The reader of issue 13, round 28 (holdout 27's kinds), on made-up text: a meta line of labelled
fields glued to their values ("Mới nhất:2024-03-21 18:28:44 Số lần đã xem:0 Nguồn gốc:<agency>") is
the date line, never the headline; a four-digit year glued to the 12-hour clock after it ("31 Tháng
Năm 20179:19 CH(Xem: 13648)") is read, so an issue line's later date under it is not taken; a given
name alone under a capitals headline and over the text is the byline; a section in capitals before a
slash and the writer ("VĂN HÓA / <Name>"), under a lead printed as bullets, is the byline. Near-misses
stay as they are."""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.bylines import parse_byline
from archive.read.candidates import date_candidate
from archive.read.field_lines import field_labels_out
from archive.read.given_names import lone_given_name
from archive.read.lead_bullets import lead_points
from archive.read.section_slashes import without_section
from archive.text.dates import find_date, find_time, unspaced_date_line
from made_up_pastes import fields_of, paragraphs

HEAD = "Đồng chí Trần Văn Minh thôi giữ chức Bí thư Tỉnh ủy nhiệm kỳ 2020-2025"
LEAD = ("Chiều 20/3, Ban Chấp hành Trung ương Đảng đã đồng ý để đồng chí Trần Văn Minh thôi giữ chức Bí thư "
        "Tỉnh ủy, Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII.")
SECOND = ("Theo thông báo, đồng chí Trần Văn Minh đã có đơn xin thôi giữ các chức vụ được phân công và nghỉ "
          "công tác, phù hợp với quy định của Đảng.")
CAPS_HEAD = "TUỔI TRẺ VỚI SỰ NGHIỆP XÂY DỰNG VÀ BẢO VỆ TỔ QUỐC"
ESSAY = ("Chúng ta vẫn thường nói, tuổi trẻ là mùa xuân của xã hội; thanh niên là lực lượng xung kích trong "
         "mọi nhiệm vụ khó khăn, gian khổ của đất nước.")
ESSAY_TWO = ("Trong suốt chiều dài lịch sử, tuổi trẻ Việt Nam luôn nêu cao lòng yêu nước, tinh thần xung kích, "
             "sáng tạo, không quản ngại gian khổ, hy sinh.")


# ---------------------------------------------------------------- a meta line of labelled fields

@pytest.mark.parametrize("meta, day, time", [
    (" Mới nhất:2024-03-21 18:28:44   Số lần đã xem:0 Nguồn gốc:Tân Hoa xã", dt.date(2024, 3, 21), "18:28"),
    ("Cập nhật lúc:2023-11-05 07:02:10 Lượt xem:125 Nguồn:TTXVN", dt.date(2023, 11, 5), "07:02"),
    ("Ngày đăng: 2022-08-14 09:30:00  Số lần xem: 42  Nguồn tin: Đài PT-TH", dt.date(2022, 8, 14), "09:30"),
    ("Thời gian:2021-06-30 16:45:12 Lượt đọc:7 Xuất xứ:Phòng Biên tập", dt.date(2021, 6, 30), "16:45"),
])
def test_a_meta_line_of_labelled_fields_is_the_date_line_not_the_title(meta, day, time):
    fields = fields_of(f"> tieng viet > Thời sự > Trong nước\n{HEAD}\n{meta}\n\n{LEAD}\n\n{SECOND}\n")
    assert fields["title"] == HEAD
    assert fields["date"] == day
    assert fields["time"] == time


@pytest.mark.parametrize("text", [
    "Hà Nội: khai mạc hội nghị Ban Chấp hành Đảng bộ ngày 21/3/2024 tại Hội trường",  # one colon: a kicker's
    "Kỷ niệm: 2024-03-21 ngày thành lập đoàn",  # one label only
])
def test_a_line_with_one_label_stays_as_it_was(text):
    rest = text.replace("2024-03-21", " | ").replace("21/3/2024", " | ")
    assert field_labels_out(text, rest) == rest


def test_labels_with_no_date_after_any_are_no_field_line():
    text = "Chủ đề: Xây dựng Đảng Tác giả: Ban Biên tập 2024-03-21"  # the date is no label's value
    assert field_labels_out(text, "x") == "x"


def test_labels_are_taken_off_only_where_the_line_is_a_field_line():
    text = "Mới nhất:2024-03-21 18:28:44 Số lần đã xem:0 Nguồn gốc:Tân Hoa xã"
    out = field_labels_out(text, "Mới nhất: | 18:28:44 Số lần đã xem:0 Nguồn gốc:Tân Hoa xã")
    assert "Mới nhất" not in out and "Số lần đã xem" not in out and "Nguồn gốc" not in out
    assert "Tân Hoa xã" in out
    assert date_candidate(0, 1, text).words == ["Tân", "Hoa", "xã"]


# ---------------------------------------------------------------- a year glued to the 12-hour clock

@pytest.mark.parametrize("line, day, time", [
    ("31 Tháng Năm 20179:19 CH(Xem: 13648)", dt.date(2017, 5, 31), "21:19"),
    ("12 Tháng Mười Một 202310:05 SA(Xem: 210)", dt.date(2023, 11, 12), "10:05"),
    ("Tháng Sáu 14, 20242:30 CH", dt.date(2024, 6, 14), "14:30"),
    ("Cập nhật: ngày 3 tháng 2 năm 20198:07 SA", dt.date(2019, 2, 3), "08:07"),
])
def test_a_year_glued_to_the_clock_after_it_is_read(line, day, time):
    parted = unspaced_date_line(line)
    assert find_date(parted)[0] == day
    assert find_time(parted) == time


@pytest.mark.parametrize("line", [
    "Mã số 20179:19 của hồ sơ",  # no date ends at the digits
    "Tỷ số 12019:30 trận chung kết",  # five digits that are no year of 19xx or 20xx
    "Ngày 31 tháng 5 năm 2017 lúc 9:19",  # spaced already
    "Mã 202310:75 đơn hàng",  # no clock: the minutes run past 59
    "Số 14/03/202407:44",  # a numeric date behind a word: maybe a number (round 23), read only opening its line
])
def test_digits_that_are_no_glued_year_stay_as_they_are(line):
    assert unspaced_date_line(line) == line


def test_an_issue_line_under_a_glued_date_line_is_not_taken():
    body = paragraphs(HEAD, "31 Tháng Năm 20179:19 CH(Xem: 13648)", "TIN TỨC ONLINE - TIN NÓNG - THỨ  NĂM  01  JUNE  2017",
                      LEAD, SECOND)
    fields = fields_of(body, "https://www.example-daily.com/p1a2/51/bai-viet")
    assert fields["date"] == dt.date(2017, 5, 31)
    assert fields["time"] == "21:19"


# ---------------------------------------------------------------- a given name alone under a capitals headline

@pytest.mark.parametrize("name", ["Phương", "Hằng", "Tuấn", "Quỳnh"])
def test_a_given_name_alone_under_a_capitals_headline_is_the_byline(name):
    body = f"Tiêu điểm\n\n{CAPS_HEAD}\n\n{name}\n\n\n{ESSAY}\n\n{ESSAY_TWO}\n"
    fields = fields_of(body, "http://www.example-youth.org/2015/03/tuoi-tre.html")
    assert fields["title"] == CAPS_HEAD
    assert fields["author"] == name


@pytest.mark.parametrize("word", [
    "Video",  # a one-word section label
    "Vinh",  # a city (a given name too: a place first)
    "Huế",  # a place
    "Ôi",  # an interjection
    "Xuân",  # a season: a common word left off the list
    "PHƯƠNG",  # capitals: a masthead's word, no signature
])
def test_a_word_alone_that_is_no_given_name_there_is_no_byline(word):
    lines = [(1, CAPS_HEAD), (2, word), (3, ESSAY)]
    assert lone_given_name(lines, 1) == ()
    body = f"{CAPS_HEAD}\n\n{word}\n\n{ESSAY}\n\n{ESSAY_TWO}\n"
    assert fields_of(body, "http://www.example-youth.org/2015/03/tuoi-tre.html")["author"] != word


@pytest.mark.parametrize("lines", [
    [(1, "Tuổi trẻ với sự nghiệp xây dựng và bảo vệ Tổ quốc"), (2, "Phương"), (3, ESSAY)],  # headline not in capitals
    [(1, "TIÊU ĐIỂM"), (2, "Phương"), (3, ESSAY)],  # a section label in capitals above, no headline
    [(1, CAPS_HEAD), (2, "Phương"), (3, "Ảnh minh họa")],  # a caption under it, not the text
    [(1, CAPS_HEAD), (2, "Phương Nam"), (3, ESSAY)],  # two words: not this rule's
])
def test_a_given_name_outside_its_slot_is_not_read_so(lines):
    assert lone_given_name(lines, 1) == ()


# ---------------------------------------------------------------- "SECTION / Name" under a lead of bullets

@pytest.mark.parametrize("line, names", [
    ("VĂN HÓA / Lý Kiến Trúc", ("Lý Kiến Trúc",)),
    ("THỜI SỰ / Minh Anh", ("Minh Anh",)),
    ("BÌNH LUẬN/ Nguyễn Thị Hồng Vân", ("Nguyễn Thị Hồng Vân",)),
    ("TIN ONLINE / Trần Quốc Bảo - Hải Yến", ("Trần Quốc Bảo", "Hải Yến")),
])
def test_a_capitals_section_and_a_slash_before_the_writer_gives_the_writer(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize("line", [
    "TIN TỨC / SỰ KIỆN",  # a breadcrumb's two sections in capitals
    "Trang chủ / Tin tức",  # a breadcrumb in proper case
    "TIN TỨC / Xã hội",  # a section after the slash, no name
    "TIN TỨC / Thời sự / Nguyễn Văn An",  # a breadcrumb of several levels
])
def test_a_slash_that_parts_no_section_from_a_writer_stays(line):
    assert without_section(line) == line or not parse_byline(line)


def test_a_breadcrumb_of_several_levels_is_left_whole():
    assert without_section("TIN TỨC / Thời sự / Nguyễn Văn An") == "TIN TỨC / Thời sự / Nguyễn Văn An"


def test_the_writer_under_a_lead_printed_as_bullets_is_the_byline():
    body = paragraphs(HEAD, "20/3/2024 8:15 SA(Xem: 512)", "- Ban Chấp hành Trung ương đồng ý để đồng chí Trần Văn Minh thôi chức.",
                      "- Đồng chí đã có đơn xin nghỉ công tác.", "- Tỉnh ủy sẽ kiện toàn nhân sự trong thời gian tới.",
                      "THỜI SỰ / Lý Thanh Hà", "20/3/2024", LEAD, SECOND)
    fields = fields_of(body, "https://www.example-daily.com/p1a3/51/bai-viet")
    assert fields["author"] == "Lý Thanh Hà"
    assert fields["date"] == dt.date(2024, 3, 20)


def test_bullets_count_only_under_a_bullet_lead_and_with_its_mark():
    rest = [(3, "- một"), (4, "- hai"), (5, "• ba"), (6, "Lý Thanh Hà")]
    assert lead_points(rest, (2, "- Lời dẫn")) == 2
    assert lead_points(rest, (2, "Lời dẫn không có gạch đầu dòng.")) == 0
    assert lead_points(rest, None) == 0
    many = [(i, "- điểm") for i in range(3, 12)]
    assert lead_points(many, (2, "- Lời dẫn")) == 0  # a long run is the body's list


def test_a_name_under_the_body_list_is_not_taken_from_under_a_plain_lead():
    body = paragraphs(HEAD, "20/3/2024 8:15 SA", LEAD, "- Kiện toàn nhân sự.", "- Rà soát quy hoạch.",
                      "- Kiểm điểm tập thể.", "- Báo cáo Trung ương.", "Lý Thanh Hà", SECOND)
    assert fields_of(body)["author"] != "Lý Thanh Hà"
