"""Round 34 (holdout 33's kinds), on made-up pastes: an info row whose fields a paste ran together with
stops ("Tác giả: X .Ngày đăng: dd/mm/yyyy .Lượt xem: N lượt.") gives its author and its date; a name
keyed to its note by a bracketed mark ("[1]") under a repeated headline is the byline; a titled signer
alone under a part's heading in capitals, before the text, is the byline; a document's type in capitals
("TƯỜNG TRÌNH") and the capitals lines of a header a body outside the Party and the state prints are no
byline; a head line wrapped mid-phrase with spaces at both ends does not beat the headline above it.
Near-misses stay as they are: prose with a stop before a label, labels in small letters, a bracket
holding a word, a header with no rule or no type, a name the text names again, a name under a paragraph,
wrapped lines closed by a stop or opening with no space, a poem's short lines."""
import datetime as dt

import pytest

from archive.read.body_headers import body_header_line
from archive.read.bylines import parse_byline
from archive.read.document_types import type_line
from archive.read.dotted_fields import bar_dotted_fields
from archive.read.wrapped_lines import join_wrapped_head
from made_up_pastes import fields_of, numbered_lines

HEAD = "Hội Nông dân xã Tân Phú tổ chức Đại hội đại biểu lần thứ IX, nhiệm kỳ 2023-2028"
LEAD = ("Sáng ngày 14/04/2023, Hội Nông dân xã Tân Phú đã tổ chức Đại hội đại biểu lần thứ IX nhằm tổng kết "
        "công tác hội và phong trào nông dân trong nhiệm kỳ qua, đề ra phương hướng cho nhiệm kỳ mới.")
SECOND = "Đại hội đã bầu Ban Chấp hành khóa mới gồm 15 đồng chí, bầu đồng chí Lê Văn Hòa làm Chủ tịch hội."


# ---------------------------------------------------------------- fields run together with stops

@pytest.mark.parametrize("meta, author", [
    ("Tác giả: Viết Trung .Ngày đăng: 16/03/2022 .Lượt xem: 679 lượt.", "Viết Trung"),
    ("Tác giả: Viết Trung. Ngày đăng: 16/03/2022. Lượt xem: 679 lượt.", "Viết Trung"),
    ("Tác giả: Viết Trung.Ngày đăng: 16/03/2022.Lượt xem: 679", "Viết Trung"),
    ("Tác giả : Viết Trung . Ngày đăng : 16/03/2022 . Lượt xem : 679 lượt .", "Viết Trung"),
    ("TÁC GIẢ: Viết Trung .NGÀY ĐĂNG: 16/03/2022 .LƯỢT XEM: 679 LƯỢT.", "Viết Trung"),
    ("Tac gia: Viet Trung .Ngay dang: 16/03/2022 .Luot xem: 679 luot.", "Viet Trung"),
    ("Ngày đăng: 16/03/2022 .Tác giả: Viết Trung .Lượt xem: 679 lượt.", "Viết Trung"),
    ("Tác giả: Viết Trung .Ngày đăng: 16-03-2022 .Lượt đọc: 12.", "Viết Trung"),
])
def test_an_info_row_run_together_with_stops_gives_the_author_and_the_date(meta, author):
    fields = fields_of(f"{HEAD}\n{meta}\n{LEAD}\n\n{SECOND}\n")
    assert fields["date"] == dt.date(2022, 3, 16)
    assert fields["author"] == author
    assert fields["title"] == HEAD


def test_the_stops_before_labels_become_bars():
    assert bar_dotted_fields("Tác giả: Viết Trung .Ngày đăng: 16/03/2022 .Lượt xem: 679 lượt.") == \
        "Tác giả: Viết Trung | Ngày đăng: 16/03/2022 | Lượt xem: 679 lượt"


@pytest.mark.parametrize("text", [
    "Tác giả: Viết Trung .ngày đăng: 16/03/2022 .lượt xem: 679 lượt.",  # labels in small letters: words of a sentence
    "Tác giả bài viết cho biết nhiều điều. Ngày đăng: 16/03/2022",  # no label and colon opens the line
    "Nguồn: Báo Quảng Nam đưa tin hội nghị đã thảo luận nhiều nội dung quan trọng và thông qua nghị quyết. "
    "Cập nhật: 16/03/2022",  # a field's value as long as a sentence: prose
    "Tác giả: Viết Trung, 16.03.2022",  # one field: no label after a stop
    "Ngày đăng: 16.03.2022 08.30",  # stops inside a date and a time
])
def test_lines_that_are_no_such_row_stay(text):
    assert bar_dotted_fields(text) == text


# ---------------------------------------------------------------- a bracketed footnote mark after the name

CAPS_HEAD = "MỘT SỐ NÉT ĐẸP TRONG SINH HOẠT CỘNG ĐỒNG CỦA NGƯỜI DÂN VÙNG BIỂN"
ARTICLE = ("Cộng đồng cư dân ven biển miền Trung có nhiều phong tục tập quán gắn với nghề biển, được lưu giữ "
           "qua nhiều thế hệ và trở thành nét đẹp trong đời sống văn hóa của làng chài.\n\n"
           "Bài viết điểm qua một số nét văn hóa tiêu biểu trong sinh hoạt cộng đồng của người dân vùng biển.\n")


@pytest.mark.parametrize("line, name", [
    ("Đinh Quang Tiến [1]", "Đinh Quang Tiến"),
    ("Đinh Quang Tiến[1]", "Đinh Quang Tiến"),
    ("ĐINH QUANG TIẾN [2]", "Đinh Quang Tiến"),
    ("Dinh Quang Tien [12]", "Dinh Quang Tien"),
    ("Đinh Quang Tiến [*]", "Đinh Quang Tiến"),
    ("Đinh Quang Tiến (1)", "Đinh Quang Tiến"),
    ("Đinh Quang Tiến*", "Đinh Quang Tiến"),
    ("Đinh Quang Tiến¹", "Đinh Quang Tiến"),
])
def test_a_name_with_a_footnote_mark_under_a_repeated_headline_is_the_byline(line, name):
    fields = fields_of(f"{CAPS_HEAD}\nGửi ngày 30/03/2016\n{CAPS_HEAD}\n{line}\n{ARTICLE}")
    assert fields["author"] == name
    assert fields["date"] == dt.date(2016, 3, 30)
    assert fields["title"] == CAPS_HEAD


def test_two_names_each_with_a_bracketed_mark():
    assert parse_byline("Đinh Quang Tiến [1], Lê Văn An [2]") == ("Đinh Quang Tiến", "Lê Văn An")


@pytest.mark.parametrize("line", ["Đinh Quang Tiến [ảnh]", "Đinh Quang Tiến [123]", "Đinh Quang Tiến [1"])
def test_a_bracket_that_is_no_footnote_mark_makes_no_byline(line):
    assert parse_byline(line) == ()


# ---------------------------------------------------------------- a part's signer under its heading

FORMATION_HEAD = "Ủy ban Giáo dân - Thường huấn tháng 03/2024: Gia đình và ơn gọi truyền giáo"
PART = "BÀI I - GIA ĐÌNH: HỘI THÁNH TẠI GIA"


def _formation(signer: str, text_after: str = "", above: str = PART) -> str:
    return (f"{FORMATION_HEAD}\n\n  • 03/03/2024\n  • Ban Nghiên huấn của Ủy ban Giáo dân đã soạn loạt bài thường "
            f"huấn cho tháng Ba, gửi đến các giáo xứ và hội đoàn trong giáo phận.\n\n"
            f"    Ủy ban Giáo dân trực thuộc Hội đồng Giám mục Việt Nam\n\n    Ban Nghiên Huấn\n\n"
            f"    THƯỜNG HUẤN GIÁO DÂN THÁNG 03/2024\n\n    {PART}\n\n    BÀI II - GIA ĐÌNH VÀ XỨ ĐẠO\n\n"
            f"    {above}\n\n    {signer}\n\n"
            f"    Gia đình là nơi đức tin được trao truyền đầu tiên, nơi mỗi người học biết cầu nguyện và "
            f"sống bác ái với nhau mỗi ngày.{text_after}\n\n"
            f"    Bài học này giúp các gia đình nhìn lại ơn gọi của mình giữa đời sống hôm nay.\n")


@pytest.mark.parametrize("signer, name", [
    ("Lm. Giuse Maria Lê Quốc Thăng", "Lm. Giuse Maria Lê Quốc Thăng"),
    ("Lm. Phêrô Nguyễn Văn Hùng", "Lm. Phêrô Nguyễn Văn Hùng"),
    ("TS. Trần Văn An", "TS. Trần Văn An"),
    ("PGS.TS. Nguyễn Thị Hoa", "PGS.TS. Nguyễn Thị Hoa"),
])
def test_a_titled_signer_alone_under_a_parts_heading_is_the_byline(signer, name):
    fields = fields_of(_formation(signer))
    assert fields["author"] == name
    assert fields["title"] == FORMATION_HEAD


@pytest.mark.parametrize("signer, after, above", [
    ("Nguyễn Văn Hùng", "", PART),  # no title: a name alone under a heading may be anyone's
    ("TS. Trần Văn An", " TS. Trần Văn An cho biết như vậy.", PART),  # the text names him again: its subject
    ("TS. Trần Văn An", "", "Bài học của tháng này."),  # under a line of text, not a heading
    ("TS. Trần Văn An - Viện Nghiên cứu Tôn giáo", "", PART),  # more than the titled name
])
def test_near_misses_of_a_parts_signer_give_no_byline(signer, after, above):
    assert fields_of(_formation(signer, after, above))["author"] == ""


# ---------------------------------------------------------------- a document's type and a body's header

REPORT_HEAD = "Lễ ra mắt Ban Điều hành Hội Đồng hương tại chùa Phước Lâm"


def _report(issuer: str, rule: str, kind: str, subject: str) -> str:
    return (f"{REPORT_HEAD}\n\n12 Tháng Ba 2019 08:15 (Xem: 1520)\n{issuer}\n\nBAN ĐIỀU HÀNH\n\n{rule}\n\n{kind}\n\n"
            f"{subject}\n\n(tại chùa Phước Lâm – ngày 10/3/2019)\n\nI- DUYÊN KHỞI:\n\n"
            "Ngày 10/3/2019, tại chùa Phước Lâm, Hội Đồng hương Quảng Ngãi đã tổ chức lễ ra mắt Ban Điều hành nhiệm "
            "kỳ mới với sự tham dự của đông đảo hội viên và khách mời.\n\n"
            "Buổi lễ diễn ra trang trọng, ấm cúng, thể hiện tình cảm gắn bó của bà con đồng hương xa quê.\n")


@pytest.mark.parametrize("text", ["TƯỜNG TRÌNH", "TUONG TRINH", "TƯỜNG TRÌNH:", " TƯỜNG  TRÌNH ", "THƯ NGỎ", "DIỄN VĂN",
                                  "BÁO CÁO", "QUYẾT ĐỊNH", "KẾ HOẠCH", "TỜ TRÌNH", "THÔNG BÁO"])
def test_a_type_in_capitals_is_a_type_line_and_no_byline(text):
    assert type_line(text)
    assert parse_byline(text) == ()


@pytest.mark.parametrize("text", ["Tường Trình", "TƯỜNG VY", "TƯỜNG TRÌNH VIỆC", "Báo cáo"])
def test_a_type_in_small_letters_or_a_longer_line_is_no_type_line(text):
    assert not type_line(text)


def test_a_name_in_proper_case_that_spells_a_type_stays_a_name():
    assert parse_byline("Tường Trình") == ("Tường Trình",)


@pytest.mark.parametrize("issuer, rule, kind, subject", [
    ("HỘI ĐỒNG HƯƠNG QUẢNG NGÃI", "———–//————-", "TƯỜNG TRÌNH", "LỄ RA MẮT BAN ĐIỀU HÀNH"),
    ("HỘI ĐỒNG HƯƠNG QUẢNG NGÃI", "———–//————-", "TƯỜNG TRÌNH", "HÀ NHÂN"),  # a subject's line that reads as a name
    ("ĐOÀN KẾT", "-----oOo-----", "THƯ NGỎ", "LỄ RA MẮT BAN ĐIỀU HÀNH"),  # an issuer's line that reads as one
    ("HỘI ĐỒNG HƯƠNG QUẢNG NGÃI", "* * *", "BÁO CÁO", "ĐOÀN KẾT"),
    ("HOI DONG HUONG QUANG NGAI", "=======", "BAO CAO", "DOAN KET"),  # no tone marks
])
def test_no_capitals_line_of_a_bodys_header_is_the_byline(issuer, rule, kind, subject):
    fields = fields_of(_report(issuer, rule, kind, subject))
    assert fields["author"] == ""
    assert fields["title"] == REPORT_HEAD
    assert fields["date"] == dt.date(2019, 3, 12)


@pytest.mark.parametrize("rule, kind", [
    ("", "BÁO CÁO"),  # no rule: no header
    ("———–//————-", "LỄ RA MẮT"),  # no type under the rule
])
def test_without_a_rule_or_a_type_a_capitals_name_reads_as_before(rule, kind):
    assert fields_of(_report("HỘI ĐỒNG HƯƠNG QUẢNG NGÃI", rule, kind, "ĐOÀN KẾT"))["author"] == "Đoàn Kết"


def test_the_headers_lines_by_index():
    lines = numbered_lines("Tiêu đề bài viết ở đây", "GIÁO HỘI X", "———", "TƯỜNG TRÌNH", "LỄ MỪNG", "(tại chùa)",
                           "TRẦN VĂN AN")
    assert [body_header_line(lines, i) for i in range(len(lines))] == [False, True, False, True, True, False, False]


# ---------------------------------------------------------------- a paragraph hard-wrapped under the headline

SHORT_HEAD = "Hoa Ngày Tựu Trường"
WRAPPED = (" Ngày khai trường là sự mở đầu, có tác dụng tạo hứng \n\n khởi cho suốt một năm học, nhất là với thầy và trò.  \n"
           "Sau mấy tháng nghỉ hè, thầy trò lại gặp gỡ, bắt đầu  \nhành trình mới dưới mái trường. Mỗi lần khai trường  \n"
           "là dấu mốc quan trọng trong đời người trên \n con đường học vấn.\n")


@pytest.mark.parametrize("wrapped", [
    WRAPPED,
    WRAPPED.replace("\n\n", "\n"),  # no blank line between the wrapped lines
    WRAPPED.replace(" Ngày khai", "   Ngày khai").replace("tạo hứng ", "tạo hứng   "),  # more spaces
    WRAPPED.replace(" Ngày khai trường là sự mở đầu, có tác dụng tạo hứng ",
                    " NGAY KHAI TRUONG LA SU MO DAU, CO TAC DUNG TAO HUNG ").replace(" khởi cho", " khoi cho"),
])
def test_a_wrapped_first_line_does_not_beat_the_headline_above_it(wrapped):
    assert fields_of(f"{SHORT_HEAD}\n\n{wrapped}")["title"] == SHORT_HEAD


def test_the_wrapped_lines_are_joined_in_the_head():
    joined = join_wrapped_head(numbered_lines(SHORT_HEAD, "", " một hai ba bốn năm sáu, bảy ", "", " tám chín mười.", "x"))
    assert joined == [(1, SHORT_HEAD), (2, ""), (3, " một hai ba bốn năm sáu, bảy tám chín mười."), (4, ""), (5, ""),
                      (6, "x")]


@pytest.mark.parametrize("texts", [
    (" một hai ba bốn năm sáu bảy. ", " tám chín mười"),  # closed by a stop
    ("một hai ba bốn năm sáu bảy ", " tám chín mười"),  # no space opens it
    (" một hai ba bốn năm sáu bảy", " tám chín mười"),  # no wrap's space ends it
    (" một hai ba bốn năm sáu bảy ", " Tám chín mười"),  # the next line opens with a capital
    ("  Ý kiến bạn đọc ", "thong bao noi bo"),  # a label's few words
    (" Mùa thu lá vàng rơi ", " lòng em bâng khuâng "),  # a poem's short lines
    (" một hai ba bốn năm sáu bảy ", "", "", " tám chín mười"),  # two blank lines between
])
def test_lines_that_are_no_wrapped_phrase_stay(texts):
    lines = numbered_lines(*texts)
    assert join_wrapped_head(lines) == lines
