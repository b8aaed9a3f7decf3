"""The reader of issue 13, round 17 (part b), on made-up text: a portal's source field naming a
person ("Nguồn tin: X - huyện Y") is the byline, not chrome; a credit to a person with the paper
after a slash and its address in brackets ("Theo X/Người Lao Động (www...)") names the person; a
closing name over a comment form or a widget with counts ("Ý kiến ()", "0 / 500 ký tự", "0 đã
tặng", "ipv6 ready"), a comment prompt or the site's contact notice is the byline, also right
under a one-paragraph article's lead; a hard-wrapped line that opens with the end of a name begun
on the line above ("... đồng chí Trương Thị" / "Thái Thanh- Chủ tịch ...") is no byline; a headline
in capitals signed after a dash by a name in proper case ("... NĂM 2024 – Trung Trí.") gives it; a state
number with a hyphen for the slash after its year ("13/2007-TT-BYT") and a code run into its
issuer after a type word ("Kế hoạch số 282 /KHHĐNVQS") are cited as printed."""
import pytest

from archive.enrich.citations import extract_references
from archive.read.byline_slots import _counter, name_runs_on
from archive.read.headline_parts import writer_off
from archive.read.bylines import parse_byline
from archive.read.chrome import is_noise_line
from archive.registry.documents import DocumentRegistry
from made_up_pastes import author_of, reading

HEADLINE = "Hội Nông dân xã Tân Phú tổ chức hội thi nhà nông đua tài năm 2024"
DATE = "Cập nhật: 14/05/2024 09:30"
LEAD = ("Sáng ngày 12/5, Hội Nông dân xã Tân Phú tổ chức hội thi nhà nông đua tài với sự tham gia của "
        "sáu đội thi đến từ các chi hội trong xã.")
MORE = ("Qua hội thi, các hội viên có dịp giao lưu, học hỏi kinh nghiệm sản xuất, chăn nuôi và ứng dụng "
        "khoa học kỹ thuật vào đời sống.")


def author(body: str) -> str:
    return author_of(f"{HEADLINE}\n{DATE}\n{body}")


def numbers(text: str) -> list[str]:
    article = reading(f"{HEADLINE}\n{DATE}\n{text}\n{MORE}\n").article
    return [r.number for r in extract_references(article, DocumentRegistry([]))]


# ---------------------------------------------------------------- a source field naming a person

@pytest.mark.parametrize("line, names", [
    ("Nguồn tin: Đoàn Hải - xã Tân Phú", ("Đoàn Hải",)),  # a place after a dash ends it
    ("Nguồn tin: Trần Thu Hà", ("Trần Thu Hà",)),
    ("Nguồn tin:Vũ Minh Khoa", ("Vũ Minh Khoa",)),  # the space after the colon lost
    ("Nguồn tin Phạm Văn Toàn", ("Phạm Văn Toàn",)),  # no colon: a full name
])
def test_a_source_field_naming_a_person_is_a_byline(line, names):
    assert parse_byline(line) == names
    assert not is_noise_line(line)


@pytest.mark.parametrize("line", ["Nguồn tin: Báo Quảng Nam", "Nguồn tin: Phòng Văn hóa và Thông tin",
                                  "Nguồn tin: Hà Giang", "Nguồn tin:", "Nguồn tin: baoquangnam.vn"])
def test_a_source_field_naming_an_outlet_or_office_stays_chrome(line):
    assert parse_byline(line) == ()
    assert is_noise_line(line)


def test_the_source_field_under_the_article_gives_the_byline():
    assert author(f"{LEAD}\n{MORE}\nNguồn tin: Đoàn Hải - xã Tân Phú\n") == "Đoàn Hải"
    assert author(f"{LEAD}\n{MORE}\nNguồn tin: Báo Quảng Nam\n") == ""


# ---------------------------------------------------------------- a person, a paper after a slash, its address

@pytest.mark.parametrize("line, names", [
    ("Theo Trần Văn Khải/Tiền Phong (www.tienphong.vn)", ("Trần Văn Khải",)),
    ("Theo Lê Thu Hà/Người Lao Động (nld.com.vn)", ("Lê Thu Hà",)),
    ("Theo Hoàng Minh Đức/Vietnamnet", ("Hoàng Minh Đức",)),
    ("Phạm Anh/Người Lao Động", ("Phạm Anh",)),  # a known paper's name after the slash
    ("Minh Anh (TTXVN)", ("Minh Anh",)),  # as before
])
def test_a_person_credited_with_the_paper_after_a_slash(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize("line", [
    "Theo Trần Thu/Lê Hòa",  # two names: which one wrote it is not sure
    "Theo Minh Đức/Tin Tức Hôm Nay",  # a given-name pair credited by "Theo" with no colon
])
def test_a_slash_credit_that_names_no_sure_person(line):
    assert parse_byline(line) == ()


def test_the_slash_credit_closing_the_article_gives_the_byline():
    assert author(f"{LEAD}\n{MORE}\nTheo Trần Văn Khải/Tiền Phong (www.tienphong.vn)\n") == "Trần Văn Khải"


# ---------------------------------------------------------------- a closing name over a comment form or a widget

@pytest.mark.parametrize("text", ["0 đã tặng", "0 / 500 ký tự", "12 lượt thích", "ipv6 ready", "Mạng 4G"])
def test_a_widget_count_is_an_interface_line(text):
    assert _counter(text)


@pytest.mark.parametrize("text", ["Năm 2024", "Ngày 12/3", "Ngày 12", "Kỳ 2", "Số 15/KH-UBND", "Khóa 2020-2025", "Hội nghị"])
def test_a_year_a_date_or_a_document_number_is_no_widget_count(text):
    assert not _counter(text)


@pytest.mark.parametrize("tail", [
    "Thanh Tâm – BNĐ\nÝ kiến ()\n0 / 500 ký tự\nKhách\nĐang tải dữ liệu",  # a comment form
    "Thanh Tâm\n0 đã tặng\nHãy liên hệ với chúng tôi qua số điện thoại: 0912 345 678 để đặt mua ấn phẩm.\n"
    "Mời bạn cho ý kiến, quan điểm...",  # a gift counter, the contact notice, the comment prompt
    "Thanh Tâm  \nLấy link copy\nIn Gửi Email\nCác chuyên mục khác\nipv6 ready",  # buttons and a badge
])
def test_a_closing_name_over_a_comment_form_or_widgets(tail):
    assert author(f"{LEAD}\n{MORE}\n{tail}\n") == "Thanh Tâm"


def test_a_closing_name_under_a_one_paragraph_article():
    assert author(f"{LEAD}\nThanh Tâm – BNĐ\nÝ kiến ()\n0 / 500 ký tự\nKhách\nĐang tải dữ liệu\n") == "Thanh Tâm"


def test_a_name_under_an_open_paragraph_over_a_count_is_no_byline():
    # the paragraph above runs on ("... như sau"): the name is a list's, whatever the count under it
    assert author(f"{LEAD}\nKết quả hội thi được công bố như sau\nHoàng Long\n0 đã tặng\nKhách\n") == ""


# ---------------------------------------------------------------- a name begun on the line above

@pytest.mark.parametrize("above", [
    "huyện Tân Phú; đồng chí Trương Thị",  # surname and middle name
    "Tham dự hội nghị có đồng chí Lê",  # the address and the surname
    "Tham dự hội nghị có đồng chí",  # the address alone
    "Ban tổ chức trao giấy khen cho ông",
    "cùng các chi hội trưởng và bà Nguyễn Văn",
])
def test_a_line_ending_on_a_name_s_first_words(above):
    assert name_runs_on(above)


@pytest.mark.parametrize("above", [
    "Trao học bổng cho học sinh nghèo xã Vĩnh Hà",  # a place's name ends the line, no address before it
    "Hội nghị tổng kết năm 2024 của đồng chí Lê.",  # the sentence has closed
    "Kết quả, các đội đạt được ba",  # "ba", three, is no "bà"
    HEADLINE,
])
def test_a_line_ending_otherwise(above):
    assert not name_runs_on(above)


def test_a_hard_wrapped_name_and_post_is_no_byline():
    wrapped = ("Ngày 12/5, tại hội trường xã Tân Phú, Hội Chữ thập đỏ xã phối hợp với Hội người\n"
               "mù huyện tặng quà cho hội viên khó khăn; tham dự có đồng chí Đỗ Văn Tín- Chánh văn phòng\n"
               "Hội người mù huyện; đồng chí Hồ Xuân Lâm- Chủ tịch Hội người mù xã; đồng chí Trương Thị\n"
               "Thái Thanh- Chủ tịch hội chữ thập đỏ xã; Cùng tất cả hội viên trên địa bàn 3\n"
               "thôn của xã Tân Phú.\n")
    read = reading(f"{HEADLINE.upper()}\n{wrapped}{MORE}\n")
    assert not read.fields.get("author")


def test_a_byline_under_a_headline_ending_on_a_place_is_still_read():
    read = reading(f"Trao học bổng cho học sinh nghèo xã Vĩnh Hà\nTrần Minh Khoa\n{DATE}\n{LEAD}\n{MORE}\n")
    assert read.fields.get("author") == "Trần Minh Khoa"


# ---------------------------------------------------------------- a headline signed by its writer

@pytest.mark.parametrize("headline, name", [
    ("CỰU TNXP LIÊN ĐỘI 3 HỌP MẶT TRUYỀN THỐNG NĂM 2024 – Minh Khoa.", "Minh Khoa"),
    ("HỘI CỰU CHIẾN BINH XÃ TÂN PHÚ TỔNG KẾT NĂM 2024 - Lê Văn Hòa", "Lê Văn Hòa"),
    ("HỌP MẶT KỶ NIỆM NGÀY TRUYỀN THỐNG — Thu Hằng", "Thu Hằng"),
])
def test_a_headline_in_capitals_signed_after_a_dash(headline, name):
    assert writer_off(headline)[1] == name


def test_a_headline_in_sentence_case_closed_by_the_person_it_is_about_is_not_signed():
    """Round 88 reads a full name closing a headline in small letters after a dash as its writer when the text
    does not name it again (title_writers.dash_writer); the person the headline is about, named in its text,
    still gives no byline."""
    headline = "Gặp gỡ người anh hùng – Nguyễn Văn Trỗi"
    lead = "Anh hùng Nguyễn Văn Trỗi là tấm gương sáng của thanh niên Việt Nam trong cuộc kháng chiến."
    assert (reading(f"{headline}\n{lead}\n{MORE}\n").fields.get("author") or "") == ""


@pytest.mark.parametrize("headline", [
    "TIN VẮN – Minh Anh",  # a section's label, not a headline
    "HỘI NGHỊ TỔNG KẾT NĂM 2024 – Hà Nội",  # a place
    "HỘI NGHỊ TỔNG KẾT NĂM 2024 – MINH ANH",  # all in capitals: part of the headline
    "HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM 2024 – Nhìn lại một năm",  # a subtitle
])
def test_a_headline_not_signed(headline):
    assert writer_off(headline)[1] == ""


def test_the_signed_headline_gives_the_byline_when_no_slot_does():
    headline = "CỰU TNXP LIÊN ĐỘI 3 HỌP MẶT TRUYỀN THỐNG NĂM 2024 – Minh Khoa."
    assert reading(f"{headline}\n{LEAD}\n{MORE}\n").fields.get("author") == "Minh Khoa"
    assert reading(f"{headline}\n{LEAD}\n{MORE}\nTrần Văn Hải\n").fields.get("author") == "Trần Văn Hải"


# ---------------------------------------------------------------- citations printed with slips

@pytest.mark.parametrize("text, number", [
    ("Theo thông tư 13/2007-TT-BYT về việc hướng dẫn khám sức khỏe, các cơ sở phải đủ điều kiện.", "13/2007-TT-BYT"),
    ("Nghị định số 45/2019-NĐ-CP quy định việc xử phạt vi phạm hành chính.", "45/2019-NĐ-CP"),
    ("Thông tư 13/2007/TT-BYT quy định việc khám sức khỏe.", "13/2007/TT-BYT"),  # as before
])
def test_a_hyphen_for_the_slash_after_the_year(text, number):
    assert numbers(text) == [number]


@pytest.mark.parametrize("text", ["Giai đoạn 5/2007-2010, xã đã hoàn thành các chỉ tiêu đề ra.",
                                  "Năm học 12/2020-2021 có nhiều đổi mới trong công tác dạy học."])
def test_a_span_of_years_is_no_citation(text):
    assert numbers(text) == []


@pytest.mark.parametrize("text, number", [
    ("Thực hiện Kế hoạch số 282 /KHHĐNVQS ngày 29/9/2023 của UBND huyện về tuyển quân.", "282/KHHĐNVQS"),
    ("Thực hiện Kế hoạch 17/KHUBND ngày 3/2/2024 về công tác phòng chống dịch.", "17/KHUBND"),
    ("Theo Báo cáo số 31/BCSTC của Sở Tài chính, thu ngân sách đạt kế hoạch.", "31/BCSTC"),
])
def test_a_code_run_into_its_issuer_after_a_type_word(text, number):
    assert numbers(text) == [number]


@pytest.mark.parametrize("text", [
    "Công văn số 12/UBNDX của xã đã gửi các thôn.",  # the type word's code (CV) does not open the run
    "Em Lê Hòa học lớp 12/A1 đạt giải nhất.",  # no type word
    "Kế hoạch số 5/KHTU của Tỉnh ủy.",  # a Party committee's issuer: not cited in this form
    "Kế hoạch số 9/KHĐTN của Đoàn xã.",  # a mass organisation's
])
def test_a_run_that_is_no_glued_state_code(text):
    assert numbers(text) == []
