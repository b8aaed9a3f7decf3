"""Round 39 (holdout 38's kinds), on made-up pastes: a year-first date written with dots, dashes or
slashes under the headline ("2023.08.28 - 1307 lượt xem"), alone, with a time, a view count or a label;
a capitals headline whose first word stands alone on the line above it ("ĐẠI" / "HỘI NÔNG DÂN ..."),
over a text hard-wrapped mid-phrase. Near-misses stay as they are: a version number, a phone number, a
year and a month with no day, an impossible day; a section label in capitals over a capitals headline,
a lone word in small letters, an English label; a headline over a short line in small letters."""
import datetime as dt

import pytest

from archive.read.lone_head_words import join_lone_head_word
from archive.read.wrapped_prose import wrapped_prose
from archive.text.dates import ISO_DATE, find_date
from made_up_pastes import fields_of, paragraphs

HEAD = "Những công trình thủy lợi góp phần phát triển kinh tế vùng"
LEAD = ("Trong nhiệm kỳ vừa qua, tỉnh đã dành sự quan tâm đặc biệt và bố trí ngân sách để đầu tư xây dựng "
        "nhiều công trình thủy lợi lớn, phục vụ sản xuất và đời sống của nhân dân.")


# ---------------------------------------------------------------- a year-first date with dots

@pytest.mark.parametrize("line, time", [
    ("2023.08.28 - 1307 lượt xem", None),
    ("2023-08-28 - 1307 lượt xem", None),
    ("2023/08/28 - 1307 lượt xem", None),
    ("2023.08.28", None),
    ("2023.8.28", None),
    ("2023.08.28 | Lượt xem: 52", None),
    ("2023.08.28 08:15", "08:15"),
    ("2023.08.28 - 14:05 - 90 lượt xem", "14:05"),
    ("Ngày đăng: 2023.08.28", None),
    ("Cập nhật lúc 2023.08.28 08:15", "08:15"),
])
def test_a_year_first_date_line_under_the_headline_is_the_date(line, time):
    fields = fields_of(paragraphs(HEAD, line, LEAD))
    assert fields["title"] == HEAD
    assert fields["date"] == dt.date(2023, 8, 28)
    assert (fields.get("time") or None) == time


@pytest.mark.parametrize("text", ["2023.08.28", "Ngày 2023.08.28.", "(2023.08.28)", "1999.12.31"])
def test_a_dotted_year_first_date_is_read(text):
    found = find_date(text)
    assert found is not None and found[0].year in (2023, 1999)


@pytest.mark.parametrize("text", [
    "Phiên bản 1.2.3", "phiên bản 2019.1.2.4", "Hotline: 0326.050.977", "1900.10.10.5", "2023.08",
    "Tháng 2023.08 có mưa", "1234.05.06", "2023.08.28.1", "12.2023.08",
])
def test_a_version_a_phone_or_a_month_is_no_dotted_date(text):
    assert not ISO_DATE.search(text)


@pytest.mark.parametrize("line", ["1.2.3", "Hotline: 0326.050.977", "2023.08 - 1307 lượt xem",
                                  "2023.02.30 - 1307 lượt xem", "2023.13.01"])
def test_near_misses_under_the_headline_give_no_date(line):
    fields = fields_of(paragraphs(HEAD, line, LEAD))
    assert fields["date"] is None
    assert fields["title"] == HEAD


# ---------------------------------------------------------------- a lone first word over a capitals headline

WRAPPED = ["Thực hiện sự chỉ đạo của Đảng ủy xã, chiều ngày 14 tháng 3 năm 2025 với tinh thần",
           "dân chủ, đoàn kết, trách nhiệm và đổi mới, đại hội chi hội nông dân thôn",
           "Đông đã tổ chức thành công tốt đẹp với sự tham dự của đông đảo hội viên!",
           "Đại hội đã thông qua báo cáo kết quả nhiệm kỳ qua và phương hướng nhiệm vụ nhiệm kỳ tới."]


@pytest.mark.parametrize("word, rest", [
    ("ĐẠI", "HỘI CHI HỘI NÔNG DÂN THÔN ĐÔNG NHIỆM KỲ 2025-2030"),
    ("HỘI", "NGHỊ SƠ KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2025"),
    ("TƯNG", "BỪNG NGÀY HỘI ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC"),
    ("TRAO", "QUYẾT ĐỊNH KẾT NẠP ĐẢNG VIÊN MỚI"),
    ("DAI", "HOI CHI BO THON DONG NHIEM KY 2025-2027"),  # no tone marks
])
def test_a_lone_first_word_joins_the_capitals_headline_under_it(word, rest):
    assert join_lone_head_word([(4, word), (5, rest), (6, WRAPPED[0])]) == [(4, f"{word} {rest}"), (6, WRAPPED[0])]
    assert fields_of(word + "\n" + rest + "\n" + "\n".join(WRAPPED) + "\n")["title"] == f"{word} {rest}"


def test_a_lone_first_word_under_site_chrome_joins_too():
    body = "Trang chủ\n\nĐẠI\nHỘI CHI HỘI NÔNG DÂN THÔN ĐÔNG NHIỆM KỲ 2025-2030\n" + "\n".join(WRAPPED) + "\n"
    assert fields_of(body)["title"] == "ĐẠI HỘI CHI HỘI NÔNG DÂN THÔN ĐÔNG NHIỆM KỲ 2025-2030"


@pytest.mark.parametrize("lines", [
    [(1, "TIN TỨC"), (2, "HỘI NGHỊ SƠ KẾT CÔNG TÁC XÂY DỰNG ĐẢNG")],  # a section label of two words
    [(1, "THÔNG BÁO"), (2, "LỊCH TIẾP CÔNG DÂN CỦA BÍ THƯ ĐẢNG ỦY")],
    [(1, "TIN"), (2, "HỘI NGHỊ SƠ KẾT CÔNG TÁC XÂY DỰNG ĐẢNG")],  # a one-syllable label
    [(1, "ẢNH"), (2, "HỘI NGHỊ SƠ KẾT CÔNG TÁC XÂY DỰNG ĐẢNG")],
    [(1, "VIDEO"), (2, "HỘI NGHỊ SƠ KẾT CÔNG TÁC XÂY DỰNG ĐẢNG")],  # an English label: no syllable of ours
    [(1, "MENU"), (2, "TRANG CHỦ GIỚI THIỆU TIN TỨC")],
    [(1, "đại"), (2, "HỘI CHI BỘ THÔN ĐÔNG NHIỆM KỲ 2025-2027")],  # small letters
    [(1, "Đại"), (2, "hội chi bộ thôn Đông nhiệm kỳ 2025-2027")],
    [(1, "ĐẠI"), (2, "")],
    [(1, "ĐẠI"), (3, "HỘI CHI BỘ THÔN ĐÔNG NHIỆM KỲ 2025-2027")],  # a blank line between
    [(1, "ĐẠI"), (2, "HỘI CHI")],  # too short to carry a headline on
    [(1, "ĐẠI"), (2, "HỘI CHI BỘ THÔN ĐÔNG NĂM 2025:")],  # a kicker
    [(1, "V"), (2, "HỘI CHI BỘ THÔN ĐÔNG NHIỆM KỲ 2025-2027")],  # a lone capital: a drop capital's
    [(1, "I."), (2, "TIN TỨC TRONG NƯỚC VÀ QUỐC TẾ")],
    [(1, "GƯƠNG SÁNG HỌC TẬP VÀ LÀM THEO"), (2, "BÁC"), (3, "HỒ CHÍ MINH Ở XÃ ĐÔNG")],  # inside a block
])
def test_a_label_a_small_word_or_a_block_line_stays(lines):
    assert join_lone_head_word(lines) == lines


def test_a_lone_word_far_below_the_top_stays():
    lines = [(n, f"Dòng số {n} của trang") for n in range(1, 7)] + [(7, "ĐẠI"), (8, "HỘI CHI BỘ THÔN ĐÔNG NHIỆM KỲ 2025")]
    assert join_lone_head_word(lines) == lines


@pytest.mark.parametrize("label", ["TIN TỨC", "THÔNG BÁO", "TIN", "VIDEO"])
def test_a_section_label_over_a_capitals_headline_stays_a_label(label):
    body = label + "\n\nHỘI NGHỊ SƠ KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2025\n\n" + LEAD + "\n"
    assert fields_of(body)["title"] == "HỘI NGHỊ SƠ KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2025"


# ---------------------------------------------------------------- a hard-wrapped text under the headline

def test_a_hard_wrapped_paragraph_is_no_headline():
    texts = ["HỘI NGHỊ SƠ KẾT CÔNG TÁC XÂY DỰNG ĐẢNG", *WRAPPED]
    assert wrapped_prose(texts, list(range(1, 6)), [0, 1, 2]) == {1, 2}
    head = "Hội nghị sơ kết công tác xây dựng Đảng năm 2025"
    assert fields_of(head + "\n" + "\n".join(WRAPPED) + "\n")["title"] == head


@pytest.mark.parametrize("under", [
    "bởi admin",  # a short credit in small letters
    "lúc 10:00 ngày 14/03/2025 bởi quản trị viên trang",  # a date line's words
    "Sáng ngày 14/3, chi hội nông dân thôn Đông đã tổ chức đại hội nhiệm kỳ mới",  # a capital: a new line
])
def test_a_headline_over_a_line_that_does_not_carry_it_on_stays_a_candidate(under):
    texts = ["Hội nghị sơ kết công tác xây dựng Đảng năm 2025 của xã", under]
    assert wrapped_prose(texts, [1, 2], [0, 1]) == set()


@pytest.mark.parametrize("texts, numbers", [
    (["Hội nghị sơ kết công tác xây dựng Đảng năm 2025.", WRAPPED[1]], [1, 2]),  # closed by a full stop
    (["Hội nghị sơ kết:", WRAPPED[1]], [1, 2]),  # a few words
    (["HỘI NGHỊ SƠ KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2025", WRAPPED[1]], [1, 2]),  # a capitals headline
    ([WRAPPED[0], WRAPPED[1]], [1, 3]),  # a blank line between
])
def test_a_closed_line_a_capitals_line_or_a_gap_is_no_wrap(texts, numbers):
    assert wrapped_prose(texts, numbers, [0, 1]) == set()
