"""A Party or state document posted as the page (issue 13, conventions round 6). Party committees',
schools' and state bodies' portals post a resolution, a directive, a decision, a plan, a notice or a
letter itself, with its formal header: Hướng dẫn 36-HD/VPTW (2018; earlier 11-HD/VPTW, 2004) for
the Party's ("ĐẢNG BỘ TỈNH X" over "TỈNH ỦY", "*", "Số 12-NQ/TU"; "ĐẢNG CỘNG SẢN VIỆT NAM" and the
place and date on the right), Nghị định 30/2020/NĐ-CP, appendix I (earlier Thông tư 01/2011/TT-BNV)
for the state's (the body and its superior in capitals, "Số: 12/QĐ-UBND"; "CỘNG HÒA XÃ HỘI CHỦ
NGHĨA VIỆT NAM" over "Độc lập - Tự do - Hạnh phúc" and the place and date), then the type in
capitals, the subject, the text, the signature and "Nơi nhận:". A paste gives the two columns in any
order, interleaved, or run together on one line.

What a careful reader takes follows the dev set's labels (tests/fixtures/reader_devset/README.md):
the title is the headline the page prints over the document, or, where the document is the whole
page, its type and subject; the signing date is no publication date (the page's own date line is);
no header line, signing post or signer is a byline; the document's own number is cited. Every case
is made up; the near-misses at the end are news pages that must read as before.
"""
import datetime as dt
import itertools

import pytest

from archive import models
from archive.enrich.citations import extract_references
from archive.read.document_headers import read_document_header
from archive.registry.documents import DocumentRegistry
from made_up_pastes import paragraphs, reading

URL = "https://example-docs.edu.vn/van-ban/bai-viet-123.html"
PAGE_DAY = dt.date(2021, 3, 10)
HEADLINE = "Ban hành quy chế công tác văn thư, lưu trữ của cơ quan năm 2021"
BODY = [
    "Thời gian qua, công tác văn thư, lưu trữ của cơ quan đã đạt được nhiều kết quả quan trọng, hồ sơ được "
    "lập đầy đủ và lưu trữ đúng quy định.",
    "Để tiếp tục nâng cao chất lượng công tác này, các đơn vị trực thuộc tập trung thực hiện tốt các nhiệm vụ "
    "được giao trong năm 2021.",
]

# (issuer lines, number line, the header's marks, place and date, type, number as cited, subject)
PARTY = {
    "nq": (["ĐẢNG BỘ TỈNH NGHỆ AN", "TỈNH ỦY"], "Số 12-NQ/TU", "12-NQ/TU", "NGHỊ QUYẾT",
           "của Ban Thường vụ Tỉnh ủy về tăng cường công tác phát triển đảng viên"),
    "ct": (["ĐẢNG BỘ TỈNH QUẢNG NAM", "TỈNH ỦY"], "Số 05-CT/TU", "05-CT/TU", "CHỈ THỊ",
           "về tăng cường sự lãnh đạo của Đảng đối với công tác văn thư"),
    "kh": (["ĐẢNG BỘ HUYỆN ĐÔNG ANH", "HUYỆN ỦY"], "Số 45-KH/HU", "45-KH/HU", "KẾ HOẠCH",
           "tổ chức học tập, quán triệt nghị quyết đại hội"),
    "hd": (["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TỔ CHỨC"], "Số 33-HD/BTCTW", "33-HD/BTCTW", "HƯỚNG DẪN",
           "thực hiện một số nội dung về công tác đảng viên"),
}
STATE = {
    "qd": (["UBND TỈNH BÌNH DƯƠNG", "TRƯỜNG CAO ĐẲNG", "KỸ THUẬT BÌNH DƯƠNG"], "Số: 12/QĐ-CĐKT", "12/QĐ-CĐKT",
           "QUYẾT ĐỊNH", "Về việc ban hành Quy chế đào tạo trình độ cao đẳng"),
    "kh": (["UBND HUYỆN TÂN UYÊN", "PHÒNG NỘI VỤ"], "Số: 85/KH-PNV", "85/KH-PNV", "KẾ HOẠCH",
           "Tổ chức kiểm tra công tác văn thư, lưu trữ năm 2021"),
    "tb": (["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG THPT CHU VĂN AN"], "Số: 40/TB-THPTCVA", "40/TB-THPTCVA", "THÔNG BÁO",
           "Về việc tuyển sinh lớp 10 năm học 2021 - 2022"),
    "ct": (["ỦY BAN NHÂN DÂN", "TỈNH KON TUM"], "Số: 07/CT-UBND", "07/CT-UBND", "CHỈ THỊ",
           "Về tăng cường công tác văn thư, lưu trữ trên địa bàn tỉnh"),
}
PLACE = "Bình Dương, ngày 05 tháng 3 năm 2021"
MOTTOS = ["Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc", "Độc lập — Tự do — Hạnh phúc",
          "Độc lập -Tự do- Hạnh phúc"]
NATION = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"]


def party_header(order: str, key: str, n: int) -> list[str]:
    issuer, number, _, _, _ = PARTY[key]
    right = ["ĐẢNG CỘNG SẢN VIỆT NAM", PLACE]
    if order == "left-right":
        return [*issuer, "*", number, *right]
    if order == "right-left":
        return [right[0], " ", right[1], *issuer, "*", number]
    if order == "interleaved":
        return [issuer[0], right[0], issuer[1], "*", right[1], number]
    return [f"{issuer[1]} NGHỆ AN {right[0]}", "*", f"{number} {right[1]}"]  # run together


def state_header(order: str, key: str, n: int) -> list[str]:
    issuer, number, _, _, _ = STATE[key]
    right = [NATION[n % 2], MOTTOS[n % 4], PLACE]
    rule = "_______________" if n % 2 else "---------------"
    if order == "left-right":
        return [*issuer, number, *right[:2], rule, right[2]]
    if order == "right-left":
        return [*right[:2], rule, right[2], " ", *issuer, "-------", number]
    if order == "interleaved":
        return [issuer[0], right[0], issuer[1], right[1], *issuer[2:], number, right[2]]
    return [f"{issuer[0]} {right[0]}", f"{issuer[1]} {right[1]}", *issuer[2:], f"{number} {right[2]}"]


TOPS = {  # what the page prints above the document: (lines, the title's source, the date)
    "no-headline": ([], None, None),
    "headline": ([HEADLINE], HEADLINE, None),
    "headline-date": ([HEADLINE, "Ngày đăng: 10/03/2021 08:15"], HEADLINE, PAGE_DAY),
    "date-headline": (["10/03/2021", HEADLINE], HEADLINE, PAGE_DAY),
    "date-no-headline": (["Cập nhật lúc: 08:15 10/03/2021"], None, PAGE_DAY),
}
PARTY_END = ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Trần Văn An", "Nơi nhận:", "- Như trên,", "- Lưu VP."]
STATE_END = ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, ĐT.", "KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(Đã ký)",
             "Nguyễn Văn Bình"]
ORDERS = ("left-right", "right-left", "interleaved", "run-together")


def _cases():
    for (kind, table, header, end), order, top in itertools.product(
            (("party", PARTY, party_header, PARTY_END), ("state", STATE, state_header, STATE_END)), ORDERS, TOPS):
        n = ORDERS.index(order) * len(TOPS) + list(TOPS).index(top)
        key = list(table)[n % len(table)]
        _, _, cited, doc_type, subject = table[key]
        above, headline, day = TOPS[top]
        lines = [*above, *header(order, key, n), doc_type, subject, *BODY, *(end if n % 3 else [])]
        title = headline or f"{doc_type} {subject}"
        yield pytest.param(paragraphs(*lines), title, day, cited, id=f"{kind}-{order}-{top}-{key}")


def cited_numbers(fields: dict) -> list[str]:
    article = models.Article(source_file="x", title=fields["title"] or "x", date=fields["date"] or PAGE_DAY,
                             outlet="x", lead=fields["lead"], blocks=tuple(fields["blocks"]))
    return [ref.number for ref in extract_references(article, DocumentRegistry([]))]


@pytest.mark.parametrize("text, title, day, cited", list(_cases()))
def test_a_document_posted_as_the_page(text, title, day, cited):
    fields = reading(text, URL).fields
    assert (fields["title"], fields["date"], fields["author"]) == (title, day, "")
    assert cited in cited_numbers(fields)


LETTER_TOP = ["UBND HUYỆN ĐÔNG ANH", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Số: 125/PGDĐT-TCCB",
              "V/v tổ chức hội thi giáo viên dạy giỏi cấp huyện"]
LETTER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đông Anh, ngày 12 tháng 9 năm 2022"]
GREETING = "Kính gửi: Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở"
LETTER_END = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TRƯỞNG PHÒNG", "(đã ký và đóng dấu)", "Lê Thị Hoa"]
V_V = "V/v tổ chức hội thi giáo viên dạy giỏi cấp huyện"


@pytest.mark.parametrize("lines, title", [
    pytest.param([*LETTER_TOP, *LETTER_RIGHT, GREETING, *BODY, *LETTER_END], V_V, id="letter-left-right"),
    pytest.param([*LETTER_RIGHT, *LETTER_TOP, GREETING, *BODY, *LETTER_END], V_V, id="letter-right-left"),
    pytest.param([LETTER_TOP[0], LETTER_RIGHT[0], LETTER_TOP[1], LETTER_RIGHT[1], LETTER_TOP[2], LETTER_RIGHT[2],
                  LETTER_TOP[3], GREETING, *BODY], V_V, id="letter-interleaved"),
    pytest.param([*LETTER_TOP[:2], f"{LETTER_TOP[2]} {LETTER_TOP[3]}", *LETTER_RIGHT, GREETING, *BODY], V_V,
                 id="letter-number-and-subject-run-together"),
    pytest.param([HEADLINE, *LETTER_TOP, *LETTER_RIGHT, GREETING, *BODY, *LETTER_END], HEADLINE, id="letter-headline"),
])
def test_a_letter_s_subject_is_its_title_and_its_greeting_none(lines, title):
    fields = reading(paragraphs(*lines), URL).fields
    assert (fields["title"], fields["date"], fields["author"]) == (title, None, "")
    assert "125/PGDĐT-TCCB" in cited_numbers(fields)


@pytest.mark.parametrize("lines, title", [
    # the subject broken over two lines, the decision's authority in capitals under it
    pytest.param(["UBND TỈNH ĐỒNG NAI", "TRƯỜNG CAO ĐẲNG", "CÔNG NGHỆ ĐỒNG NAI", "Số: 34/QĐ-CNĐN-ĐT",
                  *NATION[:1], MOTTOS[1], "Biên Hòa, ngày 09 tháng 02 năm 2018", "QUYẾT ĐỊNH",
                  "Ban hành Quy chế tuyển sinh trình độ cao đẳng, trung cấp", "tại Trường Cao đẳng Công nghệ Đồng Nai",
                  "HIỆU TRƯỞNG", "TRƯỜNG CAO ĐẲNG CÔNG NGHỆ ĐỒNG NAI", "Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng "
                  "11 năm 2014 và các văn bản hướng dẫn thi hành;", *BODY],
                 "QUYẾT ĐỊNH Ban hành Quy chế tuyển sinh trình độ cao đẳng, trung cấp tại Trường Cao đẳng Công nghệ "
                 "Đồng Nai", id="subject-broken-authority-below"),
    # the same under the page's headline, which ends with the authority's name
    pytest.param(["Quyết định ban hành Quy chế tuyển sinh tại Trường Cao đẳng Công nghệ Đồng Nai",
                  "UBND TỈNH ĐỒNG NAI", "TRƯỜNG CAO ĐẲNG", "CÔNG NGHỆ ĐỒNG NAI", "Số: 34/QĐ-CNĐN-ĐT", *NATION[:1],
                  MOTTOS[0], "Biên Hòa, ngày 09 tháng 02 năm 2018", "QUYẾT ĐỊNH", "Ban hành Quy chế tuyển sinh",
                  "HIỆU TRƯỞNG", "TRƯỜNG CAO ĐẲNG CÔNG NGHỆ ĐỒNG NAI", "Căn cứ Luật Giáo dục nghề nghiệp ngày 27 "
                  "tháng 11 năm 2014 và các văn bản hướng dẫn thi hành;", *BODY],
                 "Quyết định ban hành Quy chế tuyển sinh tại Trường Cao đẳng Công nghệ Đồng Nai", id="headline-ends-with-authority"),
    # a blank number and day, as a draft posted before it was numbered; the star run into the place
    pytest.param(["ĐẢNG BỘ ĐẠI HỌC THÁI NGUYÊN", "ĐẢNG ỦY TRƯỜNG ĐẠI HỌC", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số      -/ĐU",
                  "* Thái Nguyên, ngày       tháng 10 năm 2021", "QUYẾT ĐỊNH", "V/v ban hành Hướng dẫn kết nạp đảng viên",
                  *BODY], "QUYẾT ĐỊNH V/v ban hành Hướng dẫn kết nạp đảng viên", id="blank-number-and-day"),
    # capitals without tone marks, as an old page's font left them
    pytest.param(["UBND TINH LAM DONG", "SO NOI VU", "So: 21/KH-SNV", "CONG HOA XA HOI CHU NGHIA VIET NAM",
                  "Doc lap - Tu do - Hanh phuc", "Da Lat, ngay 05 thang 3 nam 2021", "KẾ HOẠCH",
                  "Kiểm tra công tác văn thư năm 2021", *BODY], "KẾ HOẠCH Kiểm tra công tác văn thư năm 2021",
                 id="no-tone-marks"),
    # the subject in capitals under the type
    pytest.param(["BAN CHẤP HÀNH TRUNG ƯƠNG", "-------", "ĐẢNG CỘNG SẢN VIỆT NAM", "---------------",
                  "Số: 97-QĐ/TW", "Hà Nội, ngày 07 tháng 02 năm 2023", "QUY ĐỊNH",
                  "CHỨC NĂNG, NHIỆM VỤ CỦA ĐẢNG ĐOÀN Ở TRUNG ƯƠNG", *BODY],
                 "QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ CỦA ĐẢNG ĐOÀN Ở TRUNG ƯƠNG", id="subject-in-capitals"),
    # the motto with a rule glued under it, space-only lines between the columns
    pytest.param(["SỞ Y TẾ", "BỆNH VIỆN ĐA KHOA TỈNH", " ", "Số: 56/TB-BV", " ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                  "Độc lập - Tự do - Hạnh phúc ______________", " ", "Ninh Bình, ngày 01 tháng 6 năm 2021", " ",
                  "THÔNG BÁO", "Về việc tuyển dụng viên chức năm 2021", *BODY],
                 "THÔNG BÁO Về việc tuyển dụng viên chức năm 2021", id="rule-glued-to-motto"),
])
def test_the_document_is_the_page(lines, title):
    fields = reading(paragraphs(*lines), URL).fields
    assert (fields["title"], fields["date"], fields["author"]) == (title, None, "")


LEAD = ("Ngày 05 tháng 3 năm 2021, Đảng bộ xã Yên Hòa tổ chức hội nghị sơ kết công tác xây dựng Đảng, đánh giá "
        "kết quả đạt được trong 6 tháng đầu năm và triển khai nhiệm vụ thời gian tới.")
NEWS = "Đảng bộ xã Yên Hòa sơ kết công tác xây dựng Đảng 6 tháng đầu năm"


@pytest.mark.parametrize("lines, title, day, author", [
    pytest.param([NEWS, LEAD, *BODY], NEWS, None, "", id="signing-day-quoted-in-the-lead"),
    pytest.param([NEWS.upper(), "10/03/2021 08:15", LEAD, *BODY], NEWS.upper(), PAGE_DAY, "", id="capitals-headline"),
    pytest.param([NEWS, "10/03/2021", LEAD, *BODY, "NGUYỄN VĂN AN"], NEWS, PAGE_DAY, "Nguyễn Văn An",
                 id="capitals-writer-at-the-end"),
    pytest.param(["Hải Phòng, ngày 10 tháng 3 năm 2021", NEWS, LEAD, *BODY], NEWS, PAGE_DAY, "",
                 id="place-and-date-line-of-the-page"),
    pytest.param(["BÁO ĐIỆN TỬ ĐẢNG CỘNG SẢN VIỆT NAM", "Thứ Tư, ngày 10 tháng 3 năm 2021", NEWS, LEAD, *BODY],
                 NEWS, PAGE_DAY, "", id="party-paper-masthead-over-weekday-date"),
    pytest.param([NEWS, "10/03/2021", "Hội nghị diễn ra trong không khí Độc lập - Tự do - Hạnh phúc của mùa xuân mới, "
                  "với sự tham dự của đông đảo đảng viên.", *BODY], NEWS, PAGE_DAY, "", id="motto-in-a-sentence"),
    pytest.param([NEWS, "10/03/2021", LEAD, "Thực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy, xã đã hoàn thành các chỉ "
                  "tiêu đề ra.", *BODY], NEWS, PAGE_DAY, "", id="number-quoted-in-the-text"),
    pytest.param(["HỘI LIÊN HIỆP PHỤ NỮ TỈNH", "BAN THƯỜNG VỤ", "Phú Yên, ngày 25 tháng 10 năm 2021",
                  "ĐỀ CƯƠNG TUYÊN TRUYỀN KẾT QUẢ ĐẠI HỘI PHỤ NỮ TỈNH", LEAD, *BODY],
                 "ĐỀ CƯƠNG TUYÊN TRUYỀN KẾT QUẢ ĐẠI HỘI PHỤ NỮ TỈNH", dt.date(2021, 10, 25), "",
                 id="a-union-s-header-without-the-marks-as-before"),
    pytest.param([NEWS, "10/03/2021", LEAD, *BODY, "Tin, ảnh: Minh Anh"], NEWS, PAGE_DAY, "Minh Anh",
                 id="writer-credit-at-the-end"),
    pytest.param(["ĐẢNG CỘNG SẢN VIỆT NAM", NEWS, "10/03/2021", LEAD, *BODY], NEWS, PAGE_DAY, "",
                 id="party-title-as-a-masthead-alone"),
])
def test_news_pages_read_as_before(lines, title, day, author):
    fields = reading(paragraphs(*lines), URL).fields
    assert (fields["title"], fields["date"], fields["author"]) == (title, day, author)


def _lines(*texts):
    return list(enumerate(texts, start=1))


@pytest.mark.parametrize("line", [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cộng hòa xã hội chủ nghĩa Việt Nam", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC",
    "Độc lập – Tự do – Hạnh phúc", "Độc lập Tự do Hạnh phúc", "Độc lập - Tự do - Hạnh phúc ___________",
    "ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY BẮC NINH ĐẢNG CỘNG SẢN VIỆT NAM", "SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc",
    "UBND TỈNH X CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
])
def test_a_header_s_marks_in_every_spelling(line):
    kept, dropped, aside = read_document_header(_lines(line, "Số: 05/KH-UBND", "QUYẾT ĐỊNH"))
    assert [d.text for d in dropped] == [line] and aside == [(2, "Số: 05/KH-UBND")]


@pytest.mark.parametrize("number, cited", [
    ("Số: 34/QĐ-CNTĐ-ĐT", "Số: 34/QĐ-CNTĐ-ĐT"), ("Số 12-NQ/TU", "Số 12-NQ/TU"), ("SỐ: 05/KH-UBND", "SỐ: 05/KH-UBND"),
    ("Số:05-CT/HU", "Số:05-CT/HU"), ("Số 05-CT/TU Nghệ An, ngày 05 tháng 3 năm 2021", "Số 05-CT/TU"),
    ("* Số 128-TB/ĐU", "Số 128-TB/ĐU"),
])
def test_the_number_line_is_set_aside_for_the_text(number, cited):
    kept, dropped, aside = read_document_header(_lines("ĐẢNG CỘNG SẢN VIỆT NAM", number, "CHỈ THỊ"))
    assert aside == [(2, cited)]


@pytest.mark.parametrize("lines", [
    ("ĐẢNG CỘNG SẢN VIỆT NAM", "Số lượng đảng viên tăng 12% so với năm trước", "CHỈ THỊ"),  # no number
    ("ĐẢNG CỘNG SẢN VIỆT NAM", "Thứ Sáu, ngày 05 tháng 3 năm 2021", "CHỈ THỊ"),  # a weekday: the page's date line
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hôm nay, ngày 05 tháng 3 năm 2021, tại hội trường xã", "QUYẾT ĐỊNH"),
    ("Độc lập - Tự do - Hạnh phúc là khát vọng của dân tộc", "Số: 05/KH-UBND", "KẾ HOẠCH"),  # a sentence
    ("BÁO ĐIỆN TỬ ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 05 tháng 3 năm 2021", NEWS),  # a paper's masthead
    ("UBND TỈNH BẮC NINH", "Số: 05/KH-UBND", "Bắc Ninh, ngày 05 tháng 3 năm 2021", "KẾ HOẠCH"),  # no mark
])
def test_no_header_without_a_mark_and_a_number_or_place(lines):
    numbered = _lines(*lines)
    assert read_document_header(numbered) == (numbered, [], [])


SIGNATURES = {  # the end of a document: the signing formula, the post, "(Đã ký)", the signer, "Nơi nhận:"
    "party-tm": ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Trần Văn An"],
    "party-kt": ["K/T BÍ THƯ", "PHÓ BÍ THƯ", "Lưu Văn Hùng"],
    "party-tl": ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Lê Minh Đức"],
    "state-kt": ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(Đã ký)", "Nguyễn Văn Bình"],
    "state-tm": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(đã ký và đóng dấu)", "Phạm Thị Lan"],
    "state-plain": ["GIÁM ĐỐC", "(Đã ký)", "Lưu Quang Minh"],
}
RECIPIENTS = ["Nơi nhận:", "- Như trên;", "- Thường trực Tỉnh ủy (b/c);", "- Lưu VP, VT."]


def _signed_cases():
    for (name, signature), place in itertools.product(SIGNATURES.items(), ("after", "before", "interleaved")):
        if place == "after":
            end = [*signature, *RECIPIENTS]
        elif place == "before":
            end = [*RECIPIENTS, *signature]
        else:
            end = [RECIPIENTS[0], signature[0], RECIPIENTS[1], signature[1], *RECIPIENTS[2:], *signature[2:]]
        yield pytest.param(paragraphs(HEADLINE, "Ngày đăng: 10/03/2021", *state_header("left-right", "qd", 0),
                                      "QUYẾT ĐỊNH", STATE["qd"][4], *BODY, *end), id=f"{name}-recipients-{place}")


@pytest.mark.parametrize("text", list(_signed_cases()))
def test_a_signer_and_the_distribution_list_are_no_byline(text):
    fields = reading(text, URL).fields
    assert (fields["title"], fields["date"], fields["author"]) == (HEADLINE, PAGE_DAY, "")


@pytest.mark.parametrize("lines, author", [
    pytest.param([NEWS, "10/03/2021", LEAD, *BODY, "Lưu Văn Hùng"], "Lưu Văn Hùng", id="writer-named-lưu"),
    pytest.param([NEWS, "10/03/2021", LEAD, *BODY, "- Lưu ý: hồ sơ nộp trước ngày 20/3.", "TRẦN MINH"], "Trần Minh",
                 id="dash-note-then-capitals-writer"),
    pytest.param([NEWS, "10/03/2021", LEAD, "Các nơi nhận văn bản cần triển khai ngay.", *BODY, "Thu Hà"], "Thu Hà",
                 id="recipients-named-in-a-sentence"),
])
def test_a_writer_at_the_end_stays_the_byline(lines, author):
    assert reading(paragraphs(*lines), URL).fields["author"] == author


@pytest.mark.parametrize("leaf, day", [
    pytest.param(["15", "06", "'18"], dt.date(2018, 6, 15), id="clipped-year"),
    pytest.param(["5", "3", "’21"], dt.date(2021, 3, 5), id="curly-apostrophe"),
    pytest.param(["09", "12", "' 20"], dt.date(2020, 12, 9), id="spaced-apostrophe"),
    pytest.param(["15", "06", "'98"], dt.date(1998, 6, 15), id="last-century"),
    pytest.param(["01", "01", "'70"], None, id="the-epoch-an-empty-date-field"),
    # one leaf rule, round 33's: a bare two-digit year under a two-digit day and month is a leaf too,
    # one-digit parts over a bare year are counts
    pytest.param(["15", "06", "18"], dt.date(2018, 6, 15), id="bare-year-under-two-digit-day-and-month"),
    pytest.param(["3", "1", "20"], None, id="one-digit-parts-over-a-bare-year-are-counts"),
    pytest.param(["31", "02", "'21"], None, id="a-day-the-month-has-not"),
    pytest.param(["15", "13", "'18"], None, id="no-thirteenth-month"),
])
def test_the_page_s_date_as_a_leaf_with_its_year_clipped(leaf, day):
    lines = [HEADLINE, *leaf, *state_header("left-right", "qd", 0), "QUYẾT ĐỊNH", STATE["qd"][4], *BODY]
    fields = reading(paragraphs(*lines), URL).fields
    assert (fields["title"], fields["date"]) == (HEADLINE, day)
