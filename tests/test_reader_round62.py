"""Round 62 (holdout 61's kinds), on made-up text: a portal's masthead with its place in small letters
is the site's name, never the title (read/sources.masthead_name); rows of a schedule printed one a line,
each with its day, give no publication date (read/schedule_rows.py); a caption under the lead naming a
person and his posts, whom the next lines name again, is no byline (read/named_speakers.py); the writer's
unit under his credit, closed by a full stop, is his unit (read/position_lines.stopped_position); a steering
committee's number printed in the state's order, "07/CV-BCĐ", stays so (enrich/citation_patterns.steering_state_order).
"""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.named_speakers import named_below
from archive.read.position_lines import stopped_position
from archive.read.schedule_rows import schedule_row
from archive.read.sources import masthead_name
from made_up_pastes import HEAD, LEAD, MORE, MORE2, author_of, cited_numbers, fields_of


# 1. A portal's masthead in small letters over the headline.
# A notice's lead with no day in it: nothing dates the headline's lines apart from the masthead's.
NOTICE_LEAD = ("Thực hiện Quy định số 08-QĐi/TW của Bộ Chính trị, Ban Thường vụ Huyện ủy thông báo lịch tiếp công "
               "dân của đồng chí Bí thư Huyện ủy như sau:")
NOTICE_HEAD = "Lịch tiếp dân, đối thoại với dân của đồng chí Bí thư Huyện ủy năm 2024"
@pytest.mark.parametrize(("masthead", "name"), [
    ("Cổng thông tin điện tử tỉnh nghệ an", "Cổng thông tin điện tử tỉnh Nghệ An"),
    ("cổng thông tin điện tử tỉnh quảng nam", "Cổng thông tin điện tử tỉnh Quảng Nam"),
    ("Trang thông tin điện tử thành phố hồ chí minh", "Trang thông tin điện tử thành phố Hồ Chí Minh"),
    ("Cổng TTĐT huyện mai sơn", "Cổng TTĐT huyện Mai Sơn"),
    ("Trang tin điện tử xã an phú", "Trang tin điện tử xã An Phú"),
])
def test_a_portal_name_in_small_letters_is_a_masthead(masthead: str, name: str) -> None:
    assert masthead_name(masthead) == name


@pytest.mark.parametrize("masthead", ["Cổng thông tin điện tử tỉnh nghệ an", "cổng thông tin điện tử huyện yên định",
                                      "Cổng TTĐT huyện mai sơn", "CỔNG TTĐT TỈNH NGHỆ AN"])
@pytest.mark.parametrize("under", ["", "Huyện Yên Định\n\n"])
@pytest.mark.parametrize("headline", [HEAD, NOTICE_HEAD])
def test_a_portal_name_in_small_letters_is_no_title(masthead: str, under: str, headline: str) -> None:
    found = fields_of(f"{masthead}\n\n{under}{headline}\n\n{NOTICE_LEAD}\n\n{MORE}\n")  # no date line
    assert found["title"] == headline


@pytest.mark.parametrize("masthead", ["Cổng thông tin điện tử tỉnh nghệ an", "Cổng TTĐT huyện mai sơn"])
def test_a_portal_name_in_small_letters_over_a_dated_headline(masthead: str) -> None:
    found = fields_of(f"{masthead}\n\n{HEAD}\n\n12/03/2024 08:00\n\n{LEAD}\n\n{MORE}\n")
    assert (found["title"], found["date"]) == (HEAD, dt.date(2024, 3, 12))


@pytest.mark.parametrize("line", [
    "Ra mắt Cổng thông tin điện tử tỉnh nghệ an",  # a verb before it: a headline about a portal
    "Cổng thông tin điện tử tỉnh ra mắt phiên bản mới trên điện thoại",  # goes on past a place's few words
    "Cổng thông tin điện tử tỉnh",  # no place named
    "Cổng thông tin điện tử tỉnh nghệ an 2024",  # a number
    "Trung tâm y tế huyện yên định",  # no portal's opener
    "TRANG TTĐT CỦA HỘI NÔNG DÂN TỈNH",  # the abbreviation names a place's portal only
    "Cổng TTĐT Sở Y tế",
])
def test_lines_that_are_no_portal_name(line: str) -> None:
    assert masthead_name(line) == ""


@pytest.mark.parametrize("headline", ["Ra mắt Cổng thông tin điện tử tỉnh Nghệ An phiên bản mới",
                                      "Nâng cấp Cổng TTĐT huyện Mai Sơn"])
def test_a_headline_naming_a_portal_stays_the_title(headline: str) -> None:
    found = fields_of(f"{headline}\n\n12/03/2024 08:00\n\n{LEAD}\n\n{MORE}\n")
    assert found["title"] == headline


# 2. A schedule's rows, one a line, each with its day.
SCHEDULES = [
    ["08 giờ 00 ngày 05/02/2022 Giám đốc Sở;", "08 giờ 00 ngày 12/02/2022 Phó Giám đốc Sở;",
     "08 giờ 00 ngày 19/02/2022 Chánh Thanh tra Sở."],
    ["- Ngày 05/3/2022: Phó Chủ tịch UBND huyện", "- Ngày 12/3/2022: Chủ tịch UBND huyện",
     "- Ngày 19/3/2022: Trưởng Ban Tiếp công dân", "- Ngày 26/3/2022: Phó Chủ tịch UBND huyện"],
    ["Sáng 08/9/2023 họp Ban Thường vụ", "Sáng 15/9/2023 làm việc với xã An Phú",
     "Sáng 22/9/2023 tiếp công dân định kỳ"],
]
INTRO = "Văn phòng UBND tỉnh thông báo lịch tiếp công dân như sau:"


@pytest.mark.parametrize("rows", SCHEDULES)
def test_a_schedule_under_the_headline_gives_no_date(rows: list[str]) -> None:
    body = "\n".join(rows)
    found = fields_of(f"{HEAD}\n{INTRO}\n{body}\n{MORE}\n")
    assert found["date"] is None
    assert found["title"] == HEAD


@pytest.mark.parametrize("rows", SCHEDULES)
def test_a_date_line_under_the_headline_still_dates_a_schedule(rows: list[str]) -> None:
    body = "\n".join(rows)
    found = fields_of(f"{HEAD}\n12/03/2024 08:00\n{INTRO}\n{body}\n{MORE}\n")
    assert found["date"] == dt.date(2024, 3, 12)


@pytest.mark.parametrize("rows", SCHEDULES)
@pytest.mark.parametrize("line", ["Ngày đăng: 01/02/2024", "Ngày đăng: 01/02/2024 09:15", "Cập nhật: 01/02/2024"])
def test_a_labelled_date_after_the_text_still_dates_a_schedule(rows: list[str], line: str) -> None:
    body = "\n".join(rows)
    assert fields_of(f"{HEAD}\n{INTRO}\n{body}\n{MORE}\n{line}\n")["date"] == dt.date(2024, 2, 1)


@pytest.mark.parametrize("label", ["Ngày đăng: 12/03/2024", "Cập nhật lúc: 12/03/2024 08:00"])
def test_a_labelled_date_line_is_never_a_row(label: str) -> None:
    lines = list(enumerate([label, label, label], start=1))
    assert not schedule_row(lines, 1)


@pytest.mark.parametrize(("texts", "row"), [
    (["14 giờ ngày 03/5/2023 Phó Chủ tịch UBND xã;", "14 giờ ngày 10/5/2023 Chủ tịch UBND xã;",
      "14 giờ ngày 17/5/2023 Trưởng Công an xã;"], True),
    # two rows only: a date line and a line beside it
    (["14 giờ ngày 03/5/2023 Phó Chủ tịch UBND xã;", "14 giờ ngày 10/5/2023 Chủ tịch UBND xã;", HEAD], False),
    # the words before the days differ: a date line among other dated lines
    (["Thứ Hai, 07/01/2021 08:00 Minh Anh", "Sáng 07/01/2021, Huyện ủy tổ chức hội nghị", "Ngày 08/01/2021 họp"], False),
    # nothing after the day: bare date lines, weighed as before
    (["07/01/2021", "08/01/2021", "09/01/2021"], False),
])
def test_rows_need_three_lines_of_one_shape_with_words_after_the_day(texts: list[str], row: bool) -> None:
    lines = list(enumerate(texts, start=1))
    assert schedule_row(lines, 1) is row


def test_one_dated_line_under_the_headline_stays_the_date_line() -> None:
    found = fields_of(f"{HEAD}\n08 giờ 15 ngày 12/03/2024 Minh Anh\n{LEAD}\n{MORE}\n{MORE2}\n")
    assert found["date"] == dt.date(2024, 3, 12)


# 3. A caption under the lead naming the one who speaks, with his posts, whom the text names next.
SPEAKERS = [
    ("ThS. Lê Văn An, Bí thư Đảng ủy, Hiệu trưởng Nhà trường", "Lê Văn An"),
    ("TS. Trần Thị Bình, Phó Giám đốc Sở Giáo dục và Đào tạo", "Trần Thị Bình"),
    ("Nguyễn Văn Hùng, Chủ tịch UBND huyện", "Nguyễn Văn Hùng"),
    ("ThS. Phạm Minh Tuấn, Bí Thư Đảng ủy", "Phạm Minh Tuấn"),
]


@pytest.mark.parametrize(("caption", "name"), SPEAKERS)
def test_a_speakers_caption_the_text_names_is_no_byline(caption: str, name: str) -> None:
    speech = f"Phát biểu khai mạc, đồng chí {name} nhấn mạnh yêu cầu nâng cao chất lượng sinh hoạt chi bộ."
    assert author_of(f"{HEAD}\n\n{LEAD}\n\n{caption}\n\n{speech}\n\n{MORE}\n") == ""


@pytest.mark.parametrize(("caption", "name"), SPEAKERS)
def test_named_below_needs_the_full_name_again(caption: str, name: str) -> None:
    names = (caption.split(",")[0],)
    assert named_below(names, caption, [f"Đồng chí {name} phát biểu."])
    assert not named_below(names, caption, [f"Đồng chí {name.split()[-1]} phát biểu."])  # the given name only
    assert not named_below(names, caption, [MORE, MORE2])


@pytest.mark.parametrize("line", ["ThS. Lê Văn An", "Lê Văn An", "TS. Trần Thị Bình"])
def test_a_name_alone_under_the_lead_stays_the_byline(line: str) -> None:
    speech = f"Phát biểu khai mạc, đồng chí {line.split('. ')[-1]} nhấn mạnh yêu cầu của hội nghị."
    assert author_of(f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{speech}\n\n{MORE}\n") == line


def test_a_name_and_post_the_text_does_not_name_stays_the_byline() -> None:
    line = "ThS. Lê Văn An, Bí thư Đảng ủy, Hiệu trưởng Nhà trường"
    assert author_of(f"{HEAD}\n\n{LEAD}\n\n{line}\n\n{MORE}\n\n{MORE2}\n") == "ThS. Lê Văn An"


@pytest.mark.parametrize("line", ["ThS. Nguyễn Văn Bình", "TS. Nguyễn Văn Bình"])
def test_a_titled_name_at_the_end_stays_the_byline(line: str) -> None:
    assert author_of(f"{HEAD}\n\n12/03/2024\n\n{LEAD}\n\n{MORE}\n\n{MORE2}\n\n{line}\n") == line


# 4. The writer's unit under his credit, closed by a full stop.
@pytest.mark.parametrize(("credit", "name"), [
    ("Tin, ảnh: Minh Khoa.", "Minh Khoa"),
    ("Bài, ảnh: Lê Hoa.", "Lê Hoa"),
    ("Hải Yến", "Hải Yến"),
    ("Tin, ảnh: Minh Khoa", "Minh Khoa"),
])
@pytest.mark.parametrize("unit", ["Văn phòng Điều phối chương trình huyện.", "Trung tâm Văn hóa huyện.",
                                  "Phòng Văn hóa và Thông tin huyện."])
def test_a_unit_closed_by_a_stop_under_the_writer(credit: str, name: str, unit: str) -> None:
    assert author_of(f"{HEAD}\n\n12/03/2024\n\n{LEAD}\n\n{MORE}\n\n{MORE2}\n\n{credit}\n\n{unit}\n") == name


@pytest.mark.parametrize("line", [
    "Trung tâm Y tế huyện đã tiêm 500 mũi.",  # a number: a sentence about the unit
    "Văn phòng tỉnh chúc mừng các đồng chí được khen thưởng và đề nghị tiếp tục phát huy.",  # too long
    "Trung tâm Văn hóa huyện...",  # an ellipsis
    "Trung tâm Văn hóa huyện",  # no stop: is_position_line's
    "Hội nghị kết thúc.",  # no unit or post
])
def test_lines_that_are_no_stopped_unit(line: str) -> None:
    assert not stopped_position(line)


@pytest.mark.parametrize("line", ["Văn phòng Điều phối chương trình huyện.", "Phó Chủ tịch UBND huyện."])
def test_stopped_units(line: str) -> None:
    assert stopped_position(line)


# 5. A steering committee's number in the state's order stays in its state form, as printed.
@pytest.mark.parametrize(("text", "numbers"), [
    ("Thực hiện Công văn số 07/CV-BCĐ ngày 02/6/2024 của Ban Chỉ đạo huyện về chuyển đổi số.", ["07/CV-BCĐ"]),
    ("Thực hiện Kế hoạch số 12/KH-BCĐ của Ban Chỉ đạo tỉnh về chuyển đổi số.", ["12/KH-BCĐ"]),
    ("Theo Thông báo số 5/TB-BCĐ của Ban Chỉ đạo huyện.", ["5/TB-BCĐ"]),
    ("Thực hiện Kế hoạch số 12/KH - BCĐ của Ban Chỉ đạo tỉnh.", ["12/KH-BCĐ"]),
])
def test_a_steering_committees_state_number_stays_in_its_state_form(text: str, numbers: list[str]) -> None:
    assert cited_numbers(text) == numbers


@pytest.mark.parametrize(("text", "numbers"), [
    ("Căn cứ Quyết định số 97-QĐ/BCĐ của Ban Chỉ đạo 35 tỉnh.", ["97-QĐ/BCĐ"]),  # the Party's order, as printed
    ("Thực hiện Kế hoạch số 15/KH/BCĐ của Ban Chỉ đạo.", ["15-KH/BCĐ"]),  # slashes only: mangled, the Party's
    ("Thực hiện Kế hoạch số 15-KH-BCĐ của Ban Chỉ đạo.", ["15-KH/BCĐ"]),  # hyphens only: the same
    ("Thực hiện Chương trình số 01/Ctr-TU của Tỉnh ủy.", ["01-CTr/TU"]),  # a Party committee's: the Party's order
    ("Thực hiện Kế hoạch số 123/KH-BCĐ389 của Ban Chỉ đạo 389 tỉnh.", ["123/KH-BCĐ389"]),
])
def test_other_steering_and_party_numbers_stay_as_they_were(text: str, numbers: list[str]) -> None:
    assert cited_numbers(text) == numbers


# A place's own name, recased, is proper nouns even where its words are a body's small words elsewhere
# ("trung" of "trung ương", "thành", "phố"): the lead's review of round 62 found "huyện Hà trung".
@pytest.mark.parametrize(("masthead", "name"), [
    ("Cổng thông tin điện tử huyện hà trung", "Cổng thông tin điện tử huyện Hà Trung"),
    ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HÀ TRUNG", "Cổng thông tin điện tử huyện Hà Trung"),
    ("CỔNG THÔNG TIN ĐIỆN TỬ XÃ AN PHÚ HUYỆN TRUNG THÀNH", "Cổng thông tin điện tử xã An Phú huyện Trung Thành"),
    ("ĐẢNG BỘ HUYỆN ĐỨC LINH TỈNH BÌNH THUẬN", "Đảng bộ huyện Đức Linh tỉnh Bình Thuận"),
])
def test_a_recased_place_name_is_proper_nouns(masthead: str, name: str) -> None:
    assert masthead_name(masthead) == name


def test_a_body_s_small_words_stay_small_outside_a_place_name() -> None:
    # near-miss: no place kind before "các cơ quan": the small words stay as a body's name writes them
    assert masthead_name("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH THANH HÓA") == "Đảng bộ Khối các cơ quan tỉnh Thanh Hóa"
