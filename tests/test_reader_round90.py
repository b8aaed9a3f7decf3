"""Round 90: holdout 82's misses, as kinds (made-up pastes, near-misses beside each case).

- a headline in capitals broken over two lines, the address's slug spelling both lines together, is titled by its
  first line, no kicker over the second (read/slugs.spelled_as_pair, read/title_weights.py); a slug a CMS keeps in
  the query ("/?x=14552/tin-tuc/nho-lai-...") is read there when the path holds none (read/slugs.slug_sequence);
- a headline broken over two lines that a trail above prints whole, letter for letter, is joined into one line
  (read/printed_joins.py); printed above in other letters, it stays apart;
- a headline in capitals ending with a body's name that the page prints in small letters elsewhere (the writer's
  unit) is no breadcrumb (read/named_body_headlines._capitals_naming);
- a journal's author line with a comma set off by spaces ("A , B , C , ...", eight names) is the byline
  (read/bylines._word_count); authors each over their affiliation, two or more, above the abstract, with no
  heading, are the journal's list (read/journal_authors._paired_authors);
- a lead opened by the writer's name, the source's tag in brackets and a dash ("Phạm Văn (Danlambao) - ...") names
  the writer (read/marker_writers.py);
- a source's name and a date in words glued to the lead's capital ("Vietnam Parents World 26 tháng 05,2025Trong
  ...") is the date line (read/labelled_glued_dates.py; text/dates.WORDED_DATE reads "tháng 05,2025");
- a state number closed by a small letter ("Nghị quyết số 30c/NQ-CP") is cited whole (enrich/citation_patterns.py).
"""
from __future__ import annotations

import datetime as dt

import pytest

from made_up_pastes import HEAD, LEAD, MORE, cited_numbers, fields_of, numbered_lines, paragraphs
from archive.read.bylines import parse_byline
from archive.read.journal_authors import journal_authors
from archive.read.labelled_glued_dates import labelled_glued_date
from archive.read.marker_writers import writer_marker
from archive.read.printed_joins import join_printed_whole
from archive.read.slugs import slug_words, spelled_as_pair
from archive.text.dates import all_dates

FIRST, SECOND = "KỶ NIỆM NGÀY HỘI TRUYỀN THỐNG", "TRƯỜNG TRUNG HỌC PHỔ THÔNG HOÀNG HOA THÁM"
PAIR_URL = "https://thpt.example.edu.vn/tin-tuc/ky-niem-ngay-hoi-truyen-thong-truong-trung-hoc-pho-thong-hoang-hoa-tham"
QUERY_URL = ("http://thpt.example.edu.vn/?x=14552/tri-an/"
             "ky-niem-ngay-hoi-truyen-thong-truong-trung-hoc-pho-thong-hoang-hoa-tham")


@pytest.mark.parametrize("url", [PAIR_URL, QUERY_URL])
def test_a_capitals_headline_broken_in_two_the_slug_spells_is_titled_by_its_first_line(url) -> None:
    found = fields_of("\n".join([FIRST, SECOND, "Nguyễn Văn Bình", "Nguyên Hiệu trưởng nhà trường", LEAD, MORE]), url)
    assert (found.get("title"), found.get("author")) == (FIRST, "Nguyễn Văn Bình")


def test_a_capitals_kicker_the_slug_does_not_spell_stays_over_its_headline() -> None:
    # near-miss: the slug spells the second line alone, the first is a section's label
    url = "https://thpt.example.edu.vn/tin-tuc/khai-mac-hoi-thao-chao-mung-ngay-nha-giao-viet-nam"
    headline = "KHAI MẠC HỘI THAO CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM"
    found = fields_of("\n".join(["XÂY DỰNG ĐẢNG", headline, "Nguyễn Văn Bình", LEAD, MORE]), url)
    assert found.get("title") == headline


def test_a_slug_in_the_query_is_read_only_when_the_path_has_none() -> None:
    assert slug_words(QUERY_URL) >= {"ky", "niem", "hoang", "hoa", "tham"}
    assert "tri" not in slug_words(QUERY_URL)  # the section before the slug
    # near-miss: a path's slug wins over a tracking value in the query
    assert slug_words("https://x.vn/ky-niem-ngay-hoi-lon.html?utm=mot-hai-ba-bon-nam") == {"ky", "niem", "ngay", "hoi", "lon"}


@pytest.mark.parametrize("above, text, slug, paired", [
    (FIRST, SECOND, PAIR_URL, True),
    (FIRST, "Trường THPT Hoàng Hoa Thám", PAIR_URL, False),  # the second line in small letters
    (FIRST + ":", SECOND, PAIR_URL, False),  # a kicker closed by a colon
    (FIRST, SECOND, "https://x.vn/truong-trung-hoc-pho-thong-hoang-hoa-tham", False),  # the slug spells the second alone
])
def test_spelled_as_pair(above, text, slug, paired) -> None:
    assert spelled_as_pair(above, text, slug_words(slug)) is paired


TRAIL = "Trang nhấtTừ điển họcLOẠI HÌNH TỪ ĐIỂN TRỰC TUYẾN Ở VIỆT NAM THỰC TRẠNG VÀ TRIỂN VỌNG"


def test_a_headline_in_two_lines_a_trail_prints_whole_is_one_title() -> None:
    body = paragraphs("Đăng nhập", TRAIL, "LOẠI HÌNH TỪ ĐIỂN TRỰC TUYẾN Ở VIỆT NAM", "THỰC TRẠNG VÀ TRIỂN VỌNG",
                      "TS. Nguyễn Huy Bình", LEAD, MORE)
    assert fields_of(body).get("title") == "LOẠI HÌNH TỪ ĐIỂN TRỰC TUYẾN Ở VIỆT NAM THỰC TRẠNG VÀ TRIỂN VỌNG"


@pytest.mark.parametrize("above", [
    "Quyển II : Loại hình từ điển trực tuyến ở Việt Nam thực trạng và triển vọng",  # other letters: the headline
    "LOẠI HÌNH TỪ ĐIỂN TRỰC TUYẾN Ở VIỆT NAM",  # the first part alone
])
def test_two_lines_nothing_prints_whole_letter_for_letter_stay_apart(above) -> None:
    lines = numbered_lines(above, "", "LOẠI HÌNH TỪ ĐIỂN TRỰC TUYẾN Ở VIỆT NAM", "", "THỰC TRẠNG VÀ TRIỂN VỌNG")
    assert join_printed_whole(lines) == lines


def test_two_lines_a_trail_prints_whole_are_joined_into_the_first() -> None:
    lines = numbered_lines(TRAIL, "", "LOẠI HÌNH TỪ ĐIỂN TRỰC TUYẾN Ở VIỆT NAM", "", "THỰC TRẠNG VÀ TRIỂN VỌNG")
    joined = join_printed_whole(lines)
    assert joined[2] == (3, "LOẠI HÌNH TỪ ĐIỂN TRỰC TUYẾN Ở VIỆT NAM THỰC TRẠNG VÀ TRIỂN VỌNG") and joined[4] == (5, "")


def test_a_capitals_headline_ending_with_the_writer_s_unit_is_no_breadcrumb() -> None:
    headline = "ĐẠI HỘI ĐẠI BIỂU LIÊN ĐOÀN VÕ THUẬT CỔ TRUYỀN VIỆT NAM"
    body = "\n".join([headline, "NHIỆM KỲ V (2018 - 2023)", "Trương Văn Bảo", "Liên đoàn Võ thuật cổ truyền Việt Nam",
                      LEAD, MORE])
    found = fields_of(body, "https://x.vn/hoat-dong/dai-hoi-dai-bieu-lien-doan-vo-thuat-co-tru.aspx")
    assert (found.get("title"), found.get("author")) == (headline, "Trương Văn Bảo")


def test_a_trail_in_capitals_parted_by_marks_is_still_a_breadcrumb() -> None:
    # near-miss: "TRANG CHỦ > TIN TỨC > <headline>" prints the headline after its marks: chrome
    body = "\n".join(["TRANG CHỦ > TIN TỨC > " + HEAD.upper(), HEAD.upper(), "Nguyễn Văn Bình", LEAD, MORE])
    assert fields_of(body).get("title") == HEAD.upper()


EIGHT = ["Nguyễn Thị Huệ", "Hoàng Xuân Hòa", "Nguyễn Đức Lượng", "Mạc Văn Đạt", "Nguyễn An Ninh", "Bùi Như Khải",
         "Bùi Quốc Anh", "Nguyễn Danh Triết"]


def test_eight_authors_with_commas_set_off_by_spaces_are_the_byline() -> None:
    assert parse_byline(" , ".join(EIGHT)) == tuple(EIGHT)


def test_a_line_of_too_many_words_is_still_no_byline() -> None:
    # near-miss: the commas counted out, a line of forty words names no one
    assert parse_byline(" , ".join(EIGHT + EIGHT[:6])) == ()


AFFILIATION = "Trường Đại học Y Dược, Đại học Thái Nguyên"


def test_authors_each_over_their_affiliation_are_a_journal_s_list() -> None:
    lines = numbered_lines("DOI: 10.19982/jstmp.2023.2.11", "Bùi Thị Việt Hà", AFFILIATION, "Nguyễn Thị Tố Uyên",
                           AFFILIATION, "Nguyễn Thu Hoài", AFFILIATION)
    names, taken = journal_authors(lines)
    assert names == ("Bùi Thị Việt Hà", "Nguyễn Thị Tố Uyên", "Nguyễn Thu Hoài") and taken == lines[1:]


def test_one_name_over_a_body_is_no_list() -> None:
    # near-miss: a speaker's or a caption's name over his body
    assert journal_authors(numbered_lines("Bùi Thị Việt Hà", AFFILIATION, LEAD)) == ((), [])


def test_a_journal_page_s_paired_authors_above_the_abstract_are_the_byline() -> None:
    body = "\n".join(["THỰC TRẠNG SỬ DỤNG DỊCH VỤ Y TẾ CỦA NGƯỜI CAO TUỔI TẠI MỘT SỐ XÃ NĂM 2021", "Tải xuống",
                      "Dữ liệu tải xuống chưa có sẵn.", "DOI: 10.19982/jstmp.2023.2.11", "Bùi Thị Việt Hà", AFFILIATION,
                      "Nguyễn Thu Hoài", AFFILIATION, "Tóm tắt", LEAD, MORE])
    assert fields_of(body).get("author") == "Bùi Thị Việt Hà - Nguyễn Thu Hoài"


def test_paired_names_in_the_body_with_no_abstract_are_no_byline() -> None:
    # near-miss: an award's list of people and their units in the text
    body = "\n".join([HEAD, LEAD, "Các cá nhân được khen thưởng:", "Bùi Thị Việt Hà", AFFILIATION, "Nguyễn Thu Hoài",
                      AFFILIATION, MORE])
    assert fields_of(body).get("author", "") == ""


@pytest.mark.parametrize("lead, writer", [
    ("Phạm Văn (Danlambao) - " + LEAD, "Phạm Văn"),
    ("Nguyễn Thị Lan (TTXVN) – " + LEAD, "Nguyễn Thị Lan"),
    ("Hà Nội (TTXVN) - " + LEAD, None),  # near-miss: a place before the tag
    ("Phạm Văn (Danlambao) - 12/3/2024", None),  # near-miss: no prose after the dash
])
def test_a_writer_before_the_source_s_tag_opening_the_lead(lead, writer) -> None:
    found = writer_marker(lead)
    assert (found[0] if found else None) == writer


def test_the_writer_opening_the_lead_is_the_byline_and_leaves_the_lead() -> None:
    found = fields_of("\n\n".join([HEAD, "Phạm Văn (Danlambao) - " + LEAD, MORE]))
    assert (found.get("author"), found.get("lead")) == ("Phạm Văn", LEAD)


@pytest.mark.parametrize("text, date", [
    ("26 tháng 05,2025", dt.date(2025, 5, 26)),
    ("ngày 3 tháng 4 năm 2024", dt.date(2024, 4, 3)),
    ("26 tháng 05, 2025", dt.date(2025, 5, 26)),
])
def test_a_date_in_words_with_its_year_after_a_bare_comma(text, date) -> None:
    found = all_dates(text)
    assert [dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))) for m in found] == [date]


def test_a_source_s_name_and_date_glued_to_the_lead_is_the_date_line() -> None:
    found = fields_of("\n".join([HEAD, "Vietnam Parents World 26 tháng 05,2025" + LEAD, MORE]))
    assert (found.get("date"), found.get("lead")) == (dt.date(2025, 5, 26), LEAD)


@pytest.mark.parametrize("text", [
    "Năm 2025 có nhiều đổi mới 26 tháng 05,2025" + LEAD,  # a sentence before the date, in small letters
    "Vietnam Parents World 26 tháng 05,2025 " + LEAD,  # a space after the year: no glue
    "Vietnam Parents World 26 tháng 05,2025Trong năm",  # too short for a lead
    "Sáng Thứ Hai 14/03/2024" + LEAD,  # a time of day opens the lead's own sentence
    "Wedding 02/08/2017" + LEAD,  # one word names no source
])
def test_no_glued_lead_without_a_name_a_glue_and_a_sentence(text) -> None:
    assert labelled_glued_date(text) is None


@pytest.mark.parametrize("text, number", [
    ("Chính phủ đã ban hành Nghị quyết số 30c/NQ-CP phê duyệt Chương trình tổng thể.", "30c/NQ-CP"),
    ("Thực hiện Quyết định số 12a/2019/QĐ-UBND của Ủy ban nhân dân tỉnh.", "12a/2019/QĐ-UBND"),
    ("Thực hiện Chỉ thị số 05a-CT/TU của Ban Thường vụ Tỉnh ủy.", "05a-CT/TU"),
])
def test_a_number_closed_by_a_small_letter_is_cited_whole(text, number) -> None:
    assert cited_numbers(text) == [number]


@pytest.mark.parametrize("text", [
    "Lớp 12a/A1 đạt giải nhất hội thao của trường.",  # a class, no code after the letter
    "Tốc độ 30km/h trên tuyến đường này.",  # a unit: two letters
])
def test_a_letter_after_figures_with_no_document_code_is_no_citation(text) -> None:
    assert cited_numbers(text) == []
