import unicodedata

import pytest

from archive.text.normalize import clean_line, clean_text, fold, fold_with_offsets, folded_line, heading_anchor, slug


def test_clean_text_makes_nfc_and_fixes_lookalike_eth():
    nfd = unicodedata.normalize("NFD", "Ðảng ðoàn tổ chức")
    assert clean_text(nfd) == "Đảng đoàn tổ chức"
    assert unicodedata.is_normalized("NFC", clean_text(nfd))


def test_clean_text_unifies_line_endings_and_spaces():
    assert clean_text("a\r\nb\rc\u00a0d\u200be") == "a\nb\nc de"
    assert clean_line("  Từ quyết tâm\u00a0  đến  ") == "Từ quyết tâm đến"


@pytest.mark.parametrize("text, folded", [
    ("Ủy ban", "uy ban"), ("Uỷ ban", "uy ban"), ("tổ chức xây dựng Đảng", "to chuc xay dung dang"),
    ("chạy chức, chạy quyền", "chay chuc, chay quyen"), ("hòa hoà", "hoa hoa"), ("ĐẮK LẮK", "dak lak"),
])
def test_fold(text, folded):
    assert fold(text) == folded


def test_fold_reads_every_character_as_the_per_character_table_does():
    # fold() looks the common characters up in a table made ahead (a tuple by code point) and
    # the rest in the lazy table: both must give each character's own fold, in every position.
    every = "".join(map(chr, range(1, 0x3000)))
    assert fold(every) == "".join(fold_with_offsets(ch)[0] for ch in every)
    for text in ("Đảng ủy", "Đảng ủy \u4e2d\u6587 Hội", "\u3000Ủy", "\uff21\u01c4\u0130 x", "\u2fff\u3000"):
        assert fold(text) == fold_with_offsets(text)[0]
    assert fold("\u01c4") == "\u01c6" and fold("\u0130") == "i" and fold("Đ\u3000Ễ") == "d\u3000e"


def test_fold_with_offsets_maps_back_to_original():
    text = "Quy định 205-QĐ/TW"
    folded, origin = fold_with_offsets(text)
    at = folded.index("205-qd/tw")
    assert text[origin[at]:origin[at + len("205-qd/tw") - 1] + 1] == "205-QĐ/TW"


def test_slug_is_ascii_and_keeps_word_order():
    assert slug("Kiểm soát chặt chẽ việc thực hiện các khâu", 30) == "kiem-soat-chat-che-viec-thuc"
    assert slug("Đảng bộ Đắk Lắk") == "dang-bo-dak-lak"


@pytest.mark.parametrize("heading, anchor", [
    ("Văn bản được nhắc đến", "van-ban-duoc-nhac-den"),
    ("Đẩy mạnh “chuyển đổi số” ở Kon Tum", "day-manh-chuyen-doi-so-o-kon-tum"),
    ("Quy định 205-QĐ/TW (2019)", "quy-dinh-205-qd-tw-2019"),
    ("★★★", ""),  # Python-Markdown's toc then makes it "_1", as for any empty id
])
def test_heading_anchor_keeps_every_letter_folded(heading, anchor):
    assert heading_anchor(heading) == anchor
    assert heading_anchor(heading, "_") == anchor.replace("-", "_")



@pytest.mark.parametrize("text, line", [
    ("Trang  Chủ ", "trang chu"), ("TRANG\tCHỦ", "trang chu"), ("  Bộ Nội vụ\n", "bo noi vu"), ("", ""),
])
def test_folded_line_folds_and_squashes_whitespace(text, line):
    assert folded_line(text) == line
