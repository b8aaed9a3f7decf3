"""Round 57 (issue 13), on made-up text: a part's heading is no writer; a profession before a colon is a
writer field's label; a labelled writer's note after a comma is left off.

An essay's or a guide's part heading in title case ("Mở Bài", "Kết Bài", "Lời Kết", "Phần Một", "Chương
Hai", "Phần Kết") reads as a two-word pen name: it is never a name (names.DOCUMENT_HEADINGS,
read/part_headings.py), so under a headline it neither becomes the byline nor lifts a subtitle over the
headline. A profession or a title in words before a colon ("Nhà báo:", "Bác sĩ:", "Luật sư:", "Kỹ sư:") is a
field's label and goes (credit_labels.py); without the colon it stays as the name's title. After a label, the
name, a comma and a short note naming no one (a class, a unit, a post) give the name (read/labelled_notes.py).
"""
from __future__ import annotations

import pytest

from archive.read.bylines import parse_byline
from archive.read.part_headings import numbered_part
from archive.read.theo_given_names import theo_given_name
from made_up_pastes import HEAD, LEAD, MORE, MORE2, author_of, fields_of, paragraphs

_HEAD = "Kinh Nghiệm Tổ Chức Workshop 2026: Hướng Dẫn Đầy Đủ Cho Doanh Nghiệp Nhỏ"
_SUB = "Venue + Catering + Media – Checklist Từ A-Z"
_LEAD = ("Tổ chức một buổi workshop cho doanh nghiệp nhỏ không chỉ là thuê phòng và mời khách: cần chuẩn bị nội "
         "dung, người dẫn, âm thanh, ánh sáng và cả kế hoạch truyền thông trước, trong và sau sự kiện.")
_MORE = ("Trong bài viết này, chúng tôi tổng hợp những bước chuẩn bị cần thiết, các lỗi thường gặp và cách "
         "tránh, kèm một danh sách kiểm tra để bạn dùng cho lần tổ chức tiếp theo.")
_URL = "https://example.com/kinh-nghiem-to-chuc-workshop-doanh-nghiep-nho"


# 1. A part's heading is never a name.
@pytest.mark.parametrize("heading", ["Mở Bài", "MỞ BÀI", "Thân Bài", "Kết Bài", "Lời Kết", "Lời Tựa", "Dẫn Nhập",
                                     "Mở Đầu", "Tóm Tắt", "Phần Một", "PHẦN HAI", "Chương Ba", "Phần Mười Hai",
                                     "Phần Kết", "Kỳ Cuối"])
def test_a_part_heading_is_no_name(heading: str) -> None:
    assert parse_byline(heading) == ()


@pytest.mark.parametrize("name", ["Phan Hải", "Mai Bài", "Mở Hoa", "Kết Vân", "Phần Hoa", "Kỳ Duyên", "Tập Lâm",
                                  "Minh Kết", "Lời Ba"])
def test_names_near_a_part_heading_stay_names(name: str) -> None:
    assert parse_byline(name) == (name,)


@pytest.mark.parametrize("tokens, part", [(["Phần", "Một"], True), (["CHƯƠNG", "MƯỜI", "HAI"], True),
                                          (["Phần", "Cuối", "Cùng"], True), (["Phần", "Hoa"], False),
                                          (["Phan", "Hai"], False), (["Phần"], False),
                                          (["Phần", "Một", "Hai", "Ba"], False)])
def test_a_numbered_part(tokens: list[str], part: bool) -> None:
    assert numbered_part(tokens) is part


@pytest.mark.parametrize("heading", ["Mở Bài", "Kết Bài", "Phần Một", "LỜI MỞ ĐẦU"])
def test_a_part_heading_under_a_subtitle_is_no_byline(heading: str) -> None:
    found = fields_of(paragraphs(_HEAD, _SUB, heading, _LEAD, _MORE), _URL)
    assert (found["title"], found.get("author") or "") == (_HEAD, "")


@pytest.mark.parametrize("name", ["Minh Hằng", "Trần Văn Nam"])
def test_a_name_under_a_subtitle_is_still_the_byline(name: str) -> None:
    assert author_of(paragraphs(_HEAD, _SUB, name, _LEAD, _MORE), _URL) == name


# 2. A profession before a colon is a label; a labelled writer's note is left off.
@pytest.mark.parametrize("line, names", [
    ("Nhà báo: Lê Quang Vinh, Học sinh khóa: 01", ("Lê Quang Vinh",)),
    ("Nhà báo: Lê Quang Vinh", ("Lê Quang Vinh",)),
    ("NHÀ BÁO: LÊ QUANG VINH", ("Lê Quang Vinh",)),
    ("Nha bao: Le Quang Vinh", ("Le Quang Vinh",)),
    ("Bác sĩ: Trần Văn An, Bệnh viện Đa khoa tỉnh", ("Trần Văn An",)),
    ("Luật sư: Nguyễn Thị Hoa, Đoàn Luật sư TP Hà Nội", ("Nguyễn Thị Hoa",)),
    ("Kỹ sư: Phạm Minh Tuấn", ("Phạm Minh Tuấn",)),
    ("Nhà giáo: Đỗ Văn Bình, nguyên Hiệu trưởng Trường THPT số 2", ("Đỗ Văn Bình",)),
    ("Tác giả: Trần Văn An, lớp 12A1", ("Trần Văn An",)),
    ("Thực hiện: Minh Anh, khóa 2010 - 2013", ("Minh Anh",)),
])
def test_a_labelled_writer_with_a_profession_or_a_note(line: str, names: tuple[str, ...]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize("line, names", [
    ("Kỹ sư Phạm Minh Tuấn", ("Kỹ sư Phạm Minh Tuấn",)),  # no colon: the title stays with the name
    ("Nhà báo Lê Quang Vinh", ("Nhà báo Lê Quang Vinh",)),
    ("Tác giả: Trần Văn An, Lê Thị Bình", ("Trần Văn An", "Lê Thị Bình")),  # a second writer, not a note
    ("Tác giả: Trần Văn An, ThS. Lê Thị Bình", ("Trần Văn An", "ThS. Lê Thị Bình")),
    ("Bác sĩ: Trần Văn An, khoa Nội, cho biết thêm.", ()),  # a sentence
    ("Bác sĩ: Bạn nên uống nhiều nước", ()),  # a doctor's answer
    ("Nhà báo: người gác cổng thông tin", ()),
    ("Nhà báo:", ()),
    ("Lê Quang Vinh, học trò cũ của thầy", ()),  # no label: a note in small letters is not known to be one
])
def test_near_misses_of_a_labelled_writer(line: str, names: tuple[str, ...]) -> None:
    assert parse_byline(line) == names


def test_a_profession_labelled_writer_under_the_date_line() -> None:
    head = "Thăm thầy giáo cũ sau năm mươi năm - nhớ về lớp mười thuở ấy"
    body = paragraphs(head, "Thứ tư - 15/11/2017 04:02", "Nhà báo: Lê Văn Toàn, Học sinh khóa: 03", _LEAD, _MORE)
    found = fields_of(body, "https://example.edu.vn/tin-tuc/tham-thay-giao-cu-117.html")
    assert (found["title"], found.get("author")) == (head, "Lê Văn Toàn")


# 3. A school's role before a colon is a label; a pupil's class after a comma is a note.
@pytest.mark.parametrize("line, names", [
    ("Học sinh: Nguyễn Thị Minh Hằng", ("Nguyễn Thị Minh Hằng",)),
    ("Sinh viên: Trần Văn Bình", ("Trần Văn Bình",)),
    ("Giáo viên: Nguyễn Thị Hoa", ("Nguyễn Thị Hoa",)),
    ("Cô giáo: Nguyễn Thị Hoa", ("Nguyễn Thị Hoa",)),
    ("GIÁO VIÊN: NGUYỄN THỊ HOA", ("Nguyễn Thị Hoa",)),
    ("Người gửi: Lê Văn Tám", ("Lê Văn Tám",)),
    ("Ký giả: Lê Văn Tám", ("Lê Văn Tám",)),
    ("Nguyễn Thị Minh Hằng, lớp 11A2", ("Nguyễn Thị Minh Hằng",)),
    ("Nguyễn Thị Minh Hằng, Lớp 12 Văn", ("Nguyễn Thị Minh Hằng",)),
    ("Trần An, khóa 2010 - 2013", ("Trần An",)),
    ("Lê Văn Bình, niên khóa 1975-1978", ("Lê Văn Bình",)),
    ("Minh Hằng, lớp 11A2, Trường THPT Lê Lợi", ("Minh Hằng",)),
])
def test_a_school_writer_by_role_or_class(line: str, names: tuple[str, ...]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize("line", ["Học sinh: các em cần ôn tập kỹ", "Giáo viên: Trường THCS Lê Lợi",
                                  "Nguyễn Văn An, lớp 9A nhận giải nhất", "Nguyễn Văn An, lớp học",
                                  "Nguyễn Văn An, khóa học kỹ năng", "Minh Hằng, lớp 11A2, nhận giải",
                                  "Học sinh Nguyễn Văn An"])
def test_near_misses_of_a_school_writer(line: str) -> None:
    assert parse_byline(line) == ()


@pytest.mark.parametrize("end, author", [("Học sinh: Nguyễn Thị Minh Hằng", "Nguyễn Thị Minh Hằng"),
                                         ("Nguyễn Thị Minh Hằng, lớp 11A2", "Nguyễn Thị Minh Hằng"),
                                         ("Giáo viên: Trần Văn Bình", "Trần Văn Bình")])
def test_a_school_writer_at_the_text_end(end: str, author: str) -> None:
    assert author_of(paragraphs(HEAD, "12/03/2024", LEAD, MORE, MORE2, end)) == author


# 4. A compiler's role after the name with no mark between goes.
@pytest.mark.parametrize("line, names", [
    ("Minh Hằng sưu tầm", ("Minh Hằng",)),
    ("Trần Văn Bình tổng hợp", ("Trần Văn Bình",)),
    ("Lê An biên soạn", ("Lê An",)),
    ("Hồ Minh thực hiện", ("Hồ Minh",)),
    ("Thu Hà ghi", ("Thu Hà",)),
    ("Thu Hà ghi chép.", ("Thu Hà",)),
    ("Thanh Tâm st", ("Thanh Tâm",)),
    ("Trần Văn Bình viết", ("Trần Văn Bình",)),
    ("Người sưu tầm: Trần Văn Bình", ("Trần Văn Bình",)),
])
def test_a_compiler_role_after_the_name(line: str, names: tuple[str, ...]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize("line, names", [
    ("Nguyễn Thực Hiền", ("Nguyễn Thực Hiền",)),  # a name's words in title case
    ("Trần Văn Ghi", ("Trần Văn Ghi",)),
    ("Bộ Y tế thực hiện", ()),  # a body, not a person
    ("Sưu tầm", ()),
    ("Các xã đã thực hiện", ()),
    ("Minh Hằng giới thiệu", ()),  # not a compiler's role
    ("Bác Hồ viết", ()),  # a sentence's subject, no name
    ("Trần Văn Viết", ("Trần Văn Viết",)),
])
def test_near_misses_of_a_compiler_role(line: str, names: tuple[str, ...]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize("end, author", [("Minh Hằng sưu tầm", "Minh Hằng"), ("Trần Văn Bình tổng hợp", "Trần Văn Bình")])
def test_a_compiler_role_at_the_text_end(end: str, author: str) -> None:
    assert author_of(paragraphs(HEAD, "12/03/2024", LEAD, MORE, MORE2, end)) == author


# 5. A writer's post after the name and a comma, in small letters or by a staff's initials.
@pytest.mark.parametrize("line, names", [
    ("Trần Văn Bình, nguyên Bí thư Huyện ủy", ("Trần Văn Bình",)),
    ("Nguyễn Thị Minh Hằng, giáo viên Trường THCS Lê Lợi", ("Nguyễn Thị Minh Hằng",)),
    ("Trần Văn Bình, hội viên Hội Cựu chiến binh xã", ("Trần Văn Bình",)),
    ("Trần Văn Bình, đảng viên Chi bộ thôn 3", ("Trần Văn Bình",)),
    ("Trần Văn Bình, cựu học sinh khóa 1975-1978", ("Trần Văn Bình",)),
    ("Trần Văn Bình, trưởng thôn Đông", ("Trần Văn Bình",)),
    ("Minh Hằng, GV Trường THCS Lê Lợi", ("Minh Hằng",)),
    ("Minh Hằng, PV", ("Minh Hằng",)),
])
def test_a_writer_post_in_small_letters_after_a_comma(line: str, names: tuple[str, ...]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize("line", ["Trần Văn Bình, nguyên Bí thư Huyện ủy, phát biểu tại hội nghị",
                                  "Trần Văn Bình, nguyên Bí thư Huyện ủy cho biết", "Minh Hằng, một giáo viên trẻ",
                                  "Minh Hằng, người con của quê hương", "Trần Văn Bình, em trai anh Nam",
                                  "Trần Văn Bình, đến thăm gia đình", "Minh Hằng, gv trường Lê Lợi",
                                  "Đại tá Trần Văn Bình, nguyên Giám đốc Công an tỉnh (nhiệm kỳ 2015 - 2020), bị kỷ luật"])
def test_near_misses_of_a_post_after_a_comma(line: str) -> None:
    assert parse_byline(line) == ()


def test_a_writer_with_a_post_in_small_letters_at_the_text_end() -> None:
    end = "Trần Văn Bình, nguyên Bí thư Huyện ủy"
    assert author_of(paragraphs(HEAD, "12/03/2024", LEAD, MORE, MORE2, end)) == "Trần Văn Bình"


# 6. "Theo" and a pen name whose second word the closed list leaves out, at the text's end.
@pytest.mark.parametrize("end, author", [("Theo Nguyên Chiếu", "Nguyên Chiếu"), ("Theo Minh Khuê", "Minh Khuê"),
                                         ("(Theo Thanh Nhã)", "Thanh Nhã")])
def test_theo_a_pen_name_with_an_unlisted_second_word(end: str, author: str) -> None:
    assert theo_given_name(end) == (author,)
    assert author_of(paragraphs(HEAD, "12/03/2024", LEAD, MORE, MORE2, end)) == author


@pytest.mark.parametrize("end", ["Theo Thanh Niên", "Theo Văn Nghệ", "Theo Hòa Bình", "Theo Nhân Dân", "Theo Hải Quan",
                                 "Theo Văn Hóa", "Theo Minh Khue", "Theo Minh Smith", "Theo Kinh Tế"])
def test_theo_a_paper_place_or_unmarked_word_stays_a_source(end: str) -> None:
    assert theo_given_name(end) == ()
    assert author_of(paragraphs(HEAD, "12/03/2024", LEAD, MORE, MORE2, end)) == ""
