"""The reader of issue 13, round 29 (holdout 28's kinds), on made-up text: an older state number in
three parts after its type ("Nghị định số 77/NV/TC/NĐ") and an Assembly body's resolution in the dash
form with its term ("Nghị quyết số 318-NQ/UBTVQH11") are cited; a site clock broken into lines over
the headline ("9:15 SA" / "Thứ Ba" / "12" / "Tháng Tư" / "2025") is chrome, its weekday no byline; a
date whose year is glued to its month ("15/062022") is read; a video programme's line ("<Programme>:
Hội luận cùng ông <Name> – <post>") under the headline does not take the title. Near-misses stay as
they are."""
from __future__ import annotations

import datetime as dt

import pytest

from archive.registry.registries import load_registries
from benchmarks.eval_reader import citation_key
from made_up_pastes import reading
from test_conventions_citations import ROOT, cited


@pytest.fixture(scope="module")
def registries():
    return load_registries(ROOT / "corpus")


# ---------------------------------------------------------------- older and Assembly numbers

@pytest.mark.parametrize("sentence, number", [
    ("Hội được thành lập theo Nghị định số 77/NV/TC/NĐ ngày 12/3/1956 của Bộ Nội vụ.", "77/NV/TC/NĐ"),
    ("Trường ra đời theo Quyết định số 215/GD/TC/QĐ ngày 2/9/1958 của Bộ Giáo dục.", "215/GD/TC/QĐ"),
    ("Thi hành Nghị định 41/LĐ/BH/NĐ của Bộ Lao động, các xí nghiệp lập quỹ bảo hiểm.", "41/LĐ/BH/NĐ"),
])
def test_an_older_state_number_in_three_parts_is_cited(registries, sentence, number):
    assert cited(registries, sentence, 2901) == [citation_key(number)]


@pytest.mark.parametrize("sentence", [
    "Tổ công tác 77/NV/TC/NĐ gồm năm người đã đến làm việc.",          # no type word before it
    "Thực hiện Quyết định số 215/TU/TC/QĐ của Tỉnh ủy, đơn vị kiện toàn bộ máy.",  # a Party committee's
])
def test_near_misses_of_the_three_part_number_are_not_cited(registries, sentence):
    assert not any("/TC/" in c.upper() for c in cited(registries, sentence, 2902))


@pytest.mark.parametrize("sentence, number", [
    ("Tạp chí được thành lập theo Nghị quyết số 318-NQ/UBTVQH11 ngày 5/4/2004 của Ủy ban thường vụ Quốc hội.",
     "318-NQ/UBTVQH11"),
    ("Thực hiện Nghị quyết 27-NQ/UBTVQH9 của Ủy ban Thường vụ Quốc hội, các cơ quan triển khai ngay.",
     "27-NQ/UBTVQH9"),
    ("Theo Nghị quyết số 51 - NQ/QH10 ngày 9/6/2000 của Quốc hội, kỳ họp được kéo dài.", "51-NQ/QH10"),
])
def test_an_assembly_resolution_in_the_dash_form_is_cited(registries, sentence, number):
    assert cited(registries, sentence, 2903) == [citation_key(number)]


def test_an_assembly_number_in_the_dash_form_is_a_state_one(registries):
    # Not a Party document: the Assembly's body, with its term, issued it.
    from archive.enrich.citation_passage import Passage
    from archive.enrich.citation_scan import scan
    found = scan(Passage(0, "Nghị quyết số 318-NQ/UBTVQH11 ngày 5/4/2004 quy định rõ."), registries.documents)
    assert [(c.number, c.kind) for c in found if c.number] == [("318-NQ/UBTVQH11", "state")]


@pytest.mark.parametrize("sentence", [
    "Thực hiện Nghị quyết số 12-NQ/TW10 của Bộ Chính trị, đảng bộ xây dựng kế hoạch.",  # a term on the Party's
    "Nhóm 318-NQ/XYZ11 họp bàn kế hoạch.",  # digits after no Assembly body
])
def test_a_term_after_any_other_issuer_is_not_cited(registries, sentence):
    assert not any(c.upper().endswith(("TW10", "XYZ11")) for c in cited(registries, sentence, 2904))


# ---------------------------------------------------------------- a broken site clock over the headline

HEAD = "Hội nghị tổng kết công tác xây dựng Đảng năm 2024 của Đảng bộ phường"
LEAD = ("Sáng 10/12, Đảng ủy phường tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2024, triển khai "
        "phương hướng, nhiệm vụ năm 2025 với sự tham dự của đông đảo cán bộ, đảng viên.")
SECOND = ("Báo cáo tại hội nghị nêu rõ, trong năm qua, Đảng bộ đã lãnh đạo hoàn thành tốt các chỉ tiêu, "
          "nhiệm vụ đề ra, công tác kết nạp đảng viên mới đạt kết quả khá.")
DATE_LINE = "12 Tháng Mười Hai 20249:05 SA(Xem: 312)"


@pytest.mark.parametrize("clock", [
    ["9:15 SA", "Thứ Ba", "12", "Tháng Tư", "2025"],
    ["10:02 CH", "Chủ Nhật", "6", "Tháng Mười Hai", "2025"],
    ["7:40 SA", "Thứ Bảy", "1", "Tháng Giêng", "2026"],
    ["THỨ SÁU", "21", "THÁNG BA", "2025"],
])
def test_a_site_clock_broken_into_lines_gives_no_byline(clock):
    clock_lines = "\n".join(clock)
    fields = reading(f"{clock_lines}\n\n{HEAD}\n\n{DATE_LINE}\n\n{LEAD}\n\n{SECOND}\n").fields
    assert fields["title"] == HEAD
    assert fields["author"] == ""
    assert fields["date"] == dt.date(2024, 12, 12)


@pytest.mark.parametrize("text", ["Thứ Hai", "THỨ HAI", "Chủ nhật", "Thứ Tư", "Tháng Ba", "THÁNG MƯỜI HAI",
                                  "Tháng Giêng"])
def test_a_weekday_or_a_month_in_words_is_no_name(text):
    from archive.read.person_names import person_name
    assert person_name(text) == ""


@pytest.mark.parametrize("text, name", [
    ("Thu Tú", "Thu Tú"),           # folds as "Thứ Tư" does: a name with its own tone marks
    ("Thu Hà", "Thu Hà"),
    ("Thanh Ba", "Thanh Ba"),       # a month's number word after another word
    ("TRẦN THỨ", "Trần Thứ"),
])
def test_names_near_a_weekday_stay_names(text, name):
    from archive.read.person_names import person_name
    assert person_name(text) == name


def test_a_name_under_the_headline_is_still_the_byline_under_a_broken_clock():
    fields = reading(f"9:15 SA\nThứ Ba\n12\nTháng Tư\n2025\n\n{HEAD}\n\n{DATE_LINE}\n\nThu Tú\n\n"
                     f"{LEAD}\n\n{SECOND}\n").fields
    assert fields["author"] == "Thu Tú"


# ---------------------------------------------------------------- a year glued to its month

@pytest.mark.parametrize("line, day", [
    ("31/072023", dt.date(2023, 7, 31)),
    ("05/112021", dt.date(2021, 11, 5)),
    ("9.062022", dt.date(2022, 6, 9)),
    ("15-032024 08:30", dt.date(2024, 3, 15)),
])
def test_a_date_line_with_the_year_glued_to_its_month_is_read(line, day):
    fields = reading(f"English\n{line}\n{HEAD}\n\n{LEAD}\n\n{SECOND}\n").fields
    assert fields["title"] == HEAD
    assert fields["date"] == day


@pytest.mark.parametrize("line", [
    "31/072023",
    "Số 31/072023 của Ban Tuyên giáo",   # in a line: a number, not a date line
    "31/132023",                           # no month 13
    "31/7202",                             # no year of 19xx or 20xx after a month of two digits
    "31/071823",
])
def test_near_misses_of_the_glued_year_stay_as_they_are(line):
    from archive.text.dates import unspaced_date_line
    expected = {"31/072023": "31/07/2023"}.get(line, line)
    assert unspaced_date_line(line) == expected


# ---------------------------------------------------------------- a video page's programme line

VIDEO_HEAD = "Những dấu hỏi quanh Hội nghị Trung ương lần này"
VIDEO_LEAD = ("Hội nghị Trung ương sẽ diễn ra trong tuần tới với nhiều nội dung quan trọng về công tác nhân sự, "
              "chúng tôi đã mời khách mời cùng trao đổi với quý vị trong chương trình hôm nay.")


@pytest.mark.parametrize("programme", [
    "VN 360: Hội luận cùng ông Trần Văn Bình – Chủ tịch Hội Cựu học sinh",
    "Bàn tròn thời sự: Trò chuyện với TS. Lê Minh Châu",
    "Góc nhìn 24h: Tọa đàm cùng nhà báo Phạm Thu Hằng – nguyên Tổng biên tập",
    "Chuyện tuần này: Đối thoại với luật sư Nguyễn Hữu Phước",
])
def test_a_programme_line_under_the_headline_does_not_take_the_title(programme):
    body = f"Play Video\nShare on facebook\n\n{VIDEO_HEAD}\n\n{programme}\n\n{VIDEO_LEAD}\n\n{LEAD}\n"
    assert reading(body).fields["title"] == VIDEO_HEAD


@pytest.mark.parametrize("text", [
    "Hà Nội: Tọa đàm với doanh nghiệp về chuyển đổi số",     # no guest by an honorific
    "Tỉnh ủy: Tọa đàm cùng ông bà cao tuổi trong phường",      # "ông bà", no name after
    "Hội luận cùng ông Trần Văn Bình về kinh tế",              # no programme's name before a colon
    "Một chương trình rất dài có tên gọi riêng của đài: Hội luận cùng ông Trần Văn Bình",  # no short name
])
def test_lines_near_a_programme_line_are_not_one(text):
    from archive.read.programme_lines import programme_line
    assert not programme_line(text)


def test_a_programme_shaped_headline_alone_stays_the_title():
    head = "Bàn tròn thời sự: Trò chuyện với TS. Lê Minh Châu về cải cách bộ máy"
    assert reading(f"{head}\n\n{VIDEO_LEAD}\n\n{LEAD}\n").fields["title"] == head
