"""The reader of issue 13, round 21, on made-up text: a print view that opens with the sapo,
prints it again after the outlet's tag and only then the headline gives the headline as the
title, not the sapo; a meta line printing the section's label before the author ("Lifestyle Sang
Sang 04/09/2018 10:00") names the author; an author's field with a unit under the headline, over a
portal's leaked page metadata, is the byline (the site's name alone there still is not); an image's
alt text ("anh tin bai") printed where photos stood is chrome, so a name glued to its post with a
hyphen under those lines is the end byline; a name glued to the last full stop ("lao
động.Nguyễn Hòa") is the byline, while "TP.HCM", "v.v.Nguyễn" and "tp.Hồ Chí Minh" stay text."""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.byline_slots import glued_name
from archive.read.chrome import is_noise_line
from archive.read.print_views import headline_first
from archive.read.section_bylines import meta_names
from archive.read.tight_stops import spaced_last_stop
from made_up_pastes import reading

LEAD = ("Thực hiện Luật Người cao tuổi, UBND xã Hòa Lạc long trọng tổ chức trao quà mừng thọ cho 312 cụ "
        "tròn 70, 75, 80, 85, 90 tuổi và trên 90 tuổi trên địa bàn xã năm 2025.")
SECOND = ("Mỗi độ xuân về, mừng thọ người cao tuổi là nghi lễ cổ truyền, một nét đẹp văn hóa có từ lâu đời; "
          "dịp này con cháu bày tỏ lòng hiếu thảo với ông bà, cha mẹ.")
TITLE = "Xã Hòa Lạc tổ chức trao quà mừng thọ cho các cụ tuổi tròn"


def _text(read) -> str:
    return " ".join(block.text for block in read.fields.get("blocks", ()))


# ---------------------------------------------------------------- a print view: the sapo, its tagged copy, the headline

SAPO = ("Nhiều năm nay, học sinh các cấp đến trường từ giữa tháng 8. Sau gần một tháng học, lễ khai giảng "
        "ngày 5/9 mới diễn ra: liệu ý nghĩa của ngày hội đầu năm học có còn nguyên vẹn?")


@pytest.mark.parametrize("tag, headline, tail", [
    ("(Giaoducthoidai.vn) - ", "Ngày khai giảng liệu còn giữ được ý nghĩa?", "VNews\n"),
    ("(VOV) - ", "Khai giảng muộn, năm học đã bắt đầu từ tháng 8", "Theo VOV\n"),
    ("TTXVN - ", "Ý nghĩa của lễ khai giảng khi học sinh đã đến trường từ tháng 8", ""),
    ("(Baovanhoa.vn) – ", "Học trước, khai giảng sau: chuyện của nhiều trường", f"{LEAD}\n\n{SECOND}\n"),
])
def test_a_print_views_headline_under_its_sapo_is_the_title(tag, headline, tail):
    read = reading(f"{SAPO}\n{tag}{SAPO}\n{headline}\n{tail}", "https://example.vn/print-20180822193325855.htm")
    assert read.fields.get("title") == headline
    assert read.fields.get("lead") == SAPO  # the tagged copy is the lead; the bare one is left out
    assert SAPO not in _text(read)


def test_a_page_with_its_headline_above_the_sapo_is_read_as_it_is():
    headline = "Ngày khai giảng liệu còn giữ được ý nghĩa?"
    read = reading(f"{headline}\n{SAPO}\n(Giaoducthoidai.vn) - {SAPO}\n{SECOND}\n")
    assert read.fields.get("title") == headline


@pytest.mark.parametrize("body", [
    [SAPO, "(Giaoducthoidai.vn) - Một đoạn khác hẳn, không phải bản sao của đoạn trên, viết về việc khác.",
     "Ngày khai giảng liệu còn giữ được ý nghĩa?"],  # not a copy: no print view
    ["Ngày khai giảng", "(VOV) - Ngày khai giảng", "Học trước, khai giảng sau ở nhiều trường"],  # too short for a sapo
    [SAPO, f"(VOV) - {SAPO}", LEAD, SECOND],  # no headline under the copy: nothing is moved
])
def test_what_is_no_print_views_opening(body):
    lines = list(enumerate(body, start=4))
    assert headline_first(lines) == (lines, [])


# ---------------------------------------------------------------- a section's label before the author in the meta line

@pytest.mark.parametrize("meta, author", [
    ("Lifestyle Sang Sang 04/09/2018 10:00", "Sang Sang"),
    ("Thời sự Minh Anh 12/03/2024 08:15", "Minh Anh"),
    ("Giải trí Thu Hà 01/06/2023 07:30", "Thu Hà"),
    ("Xã hội Nguyễn Văn An 20/11/2022", "Nguyễn Văn An"),
])
def test_a_meta_lines_author_after_the_section_label_is_read(meta, author):
    read = reading(f"{TITLE}\n\n{meta}\n\n{LEAD}\n\n{SECOND}\n")
    assert read.fields.get("author") == author
    assert read.fields.get("title") == TITLE


@pytest.mark.parametrize("part", ["Thời sự Hà Nội", "Tin tức Sự kiện", "Lifestyle", "Video Clip", "Kinh tế Sáng nay",
                                  "Chủ tịch Nguyễn Văn An", "Giám đốc Trần Văn Bình",  # a post is no section's label
                                  "Bác Hồ Chí Minh"])
def test_a_label_before_a_place_or_a_label_names_no_one(part):
    assert meta_names(part) == ()


def test_a_meta_line_with_a_place_after_the_label_keeps_its_date_and_names_no_one():
    read = reading(f"{TITLE}\n\nThời sự Hà Nội 12/03/2024 08:15\n\n{LEAD}\n\n{SECOND}\n")
    assert read.fields.get("author") == "" and read.fields.get("date") == dt.date(2024, 3, 12)


# ---------------------------------------------------------------- an author's field over leaked page metadata

def _metadata(host: str) -> str:
    return ("2025-02-02T08:30:00+07:00\n2025-02-02T08:30:00+07:00\n"
            f"http://{host}/vi/news/xa-hoi/le-mung-tho-12.html\nhttp://{host}/uploads/news/2025_02/a.jpg\n"
            f"Đài Truyền thanh xã\nhttp://{host}/assets/images/logo.png\n")


@pytest.mark.parametrize("field, author", [
    ("Văn Vương - Trung tâm VH,TT&TT", "Văn Vương"),
    ("Minh Hà - Đài Truyền thanh xã", "Minh Hà"),
    ("Lê Thị Hoa- Hội Phụ nữ xã", "Lê Thị Hoa"),
])
def test_a_name_and_unit_over_page_metadata_is_the_byline(field, author):
    read = reading(f"{TITLE}\n{field}\n{_metadata('hoalac.example.vn')}{LEAD}\n{SECOND}\n")
    assert read.fields.get("author") == author
    assert read.fields.get("title") == TITLE


@pytest.mark.parametrize("line", ["Bình An", "Bình An - Trung tâm Văn hóa"])
def test_the_sites_name_over_page_metadata_is_still_no_byline(line):
    # alone, or spelt by the page's own addresses: the site's name, as round 14 read it
    read = reading(f"{TITLE}\n{line}\n{_metadata('binhan.example.gov.vn')}{LEAD}\n{SECOND}\n")
    assert read.fields.get("author") == ""


# ---------------------------------------------------------------- image alt text, and a name glued to its post

@pytest.mark.parametrize("line", ["anh tin bai", "Ảnh tin bài", "anh bai viet", "anh", "Ảnh đại diện"])
def test_an_images_alt_text_is_chrome(line):
    assert is_noise_line(line)


@pytest.mark.parametrize("line", ["Ảnh: Minh Anh", "Anh hùng lao động Nguyễn Văn Thắng về thăm quê",
                                  "Ảnh hưởng của mưa lũ đến mùa màng", "Anh Tuấn"])
def test_lines_opening_with_the_word_stay(line):
    assert not is_noise_line(line)


@pytest.mark.parametrize("end, author", [
    ("Lê Thị Diệu- Công chức VHTT-TDTT", "Lê Thị Diệu"),
    ("Lê Thị Diệu-Công chức Văn hóa xã", "Lê Thị Diệu"),
    ("Trần Văn Nam -Cán bộ Văn phòng UBND xã", "Trần Văn Nam"),
    ("Phạm Thu Hương– Văn phòng HĐND-UBND", "Phạm Thu Hương"),
])
def test_a_name_glued_to_its_post_under_alt_text_is_the_byline(end, author):
    read = reading(f"{TITLE}\nLượt xem: 83\n{LEAD}\nanh tin bai\n\n{SECOND}\n\nanh tin bai\nanh tin bai\n"
                   f"anh tin bai\n\n \n\nanh tin bai\n\n \n\n{end}\n\nanh")
    assert read.fields.get("author") == author
    assert "anh tin bai" not in _text(read)


# ---------------------------------------------------------------- a name glued to the last full stop

PARAGRAPH = ("Theo Trung tâm Dịch vụ việc làm tỉnh, những tháng cuối năm trung tâm sẽ tăng cường tư vấn, "
             "giới thiệu việc làm cho người lao động")
JOBS = "Các doanh nghiệp trong tỉnh cần tuyển gần 2 ngàn lao động"


@pytest.mark.parametrize("stop, name, author", [
    (".", "Nguyễn Hòa", "Nguyễn Hòa"),
    ("!", "Trần Thị Mai", "Trần Thị Mai"),
    (".”", "Lê Văn Hùng", "Lê Văn Hùng"),
    (".", "Hoàng Minh Đức (tổng hợp)", "Hoàng Minh Đức"),
])
def test_a_name_glued_to_a_lone_paragraphs_last_stop_is_the_byline(stop, name, author):
    read = reading(f"{JOBS}\n\n{PARAGRAPH}{stop}{name}")
    assert read.fields.get("author") == author
    assert read.fields.get("lead") == PARAGRAPH + stop  # the stop stays with the text, the name leaves it


def test_a_name_glued_to_the_last_paragraphs_stop_is_the_byline():
    read = reading(f"{JOBS}\n\n{LEAD}\n\n{SECOND}\n\n{PARAGRAPH}.Nguyễn Hòa\n")
    assert read.fields.get("author") == "Nguyễn Hòa"


@pytest.mark.parametrize("tail", [
    " tại TP.Hồ Chí Minh",  # an abbreviation in capitals
    " tại tp.Hồ Chí Minh",  # a place's prefix in small letters
    " như sách, báo v.v.Nguyễn Văn An",  # "v.v." is no sentence's end
    " của ThS.Lê Văn Bình",  # a degree
    ", chủ yếu ở huyện Mèo Vạc.",  # a sentence ending in a place name
    " của tỉnh.Hà Giang",  # a place glued to the stop is no person
    ".Minh Anh",  # no surname: two capitalised words may open a sentence the paste cut short
])
def test_what_is_no_name_glued_to_the_last_stop(tail):
    read = reading(f"{JOBS}\n\n{PARAGRAPH}{tail}")
    assert read.fields.get("author") == ""
    assert glued_name(PARAGRAPH + tail) is None


@pytest.mark.parametrize("text, spaced", [
    ("tăng 12% so với năm 2024.Nguyễn Văn An", "tăng 12% so với năm 2024. Nguyễn Văn An"),  # a year ends it
    ("phải được bảo đảm”.Lê Văn Hùng", "phải được bảo đảm”. Lê Văn Hùng"),  # a quote closes the last word
    ("theo Điều 3.Nguyễn Văn An", "theo Điều 3.Nguyễn Văn An"),  # one digit: a clause's number
    ("tại tp.Vinh Nghệ An", "tại tp.Vinh Nghệ An"),
])
def test_where_the_space_after_the_last_stop_is_put_back(text, spaced):
    assert spaced_last_stop(text) == spaced


def test_a_glued_name_inside_a_sentence_stays():
    text = "Các tài liệu gồm sách, báo v.v.Nguyễn Văn An đã tặng cho thư viện xã trong dịp này."
    assert spaced_last_stop(text) == text
    assert spaced_last_stop("Dự án đặt tại TP.HCM") == "Dự án đặt tại TP.HCM"
    assert spaced_last_stop("lao động.Nguyễn Hòa") == "lao động. Nguyễn Hòa"
