"""Round 109: holdouts 93's and 94's misses, as kinds (made-up pastes, near-misses beside each case).

- A date line whose fields a slash spaced on one side parts ("25/01/2021 10:48:03 Sáng/ ý kiến phản hồi (0)"), a
  comment count among them, is a date line, as with a bar (read/candidates.py); a date's own slashes are never spaced.
- A theme's empty headings under the text ("H1" ... "H7": no word of two letters) are passed over by the end's
  byline slot as a script's leftovers are (read/line_sizes.worded, asked by read/byline_slots.py).
- Round 108's rules hold under a line the variants insert: a term's slogan over the headline past one short line
  ("Kỳ 2", a place's name), a dash menu over the headline past one short line, a poster's row over a date line printed
  with no dash, or over a date line the head did not choose (a clock glued to a section's name above the headline:
  dev 2215 under the variants' "category glued to date" pins it) (read/furniture.banners, read/dash_menus.py,
  read/dashed_posters.py asked by read/head_window.py; tests/test_reader_round108.py).
- The state's honorary titles in words ("Anh hùng Lao động", "Nhà giáo Ưu tú", "Thầy thuốc Nhân dân") stay before a
  full name as "NGƯT" does; a stage name after one (no surname: "Nghệ sĩ ưu tú Xuân Vinh") is a caption's subject,
  no byline (read/honorary_titles.py, asked by read/bylines.py).

Left, said plainly: 008's writer signing in capitals over his place and date, a photo caption naming him under them;
009's letter signed under "TM nhóm ..." (a document's signer is no byline, by design: byline_slots._not_the_author);
012's title, whose label takes the first of three capitals lines, the association's own name as the site's address
spells it; 013's school name in capitals over a shorter capitals headline, under a weekday date its label reads as
the site's clock.
"""
from __future__ import annotations

import pytest

from archive.read import candidates as weigh
from archive.read.bylines import parse_byline
from archive.read.lead_markers import BARE_MARKER
from archive.read.dash_menus import dash_menu_off
from archive.read.furniture import banners
from archive.read.line_sizes import worded
from made_up_pastes import HEAD, LEAD, MORE, fields_of, numbered_lines
from test_reader_round108 import LONG_HEAD, MENU, SLOGAN

# --- a date line parted by a slash, a comment count after it

@pytest.mark.parametrize("line, dated", [
    ("Ngày đăng: 25/01/2021 10:48:03 Sáng/ ý kiến phản hồi (0)", True),
    ("Ngày đăng: 25/01/2021 10:48:03 / ý kiến phản hồi (0)", True),
    ("25/01/2021 10:48 / Bình luận (3)", True),
    ("Cập nhật: 25/01/2021 /12 bình luận", True),
    # near-misses: a sentence's words after the slash, a headline's words before the date
    ("Ngày 25/01/2021 / tại hội trường UBND huyện diễn ra hội nghị", False),
    ("Hội nghị tổng kết năm 2020 / 25/01/2021 các đồng chí lãnh đạo", False),
])
def test_a_slash_parts_a_date_lines_fields(line, dated) -> None:
    assert (weigh.date_candidate(1, 5, line, BARE_MARKER) is not None) is dated


def test_the_date_line_parted_by_a_slash_dates_the_page() -> None:
    body = f"{HEAD}\n\nNgày đăng: 25/01/2021 10:48:03 Sáng/ ý kiến phản hồi (0)\n\n{LEAD}\n\n{MORE}\n"
    found = fields_of(body)
    assert str(found["date"]) == "2021-01-25" and found["time"] == "10:48"


# --- a theme's empty headings under the byline

HEADINGS = "\n\n".join(f"H{n}" for n in range(1, 8))


@pytest.mark.parametrize("writer", ["Phi Rom.", "Nguyễn Văn An"])
def test_the_writer_over_empty_headings(writer) -> None:
    body = f"{HEAD}\n\n12/03/2024 08:15\n\n{LEAD}\n\n{MORE}\n\n{writer}\n\n{HEADINGS}\n\nĐể lại một bình luận\n"
    assert fields_of(body)["author"] == writer.rstrip(".")


@pytest.mark.parametrize("line, has_word", [
    ("H1", False), ("A", False), ("»", False), ("12", False), ("| |", False), ("// ]]>", False),
    ("Xem", True), ("Ôn tập", True), ("Tin 24h", True),  # near-misses: a word of two letters or more
])
def test_worded(line, has_word) -> None:
    assert worded(line) is has_word


# --- honorary titles in words

@pytest.mark.parametrize("line, names", [
    ("Anh hùng Lao động Lê Văn Tam", ("Anh hùng Lao động Lê Văn Tam",)),
    ("Nhà giáo Ưu tú Nguyễn Văn An", ("Nhà giáo Ưu tú Nguyễn Văn An",)),
    ("Thầy thuốc Nhân dân Trần Thị Bình", ("Thầy thuốc Nhân dân Trần Thị Bình",)),
    ("Nhà giáo Ưu tú Nguyễn Văn An, Nhà giáo Ưu tú Trần Thị Bình",
     ("Nhà giáo Ưu tú Nguyễn Văn An", "Nhà giáo Ưu tú Trần Thị Bình")),
    ("Nghệ sĩ ưu tú Xuân Vinh", ()),  # near-miss: a stage name, no surname: a caption's subject
    ("NSƯT Xuân Vinh", ("NSƯT Xuân Vinh",)),  # near-miss: the short form reads as before
    ("Nhà giáo Nguyễn Văn An", ("Nhà giáo Nguyễn Văn An",)),  # near-miss: the shorter title as before
])
def test_honorary_titles_in_words(line, names) -> None:
    assert parse_byline(line) == names


def test_a_hero_of_labour_signs_under_his_headline() -> None:
    body = f"{HEAD}\nAnh hùng Lao động Lê Văn Tam\nChủ tịch Hội đồng họ Lê Việt Nam\n{LEAD}\n{MORE}\n"
    assert fields_of(body)["author"] == "Anh hùng Lao động Lê Văn Tam"


# --- round 108's rules past one inserted short line

@pytest.mark.parametrize("between, banner", [
    ("Kỳ 2", True), ("Phú Mỹ Quê Hương", True), ("-", True),
    ("Sáng nay, tỉnh tổ chức hội nghị.", False),  # near-miss: a sentence, the text begun
    ("12/03/2024 08:15", False),  # near-miss: the slogan's words as the headline, its date under it
])
def test_a_terms_slogan_past_a_short_line(between, banner) -> None:
    assert banners([SLOGAN, between, LONG_HEAD, LEAD]) == ({0} if banner else set())


def test_the_headline_under_a_slogan_and_a_short_line_is_the_title() -> None:
    body = f"Nhảy đến nội dung\n{SLOGAN}\n\nKỳ 2\n{LONG_HEAD}\n\nD:\\Desktop\\anh-1.jpg\n\n{LEAD}\n\n{MORE}\n"
    assert fields_of(body)["title"] == LONG_HEAD


@pytest.mark.parametrize("between, dropped", [
    ("Kỳ 2", True), ("Thứ Sáu, 03/12/2021", True),
    ("Tin tức", True),
    ("Trang chủ của huyện gồm nhiều chuyên mục.", False),  # near-miss: a sentence under the rows
])
def test_a_dash_menu_past_a_short_line(between, dropped) -> None:
    rows = numbered_lines(*MENU, between, HEAD, LEAD, MORE)
    kept, gone = dash_menu_off(rows)
    assert (len(gone) == len(MENU)) is dropped and (kept == rows) is not dropped
