"""Round 32 (holdout 31's kinds), on made-up pastes: a company board's documents are no Party or
state document; a bare directive of the Prime Minister is made whole (N/CT-TTg); a bare "27/03/20"
under the headline is the date; a dignitary's photo caption and the headline's opening in capitals
are no byline."""
import pytest

from archive.registry.registries import load_registries
from benchmarks.eval_reader import citation_key
from made_up_pastes import fields_of
from test_conventions_citations import ROOT, cited


@pytest.fixture(scope="module")
def registries():
    return load_registries(ROOT / "corpus")


# --- a company's own documents: its board's, its shareholders' meeting's

@pytest.mark.parametrize("n, sentence", [
    (3201, "Chi tiết: - Nghị quyết 05/2021/NQ-HĐQT của công ty về việc hoãn đại hội;"),
    (3202, "Hội đồng quản trị ban hành Quyết định số 12/2022/QĐ-HĐQT về việc bổ nhiệm kế toán trưởng."),
    (3203, "Căn cứ Nghị quyết số 01/2023/NQ-ĐHĐCĐ ngày 20/4/2023 của Đại hội đồng cổ đông thường niên."),
    (3204, "Theo Quyết định 07/QĐ-HĐTV của Hội đồng thành viên công ty về kế hoạch sản xuất năm."),
])
def test_a_company_boards_document_is_no_citation(registries, n, sentence):
    assert cited(registries, sentence, n) == []


@pytest.mark.parametrize("n, sentence, number", [
    # near-misses: the state's and the Party's documents beside them stay cited
    (3205, "Công ty thực hiện Nghị định số 155/2020/NĐ-CP của Chính phủ về chứng khoán.", "155/2020/NĐ-CP"),
    (3206, "Chi bộ công ty quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị.", "05-CT/TW"),
])
def test_the_states_and_the_partys_documents_stay(registries, n, sentence, number):
    assert citation_key(number) in cited(registries, sentence, n)


# --- a bare directive of the Prime Minister: the issuer makes the symbol certain

@pytest.mark.parametrize("n, sentence, number", [
    (3211, "Thực hiện Chỉ thị số 16 của Thủ tướng Chính phủ về việc cách ly toàn xã hội, công ty tạm dừng họp.",
     "16/CT-TTg"),
    (3212, "Căn cứ Chỉ thị 19 của Thủ tướng Chính phủ, đại hội được lùi sang tháng sau.", "19/CT-TTg"),
    (3213, "Theo Chỉ thị số 15, ngày 27/3/2020 của Thủ tướng Chính phủ, mọi cuộc họp đông người đều hoãn.",
     "15/CT-TTg"),
])
def test_a_bare_directive_of_the_prime_minister_is_made_whole(registries, n, sentence, number):
    assert citation_key(number) in cited(registries, sentence, n)


@pytest.mark.parametrize("n, sentence", [
    # near-misses: a decision needs its year, which the sentence does not give; a bare
    # directive whose issuer is not named stays out
    (3214, "Thực hiện Quyết định số 22 của Thủ tướng Chính phủ về hỗ trợ nhà ở cho người có công."),
    (3215, "Thực hiện Chỉ thị số 16 về việc cách ly toàn xã hội, công ty tạm dừng họp."),
])
def test_a_bare_number_the_issuer_does_not_settle_stays_out(registries, n, sentence):
    assert cited(registries, sentence, n) == []


# --- a bare date line with a two-digit year right under the headline

_NOTICE = ("Thông báo về việc hoãn tổ chức đại hội cổ đông thường niên năm nay\n\n{line}\n\n"
           "Căn cứ tình hình dịch bệnh, Hội đồng quản trị công ty thông báo hoãn tổ chức đại hội "
           "đến khi có thông báo mới.\n\n{after}\n\nTrân trọng thông báo.\n")


@pytest.mark.parametrize("line, date", [
    ("27/03/20", "2020-03-27"),
    ("5/4/21", "2021-04-05"),
    ("  14.09.22 ", "2022-09-14"),
])
def test_a_two_digit_year_date_line_under_the_headline_is_the_date(line, date):
    assert str(fields_of(_NOTICE.format(line=line, after="Các cổ đông theo dõi trên trang của công ty."))["date"]) \
        == date


@pytest.mark.parametrize("line, after", [
    # near-misses: a score or a ratio under the headline is no date (no such day), and a
    # two-digit-year figure further down, alone or in prose, is none either
    ("32/13/20", "Các cổ đông theo dõi trên trang của công ty."),
    ("Hội đồng quản trị công ty", "27/03/20"),
    ("Hội đồng quản trị công ty", "Tỷ lệ biểu quyết thông qua đạt 27/03/20 trên tổng số phiếu."),
])
def test_a_two_digit_year_figure_elsewhere_is_no_date(line, after):
    assert fields_of(_NOTICE.format(line=line, after=after))["date"] is None


# --- a photo caption naming a dignitary by his religious title, name and post: never the byline

_FEAST = ("Không khí lễ Phật đản tại huyện Hải Lăng năm nay thật trang nghiêm\n\n"
          "Hòa vào không khí Tuần lễ Phật đản, Phật giáo huyện tổ chức nhiều hoạt động thiết thực cúng dường.\n\n"
          "{caption}\n\n"
          "Đại lễ diễn ra trên địa bàn huyện từ ngày 6 đến 15/4 Âm lịch, thu hút đông đảo phật tử.\n\n"
          "Dự kiến có khoảng 1.500 phật tử, đạo hữu tham gia đại lễ năm nay tại chùa huyện.\n\n{signature}\n")


@pytest.mark.parametrize("caption, signature", [
    ("Thượng Tọa Thích Minh Tâm – Trưởng ban Trị sự GHPGVN huyện Hải Lăng", "Quảng Đức"),
    ("Hòa thượng Thích Thiện Hạnh - Chứng minh Ban Trị sự Phật giáo tỉnh", "Tâm Nguyện"),
    ("Đại đức Thích Quảng Tịnh – Phó ban Hoằng pháp huyện", "Lê Văn Hòa"),
])
def test_a_dignitarys_caption_gives_way_to_the_signature(caption, signature):
    assert fields_of(_FEAST.format(caption=caption, signature=signature))["author"] == signature


def test_a_writer_with_a_degree_and_a_post_under_the_lead_stays_the_byline():
    # near-miss: no religious title, the name-and-post line is the writer's
    body = _FEAST.format(caption="ThS. Lê Văn An - Trưởng khoa Xây dựng Đảng", signature="")
    assert fields_of(body)["author"] == "ThS. Lê Văn An"


# --- the headline's first words, printed again as a heading in capitals, are no name

_PARISH = ("Giáo xứ Tân Định mừng lễ Bổn mạng Thánh Giuse\n\n"
           "Chiều ngày 19/3, giáo xứ long trọng mừng lễ kính Thánh Giuse, bổn mạng của giáo xứ...\n\n"
           "{first}\n\n{second}\n\n"
           "Thánh lễ do cha chánh xứ chủ sự, cùng đông đảo anh chị em giáo dân trong giáo xứ tham dự.\n\n"
           "Sau thánh lễ, các hội đoàn dâng hoa và văn nghệ mừng bổn mạng trong bầu khí vui tươi.\n")


@pytest.mark.parametrize("first, second", [
    ("GIÁO XỨ TÂN ĐỊNH", "MỪNG LỄ BỔN MẠNG THÁNH GIUSE"),
    ("GIÁO XỨ TÂN ĐỊNH MỪNG", "LỄ BỔN MẠNG THÁNH GIUSE"),
])
def test_the_headlines_opening_in_capitals_is_no_byline(first, second):
    assert fields_of(_PARISH.format(first=first, second=second))["author"] == ""


def test_a_name_that_does_not_open_the_headline_stays_the_byline():
    # near-miss: the heading's lines as before, and a signature the headline does not open with
    body = _PARISH.format(first="GIÁO XỨ TÂN ĐỊNH", second="MỪNG LỄ BỔN MẠNG THÁNH GIUSE") + "\nNguyễn Văn Hùng\n"
    assert fields_of(body)["author"] == "Nguyễn Văn Hùng"
