"""Round 48b (holdout 47's end bylines, glued update date and dotted code), on made-up text: a
writer's name over a "Tác giả:" line that repeats it, with a fragment of chrome under both, is the
byline; a paragraph that quotes or reports speech is never a signature; a labelled date line glued
to the lead is the date line; a state code joined to its issuer by a dot is read whole.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from archive.read.labelled_glued_dates import labelled_glued_date
from archive.read.quoted_speech import quoted_speech
from archive.read.writer_repeats import repeats, writer_labelled
from made_up_pastes import fields_of

_HEADLINE = "Công an huyện tổ chức thăm hỏi, chúc mừng các cơ sở tôn giáo trên địa bàn"
_DATE = "05/03/2024"
_TEXT = ("Sáng ngày 4/3, Công an huyện đã tổ chức đoàn công tác đến thăm hỏi các cơ sở tôn giáo trên địa bàn "
         "với sự tham dự của lãnh đạo các xã, thị trấn và đông đảo bà con nhân dân địa phương.\n\n"
         "Dịp này, đoàn đã trao quà và mong rằng các chức sắc tiếp tục hướng dẫn bà con sinh hoạt đúng "
         "quy định của pháp luật, góp phần giữ vững ổn định chính trị ở địa phương./.\n\n")


def _body(tail: str, text: str = _TEXT) -> str:
    return f"{_HEADLINE}\n\n{_DATE}\n\n{text}{tail}\n"


# ---------------------------------------------------------------- a name, its "Tác giả:" line, a fragment

@pytest.mark.parametrize("name", ["Trung Hiếu", "Nguyễn Thị Mai", "Minh Anh"])
@pytest.mark.parametrize("label", ["Tác giả: {}", "TÁC GIẢ: {}", "Tac gia: {}", "Tác giả : {}", "Người viết: {}"])
@pytest.mark.parametrize("fragment", ["Tin ", "Tin liên", "3", "»", ""])
def test_a_name_over_its_labelled_line_and_a_fragment_is_the_byline(name, label, fragment):
    tail = f"{name}\n\n\n{label.format(name)}\n{fragment}"
    assert fields_of(_body(tail))["author"] == name


@pytest.mark.parametrize("name", ["Trung Hiếu", "Minh Anh", "Nguyễn Thị Mai"])
@pytest.mark.parametrize("fragment", ["Tin ", "3", ""])
def test_the_name_in_capitals_over_its_labelled_line_is_the_byline_once(name, fragment):
    """The lead's review (the variants' "byline caps" on dev 1382): the name over its labelled line in
    capitals, which alone reads as no name (no surname) or as a wrapped line's name, is the same byline."""
    tail = f"{name.upper()}\n\n\nTác giả: {name}\n{fragment}"
    fields = fields_of(_body(tail))
    assert fields["author"] == name and name.upper() not in [b.text for b in fields["blocks"]]


@pytest.mark.parametrize("fragment", ["Tin ", "12", "»"])
def test_a_labelled_line_under_an_open_caption_and_over_a_fragment_is_the_byline(fragment):
    text = _TEXT + "Quang cảnh buổi lễ tại chùa\n\n"
    assert fields_of(_body(f"Tác giả: Trung Hiếu\n{fragment}", text))["author"] == "Trung Hiếu"


def test_two_different_names_stay_two_authors():
    assert fields_of(_body("Minh Anh\n\nHải Yến"))["author"] == "Minh Anh - Hải Yến"


@pytest.mark.parametrize("text, yes", [
    ("Tác giả: Trung Hiếu", True), ("tác giả:Trung Hiếu", True), ("TAC GIA : TRUNG HIEU", True),
    ("Người viết: Minh Anh", True),
    ("Tác giả quen thuộc", False),  # a sidebar's label, no colon
    ("Trung Hiếu", False), ("Theo tác giả: bài viết ...", False),
])
def test_writer_labelled(text, yes):
    assert writer_labelled(text) is yes


def test_repeats():
    assert repeats(("Trung Hiếu",), ("Trung Hiếu",)) and repeats(("TRUNG HIẾU",), ("Trung Hieu",))
    assert not repeats(("Minh Anh",), ("Trung Hiếu",)) and not repeats((), ("Trung Hiếu",))


# ---------------------------------------------------------------- a quoted paragraph is no signature

@pytest.mark.parametrize("line", [
    "Trung tá Nguyễn Văn An – Tổ phó Tổ quản lý, Cơ sở cai nghiện số 4 cho biết: “Đơn vị luôn ch",
    "Thượng tá Trần Văn Bình - Đội trưởng Đội Cảnh sát, chia sẻ: \"Chúng tôi luôn",
    "Đại úy Lê Văn Cường – Phó trưởng Công an xã nói: «Lực lượng đã",
    "Ông Phạm Văn Dũng – Chủ tịch UBND xã khẳng định rằng",
    "Ong Pham Van Dung - Chu tich UBND xa phat bieu tai",  # no tone marks
    "Bà Nguyễn Thị Hoa – Hội trưởng Hội Phụ nữ: “Hội luôn",
])
def test_a_quoted_paragraph_cut_short_is_not_the_byline(line):
    assert fields_of(_body(line))["author"] == ""


@pytest.mark.parametrize("office", ["Ban Biên tập", "Phòng Tổ chức", "Ủy ban nhân dân xã"])
@pytest.mark.parametrize("line", [
    "Trung tá Nguyễn Văn An – Tổ phó Tổ quản lý, Cơ sở cai nghiện số 4 cho biết: “Đơn vị luôn ch",
    "Ông Phạm Văn Dũng – Chủ tịch UBND xã khẳng định rằng",
])
def test_a_cut_quotation_over_a_post_like_line_in_a_short_article_is_not_the_byline(line, office):
    """The lead's review: a one-paragraph article whose cut quotation stands over an office's line
    (the variants' "no name at the end") reached lead_byline's name-over-post rule, which asked
    parse_byline alone; parse_byline now refuses a line that speaks, for every caller."""
    short = _TEXT.split("\n\n")[0] + "\n\n"
    assert fields_of(_body(f"{line}\n\n{office}", short))["author"] == ""


@pytest.mark.parametrize("text, yes", [
    ("Trung tá Nguyễn Văn An cho biết: “Đơn vị luôn ch", True),
    ("ông An nói: đơn vị", True), ("ong An noi: don vi", True), ("Ông An nói rằng", True),
    ("CHIA SẺ CỦA ÔNG AN", True), ("Anh nhấn mạnh:", True),
    ("Tác giả: Lê Văn Tâm Chia sẻ", False), ("Minh Anh Chia sẻ", False),  # a share button glued on
    ("Bà Hoa: “Hội luôn", True), ("mở ngoặc “Hội luôn", True), ('mở "Hội luôn', True),
    ("Nguyễn Văn An – Giám đốc Sở Nội vụ", False),  # "Nội" is no "nói"
    ("Nguyen Van An - Giam doc So Noi vu", False),
    ("Minh Anh (“Báo X”)", False), ('Lê Văn Bình - "Hội A"', False), ("Tác giả: Trung Hiếu", False),
    ("Y Niê - H’Hen", False),
])
def test_quoted_speech(text, yes):
    assert quoted_speech(text) is yes


@pytest.mark.parametrize("line", ["Nguyễn Văn An – Giám đốc Sở Nội vụ", "Nguyen Van An - Giam doc So Noi vu"])
def test_a_name_and_a_post_at_the_end_is_still_the_byline(line):
    assert fields_of(_body(line))["author"].startswith("Nguy")


# ---------------------------------------------------------------- a labelled date line glued to the lead

_LEAD = "Ngày 14/03/2024, Mạng lưới các cơ sở đào tạo phối hợp với nhà trường đồng tổ chức hội thảo khoa học."


@pytest.mark.parametrize("label, date", [
    ("Ngày cập nhật: 14-03-2024", dt.date(2024, 3, 14)),
    ("Cập nhật: 14/03/2024 08:15", dt.date(2024, 3, 14)),
    ("NGÀY ĐĂNG: 14.03.2024", dt.date(2024, 3, 14)),
    ("Đăng ngày 13/03/2024", dt.date(2024, 3, 13)),
    ("Ngay cap nhat: 12-03-2024", dt.date(2024, 3, 12)),  # no tone marks
])
def test_a_labelled_date_glued_to_the_lead_is_the_date_line(label, date):
    got = fields_of(f"{_HEADLINE}\n{label}{_LEAD}\n\n{_TEXT}")
    assert got["title"] == _HEADLINE and got["date"] == date


@pytest.mark.parametrize("text", [
    "Ngày cập nhật: 14-03-2024 Ngày 14/03/2024, Mạng lưới ...",  # a space: not this shape
    "Ngày cập nhật: 14-03-2024Ngày hội",  # too short for a lead
    "Ngày cập nhật: 14-03-2024ngày 14/03/2024, mạng lưới các cơ sở đào tạo phối hợp tổ chức",  # no capital
    "Sáng 14-03-2024Mạng lưới các cơ sở đào tạo phối hợp với nhà trường tổ chức hội thảo",  # no label
])
def test_labelled_glued_date_near_misses(text):
    assert labelled_glued_date(text) is None


def test_labelled_glued_date_splits_the_label_and_the_date():
    found = labelled_glued_date("Ngày cập nhật: 14-03-2024" + _LEAD)
    assert found and found.group(1) == "Ngày cập nhật: 14-03-2024"


# ---------------------------------------------------------------- a dotted state code

@pytest.fixture(scope="module")
def registries():
    from archive.registry.registries import load_registries
    return load_registries(Path(__file__).resolve().parents[1] / "corpus")


@pytest.mark.parametrize("text, want", [
    ("Năm 1984, UBND thành phố ra quyết định số 1615/QĐ.TC thành lập Đoàn Luật sư thành phố.", ["1615/QĐ.TC"]),
    ("theo quyet dinh so 88/QĐ.UB ngày 5/3/1990 của Ủy ban nhân dân tỉnh về việc thành lập trường.", ["88/QĐ.UB"]),
    ("Sở đã có công văn số 245/CV.UBND gửi các phòng ban về việc triển khai nhiệm vụ năm 2024.", ["245/CV.UBND"]),
    ("Quyết định số 1615/QĐ-TC thành lập Đoàn Luật sư thành phố theo đề nghị của Sở Tư pháp.", ["1615/QĐ-TC"]),
    # a sentence's full stop after the number stays a stop
    ("Ủy ban nhân dân tỉnh ban hành Quyết định số 12/QĐ. Theo đó, các xã phải báo cáo kết quả.", ["12/QĐ"]),
    ("Ủy ban nhân dân tỉnh ban hành Quyết định số 12/QĐ.Theo đó, các xã phải báo cáo kết quả.", ["12/QĐ"]),
])
def test_a_dotted_state_code_is_read_whole(registries, text, want):
    from test_conventions_citations import cited
    assert cited(registries, text, 48) == want
