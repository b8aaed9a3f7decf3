"""A paste whose head lost its line breaks (issue 13, round 5): the headline, the date
line and the text glued in one line, or a date glued to the lead, are split again; a
date in prose is left where it stands."""
import datetime as dt

from archive.read.glued import unglue
from archive.read.layout import find_layout
from archive.text.dates import find_date

HEADLINE = "Chi bộ thôn Tân An kết nạp hai đảng viên mới"
LEAD = "Chiều ngày 05/03/2024, Chi bộ thôn Tân An tổ chức lễ kết nạp đảng viên cho hai quần chúng ưu tú."


def test_a_headline_date_line_and_text_on_one_line_are_split():
    pasted = [(4, f"{HEADLINE} ( Ngày đăng: 05/03/2024 ){LEAD} Buổi lễ diễn ra trang trọng.")]
    split = unglue(pasted)
    assert split == [(4, HEADLINE), (4, "( Ngày đăng: 05/03/2024 )"), (4, LEAD + " Buổi lễ diễn ra trang trọng.")]
    layout = find_layout(split)
    assert layout.title[1] == HEADLINE and find_date(layout.date_line.text)[0] == dt.date(2024, 3, 5)
    assert layout.lead[1].startswith("Chiều ngày 05/03/2024")


def test_a_date_line_glued_to_the_lead_is_split():
    split = unglue([(1, "Tin địa phương"), (2, HEADLINE), (3, "06/03/2024" + LEAD)])
    assert split[2:] == [(3, "06/03/2024"), (3, LEAD)]
    layout = find_layout(split)
    assert layout.title[1] == HEADLINE and layout.date_line.text == "06/03/2024" and layout.lead[1] == LEAD


def test_dates_that_are_not_glued_are_left_alone():
    kept = [(1, HEADLINE + " (05/03/2024)"),  # a bracketed date ending the headline: read with the title
            (2, "Ngày 05/03/2024, hội nghị (cập nhật ngày 05/03/2024) đã bàn nhiều việc. Sau đó (05/03/2024 08:00)"
                " các đại biểu đi thăm"),  # prose: a sentence before the bracket
            (3, "05/03/2024 Chiều nay, hội nghị bàn nhiều việc."),  # a space: not glued
            (4, "Ghi chú (Cập nhật: 05/03/2024)Thêm ảnh"),  # below the head's first lines
            ]
    assert unglue(kept) == kept
    date_line = [(1, "Tin tức sự kiện 05/03/2024 08:30 Nguyễn Văn An")]  # a section, the date, a byline
    assert unglue(date_line) == date_line


def test_a_date_and_time_between_the_headline_and_the_text_are_split():
    pasted = [(1, f"{HEADLINE} 05/03/2024 08:30{LEAD}")]
    assert unglue(pasted) == [(1, HEADLINE), (1, "05/03/2024 08:30"), (1, LEAD)]

