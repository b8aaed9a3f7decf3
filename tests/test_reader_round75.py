"""Round 75: what holdout 74 showed once, and two kinds the dev set and the variants left, as kinds (made-up
pastes, near-misses beside each case).

1. A writer's card between the lead and the text: the name (a pen name or a given name typed without marks),
   the name again with the day it was posted, and a button to follow the writer (read/author_cards.py).
2. A one-word name after a writer's field label and its colon: "Tác giả: Phương" (read/by_names.py).
3. Writers named only in a reprint note: "{Bài viết đăng trên Tạp chí X, số 210 của TS. A và TS. B – Khoa Y}"
   (read/reprint_notes.py).
4. The edition a paper's date line names after its date: "Địa chí Hà Nam 07:22 25/02/2020 Điện tử"
   (read/candidates.py).
"""
from __future__ import annotations

import pytest

from archive.read.author_cards import follow_button, stamped_repeat
from archive.read.bylines import parse_byline
from archive.read.candidates import date_candidate
from archive.read.reprint_notes import reprint_writers
from made_up_pastes import LEAD, MORE, MORE2, author_of, fields_of, left_out, paragraphs

# A travel magazine's story: a headline, its sapo, then the text.
TRIP_HEAD = "Hành trình ba tháng đi khắp các tỉnh miền núi phía Bắc của một người trẻ"
TRIP_SAPO = ("Tôi đã có một hành trình đầy ý nghĩa qua các tỉnh miền núi phía Bắc để gom nhặt ký ức về con người, "
             "bản sắc và đất trời quê hương.")
TRIP_TEXT = ("Xuyên Việt là ước mơ từ năm mười bốn tuổi, khi tôi có chiếc xe máy đầu tiên. Tôi đã hiện thực hóa "
             "ước mơ ấy khi tròn hai mươi lăm tuổi, sau nhiều năm làm việc và dành dụm.")


def _trip(card: str) -> str:
    return "\n".join([TRIP_HEAD, "", TRIP_SAPO, "", card, "", TRIP_TEXT, "", MORE, "", MORE2])


# 1. A writer's card under the sapo.
@pytest.mark.parametrize(("card", "expected"), [
    ("Quynh Anh\nQuynh Anh 29/08\nTheo dõi", "Quynh Anh"),  # holdout 74's card, typed without marks
    ("Quỳnh Anh\n+ Theo dõi", "Quỳnh Anh"),  # the name and its button
    ("Minh Châu\nMinh Châu 29/08/2024 10:15", "Minh Châu"),  # the name and its stamped repeat
    ("Thu Hà\nFollow", "Thu Hà"),
    ("Lê Quỳnh Anh\nLê Quỳnh Anh · 2 giờ trước\nTheo dõi", "Lê Quỳnh Anh"),
    ("Quỳnh Anh - Minh Châu\nQuỳnh Anh 29/08\nTheo dõi", "Quỳnh Anh - Minh Châu"),  # two writers, the first repeated
    ("Quỳnh Anh (TTXVN)\nQuỳnh Anh 29/08", "Quỳnh Anh"),  # a credit beside the name
    ("Quỳnh Anh", ""),  # a pen name alone under the sapo: a subheading or a caption reads the same
    ("Quỳnh Anh\nMinh Châu 29/08", ""),  # another name under it: no card
    ("Quỳnh Anh\nQuỳnh Anh và những người bạn", ""),  # the name again with words: no stamp
    ("Lang thang một mình\nTheo dõi", ""),  # a subheading over a button is no name
])
def test_a_writers_card_under_the_sapo(card, expected) -> None:
    assert author_of(_trip(card)) == expected


def test_the_cards_rows_leave_the_text() -> None:
    """The repeat and the button are the card's, left out of the article with their reason."""
    notes = left_out(_trip("Quynh Anh\nQuynh Anh 29/08\nTheo dõi"))
    assert any("'Quynh Anh 29/08'" in note and "writer's card" in note for note in notes)
    assert any("'Theo dõi'" in note and "follow the writer" in note for note in notes)


@pytest.mark.parametrize(("row", "expected"), [
    ("Theo dõi", True), ("+ Theo dõi", True), ("THEO DÕI", True), ("Follow", True), ("Theo dõi tác giả", True),
    ("Theo dõi Báo X trên Google News", False),  # a paper's button, press_credits' to read
    ("Theo dõi diễn biến mưa lũ", False),
])
def test_a_follow_button(row, expected) -> None:
    assert follow_button(row) is expected


@pytest.mark.parametrize(("row", "expected"), [
    ("Quynh Anh 29/08", True), ("QUYNH ANH 29/08/2024", True), ("Quynh Anh, 10:15", True),
    ("Quynh Anh | 29/08/2024 10:15", True), ("Quỳnh Anh 3 giờ trước", True),
    ("Quynh Anh", False),  # no stamp
    ("Quynh Anh 2024 là năm bận rộn", False),  # words after the name
    ("Quynh Anhh 29/08", False),  # another word
])
def test_a_stamped_repeat(row, expected) -> None:
    assert stamped_repeat(row, "Quỳnh Anh") is expected


# 2. A one-word name after a writer's field label and its colon.
@pytest.mark.parametrize(("line", "expected"), [
    ("Tác giả: Phương", ("Phương",)),
    ("TÁC GIẢ: PHƯƠNG", ("Phương",)),
    ("Người viết: Hà", ("Hà",)),
    ("Tác giả Phương", ()),  # no colon: no field
    ("Người viết : admin", ()),  # a site account, in small letters
    ("Tác giả: Huế", ()),  # a place
    ("Tác giả: Vì", ()),  # a word that opens a clause
    ("Tác giả: Văn", ()),  # a unit's or an office's first word, cut short ("Văn phòng", "Khoa Nội")
    ("Người viết: Khoa", ()),
    ("Tác giả: Ban", ()),
    ("Đăng bởi: Khoa", ("Khoa",)),  # after "bởi" the one word is the poster's name, as before
])
def test_a_one_word_name_after_a_writers_field(line, expected) -> None:
    assert parse_byline(line) == expected


def test_a_one_word_writers_field_at_the_end() -> None:
    assert author_of("\n\n".join([TRIP_HEAD, LEAD, MORE, MORE2 + "\nTác giả: Phương"])) == "Phương"


# 3. Writers named only in a reprint note.
NOTE_HEAD = "Những điểm nhấn trong phân tích báo cáo tài chính chuyển đổi theo chuẩn mực quốc tế"


@pytest.mark.parametrize(("note", "expected"), [
    ("{Bài viết đăng trên Tạp chí Kế toán và Kiểm toán (ISSN 1859 – 1914), số 210, Tháng 3/2021 của  TS. Lê Văn An "
     "và TS. Lê Đoàn Minh Đức –  Khoa Kế toán, Trường Đại học Kinh tế}", "TS. Lê Văn An - TS. Lê Đoàn Minh Đức"),
    ("(Bài đăng trên Tạp chí Cộng sản số 5-2020 của tác giả Nguyễn Văn Bình)", "Nguyễn Văn Bình"),
    ("Bài viết của PGS.TS Trần Thị Hoa, Học viện Chính trị, đã đăng trên Tạp chí Lý luận chính trị số 3/2021.",
     "PGS.TS Trần Thị Hoa"),
    ("Bài viết đăng trên Báo Nhân Dân của Bộ Tài chính.", ""),  # a ministry, no person
    ("Bài đã đăng trên Tạp chí Công tác tôn giáo, số 11 năm 2020. Trang 41-44.", ""),  # no writer named
])
def test_writers_in_a_reprint_note_under_the_headline(note, expected) -> None:
    assert author_of(paragraphs(NOTE_HEAD, note, LEAD, MORE, MORE2)) == expected


def test_a_reprint_note_after_the_text() -> None:
    note = "(Bài đăng trên Tạp chí Cộng sản số 5-2020 của tác giả Nguyễn Văn Bình)"
    assert author_of(paragraphs(NOTE_HEAD, LEAD, MORE, MORE2, note)) == "Nguyễn Văn Bình"


@pytest.mark.parametrize("line", [
    "Bài viết của Tổng Bí thư Tô Lâm",  # where it ran is not said: a headline reads the same
    "Theo bài viết đăng trên Tạp chí X của TS. Lê Văn An",  # a sentence citing it, not the note
    "Bài viết đăng trên trang của Đảng bộ xã An Bình",  # "của" a body, not a person
])
def test_no_reprint_note(line) -> None:
    assert reprint_writers(line, parse_byline) == ()


def test_the_reprint_note_stays_in_the_text() -> None:
    note = "(Bài đăng trên Tạp chí Cộng sản số 5-2020 của tác giả Nguyễn Văn Bình)"
    blocks = fields_of(paragraphs(NOTE_HEAD, note, LEAD, MORE, MORE2))["blocks"]
    assert note in [block.text for block in blocks]


# 4. The edition a paper's date line names after its date ("... 25/02/2020 Điện tử", dev 1834's AMP page).
@pytest.mark.parametrize(("line", "dated"), [
    ("Địa chí Hà Nam 07:22 25/02/2020 Điện tử", True),
    ("Thời sự 07:22 25/02/2020 Báo in", True),
    ("Địa chí Hà Nam 07:22 25/02/2020", True),
    ("Sáng 25/02/2020, tỉnh Hà Nam ra mắt cổng dịch vụ công điện tử", False),  # prose ending on the word
    ("Địa chí Hà Nam 07:22 25/02/2020 Điện tử hóa", False),  # another word after it
])
def test_an_edition_after_the_date_line(line, dated) -> None:
    assert (date_candidate(0, 1, line) is not None) is dated


def test_an_edition_date_line_under_the_headline() -> None:
    found = fields_of(paragraphs("Phần I: Địa lý (Chương XXXVI)", "Địa chí Hà Nam 07:22 25/02/2020 Điện tử",
                                 LEAD, MORE, MORE2))
    assert str(found["date"]) == "2020-02-25"
