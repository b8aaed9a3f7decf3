"""Conventions round 25: byline credit forms of Vietnamese news sites, as made-up lines and pages.

A repost's source credit naming its writer after the outlet ("Nguồn: Báo X - Hồng Phương", "(Nguồn: Tạp
chí X - host - TS. Y, unit)") gives the writer, a pen name of given names as well as a full name; a
reporters' team spelled out, a photo credit or a unit alone in the writer's slot names no one and is no
headline. Places, sections, outlets, units and photographers are never bylines. Every name, page and
address here is made up.
"""
import pytest

from made_up_pastes import HEAD, LEAD, MORE, fields_of
from archive.read.bylines import parse_byline
from archive.read.theo_credits import unbracketed_theo
from archive.read.writer_slots import names_no_one
from benchmarks.credit_variants import CREDIT_TRANSFORMS
from benchmarks.variants import find_spots

DATE = "12/03/2024 08:15"


def page(*head: str, end: tuple[str, ...] = ()) -> str:
    return "\n".join([HEAD, DATE, *head, "", LEAD, "", MORE, *end, "", "Bình luận"]) + "\n"


# ---- after a source credited first, the writer: a full name, initials, or a pen name of given names
@pytest.mark.parametrize("line, names", [
    ("Nguồn: Báo Bình Sơn - Hồng Phương", ("Hồng Phương",)),
    ("Theo Báo Bình Sơn - Minh Anh", ("Minh Anh",)),
    ("Theo TTXVN - Xuân Thu", ("Xuân Thu",)),
    ("Nguồn: Báo Bình Sơn - T.Nga", ("T.Nga",)),
    ("Nguồn: Báo Bình Sơn - HỒNG PHƯƠNG", ("Hồng Phương",)),
    ("Nguồn: Báo Bình Sơn - Trần Văn Bình", ("Trần Văn Bình",)),
    # the outlet, then its address, then the writer with his degree and unit
    ("Nguồn: Tạp chí Bình Sơn - tapchibinhson.vn - TS. Trần Văn Bình, Trường Chính trị tỉnh", ("TS. Trần Văn Bình",)),
    ("(Nguồn: Báo Bình Sơn - Hồng Phương)", ("Hồng Phương",)),  # the whole credit in brackets
])
def test_a_writer_after_a_source_credit(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize("line", [
    "Theo TTXVN - Hà Nội",  # a place
    "Nguồn: Báo Bình Sơn - Thời sự",  # a section
    "Nguồn: Báo Bình Sơn - Xây dựng Đảng",  # a section
    "Theo VOV - Thái Lan",  # a country
    "Nguồn: Sở Nội vụ - Phòng Tổ chức",  # an office and its unit
    "(Nguồn: Báo Bình Sơn)",  # the outlet alone
    "(Nguồn: TTXVN - Bình Dương)",  # a province
    "Nguồn: Báo Bình Sơn - Tiền Phong",  # another paper
    "Video: Hồng Phương - Xuân Thu",  # another medium's credit is no source: its makers, no writer
    "Ảnh: Hồng Phương - Xuân Thu",
])
def test_no_writer_after_a_source_credit(line):
    assert parse_byline(line) == ()


def test_a_bracketed_source_credit_is_read_as_the_same_line_without_its_brackets():
    assert unbracketed_theo("(Nguồn: Báo Bình Sơn - Hồng Phương)") == "Nguồn: Báo Bình Sơn - Hồng Phương"
    assert unbracketed_theo("(Nguồn tin: Trần Văn Bình).") == "Nguồn tin: Trần Văn Bình"
    assert unbracketed_theo("(Theo Trần Văn Bình)") == "Theo Trần Văn Bình"
    assert unbracketed_theo("(Ảnh: Hoàng Long)") == "(Ảnh: Hoàng Long)"  # a photo credit stays as it is
    assert unbracketed_theo("(Nguồn ảnh: Hoàng Long)") == "(Nguồn ảnh: Hoàng Long)"


@pytest.mark.parametrize("head, end, author", [
    (("(Nguồn: Báo Bình Sơn - Trần Văn Bình)",), (), "Trần Văn Bình"),  # under the headline's date line
    ((), ("(Nguồn: Báo Bình Sơn - Hồng Phương)",), "Hồng Phương"),  # after the text
    ((), ("Nguồn: Tạp chí Bình Sơn - tapchibinhson.vn - TS. Trần Văn Bình, Trường Chính trị tỉnh",), "TS. Trần Văn Bình"),
    ((), ("(Nguồn: Báo Bình Sơn - Thời sự)",), ""),  # a section after the outlet
    ((), ("(Nguồn: TTXVN - Hà Nội)",), ""),  # a place after the agency
])
def test_pages_with_a_source_credit_naming_the_writer(head, end, author):
    fields = fields_of(page(*head, end=end))
    assert fields["title"] == HEAD and (fields.get("author") or "") == author


@pytest.mark.parametrize("line, names", [
    ("Nhóm PV Báo Bình Sơn: Hồng Phương - Minh Anh", ("Hồng Phương", "Minh Anh")),
    ("Nhóm phóng viên Đài PT-TH tỉnh: Hồng Phương, Trần Văn Bình", ("Hồng Phương", "Trần Văn Bình")),
    ("PV TTXVN: Trần Văn Bình", ("Trần Văn Bình",)),
    ("Nhóm PV Báo Bình Sơn", ()),  # the team alone names no one
    ("Phóng viên Báo Bình Sơn: Thời sự", ()),  # a section after the label
])
def test_a_reporters_team_credited_with_its_paper_is_the_writers_label(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize("line, names", [
    ("Trần Văn Bình | Báo Bình Sơn", ("Trần Văn Bình",)),  # the writer's cell, then the paper's
    ("Hồng Phương | TTXVN", ("Hồng Phương",)),
    ("Hồng Phương | Trung tâm VH-TT huyện Bình Sơn", ("Hồng Phương",)),  # then the unit's
    ("Hà Nội | Báo Bình Sơn", ()),  # a place's cell
    ("Tin tức | Sự kiện", ()),  # a menu
    ("Hồng Phương | Xem thêm", ()),  # a button after the name: no credit's cell
    ("Hồng Phương | Báo Bình Sơn | Thời sự", ()),  # a section's cell too
])
def test_a_writer_then_a_paper_or_unit_after_a_bar(line, names):
    assert parse_byline(line) == names


# ---- what names no one in the writer's slot
@pytest.mark.parametrize("text", [
    "Nhóm phóng viên", "Phóng viên", "Nhóm PV", "Cộng tác viên", "Phóng viên - Cộng tác viên",
    "Ảnh: Hoàng Long", "Nguồn ảnh: Hoàng Long", "Trung tâm VH-TT huyện Bình Sơn", "Văn phòng Huyện ủy",
])
def test_a_line_in_the_writers_slot_that_names_no_one(text):
    assert names_no_one(text)


@pytest.mark.parametrize("text", [
    "Phóng viên Trần Văn Bình",  # a reporter by name
    "Hoàng Long",  # a name
    "Trung tâm Y tế huyện Bình Sơn tổ chức tập huấn phòng chống dịch",  # a headline opening with a unit
    "Ảnh minh họa",  # no photographer named: another rule's
    "Ảnh hưởng của mưa lũ",  # "Ảnh" opening a word, no colon
])
def test_lines_that_are_no_empty_writer_slot(text):
    assert not names_no_one(text)


@pytest.mark.parametrize("head", ["HỘI THI NẤU ĂN", "Hội Thi Nấu Ăn", "NGÀY HỘI ĐỌC SÁCH"])
@pytest.mark.parametrize("slot", ["Nhóm phóng viên", "Ảnh: Hoàng Long", "Trung tâm VH-TT huyện Bình Sơn"])
@pytest.mark.parametrize("under", [(), (DATE,), ("Lượt xem:",)], ids=["lead", "date", "counter"])
def test_a_short_headline_keeps_its_title_over_an_empty_writer_slot(head, slot, under):
    text = "\n".join([head, slot, "", *under, LEAD, "", MORE, "", "Bình luận"]) + "\n"
    fields = fields_of(text)
    assert fields["title"] == head and not fields.get("author")


# ---- the round's transformations, on a made-up paste
LABEL = {"title": HEAD, "date": "2024-03-12", "bylines": ["Trần Văn Bình"]}
END = ["---", "url: https://example.gov.vn/a", "---", HEAD, DATE, LEAD, MORE, "Trần Văn Bình", "Bình luận"]
HEADED = ["---", "url: https://example.gov.vn/a", "---", HEAD, DATE, "Trần Văn Bình", LEAD, MORE, "Bình luận"]


def _apply(name, lines):
    return CREDIT_TRANSFORMS[name](lines, find_spots(lines, LABEL, 6 if lines is END else 7), LABEL)


@pytest.mark.parametrize("name, printed", [
    ("credit 'Bài, ảnh: X'", ["Bài, ảnh: Trần Văn Bình"]),
    ("credit 'X thực hiện'", ["Trần Văn Bình thực hiện"]),
    ("credit 'X/Báo Y'", ["Trần Văn Bình/Báo Lao Động"]),
    ("credit 'Tin: X; Ảnh: Y'", ["Tin: Trần Văn Bình; Ảnh: Hoàng Long"]),
    ("credit name over a post line", ["Trần Văn Bình", "Phó Trưởng ban Tuyên giáo Huyện ủy"]),
    ("credit rank 'Đại tá, ThS. X'", ["Đại tá, ThS. Trần Văn Bình"]),
])
def test_the_byline_reprinted_in_a_credit_form(name, printed):
    variant = _apply(name, END)
    assert variant.lines[7:7 + len(printed)] == printed and variant.lines[:7] == END[:7]


def test_the_answers_of_the_credit_forms():
    assert _apply("credit 'X - Y (Báo Z)'", END).bylines == ["Trần Văn Bình", "Trần Thu Hà"]
    assert _apply("credit rank 'Thượng tá X'", END).bylines == ["Thượng tá Trần Văn Bình"]
    assert _apply("credit 'Tin: X; Ảnh: Y'", END).bylines is None  # the photographer is no writer


def test_a_head_credit_moved_after_the_text():
    assert _apply("credit at the end under a caption", HEADED).lines[5:9] == [
        LEAD, MORE, "Các đại biểu tham dự hội nghị.", "Trần Văn Bình"]
    assert _apply("credit at the end '(Nguồn: Báo Y - X)'", HEADED).lines[7] == "(Nguồn: Báo Lao Động - Trần Văn Bình)"
    assert _apply("credit '(Nguồn: Báo Y - host - X)'", HEADED).lines[5] == "(Nguồn: Báo Lao Động - baolaodong.vn - Trần Văn Bình)"
    assert _apply("credit at the end caps + 'Nguồn:'", HEADED).lines[7:9] == ["TRẦN VĂN BÌNH", "Nguồn: Báo Lao Động"]


def test_no_credit_forms_go_only_to_pastes_with_no_writer():
    assert _apply("no credit: team 'Nhóm phóng viên'", HEADED) is None
    label = dict(LABEL, bylines=[])
    lines = [line for line in HEADED if line != "Trần Văn Bình"]
    variant = CREDIT_TRANSFORMS["no credit: photo 'Ảnh: Y'"](lines, find_spots(lines, label, 5), label)
    assert variant.lines[4:6] == [DATE, "Ảnh: Hoàng Long"] and variant.bylines == []
