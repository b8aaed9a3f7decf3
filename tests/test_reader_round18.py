"""The reader of issue 13, round 18, on made-up text: a date with its month cut short ("08-Th9-2022")
is read, and a bracketed note of how long ago it was ("(Trước đó 2 năm 2 tháng 13 ngày)") leaves its
line a date line; a dated note over the text ("30-8-2022/ Nhân viên ... tổng hợp ...") is never the
headline; a place label with its prefix ("TP Tây Ninh", "TX. Sơn Tây") is no byline; an author's
field with the writer's post after a second colon ("Tác giả: Đức Thiện: Văn hóa") gives the name;
a name closed by a comma at the paste's end ("GS.TS Lê Văn An,") is a cut caption, no byline; a closing
name stays the byline over a media player's loading notice and spacer lines ("Loading the player...");
a signed document's dateline beside its number ("Số 33-HD/BTCTW") dates the document, not the page."""
import datetime as dt

import pytest

from archive.read.bylines import parse_byline, person_name
from archive.read.candidates import date_candidate
from archive.text.dates import find_date
from made_up_pastes import reading

LEAD = ("Sáng ngày 14/3, Hội Nông dân xã Hòa Tân tổ chức hội nghị sơ kết công tác quý I năm 2023 "
        "với sự tham dự của đông đủ cán bộ, hội viên các chi hội trong xã.")
MORE = ("Hội nghị đã đánh giá kết quả các phong trào thi đua trong quý và đề ra phương hướng nhiệm vụ "
        "cho quý II với nhiều chỉ tiêu cụ thể.")
HEADLINE = "Hội Nông dân xã Hòa Tân sơ kết công tác quý I năm 2023"


# ---------------------------------------------------------------- a month cut short

@pytest.mark.parametrize("text, day", [("08-Th9-2022", dt.date(2022, 9, 8)), ("8/Thg 9/2022", dt.date(2022, 9, 8)),
                                       ("25-TH12-2021", dt.date(2021, 12, 25)), ("03-th03-2020", dt.date(2020, 3, 3)),
                                       ("17-Thg5-2023 (Cách đây 3 ngày)", dt.date(2023, 5, 17))])
def test_a_short_month_between_day_and_year_is_read(text, day):
    assert find_date(text)[0] == day


@pytest.mark.parametrize("text", ["08-Th13-2022", "Th 2 25 2024", "08-Th9/2022", "Lớp 10-Th2-2023A",
                                  "Th5 25th, 2024"])
def test_what_is_no_short_month_date(text):
    # "Th 2" is a weekday ("Thứ 2"); the separators must match; WordPress's "Th5 25th, 2024" stays unread
    found = find_date(text)
    assert found is None or found[0] != dt.date(2024, 5, 25) and "Th" not in found[1].group(0)


@pytest.mark.parametrize("line", ["08-Th9-2022 (Trước đó 2 năm 2 tháng 13 ngày)", "08/09/2022 (Cách đây 3 ngày)",
                                  "17-Thg5-2023 (trước đó 1 tuần 2 ngày)"])
def test_a_note_of_how_long_ago_leaves_a_date_line(line):
    assert date_candidate(0, 0, line) is not None


def test_a_bracketed_remark_that_is_not_an_age_still_makes_prose():
    assert date_candidate(0, 0, "08/09/2022 (Trước đó đoàn đã đến thăm các hộ gia đình chính sách)") is None


def test_a_short_month_date_under_a_dated_note_is_the_date_and_the_headline_stays():
    read = reading(f"{HEADLINE}\n\n14-3-2023/ Nhân viên tổng hợp từ thông tin của Hội Nông dân tỉnh\n\n"
                   f"15-Th3-2023 (Trước đó 1 năm 2 tháng 3 ngày)\n\n{LEAD}\n\n{MORE}\n")
    assert read.fields.get("date") == dt.date(2023, 3, 15)
    assert read.fields.get("title") == HEADLINE


def test_a_headline_opening_with_a_day_is_still_a_headline():
    title = "30/4/1975 - Ngày non sông thu về một mối trong lòng người dân Hòa Tân"
    read = reading(f"{title}\n\n15/03/2023 08:10\n\n{LEAD}\n\n{MORE}\n")
    assert read.fields.get("title") == title


# ---------------------------------------------------------------- a place label with its prefix

@pytest.mark.parametrize("line", ["TP Tây Ninh", "Tp. Hòa Tân", "TX. Sơn Tây", "Tx Bình Minh", "Xã Hòa Tân",
                                  "Phường Bến Thành", "Quận Ba Đình"])
def test_a_place_with_its_prefix_is_no_name(line):
    assert person_name(line) == "" and parse_byline(line) == ()


@pytest.mark.parametrize("line, name", [("Tâm Phúc", "Tâm Phúc"), ("Thành Trung", "Thành Trung"),
                                        ("Trần Quang Tú", "Trần Quang Tú")])
def test_names_like_places_stay_names(line, name):
    assert person_name(line) == name


def test_a_place_label_under_the_date_line_is_no_byline():
    read = reading(f"{HEADLINE}\n\nThứ năm - 16/03/2023 09:46 398 0\nTP Hòa Tân\nTP Hòa Tân\n\n{LEAD}\n\n{MORE}\n")
    assert read.fields.get("date") == dt.date(2023, 3, 16)
    assert not read.fields.get("author")


# ---------------------------------------------------------------- the writer's post after a second colon

@pytest.mark.parametrize("line, names", [("Tác giả: Đức Thiện: Văn hóa", ("Đức Thiện",)),
                                         ("Tác giả: Minh Anh: Phóng viên", ("Minh Anh",)),
                                         ("Thực hiện: Thu Hà: Ban Tuyên giáo Huyện ủy", ("Thu Hà",)),
                                         ("Tác giả: Bài: Minh Anh", ("Minh Anh",))])
def test_a_post_after_a_second_colon_leaves_the_name(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize("line", ["Tác giả: Hội nghị: Văn hóa", "Minh Anh: Văn hóa",
                                  "Tác giả: Ban Tuyên giáo: Minh Anh viết về hội nghị của xã năm nay cùng các hội viên"])
def test_no_name_before_a_second_colon_or_no_label_gives_none(line):
    assert parse_byline(line) == ()


def test_an_authors_field_with_a_post_ends_the_article():
    read = reading(f"{HEADLINE}\n\n16/03/2023\n\n{LEAD}\n\n{MORE}\n\nTác giả: Đức Thiện: Văn hóa")
    assert read.fields.get("author") == "Đức Thiện"


# ---------------------------------------------------------------- a caption cut on a comma

@pytest.mark.parametrize("end", ["GS.TS Lê Văn An,", "Đồng chí Nguyễn Thị Hoa,", "Trần Minh Đức,"])
def test_a_name_closed_by_a_comma_at_the_end_is_no_byline(end):
    read = reading(f"{HEADLINE}\n\n16/03/2023\n\n{LEAD}\n\n{MORE}\n\n{end}")
    assert not read.fields.get("author")


@pytest.mark.parametrize("end, name", [("Trần Minh Đức", "Trần Minh Đức"), ("GS.TS Lê Văn An", "GS.TS Lê Văn An"),
                                       ("Minh Anh –", "Minh Anh")])
def test_a_name_with_no_comma_still_ends_the_article(end, name):
    read = reading(f"{HEADLINE}\n\n16/03/2023\n\n{LEAD}\n\n{MORE}\n\n{end}")
    assert read.fields.get("author") == name


# ---------------------------------------------------------------- a name over a player's and spacer lines

@pytest.mark.parametrize("tail", ["\n\n. . . . .\nLoading the player...", "\n \n* * *\nĐang tải...",
                                  "\nLoading video…", "\n\n. . . . ."])
def test_a_closing_name_over_player_and_spacer_lines_is_the_byline(tail):
    read = reading(f"{HEADLINE}\n\n16/03/2023\n\n{LEAD}\n\n{MORE}\n\nTiến Khởi\n{tail}")
    assert read.fields.get("author") == "Tiến Khởi"


def test_a_loading_notice_is_no_sentence_of_the_text():
    from archive.read.byline_slots import _code_or_widget
    assert _code_or_widget("Loading the player...") and _code_or_widget(". . . . .")
    assert not _code_or_widget("Đang tải lên mạng nhiều video của hội viên...")


def test_a_name_inside_the_text_over_a_player_line_stays_in_the_text():
    read = reading(f"{HEADLINE}\n\n16/03/2023\n\n{LEAD}\n\nTiến Khởi\nLoading the player...\n\n{MORE}\n")
    assert not read.fields.get("author")


# ---------------------------------------------------------------- a signed document's heading

DOC_HEADLINE = "Hướng dẫn thực hiện một số nội dung về sinh hoạt chi bộ ở nơi cư trú"
DOC_BODY = ("Thực hiện Quy định số 213-QĐ/TW, ngày 02/01/2020 của Bộ Chính trị về trách nhiệm của đảng viên "
            "đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú, Ban Tổ chức "
            "hướng dẫn một số nội dung như sau.")


@pytest.mark.parametrize("heading", ["* Hà Nội, ngày 30 tháng 10 năm 2020\nSố 33-HD/BTCTW",
                                     "Số: 125/HD-BTCTU\nHòa Tân, ngày 12 tháng 3 năm 2021",
                                     "Hòa Tân, ngày 12 tháng 03 năm 2021\nSố 07-HD/ĐU"])
def test_a_dateline_beside_a_documents_number_dates_the_document_not_the_page(heading):
    read = reading(f"{DOC_HEADLINE}\n\nBAN CHẤP HÀNH ĐẢNG BỘ\nBAN TỔ CHỨC\n\n{heading}\n\nHƯỚNG DẪN\n\n{DOC_BODY}\n")
    assert read.fields.get("date") is None


def test_a_print_views_dateline_with_no_number_beside_it_is_still_the_date():
    read = reading(f"{DOC_HEADLINE}\n\nHải Phòng, ngày 19 tháng 01 năm 2020\n\n{DOC_BODY}\n")
    assert read.fields.get("date") == dt.date(2020, 1, 19)


def test_a_date_line_with_a_time_beside_a_number_stays_the_date():
    read = reading(f"{DOC_HEADLINE}\n\n19/01/2020 08:15\nSố 07-HD/ĐU\n\n{DOC_BODY}\n")
    assert read.fields.get("date") == dt.date(2020, 1, 19)
