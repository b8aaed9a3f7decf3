"""Where and how writers are printed (issue 13, conventions round 11), as made-up pastes.

`make eval-variants` gained the writer's places and shapes (benchmarks/writer_variants.py): the name
glued into the date line, between the headline and the date line, under the date line beside a
font-size or print row, in capitals after a degree or a rank, two writers, a writer and a
photographer, "Theo X" and "X (tổng hợp)" at the end; and what stands in a writer's slot naming no
one. The kinds it failed, written down here: a staff code, an account, initials, a place, an office or
a section's name right under the headline took the headline's support from the line under it, so a
section label over it was read as the title (`read/writer_slots.py`); "Theo T.Nga", a pen name's
initials after "Theo", was read as a source (`read/theo_credits.py`). Near-misses stay: a person's
name under the headline is the byline, "Theo Tuổi Trẻ" is a paper. Every name here is made up.
"""
import pytest

from made_up_pastes import HEAD, LEAD, MORE, MORE2, fields_of, paragraphs as paste
from archive.read.bylines import parse_byline
from archive.read.theo_credits import credited_person
from archive.read.writer_slots import names_no_one, slot_fillers

DATE = "12/03/2024 08:15"
OVER = "Truyền thống lực lượng vũ trang"  # a section's label of five words over the headline

# ---- a line in the writer's slot that names no one
NO_ONE = [
    ("staff", "PV"), ("staff-small", "pv"), ("staff-ctv", "CTV"), ("staff-btv", "BTV"), ("staff-pair", "PV - CTV"),
    ("staff-slash", "PV/CTV"), ("staff-group", "Nhóm PV"), ("staff-stop", "PV."), ("account", "admin"),
    ("account-capital", "Admin"), ("account-vi", "Quản trị viên"), ("account-no-tones", "Quan tri vien"),
    ("initials-dotted", "N.V.A"), ("initials-stop", "N.V.A."), ("initials-spaced", "N. V. A"), ("initials-caps", "NVA"),
    ("initials-two", "Đ.T"), ("place", "Hà Nội"), ("place-short", "TP.HCM"), ("place-no-tones", "Ha Noi"),
    ("place-city", "Đà Nẵng"), ("office", "Ban Biên tập"), ("office-caps", "BAN BIÊN TẬP"),
    ("office-unit", "Văn phòng Huyện ủy"), ("office-newsroom", "Tòa soạn"), ("section", "Xây dựng Đảng"),
    ("section-news", "Thời sự"), ("section-old-tones", "Văn hoá"),
]
SOMEONE = [
    ("full-name", "Nguyễn Văn An"), ("pen-name", "Minh Anh"), ("abbreviated", "T.Nga"), ("abbreviated-spaced", "H. Quân"),
    ("staff-and-name", "PV Minh Anh"), ("place-and-date", "Hà Nội, 12/03/2024"), ("small-place", "hà nội"),
    ("long-office", "Văn phòng Huyện ủy tổ chức hội nghị sơ kết công tác năm"), ("section-and-more", "Thời sự hôm nay"),
    ("source-tag", "TTXVN"), ("date", "12/03/2024"), ("empty", ""), ("caps-words", "ĐẠI HỘI"),
    ("body", "Ban Thường vụ Huyện ủy"),
]


@pytest.mark.parametrize("kind, line", NO_ONE)
def test_a_line_in_the_writers_slot_names_no_one(kind, line):
    assert names_no_one(line)


@pytest.mark.parametrize("kind, line", SOMEONE)
def test_a_name_or_a_longer_line_is_not_a_slot_filler(kind, line):
    assert not names_no_one(line)


def test_only_a_line_right_under_a_headline_long_line_is_set_aside():
    texts = ["Tin tức", HEAD, "PV", LEAD]
    assert slot_fillers(texts, [0, 1, 2]) == {2}
    assert slot_fillers(["Tin tức", "PV", HEAD], [0, 1, 2]) == set()  # under a section label: not a writer's slot
    assert slot_fillers(texts, [1, 2, 3]) == {2} and slot_fillers(texts, [2, 3]) == set()


@pytest.mark.parametrize("kind, line", [k for k in NO_ONE if k[0] not in ("staff-small", "account-no-tones")])
def test_the_headline_stays_over_a_line_naming_no_one(kind, line):
    found = fields_of(paste(OVER, HEAD, line, LEAD, MORE, MORE2))
    assert found["title"] == HEAD and not found.get("author")


@pytest.mark.parametrize("name", ["Nguyễn Văn An", "Minh Anh", "T.Nga"])
def test_a_writer_under_the_headline_is_still_the_byline(name):
    found = fields_of(paste(OVER, HEAD, name, LEAD, MORE, MORE2))
    assert found["title"] == HEAD and found["author"] == name


# ---- "Theo X": whom it credits
@pytest.mark.parametrize("line, name", [
    ("Theo T.Nga", "T.Nga"), ("Theo H. Quân", "H. Quân"), ("Theo H.Tr", "H.Tr"), ("Theo N.T.Hà", "N.T.Hà"),
    ("Theo Nguyễn Văn An", "Nguyễn Văn An"), ("Theo: Minh Anh", "Minh Anh"), ("Theo T.Nga (TTXVN)", "T.Nga"),
])
def test_theo_credits_a_person(line, name):
    assert parse_byline(line) == (name,)


@pytest.mark.parametrize("line", ["Theo Tuổi Trẻ", "Theo Thanh Niên", "Theo TP.HCM", "Theo N.V.A", "Theo Q.Ba Đình",
                                  "Theo TTXVN", "Theo VOV"])  # "Theo Minh Anh": a pen name since round 15
def test_theo_a_paper_a_place_initials_or_given_names_alone_credits_no_person(line):
    assert parse_byline(line) == ()


@pytest.mark.parametrize("name, person", [("T.Nga", True), ("H. Quân", True), ("Nguyễn Văn An", True),
                                          ("Tuổi Trẻ", False), ("N.V.A", False), ("TP.HCM", False),
                                          ("Q.Ba Đình", False)])
def test_who_theo_may_credit(name, person):
    assert credited_person(name) is person


# ---- the writer printed where and how other sites print it: read from a made-up page
@pytest.mark.parametrize("kind, head, end, author", [
    ("date-then-name", [HEAD, f"{DATE} Minh Anh"], [], "Minh Anh"),
    ("name-bar-date", [HEAD, f"Minh Anh | {DATE}"], [], "Minh Anh"),
    ("weekday-author-field", [HEAD, "Thứ Ba, 12/03/2024 - 08:15 | Tác giả: Minh Anh"], [], "Minh Anh"),
    ("between-headline-and-date", [HEAD, "Minh Anh", DATE], [], "Minh Anh"),
    ("under-date-font-size", [HEAD, DATE, "Minh Anh", "aa"], [], "Minh Anh"),
    ("under-date-print", [HEAD, DATE, "Minh Anh", "In bài"], [], "Minh Anh"),
    ("degree-caps", [HEAD, DATE, "THS. NGUYỄN VĂN AN"], [], "ThS. Nguyễn Văn An"),
    ("rank-caps", [HEAD, DATE, "Thượng tá NGUYỄN VĂN AN"], [], "Thượng tá Nguyễn Văn An"),
    ("two-dash", [HEAD, DATE, "Minh Anh - Trần Thu Hà"], [], "Minh Anh - Trần Thu Hà"),
    ("two-comma", [HEAD, DATE, "Minh Anh, Trần Thu Hà"], [], "Minh Anh - Trần Thu Hà"),
    ("two-and", [HEAD, DATE, "Minh Anh và Trần Thu Hà"], [], "Minh Anh - Trần Thu Hà"),
    ("text-and-photo", [HEAD, DATE, "Bài: Minh Anh - Ảnh: Hoàng Long"], [], "Minh Anh"),
    ("marked-text-and-photo", [HEAD, DATE, "Minh Anh (bài), Hoàng Long (ảnh)"], [], "Minh Anh"),
    ("theo-initials-end", [HEAD, DATE], ["Theo T.Nga"], "T.Nga"),
    ("theo-full-name-end", [HEAD, DATE], ["Theo Nguyễn Văn An"], "Nguyễn Văn An"),
    ("compiled-end", [HEAD, DATE], ["Minh Anh (tổng hợp)"], "Minh Anh"),
])
def test_the_writer_where_other_sites_print_it(kind, head, end, author):
    found = fields_of(paste(*head, LEAD, MORE, MORE2, *end))
    assert found["title"] == HEAD and found["author"] == author
