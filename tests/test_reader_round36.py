"""Round 36 (holdout 35's kinds), on made-up pastes: a notice from the page's side column above a
dated headline (a label, an image's file name, paragraphs) is left out, and the headline and its bare
date line are read; a table's bar closing the headline's line leaves the title; a unit's credit
("Truyền Thông X", "Văn Phòng X") is no name, and under a name it is the writer's unit; credit labels
the reader did not know ("Đưa tin:", "Viết bài:", "Tin bài:", "Tường thuật:", "Ghi:", "Thông tin:",
"Biên soạn:", "Chấp bút:", "Người thực hiện:") name the writer after their colon; "Bài khác", "Các bài
khác:", "Những tin khác", "Các bài đã đưa" end the article, so the name above is the byline; "THÔNG
BẠCH" is a document's type, no name; a saint's name in a prefix in capitals is written as a name
("Đức cha Giuse").
Near-misses stay as they are: a headline over its lead, one paragraph over a dated headline,
paragraphs with no dated headline under them, a date line holding more than a date; a bar between
words; a name whose words fold like a unit's ("Lê Văn Phong", "Trần Văn Phòng"); a label's words
with no colon ("Đưa tin Đỗ Mạnh Cường", "Thông tin về ..."), the editor's credit; a sentence that opens
with a footer's words; a name that is no type; initials kept as printed."""
import datetime as dt

import pytest

from archive.read.bylines import parse_byline
from archive.read.chrome import is_stop_line
from archive.read.document_types import type_line
from archive.read.headline import clean_headline
from archive.read.position_lines import is_position_line
from archive.read.press_credits import cased_prefix
from archive.read.sidebar_notices import notice_off
from archive.read.table_bars import end_bars_off
from archive.read.unit_credits import unit_opening
from made_up_pastes import fields_of, numbered_lines

HEAD = "Câu lạc bộ thơ phường Tân Phú giao lưu thơ chào mừng ngày Nhà giáo Việt Nam"
LEAD = ("Sáng ngày 18/11/2018, tại hội trường UBND phường Tân Phú, Câu lạc bộ thơ phường đã tổ chức buổi giao "
        "lưu thơ chào mừng kỷ niệm 36 năm ngày Nhà giáo Việt Nam với sự tham dự của đông đảo hội viên.")
SECOND = "Nhiều bài thơ hay về thầy cô, mái trường đã được các hội viên ngâm đọc, để lại nhiều cảm xúc."
NOTICE = [
    "Năm 2018 đã qua đi, năm 2019 đã tới, những đổi thay của quê hương trong năm qua theo thời gian lùi dần về "
    "quá khứ để lại bao kỷ niệm trong lòng mỗi hội viên câu lạc bộ",
    "Ban Chủ nhiệm Câu lạc bộ trân trọng cảm ơn các hội viên, các nhà thơ và bạn đọc gần xa đã luôn đồng hành "
    "cùng câu lạc bộ trong suốt một năm qua.",
    "Kính chúc quý hội viên và gia đình một năm mới an khang, thịnh vượng, dồi dào sức khỏe và nhiều niềm vui.",
]


def _page(notice: list[str], date_line: str = "10-11-2018", label: str = "THÔNG BÁO", image: str = "Chuc mung nam moi.jpg",
          head: str = HEAD) -> str:
    top = [line for line in (label, image) if line]
    indented = [f"    {paragraph}  " for paragraph in notice]
    return "\n\n".join(top + indented) + f"\n\n{head}\n{date_line}\n{LEAD}\n\n{SECOND}\n"


# ---------------------------------------------------------------- a sidebar's notice above a dated headline

@pytest.mark.parametrize("date_line, day", [
    ("10-11-2018", dt.date(2018, 11, 10)),
    ("10/11/2018", dt.date(2018, 11, 10)),
    ("10.11.2018", dt.date(2018, 11, 10)),
    ("Thứ Bảy, 10/11/2018 08:30", dt.date(2018, 11, 10)),
    ("THỨ BẢY, 10-11-2018", dt.date(2018, 11, 10)),
    ("10-11-2018 | 08:30", dt.date(2018, 11, 10)),
])
def test_a_notice_above_a_dated_headline_is_left_out(date_line, day):
    fields = fields_of(_page(NOTICE, date_line))
    assert fields["title"] == HEAD
    assert fields["date"] == day
    assert fields["lead"] == LEAD


@pytest.mark.parametrize("label, image, notice", [
    ("", "", NOTICE),  # no label, no image
    ("THÔNG BÁO", "", NOTICE[1:]),  # two paragraphs
    ("Lời chào", "", NOTICE),  # a label the chrome rules keep
    ("THONG BAO", "loi-chao-2019.png", [p.upper() for p in NOTICE]),  # in capitals, no tone marks on the label
])
def test_the_notice_may_come_with_or_without_its_label_and_image(label, image, notice):
    fields = fields_of(_page(notice, label=label, image=image))
    assert (fields["title"], fields["date"]) == (HEAD, dt.date(2018, 11, 10))


def test_the_notice_lines_are_listed_as_left_out():
    lines = numbered_lines(*NOTICE, HEAD, "10-11-2018", LEAD, SECOND)
    kept, dropped = notice_off(lines)
    assert kept == lines[3:]
    assert [d.text for d in dropped] == NOTICE


@pytest.mark.parametrize("lines", [
    [HEAD, "10-11-2018", LEAD, SECOND, NOTICE[1]],  # a headline over its lead
    [HEAD, LEAD, SECOND, "Tin liên quan ở trang chủ của phường", "10-11-2018", NOTICE[2]],  # the lead under a headline
    [NOTICE[1], HEAD, "10-11-2018", LEAD, SECOND],  # one paragraph: a long headline may read so
    [*NOTICE, LEAD, SECOND],  # no dated headline under the paragraphs
    [*NOTICE, HEAD, LEAD, SECOND],  # a headline with no date line under it
    [*NOTICE, HEAD, "Hồng Nhung - Trường THCS Tân Phú - 10-11-2018", LEAD, SECOND],  # more than a date
    [*NOTICE, HEAD, "Hôm nay: 10/11/2018", LEAD, SECOND],  # a site clock
    [*NOTICE, LEAD + " " + SECOND, "10-11-2018", SECOND],  # a paragraph, not a headline, over the date
    # a long headline ending on a quote, its sapo, then the byline over the date line
    ['Chủ tịch nước thăm và làm việc tại tỉnh Tân Phú: "Phải chăm lo hơn nữa đời sống của nhân dân vùng sâu, '
     'vùng xa"', LEAD, "Bài và ảnh: Nguyễn Văn An", "10-11-2018", SECOND, NOTICE[2]],
])
def test_near_misses_of_a_notice_are_read_as_they_are(lines):
    numbered = numbered_lines(*lines)
    assert notice_off(numbered) == (numbered, [])


def test_a_headline_over_its_lead_stays_the_title():
    fields = fields_of(f"{HEAD}\n10-11-2018\n{LEAD}\n\n{SECOND}\n\n{NOTICE[1]}\n")
    assert (fields["title"], fields["date"], fields["lead"]) == (HEAD, dt.date(2018, 11, 10), LEAD)


# ---------------------------------------------------------------- a table's bars around the headline

TABLED = 'Hội thi văn nghệ "Tiếng hát người cao tuổi" phường Tân Phú'


@pytest.mark.parametrize("line", [f"{TABLED} |", f"{TABLED}|", f"{TABLED} | |", f"{TABLED} ¦", f"{TABLED} │ ",
                                  f"{TABLED} ||"])
def test_a_bar_closing_the_headline_leaves_it(line):
    assert end_bars_off(line) == TABLED
    assert clean_headline(line) == (TABLED, None)


@pytest.mark.parametrize("line", [f"| {TABLED} |", f"|{TABLED} |"])
def test_bars_on_both_sides_leave_it(line):
    assert clean_headline(line) == (TABLED, None)


@pytest.mark.parametrize("first", ["|", "| |", " | "])
def test_a_headline_in_a_tables_cells_is_the_title(first):
    fields = fields_of(f"{first}\n{TABLED} |\n{LEAD}\n\n{SECOND}\n")
    assert fields["title"] == TABLED


@pytest.mark.parametrize("line", [
    "Tin tức | Sự kiện nổi bật trong tuần",  # a bar between words
    "Hội thi |",  # too little left for a headline
    TABLED,  # no bar
    "Học sinh giỏi 2018 | 2019",  # a bar inside
])
def test_lines_with_no_closing_bar_or_too_little_left_stay(line):
    assert end_bars_off(line) == line


# ---------------------------------------------------------------- a unit's credit is no person

@pytest.mark.parametrize("line", [
    "Truyền Thông Thái Hà", "TRUYỀN THÔNG THÁI HÀ", "Truyen Thong Thai Ha", "Truyền thông Giáo xứ Thái Hà",
    "Ban Truyền thông Giáo xứ Thái Hà", "BAN TRUYỀN THÔNG GIÁO XỨ", "Văn Phòng Thái Hà", "VĂN PHÒNG TÂN PHÚ",
    "Văn phòng Đảng ủy", "Phòng Văn hóa", "Tổ Văn phòng", "Trung Tâm Mục Vụ", "Trung Tam Muc Vu", "Bộ Phận Truyền Thông",
    "Tiểu Ban Thông Tin",
])
def test_a_units_credit_is_no_byline(line):
    assert parse_byline(line) == ()


@pytest.mark.parametrize("words, unit", [
    (["Truyền", "Thông", "Thái", "Hà"], True), (["VĂN", "PHÒNG", "X"], True), (["Trung", "tam", "Y"], True),
    (["Văn", "Phong"], False), (["Van", "Phong", "Thai"], False), (["Truyền"], False), (["Trần", "Văn", "Phòng"], False),
])
def test_unit_openings(words, unit):
    assert unit_opening(words) is unit


@pytest.mark.parametrize("line, names", [
    ("Lê Văn Phong", ("Lê Văn Phong",)),  # folds like "Văn Phòng"
    ("Trần Văn Phòng", ("Trần Văn Phòng",)),  # "Phòng", a given name after the surname
    ("Van Phong Thai", ("Van Phong Thai",)),  # no marks: may be "Văn Phong Thái", a person
    ("Văn Phong Thái", ("Văn Phong Thái",)),
])
def test_names_folding_like_a_unit_stay_names(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize("unit", ["Truyền thông Giáo xứ Thái Hà", "Văn phòng Huyện ủy Tân Phú", "Truyền Thông Thái Hà"])
def test_a_unit_line_is_a_position(unit):
    assert is_position_line(unit)


def test_a_units_closing_credit_gives_no_byline():
    fields = fields_of(f"{HEAD}\n{LEAD}\n\n{SECOND}\n\nTruyền Thông Thái Hà\n\nHình: FB Giáo xứ Tân Phú\n")
    assert fields["author"] == ""


def test_a_name_over_its_unit_is_the_byline():
    fields = fields_of(f"{HEAD}\n{LEAD}\n\n{SECOND}\n\nMinh Anh\nTruyền thông Giáo xứ Thái Hà\n")
    assert fields["author"] == "Minh Anh"


# ---------------------------------------------------------------- credit labels known with their colon

@pytest.mark.parametrize("line, names", [
    ("Đưa tin: Đỗ Mạnh Cường", ("Đỗ Mạnh Cường",)),
    ("ĐƯA TIN: ĐỖ MẠNH CƯỜNG", ("Đỗ Mạnh Cường",)),
    ("Dua tin: Do Manh Cuong", ("Do Manh Cuong",)),
    ("Đưa tin : Đỗ Mạnh Cường", ("Đỗ Mạnh Cường",)),
    ("Viết bài: Nguyễn Thị Mai - Trường THCS Tân Phú", ("Nguyễn Thị Mai",)),
    ("Tin bài: Thu Hà, Minh Anh", ("Thu Hà", "Minh Anh")),
    ("TIN BÀI: THU HÀ", ("Thu Hà",)),
    ("Tường thuật: Hoàng Long", ("Hoàng Long",)),
    ("Ghi: Lê Hoa", ("Lê Hoa",)),
    ("Thông tin: Trần Văn Nam", ("Trần Văn Nam",)),
    ("Biên soạn: TS. Lê Văn Bình", ("TS. Lê Văn Bình",)),
    ("Chấp bút: Lê Hoa", ("Lê Hoa",)),
    ("Người thực hiện: Hồng Nhung", ("Hồng Nhung",)),
    ("Người tổng hợp: Hồng Nhung", ("Hồng Nhung",)),
    ("Nguoi bien soan: Hong Nhung", ("Hong Nhung",)),
])
def test_credit_labels_with_their_colon_name_the_writer(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize("line", [
    "Đưa tin Đỗ Mạnh Cường",  # no colon: the label's words go on
    "Thông tin về Nguyễn Văn An",
    "Thông tin: Phòng Giáo dục và Đào tạo",  # a unit gives the news
    "Ghi nhận: Nguyễn Văn An",
    "Tường thuật trực tiếp: Lễ khai mạc",
    "Biên tập: Nguyễn Văn An",  # the editor
    "Ghi chú: Đọc kỹ hướng dẫn",
])
def test_near_misses_of_credit_labels_name_no_writer(line):
    assert parse_byline(line) == ()


@pytest.mark.parametrize("last", ["Đưa tin: Đỗ Mạnh Cường", "ĐƯA TIN: ĐỖ MẠNH CƯỜNG", "Tin bài: Đỗ Mạnh Cường"])
def test_a_closing_credit_with_a_new_label_is_the_byline(last):
    fields = fields_of(f"{HEAD}\nNgày đăng: 24/03/2020\n{LEAD}\n\n{SECOND}\n\n{last}")
    assert fields["author"] == "Đỗ Mạnh Cường"


# ---------------------------------------------------------------- other articles' labels end the article

@pytest.mark.parametrize("line", [
    "Các bài khác:", "Các bài khác", "CÁC BÀI KHÁC", "Bài khác", "Bài khác:", "Những bài khác", "Những tin khác",
    "Các tin bài khác", "Các tin tức khác", "Tin tức khác:", "Các bài đã đưa", "Các bài đã đăng:", "Bài đã đăng",
    "cac bai khac :", "Tin khác", "Các tin khác", "Các tin đã đưa",
])
def test_other_articles_labels_are_footer_openers(line):
    assert is_stop_line(line)


@pytest.mark.parametrize("line", [
    "Các bài khác của tác giả đang được cập nhật.", "Bài khác nhau về nội dung", "Khác với các bài trước",
    "Những bài học kinh nghiệm khác",
])
def test_sentences_opening_with_the_labels_words_stay(line):
    assert not is_stop_line(line)


@pytest.mark.parametrize("label", ["Các bài khác:", "Những tin khác", "Các bài đã đưa"])
def test_the_name_over_other_articles_is_the_byline(label):
    others = "\n".join(f"Hội viên câu lạc bộ thơ phường Tân Phú tham gia hội thi số {n} năm 2018" for n in range(3))
    fields = fields_of(f"{HEAD}\n10-11-2018\n{LEAD}\n\n{SECOND}\n\nMinh Anh\n\n{label}\n{others}\n")
    assert fields["author"] == "Minh Anh"


# ---------------------------------------------------------------- a Buddhist notice's type; a saint's name

@pytest.mark.parametrize("line", ["THÔNG BẠCH", "THÔNG BẠCH:", "THONG BACH", " THÔNG  BẠCH ", "Thông Bạch", "Thông bạch"])
def test_thong_bach_is_no_name(line):
    assert parse_byline(line) == ()


def test_thong_bach_in_capitals_is_a_type_line():
    assert type_line("THÔNG BẠCH") and type_line("THONG BACH:")


@pytest.mark.parametrize("line, names", [
    ("BẠCH THÔNG", ("Bạch Thông",)),  # a name, its words the other way round
    ("Thích Minh Thông", ("Thích Minh Thông",)),
])
def test_names_near_the_type_stay_names(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize("line, name", [
    ("ĐỨC CHA GIUSE NGUYỄN VĂN AN", "Đức cha Giuse Nguyễn Văn An"),
    ("LINH MỤC GIUSE TRẦN BÌNH", "Linh mục Giuse Trần Bình"),
    ("LINH MỤC VINH SƠN TRẦN BÌNH", "Linh mục Vinh Sơn Trần Bình"),
    ("NỮ TU MARIA LÊ THỊ HOA", "Nữ tu Maria Lê Thị Hoa"),
    ("GIUSE NGUYỄN VĂN AN", "Giuse Nguyễn Văn An"),
    ("LM. GIUSE TRẦN BÌNH", "LM. Giuse Trần Bình"),
    ("Đức cha Giuse Nguyễn Văn An", "Đức cha Giuse Nguyễn Văn An"),
])
def test_a_saints_name_in_a_capitals_prefix_is_written_as_a_name(line, name):
    assert parse_byline(line) == (name,)


@pytest.mark.parametrize("prefix, cased", [
    ("THƯỢNG TÁ", "Thượng tá"), ("ĐẠI TÁ, ThS.", "Đại tá, ThS."), ("PGS.TS", "PGS.TS"), ("THS.", "ThS."),
    ("F.X.", "F.X."), ("LINH MỤC", "Linh mục"), ("Linh mục Giuse", "Linh mục Giuse"),
])
def test_other_prefixes_are_cased_as_before(prefix, cased):
    assert cased_prefix(prefix) == cased
