"""Round 31 (holdout 30's kinds), on made-up pastes: every spelling of a master's degree is one
concept ("ThS.", "Th.s.", "ThS"), kept before the name, the Party post after " - " left out."""
import pytest

from archive.registry.registries import load_registries
from benchmarks.eval_reader import citation_key
from made_up_pastes import fields_of, numbered_lines
from test_conventions_citations import ROOT, cited

LEAD = ("       Thực hiện kế hoạch của chi bộ, ngày 08 tháng 5 năm 2019 chi bộ tổ chức sinh hoạt chuyên "
        "đề về tiết kiệm, mọi đảng viên dự đầy đủ và phát biểu sôi nổi.\n")


def _signed(line: str) -> str:
    return f"Chi bộ văn phòng học tập theo gương Bác\n\n{line}\n{LEAD}"


@pytest.mark.parametrize("line, author", [
    ("Th.s. Nguyễn Thị Lan - Đảng uỷ viên", "Th.s. Nguyễn Thị Lan"),
    ("ThS. Nguyễn Thị Lan - Đảng uỷ viên", "ThS. Nguyễn Thị Lan"),
    ("Th.S. Trần Văn Bình - Bí thư chi bộ", "Th.S. Trần Văn Bình"),
])
def test_every_spelling_of_a_masters_degree_stays_before_the_name(line, author):
    assert fields_of(_signed(line))["author"] == author


def test_a_sentence_opening_with_the_degree_word_is_no_byline():
    # near-miss: a lead sentence, not a name line, stays out of the byline
    body = _signed("Thạc sĩ là học vị mà nhiều đảng viên của chi bộ đang theo học trong năm nay.")
    assert fields_of(body)["author"] == ""


# --- a portrait's caption under a headline crediting its writer: never the byline

_SKETCH = ("Mùa xuân trên đồn biên phòng – {credit}\n\n"
           "Đồn biên phòng Na Hình được thành lập năm 1965, quản lý địa bàn bốn xã vùng cao của huyện.\n\n"
           "{line}\n\n"
           "Chúng tôi lên đồn vào những ngày giá rét nhất cuối năm, khi sương muối phủ trắng các triền núi.\n\n"
           "Theo kế hoạch, đồn cử người đón chúng tôi ở thị trấn, rồi cùng đi bộ lên các bản xa nhất.\n")


@pytest.mark.parametrize("credit, line", [
    ("Ký của Lương Văn Khải", "Nhà văn Lương Văn Khải "),
    ("Tùy bút của Hà Thị Mai", "Nhà thơ Hà Thị Mai"),
    ("Bút ký của Trần Quang Vinh", "Nhà báo Trần Quang Vinh"),
])
def test_a_portrait_caption_of_the_headlines_writer_is_no_byline(credit, line):
    assert fields_of(_SKETCH.format(credit=credit, line=line))["author"] == ""


def test_a_titled_name_under_a_headline_crediting_someone_else_stays_the_byline():
    # near-miss: the headline credits another writer, so the caption rule does not apply
    body = _SKETCH.format(credit="Ký của Lương Văn Khải", line="Nhà văn Hà Thị Mai")
    assert fields_of(body)["author"] == "Nhà văn Hà Thị Mai"


def test_is_portrait_caption_needs_a_title_and_the_headlines_credit():
    from archive.read.portrait_captions import is_portrait_caption
    title = "Mùa xuân trên đồn biên phòng – Ký của Lương Văn Khải"
    assert is_portrait_caption("Nhà văn Lương Văn Khải", title)
    assert not is_portrait_caption("Lương Văn Khải", title)  # the credit printed again: a byline
    assert not is_portrait_caption("Nhà văn Lương Văn Khải", "Mùa xuân trên đồn biên phòng")


# --- a Q&A page's day asked and day answered: the day answered is the page's date

def _qa(asked: str, answered: str | None) -> str:
    answer = f"Trả lời:\n{answered}\n\n" if answered else "Trả lời:\n\n"
    return ("Đảng viên đi làm ăn xa có phải chuyển sinh hoạt đảng tạm thời không?\n"
            f"{asked}\n+ Người hỏi: Nguyễn Văn Tú, Địa chỉ: xã Yên Sơn\nCâu hỏi:\n"
            "Đảng viên đi làm ăn xa có phải chuyển sinh hoạt đảng tạm thời không?\n\n" + answer +
            "Theo hướng dẫn hiện hành, đảng viên đi làm ăn xa từ ba tháng trở lên phải làm thủ tục chuyển "
            "sinh hoạt đảng tạm thời đến chi bộ nơi mình đến làm việc.\n")


@pytest.mark.parametrize("asked, answered, day", [
    ("+ Ngày hỏi: 10/12/2017 - 20:12", "+ Ngày trả lời: 17/07/2018 - 13:07", "2018-07-17"),
    ("Ngày gửi câu hỏi: 03/02/2021", "Ngày trả lời: 15/03/2021", "2021-03-15"),
    ("- Thời gian hỏi: 05/05/2022 08:00", "- Ngày giải đáp: 09/05/2022 10:30", "2022-05-09"),
])
def test_the_day_answered_is_the_qa_pages_date(asked, answered, day):
    assert str(fields_of(_qa(asked, answered))["date"]) == day


def test_asked_day_is_set_aside_only_when_a_day_answered_follows():
    from archive.read.question_dates import asked_day
    lines = numbered_lines("Câu hỏi về chuyển sinh hoạt đảng", "+ Ngày hỏi: 10/12/2017", "Trả lời:",
                           "+ Ngày trả lời: 17/07/2018")
    assert asked_day(lines, 1)
    assert not asked_day(lines[:3], 1)  # near-miss: no day answered printed, the day asked may stand
    assert not asked_day(numbered_lines("Ngày đăng: 10/12/2017", "+ Ngày trả lời: 17/07/2018"), 0)


# --- a Party committee's letter numbered with no type code

@pytest.fixture(scope="module")
def registries():
    return load_registries(ROOT / "corpus")


@pytest.mark.parametrize("n, sentence, number", [
    (3101, "Thực hiện hướng dẫn của Đảng uỷ Khối (văn bản số 482/ĐUK, ngày 20/03/2018), chi bộ họp chuyên đề.", "482/ĐUK"),
    (3102, "Theo công văn số 15/TU của Tỉnh ủy, các chi bộ tổ chức học tập chuyên đề trong tháng.", "15/TU"),
    (3103, "Căn cứ Văn bản số: 207/HU ngày 02/4/2019 của Huyện ủy, chi bộ xây dựng kế hoạch.", "207/HU"),
])
def test_a_party_letter_with_no_type_code_is_cited_as_printed(registries, n, sentence, number):
    assert citation_key(number) in cited(registries, sentence, n)


@pytest.mark.parametrize("n, sentence", [
    (3111, "Tổ số 4/ĐUK gồm các đảng viên của phòng Hành chính và phòng Kế toán của đơn vị."),  # no letter's type word
    (3112, "Theo văn bản số 482/ĐUKT của ban, chi bộ tổ chức học tập chuyên đề trong tháng."),  # not a committee's code
    (3113, "Theo văn bản số 12/SGD của Sở, chi bộ tổ chức học tập chuyên đề trong tháng."),  # a state body's code
])
def test_near_misses_are_not_cited_as_party_letters(registries, n, sentence):
    assert cited(registries, sentence, n) == []


def test_party_letters_reads_the_number_and_the_type_word():
    from archive.enrich.party_letters import party_letters
    text = "Theo văn bản số 482/ĐUK, ngày 20/03/2018 và công văn số 9/T.U."
    assert [(number, kind) for _, _, number, _, kind in party_letters(text)] == [("482/ĐUK", "Văn bản"), ("9/T.U", "Công văn")]


# --- a name closing the text over ">>" related links, a comment box's throttle notice under them

def _youth_item(name: str, tail: str) -> str:
    return ("Hơn 50.000 đoàn viên tham gia chiến dịch tình nguyện hè\n\n13/06/2015 08:00 GMT+7\n\n"
            "Thành đoàn cho biết hơn 50.000 lượt đoàn viên, sinh viên đã tham gia các đội hình tình nguyện "
            "hè tại các xã vùng sâu, giúp bà con sửa đường và dạy chữ cho trẻ em.\n\n"
            "Năm nay các đội hình sẽ có mặt ở huyện đảo để tuyên truyền về chủ quyền biển, đảo của Tổ quốc.\n\n"
            f"{name}\n\n>> Tổng kết chiến dịch tình nguyện hè năm trước\n>> Khai mạc chiến dịch hè toàn quốc\n\n"
            f"Top\n\n{tail}")


@pytest.mark.parametrize("tail", [
    "Bạn không thể gửi bình luận liên tục. Xin hãy đợi\n60 giây nữa.",
    "Bạn không thể gửi bình luận liên tục.\nXin vui lòng đợi 30 giây rồi gửi lại.",
    "",
])
def test_a_name_over_related_links_and_a_comment_throttle_is_the_byline(tail):
    assert fields_of(_youth_item(" Trần Văn Hải", tail))["author"] == "Trần Văn Hải"


def test_a_comment_throttle_notice_ends_the_article():
    from archive.read.chrome import is_stop_line
    assert is_stop_line("Bạn không thể gửi bình luận liên tục. Xin hãy đợi")
    assert is_stop_line("60 giây nữa.")
    assert is_stop_line("Xin vui lòng đợi 30 giây rồi gửi lại.")
    assert not is_stop_line("Sau 60 giây nữa, đội hình tình nguyện lên đường về các xã vùng sâu.")  # a sentence stays


# --- a question headline under the site's name in small letters and the date line

def _law_qa(first: str, headline: str) -> str:
    return (f"{first}\nChia sẻ email\nThứ Hai, 11/03/2024\n\n{headline}\n\n"
            "Theo quy định hiện nay, đảng viên đi công tác dài ngày phải làm thủ tục chuyển sinh hoạt đảng "
            "tạm thời. Bài viết dưới đây giải đáp trình tự thực hiện thủ tục này.\n\n"
            "Đảng viên cần chuẩn bị giấy giới thiệu của chi bộ nơi đang sinh hoạt chính thức.\n")


@pytest.mark.parametrize("first, headline", [
    ("luatviet", "Chuyển sinh hoạt đảng tạm thời thế nào? Ai phải chuyển?"),
    ("phapluatso", "Đảng viên đi công tác dài ngày có phải chuyển sinh hoạt đảng tạm thời không?"),
    ("luatviet", "Thủ tục chuyển sinh hoạt đảng tạm thời gồm những bước nào."),
])
def test_a_question_headline_under_the_sites_name_is_the_title(first, headline):
    assert fields_of(_law_qa(first, headline))["title"] == headline


def test_a_question_line_over_a_headline_is_not_taken_for_it():
    # near-miss: a headline-shaped line stands above the question, which stays out of the title
    body = ("Hỏi đáp pháp luật về công tác đảng viên năm 2024\n11/03/2024\n\n"
            "Ai phải chuyển sinh hoạt đảng tạm thời?\n\n"
            "Theo quy định hiện nay, đảng viên đi công tác dài ngày phải làm thủ tục chuyển sinh hoạt đảng tạm thời.\n")
    assert fields_of(body)["title"] == "Hỏi đáp pháp luật về công tác đảng viên năm 2024"
