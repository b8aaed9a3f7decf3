"""Round 33 (holdout 32's kinds), on made-up pastes: a calendar leaf printed one part a line, its year
maybe in two digits ("15" / "06" / "'18"), is the date; a certificate's long type code
("GCNĐKHĐ") and an issuer's code with its unit after a hyphen ("QĐ-CNTĐ-ĐT") are read whole; a name
closing the article whose only slip is a middle name in small letters ("Mai viết Tăng") is the
byline, in proper case. Near-misses stay as they are: three numbers among numbers, a count, the epoch
a template prints; a product code, a phone number, a road, a company's board; a sentence opening with
a surname's word, a place, a caption, a name not under a closed paragraph."""
import datetime as dt

import pytest

from archive.read.leaf_dates import join_leaf_dates
from archive.read.small_middle_names import small_middle_name
from archive.registry.registries import load_registries
from benchmarks.eval_reader import citation_key
from made_up_pastes import fields_of, numbered_lines
from test_conventions_citations import ROOT, cited

HEAD = "Quyết định ban hành quy chế tuyển sinh trình độ cao đẳng tại trường Cao đẳng Kỹ thuật Miền Nam"
LEAD = ("Ngày 12/3/2018, Hiệu trưởng nhà trường đã ký quyết định ban hành quy chế tuyển sinh trình độ cao "
        "đẳng, trung cấp, áp dụng từ kỳ tuyển sinh năm học mới.")
SECOND = ("Quy chế quy định đối tượng, điều kiện, phương thức tuyển sinh và trách nhiệm của các đơn vị, "
          "cá nhân có liên quan trong công tác tuyển sinh của nhà trường.")
SITE = "Trường Cao đẳng Kỹ thuật Miền Nam"  # the site's name over the leaf


# ---------------------------------------------------------------- a leaf one part a line

@pytest.mark.parametrize("day, month, year, date", [
    ("15", "06", "'18", dt.date(2018, 6, 15)),
    ("15", "06", "’18", dt.date(2018, 6, 15)),
    ("03", "11", "‘21", dt.date(2021, 11, 3)),
    ("3", "11", "'21", dt.date(2021, 11, 3)),
    ("28", "02", "18", dt.date(2018, 2, 28)),
    ("09", "12", "2019", dt.date(2019, 12, 9)),
    ("9", "1", "2020", dt.date(2020, 1, 9)),
    ("30", "04", "'99", dt.date(1999, 4, 30)),
])
@pytest.mark.parametrize("blank", ["\n", "\n\n"])
def test_a_leaf_one_part_a_line_under_the_headline_is_the_date(day, month, year, date, blank):
    leaf = blank.join([day, month, year])
    fields = fields_of(f"{HEAD}\n\n{leaf}\n\n{LEAD}\n\n{SECOND}\n")
    assert fields["date"] == date
    assert fields["title"] == HEAD


def test_a_leaf_one_part_a_line_under_the_sites_name_gives_the_date_and_the_headline():
    fields = fields_of(f"{SITE}\n15\n06\n'18\n\n{HEAD}\n\n{LEAD}\n\n{SECOND}\n")
    assert fields["date"] == dt.date(2018, 6, 15)
    assert fields["title"] == HEAD


def test_the_three_lines_become_one_date_line():
    joined = join_leaf_dates(numbered_lines(HEAD, "", "15", "06", "'18", "", "Nội dung"))
    assert joined == [(1, HEAD), (2, ""), (3, "15/06/2018"), (6, ""), (7, "Nội dung")]


@pytest.mark.parametrize("texts", [
    ("12", "08", "20", "15", "Tổng cộng"),  # a table's column: more numbers under the three
    ("Điểm", "7", "12", "08", "20"),  # more numbers above them
    ("3", "1", "20", "Kết quả chung cuộc"),  # a score and a count: a bare year asks two-digit parts
    ("12", "8", "20"),
    ("01", "01", "'70"),  # the epoch a template prints for an empty date
    ("01", "01", "1970"),
    ("31", "02", "'21"),  # a day the month does not have
    ("15", "13", "'18"),  # no month
    ("15", "06", "'1"),  # no year
    ("15", "06", "2018 - 2019"),  # a span
    ("125", "06", "'18"),  # a count, no day
])
def test_three_numbers_that_are_no_leaf_stay_as_they_are(texts):
    lines = numbered_lines(HEAD, *texts)
    assert join_leaf_dates(lines) == lines


def test_the_epoch_leaf_gives_no_date():
    fields = fields_of(f"{HEAD}\n\n01\n01\n'70\n\n{LEAD}\n\n{SECOND}\n")
    assert fields["date"] != dt.date(1970, 1, 1) and fields["date"] != dt.date(2070, 1, 1)


def test_a_leaf_deep_in_the_text_is_none():
    body = [f"Đoạn văn số {n} của bài viết về công tác tuyển sinh của nhà trường năm nay." for n in range(14)]
    lines = numbered_lines(HEAD, *body, "15", "06", "'18")
    assert join_leaf_dates(lines) == lines


def test_a_clock_widgets_today_over_a_leaf_is_not_the_date():
    lines = numbered_lines("Hôm nay", "15", "06", "'18", HEAD)
    assert join_leaf_dates(lines) == lines


# ---------------------------------------------------------------- certificates and compound issuers

@pytest.fixture(scope="module")
def registries():
    return load_registries(ROOT / "corpus")


@pytest.mark.parametrize("n, sentence, number", [
    (3301, "Căn cứ Giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp số 197/2017/GCNĐKHĐ-TCDN ngày "
           "28/06/2017 của Tổng cục Giáo dục nghề nghiệp;", "197/2017/GCNĐKHĐ-TCDN"),
    (3302, "Theo Giấy chứng nhận số 19/GCNĐKHĐ-TCDN ngày 5/3/2019, trường được tuyển sinh.", "19/GCNĐKHĐ-TCDN"),
    (3303, "Căn cứ giấy chứng nhận số 25/2020/GCNDKHD-TCDN, nhà trường tổ chức tuyển sinh.", "25/2020/GCNDKHD-TCDN"),
    (3304, "Trường đã được cấp giấy chứng nhận 08/GCNĐKDN - SKHĐT về đăng ký hoạt động.", "08/GCNĐKDN-SKHĐT"),
    (3305, "Số: 34/QĐ-CNTĐ-ĐT", "34/QĐ-CNTĐ-ĐT"),
    (3306, "Căn cứ Quyết định số 34/QĐ-CĐKT-ĐT ngày 09/02/2018 của Hiệu trưởng nhà trường;", "34/QĐ-CĐKT-ĐT"),
    (3307, "Thực hiện Kế hoạch 12/KH-CĐCN-TCHC của nhà trường về tuyển sinh năm 2018.", "12/KH-CĐCN-TCHC"),
    (3308, "Căn cứ Quyết định số 15/2019/QĐ-SGDĐT-TCCB của Sở.", "15/2019/QĐ-SGDĐT-TCCB"),
])
def test_a_certificate_and_a_compound_issuer_are_read_whole(registries, n, sentence, number):
    assert citation_key(number) in cited(registries, sentence, n)


@pytest.mark.parametrize("n, sentence", [
    (3311, "Mã sản phẩm 12/2020/ABCDEFGH-XYZ được bán tại cửa hàng của công ty."),  # a product's code
    (3312, "Sản phẩm mang mã 12/GCNABCDEFGHIJ-X đã hết hàng."),  # past a certificate code's length
    (3313, "Mọi thắc mắc xin gọi 0912/345/678 hoặc đến trực tiếp văn phòng."),  # a phone number
    (3314, "Đoạn đường Quốc lộ QL1A từ km 12/3 đến km 15 đang được sửa chữa."),  # a road
    (3315, "Số: 12/2019/GCN"),  # a certificate code with nothing certified and no issuer
    (3316, "Căn cứ Nghị quyết 05/2021/NQ-HĐQT của Hội đồng quản trị công ty;"),  # a company's board
])
def test_codes_that_are_no_document_stay_uncited(registries, n, sentence):
    assert cited(registries, sentence, n) == []


@pytest.mark.parametrize("n, sentence, found", [
    # a ticker's letter reads as before this round: a state-form number, unless its sentence names the company
    (3317, "Căn cứ Công văn 46/TB-BKC, đại hội được hoãn sang quý sau.", ["46/TB-BKC"]),
    (3318, "Theo thông báo 46/TB-BKC ngày 12/5/2020 của công ty, đại hội được hoãn.", []),
])
def test_a_company_tickers_letter_reads_as_before(registries, n, sentence, found):
    assert cited(registries, sentence, n) == found


# ---------------------------------------------------------------- a closing name with a small middle name

CLOSING = ("Việc hỗ trợ xây dựng nhà đại đoàn kết thể hiện sự quan tâm của cấp ủy, chính quyền, giúp các gia "
           "đình có chỗ ở ổn định, vươn lên trong cuộc sống")


def _paste(last: str, stop: str = "./.") -> str:
    return f"{HEAD}\n\n12/07/2023\n\n{LEAD}\n\n{SECOND}\n\n{CLOSING}{stop}\n\n{last}\n"


@pytest.mark.parametrize("last, author, stop", [
    ("Mai viết Tăng", "Mai Viết Tăng", "./."),
    ("Mai viết Tăng", "Mai Viết Tăng", "/."),
    ("Nguyễn văn Hùng", "Nguyễn Văn Hùng", "."),
    ("Trần thị Thu Hà", "Trần Thị Thu Hà", "./."),
    ("Lê Thị ngọc Anh", "Lê Thị Ngọc Anh", "!"),
    ("Phạm đức Long", "Phạm Đức Long", "./."),
])
def test_a_closing_name_with_a_small_middle_name_is_the_byline(last, author, stop):
    assert fields_of(_paste(last, stop))["author"] == author


def test_a_name_typed_without_marks_is_read_so_too():
    assert small_middle_name(numbered_lines("Cuoc song on dinh./.", "Nguyen van Hung"), 1) == ("Nguyen Van Hung",)


@pytest.mark.parametrize("last", [
    "Mai sẽ Về",  # a surname's word, then a particle: no middle name
    "Lê được Khen",
    "Mai sẽ về thăm",  # a sentence
    "Hà nội Mới",  # a place's word
    "Bàn giao nhà cho ông Trần Văn Hoàn",  # a caption
    "Minh hiếu",  # two words: round 13 keeps it out
    "Hoa viết Bài",  # no surname first
    "mai viết Tăng",  # the first word small too
    "Mai viết tăng",
    "Nguyễn văn thị Hà",  # two small words
    "Mai viết Tăng Cường Thêm",  # past a name's length
])
def test_lines_that_are_no_such_name_are_no_byline(last):
    assert fields_of(_paste(last))["author"] == ""


def test_a_name_under_an_unclosed_line_is_no_byline():
    lines = numbered_lines("Các đơn vị tham gia gồm", "Mai viết Tăng")
    assert small_middle_name(lines, 1) == ()
    lines = numbered_lines("Các đơn vị tham gia gồm:", "Mai viết Tăng")
    assert small_middle_name(lines, 1) == ()


def test_the_rule_reads_only_that_slip():
    lines = numbered_lines("Cuộc sống ổn định./.", "Mai Viết Tăng")
    assert small_middle_name(lines, 1) == ()  # a name in proper case is bylines.py's own
