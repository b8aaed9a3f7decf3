"""Surnames matched with their tone marks (issue 13): a word printed with marks is a surname only
with the surname's own marks ("Đỗ", not "Đô"; "Đặng", not "Đảng"; "Lê", not "Lệ"), so a paper's or
a body's name ending on "Thủ Đô" or "Đảng" is no person; a name pasted with no mark at all
("Nguyen Van An") is still matched folded. Every name and paper here is made up."""
import sys
import unicodedata
from pathlib import Path

import pytest

from archive.read.bylines import has_surname, parse_byline, person_name
from archive.text.surnames import is_surname, marked, surname_at_end

sys.path.insert(0, str(Path(__file__).parent))
from made_up_pastes import paste_author  # noqa: E402
from test_conventions_bylines import paste  # noqa: E402

COMMON = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
          "Ngô", "Dương", "Lý", "Đinh", "Trương", "Đào", "Đoàn", "Lương", "Trịnh", "Lưu", "Tạ", "Hà", "Lâm",
          "Phùng", "Mai", "Tô", "Cao", "Kiều", "Nông", "Lò", "Cầm", "Sùng", "Vàng", "Lã", "Mã", "Doãn"]


@pytest.mark.parametrize("surname", COMMON)
def test_a_full_name_opens_on_each_common_surname_with_its_marks(surname):
    name = f"{surname} Văn Khánh"
    assert person_name(name) == name
    assert person_name(name.upper()) == name  # "ĐẶNG VĂN KHÁNH", written in proper case
    assert has_surname(f"{surname} Khánh") and has_surname(f"Minh Khánh {surname}")


# (a word printed with marks, the surname it folds like): look-alikes that are no surname
LOOK_ALIKES = [("Đô", "Đỗ"), ("Đảng", "Đặng"), ("Lệ", "Lê"), ("Nguyên", "Nguyễn"), ("Đình", "Đinh"),
               ("Trường", "Trương"), ("Quân", "Quan"), ("Đạo", "Đào"), ("Vú", "Vũ"), ("Tràn", "Trần"),
               ("Phì", "Phí"), ("Tứ", "Từ"), ("Lâu", "Lầu"), ("Hỗ", "Hồ"), ("Bụi", "Bùi"), ("Lễ", "Lê")]


@pytest.mark.parametrize("word,surname", LOOK_ALIKES)
def test_a_look_alike_printed_with_marks_is_no_surname(word, surname):
    assert is_surname(surname, with_marks=True) and not is_surname(word, with_marks=True)
    assert not is_surname(word.upper(), with_marks=True)
    assert not has_surname(f"Minh {word}") and not has_surname(f"{word} Minh")


@pytest.mark.parametrize("line", ["Sức Khỏe Thủ Đô", "Giao Thông Thủ Đô", "Tuổi Xanh Thủ Đô", "Văn Hóa Cố Đô",
                                  "Niềm Tin Theo Đảng", "Mùa Xuân Dâng Đảng", "SỨC KHỎE THỦ ĐÔ", "MÙA XUÂN DÂNG ĐẢNG",
                                  "Lệ Thủy Quê Tôi", "Thảo Nguyên Xanh Mới"])
def test_a_body_or_paper_ending_on_a_look_alike_is_no_person(line):
    assert person_name(line) == ""
    assert parse_byline(f"Theo {line}") == ()


@pytest.mark.parametrize("n,line", list(enumerate(["Nguồn: Sức Khỏe Thủ Đô", "Theo Giao Thông Thủ Đô",
                                              "Nguồn: Mùa Xuân Dâng Đảng", "Theo Niềm Tin Theo Đảng"])))
def test_a_source_credit_after_the_last_paragraph_names_no_author(n, line):
    assert paste_author(paste(700 + n, end=[line])) == ""


@pytest.mark.parametrize("n,line,expected", [(0, "Đỗ Văn Khánh", "Đỗ Văn Khánh"),
                                             (1, "Theo Đặng Minh Khoa", "Đặng Minh Khoa"),
                                             (2, "Nguồn: Lê Thị Thủy", "Lê Thị Thủy")])
def test_a_source_credit_naming_a_person_still_names_the_author(n, line, expected):
    assert paste_author(paste(710 + n, end=[line])) == expected


def test_ha_is_a_surname_and_ha_noi_a_place():
    """"Hà" is a surname with the same marks as the capital's first word: the list of places, not
    the tones, tells them apart."""
    assert person_name("Hà Văn Thắng") == "Hà Văn Thắng"
    assert person_name("Hà Nội") == "" and parse_byline("Theo Hà Nội Mới") == ()


@pytest.mark.parametrize("name", ["Nguyen Van An", "Tran Thi Binh", "DO VAN HUNG", "Dang Minh Khoa"])
def test_a_name_pasted_without_any_mark_is_matched_folded(name):
    assert person_name(name)
    assert not marked(name.split())


def test_an_unaccented_paper_is_kept_out_by_the_papers_list():
    """Without marks "Đô" and "Đỗ" cannot be told apart: the papers' names still rule these out."""
    assert person_name("Lao Dong Thu Do") == "" and person_name("Xay Dung Dang") == ""


def test_a_name_with_marks_must_carry_its_surnames_own():
    """One word printed with marks marks the name: "Nguyen" beside "Văn" is no surname, as
    "Nguyên" is none."""
    assert surname_at_end(["Nguyễn", "Văn", "An"])
    assert not surname_at_end(["Nguyen", "Văn", "Ân"])
    assert surname_at_end(["Nguyen", "Van", "An"])


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_nfc_and_nfd_text_compare_alike(form):
    assert surname_at_end(unicodedata.normalize(form, "Đỗ Văn Khánh").split())
    assert surname_at_end(unicodedata.normalize(form, "ĐẶNG THỊ HOA").split())
    assert not surname_at_end(unicodedata.normalize(form, "Giao Thông Thủ Đô").split())
    assert not surname_at_end(unicodedata.normalize(form, "NIỀM TIN THEO ĐẢNG").split())


@pytest.mark.parametrize("name", ["Y Thanh Niê Kđăm", "Ksor Phước", "H'Hen Nie", "Rmah Đức"])
def test_the_clan_names_of_the_central_highlands_stay_surnames(name):
    """Spelt many ways ("Niê"/"Nie") and no Vietnamese word folds like them: matched folded."""
    assert person_name(name) == name
