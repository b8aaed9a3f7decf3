"""The same page printed otherwise (issue 13, conventions round 9), as made-up pastes.

`make eval-variants` reprints the dev pastes the reader reads right as other sites print the same
facts; the kinds it failed, written down here on made-up pages: a site's menu pasted as one line of
section names over the headline ("Trang chủ Thời sự Chính trị Kinh tế Xã hội"); a site's clock at
the page's top ("Thứ Hai, 01/01/2024 08:00") over a headline that reads as a sentence, over a date
line printed just under the lead, or printed twice; a byline in capitals with a degree's initials
("THS. NGUYỄN VĂN AN"). Near-misses stay as they were: a headline that opens on sections' names and
goes on ("Văn hóa Thể thao Hà Nội ..."), a menu of two items, a dateline with a place ("Hà Nội,
12/03/2024"), initials written in capitals ("PGS.TS"). Every name and number here is made up.
"""
import datetime as dt

import pytest

from made_up_pastes import HEAD, LEAD, MORE, MORE2, fields_of, paragraphs as paste
from archive.read.bylines import parse_byline
from archive.read.candidates import DateCandidate, choose_date
from archive.read.clock_lines import clock_stamp
from archive.read.degree_initials import usual_initials
from archive.read.section_menus import section_menu


# ---- a site's menu pasted as one line: the line alone
MENUS = [
    ("spaces", "Trang chủ Thời sự Chính trị Kinh tế Xã hội Văn hóa Thể thao"),
    ("bars", "Trang chủ | Thời sự | Kinh tế | Xã hội"),
    ("dots", "Thời sự • Chính trị • Pháp luật • Quốc tế"),
    ("slashes", "Tin tức / Sự kiện / Giáo dục"),
    ("chevrons", "Trang chủ » Giới thiệu » Liên hệ"),
    ("no-tones", "Trang chu Thoi su Chinh tri Kinh te"),
    ("caps", "TRANG CHỦ THỜI SỰ KINH TẾ XÃ HỘI"),
    ("caps-bars", "TRANG CHỦ | THỜI SỰ | PHÁP LUẬT | QUỐC TẾ"),
    ("three", "Chính trị Kinh tế Văn hóa"),
    ("party-site", "Trang chủ Xây dựng Đảng Tuyên giáo Dân vận Kiểm tra"),
    ("media", "Video Multimedia Podcast Infographic"),
    ("old-tones", "Thời sự Văn hoá Y tế Giáo dục"),
    ("spaced-dash", "Thời sự - Kinh tế - Du lịch"),
    ("title-case-four", "Trang Chủ Thời Sự Kinh Tế Xã Hội"),
]
NOT_MENUS = [
    ("sentence-case-headline", "Kinh tế xã hội tỉnh tăng trưởng khá trong quý I"),
    ("sections-then-place", "Văn hóa Thể thao Hà Nội"),
    ("small-items", "Chính trị kinh tế văn hóa"),
    ("two-items", "Văn hóa Thể thao"),
    ("a-number", "Thời sự Chính trị Kinh tế 2024"),
    ("a-stop", "Thời sự Chính trị Kinh tế."),
    ("caps-three", "THỜI SỰ KINH TẾ XÃ HỘI"),
    ("caps-headline", "KINH TẾ XÃ HỘI PHÁT TRIỂN"),
    ("one-word", "Video"),
    ("a-verb", "Kinh tế Xã hội Giáo dục phát triển"),
    ("title-case-headline", "Kiểm Tra Hoạt Động Đảng Bộ"),
    ("empty", ""),
]


@pytest.mark.parametrize("line", [m for _, m in MENUS], ids=[i for i, _ in MENUS])
def test_a_menu_line_is_sections_names(line):
    assert section_menu(line)


@pytest.mark.parametrize("line", [m for _, m in NOT_MENUS], ids=[i for i, _ in NOT_MENUS])
def test_other_lines_are_no_menu(line):
    assert not section_menu(line)


@pytest.mark.parametrize("above", ["", "12/03/2024 08:15"], ids=["undated", "date-above"])
@pytest.mark.parametrize("menu", [m for _, m in MENUS[:8]], ids=[i for i, _ in MENUS[:8]])
def test_a_menu_line_over_the_headline_leaves_the_headline(menu, above):
    assert fields_of(paste(*[line for line in (above, menu) if line], HEAD, LEAD, MORE, MORE2))["title"] == HEAD


def test_a_menu_line_over_the_head_of_a_dated_page():
    found = fields_of(paste("Thứ Ba, 12/03/2024", menu := MENUS[0][1], HEAD, LEAD, MORE, MORE2))
    assert (found["title"], menu) == (HEAD, menu)


@pytest.mark.parametrize("head", [
    "Văn hóa Thể thao Hà Nội đón nhận danh hiệu thi đua xuất sắc năm 2023",
    "Kinh tế xã hội tỉnh tăng trưởng khá trong quý I",
    "Chính trị Kinh tế Văn hóa: ba trụ cột trong nghị quyết của Đảng bộ tỉnh",
], ids=["sections-then-place", "sentence-case", "sections-then-colon"])
def test_a_headline_opening_on_sections_stays_the_headline(head):
    assert fields_of(paste(head, "12/03/2024 08:15", LEAD, MORE, MORE2))["title"] == head


# ---- a site's clock: the line alone
STAMPS = [
    ("weekday-time", "Thứ Hai, 01/01/2024 08:00"),
    ("zone", "Thứ năm, 28.07.2022 GMT+7"),
    ("updated", "Cập nhật: 08:00 12/03/2024"),
    ("words", "Ngày 5 tháng 3 năm 2024"),
    ("bare", "12/03/2024"),
    ("dashes", "12-03-2024 08:15"),
    ("brackets", "(09/10/2015 15:34:31)"),
    ("caps", "THỨ HAI, 01/01/2024"),
    ("no-tones", "Thu Hai, 01/01/2024 08:00"),
    ("sunday", "Chủ nhật, ngày 07/01/2024"),
    ("time-first", "08:00 | 12/03/2024"),
    ("luc", "Đăng lúc 08:00 ngày 12/03/2024"),
]
NOT_STAMPS = [
    ("place", "Hà Nội, 12/03/2024"),
    ("a-year", "Năm 2024 đã qua"),
    ("sentence", "Ngày 12/3/2024, Tỉnh ủy tổ chức hội nghị"),
    ("no-date", "Thứ Hai tuần trước"),
    ("headline-after", "12/03/2024 Hội nghị Ban Chấp hành"),
    ("a-number", "Số 12/2024"),
    ("a-phone", "Hotline: 0912 345 678"),
    ("no-year", "Thứ Hai, 01/01 08:00"),
]


@pytest.mark.parametrize("line", [s for _, s in STAMPS], ids=[i for i, _ in STAMPS])
def test_a_clock_or_a_date_line_is_a_stamp(line):
    assert clock_stamp(line)


@pytest.mark.parametrize("line", [s for _, s in NOT_STAMPS], ids=[i for i, _ in NOT_STAMPS])
def test_other_lines_are_no_stamp(line):
    assert not clock_stamp(line)


@pytest.mark.parametrize("head", [
    "Hãy trồng cây xanh theo gương Bác Hồ vĩ đại!",
    "HÃY TRỒNG CÂY XANH THEO GƯƠNG BÁC HỒ VĨ ĐẠI!",
    "Chi bộ thôn Đông tổ chức sinh hoạt chuyên đề về học tập và làm theo gương Bác.",
], ids=["exclaimed", "exclaimed-caps", "stopped"])
@pytest.mark.parametrize("clock", ["Thứ Hai, 01/01/2024 08:00", "Chủ nhật, ngày 07/01/2024"], ids=["time", "day"])
def test_a_clock_over_a_headline_that_reads_as_a_sentence(clock, head):
    assert fields_of(paste(clock, head, LEAD, MORE, MORE2))["title"] == head


@pytest.mark.parametrize("clock", ["Thứ Hai, 01/01/2024 08:00", "Thứ hai, ngày 01/01/2024", "01/01/2024"],
                         ids=["time", "ngay", "bare"])
@pytest.mark.parametrize("stamp", ["09/02/2023 15:15", "Thứ năm, 09/02/2023 - 15:15"], ids=["bare", "weekday"])
def test_a_clock_over_the_head_and_the_date_under_the_lead(clock, stamp):
    found = fields_of(paste(clock, HEAD, LEAD, stamp, MORE, MORE2))
    assert (found["title"], found["date"]) == (HEAD, dt.date(2023, 2, 9))


@pytest.mark.parametrize("clocks", [
    ("Thứ sáu, ngày 26 tháng 04 năm 2024", "Thứ sáu, ngày 26 tháng 04 năm 2024"),
    ("Thứ Hai, 01/01/2024 08:00", "Thứ sáu, 29/03/2024, 03:46 [GMT+7]"),
], ids=["printed-twice", "two-clocks"])
def test_two_clocks_over_the_headline_and_a_date_line_under_it(clocks):
    found = fields_of(paste(*clocks, HEAD, "10/10/2015", LEAD, MORE, MORE2))
    assert (found["title"], found["date"]) == (HEAD, dt.date(2015, 10, 10))


def _candidate(index: int, text: str) -> DateCandidate:
    return DateCandidate(index=index, line=index + 1, text=text, score=1.0)


def test_choose_date_sets_aside_every_clock_above_the_headline():
    candidates = [_candidate(0, "Thứ Hai, 01/01/2024"), _candidate(1, "Thứ Ba, 02/01/2024"), _candidate(3, "10/10/2015")]
    best, clocks = choose_date(candidates, first_headline=2)
    assert (best.index, [c.index for c in clocks]) == (3, [0, 1])


def test_a_lone_date_over_the_headline_stays_the_date():
    best, clocks = choose_date([_candidate(0, "Thứ Hai, 01/01/2024")], first_headline=1)
    assert (best.index, clocks) == (0, [])


# ---- a degree's initials in a byline in capitals
INITIALS = [
    ("master", "THS.", "ThS."),
    ("master-doctor", "THS.BS", "ThS.BS"),
    ("master-no-stop", "THS", "ThS"),
    ("rank-master", "THIẾU TÁ, THS.", "THIẾU TÁ, ThS."),
    ("doctor", "TS.", "TS."),
    ("professor", "PGS.TS", "PGS.TS"),
    ("already", "ThS.", "ThS."),
    ("longer-word", "THSA.", "THSA."),
    ("inside-word", "ATHS.", "ATHS."),
]


@pytest.mark.parametrize("printed, written", [(p, w) for _, p, w in INITIALS], ids=[i for i, _, _ in INITIALS])
def test_initials_in_their_usual_case(printed, written):
    assert usual_initials(printed) == written


@pytest.mark.parametrize("line, name", [
    ("THS. NGUYỄN VĂN AN", "ThS. Nguyễn Văn An"),
    ("THIẾU TÁ, THS. ĐOÀN VĂN HÙNG", "Thiếu tá, ThS. Đoàn Văn Hùng"),
    ("THS.BS LÊ THỊ HOA", "ThS.BS Lê Thị Hoa"),
    ("PGS.TS TRẦN VĂN BÌNH", "PGS.TS Trần Văn Bình"),
    ("ThS. Nguyễn Văn An", "ThS. Nguyễn Văn An"),
], ids=["master", "rank-master", "master-doctor", "professor", "small-letters"])
def test_a_byline_in_capitals_gives_the_degree_in_its_case(line, name):
    assert parse_byline(line) == (name,)


@pytest.mark.parametrize("byline", ["THS. NGUYỄN VĂN AN", "ThS. Nguyễn Văn An", "Ths. Nguyễn Văn An"],
                         ids=["caps", "proper", "small-h"])
def test_an_end_byline_with_a_degree(byline):
    assert fields_of(paste(HEAD, "12/03/2024 08:15", LEAD, MORE, MORE2, byline))["author"] in (
        "ThS. Nguyễn Văn An", "Ths. Nguyễn Văn An")
