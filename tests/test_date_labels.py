"""The words of a date line's label stand once (text/date_labels.py); the rules that read date lines
build their patterns from them: spellings with and without tone marks, openers and closers, and
near-misses that are no label."""
import re

import pytest

from archive.read.candidates import date_candidate
from archive.read.clock_lines import clock_stamp
from archive.read.event_headlines import PUBLISHED
from archive.read.furniture import is_info_field, not_headlines
from archive.read.labelled_glued_dates import labelled_glued_date
from archive.read.dotted_fields import bar_dotted_fields
from archive.read.info_rows import _LABEL as _FIELD_START
from archive.text.date_labels import DATE_FIELD_LABELS, LABEL_WORDS, POSTING_WORDS, UPDATE_WORDS, either, label_pattern
from archive.text.published_dates import posting_label, published_part, update_label

_LABEL = re.compile(label_pattern(), re.IGNORECASE)
_LEAD = "Ngày 14/03/2024, Mạng lưới các trường học xanh đã họp tại Hà Nội để bàn kế hoạch."
_FOLDED_LABEL = re.compile(label_pattern(folded=True), re.IGNORECASE)


def test_the_list_is_the_update_then_the_posting():
    assert LABEL_WORDS == (*UPDATE_WORDS, *POSTING_WORDS)


@pytest.mark.parametrize("label", [
    "Ngày đăng", "Đăng ngày", "Cập nhật lúc", "Ngày cập nhật", "Cập nhập", "Thời gian xuất bản", "XUẤT BẢN"])
def test_a_label_with_its_tone_marks_is_read_whole(label):
    assert _LABEL.fullmatch(label)


@pytest.mark.parametrize("label", ["Ngay dang", "Cap nhat luc", "thoi gian xuat ban", "Dang ngay"])
def test_a_label_typed_without_tone_marks_asks_the_folded_forms(label):
    assert _FOLDED_LABEL.fullmatch(label)
    assert not _LABEL.fullmatch(label)


@pytest.mark.parametrize("text", ["Đảng ngày", "Ngày hội", "Lúc cập", "Thời sự"])
def test_near_misses_are_no_label(text):
    assert not _FOLDED_LABEL.fullmatch(text)


def test_spaced_words_take_any_run_of_spaces():
    assert re.fullmatch(either(UPDATE_WORDS, spaced=True), "cập   nhật")
    assert not re.fullmatch(either(UPDATE_WORDS), "cập   nhật")


@pytest.mark.parametrize("line", ["Cập nhật: 16/05/2025 08:00", "Published 16/05/2025 08:00", "Xuất bản 16/05/2025"])
def test_the_date_line_rules_know_the_labels(line):
    assert PUBLISHED.search(line)
    assert date_candidate(0, 1, line) is not None


@pytest.mark.parametrize("text, label", [
    ("Ngày cập nhật: 14-03-2024", "Ngày cập nhật: 14-03-2024"),
    ("Cap nhat luc: 14-03-2024", "Cap nhat luc: 14-03-2024"),
    ("Thời gian xuất bản 14-03-2024", "Thời gian xuất bản 14-03-2024"),
])
def test_a_labelled_date_glued_to_the_lead_is_split_at_its_label(text, label):
    found = labelled_glued_date(text + _LEAD)
    assert found is not None and found.group(1) == label


def test_a_near_miss_glued_before_the_date_is_no_label():
    assert labelled_glued_date("Đảng bộ: 14-03-2024" + _LEAD) is None


def test_the_posted_part_follows_an_update_printed_first():
    line = "Cập   nhật: 24/08/2015 10:30 | Đăng ngày: 20/08/2015 07:00"
    assert published_part(line).startswith("Đăng ngày")


@pytest.mark.parametrize("label", [*DATE_FIELD_LABELS, "Ngày xuất bản"])
def test_a_dotted_row_is_barred_at_each_date_field_label(label):
    row = f"Tác giả: Viết Trung .{label}: 16/03/2022 .Lượt xem: 679 lượt."
    assert bar_dotted_fields(row) == f"Tác giả: Viết Trung | {label}: 16/03/2022 | Lượt xem: 679 lượt"


@pytest.mark.parametrize("label", DATE_FIELD_LABELS)
def test_an_info_row_knows_each_date_field_label(label):
    row = f"Tác giả: Mai | {label}: 16/03/2022"
    assert _FIELD_START.search(row, 14).start() == row.index(label)


@pytest.mark.parametrize("row", ["Tác giả: Mai | Ngày hội: 16/03/2022", "Tác giả: Mai | Ngày đăngký: 16/03/2022"])
def test_a_near_miss_is_no_date_field_label(row):
    assert _FIELD_START.search(row, 14) is None


def test_a_date_field_label_in_small_letters_is_words_of_a_sentence():
    row = "Tác giả: Viết Trung .ngày xuất bản: 16/03/2022 .lượt xem: 679 lượt."
    assert bar_dotted_fields(row) == row


@pytest.mark.parametrize("label", ["Ngày đăng:", "Đăng lúc", "ĐĂNG NGÀY", "Xuất   bản:", "Thời gian xuất bản", "Ngày tạo:"])
def test_the_posting_label_is_built_from_the_posting_words(label):
    # published_dates._POSTED: POSTING_WORDS any run of spaces apart, then its widenings.
    assert posting_label(label)
    assert not update_label(label)


@pytest.mark.parametrize("text", ["Đăng nhập", "đăng  ký", "Đăng kí tài khoản", "Đảng ủy", "Xuất khẩu", "Lượt xem:"])
def test_an_account_button_or_another_word_is_no_posting_label(text):
    assert not posting_label(text)


@pytest.mark.parametrize("line", ["Ngày đăng :", "Cập nhập lúc:", "Thời gian xuất bản:", "Ngay cap nhat:",
                                  "CẬT NHẬP:", "Cập nhật lần cuối:", "Được đăng ngày:", "Đăng lúc:", "Xuất bản ngày:"])
def test_an_empty_date_field_is_furniture_in_every_spelling_of_its_label(line):
    # furniture._FIELDS: the label from date_labels.held_label_pattern, widened by two longer labels.
    assert is_info_field(line)


@pytest.mark.parametrize("line", ["Đăng nhập:", "Đăng ký:", "Ngày hội:", "Cập nhật: 16/05/2025", "Ngày đăng tin vui:",
                                  # a bare posting word folds to a word of the text: "Đảng:" heads a line of it
                                  "Đảng:", "Đăng:", "Xuất bản:"])
def test_a_button_another_field_or_a_filled_date_field_is_no_empty_date_field(line):
    assert not is_info_field(line)


@pytest.mark.parametrize("field", [*DATE_FIELD_LABELS, "ĐƯỢC ĐĂNG", "đăng ngày"])
def test_a_date_field_under_the_headline_is_no_headline(field):
    # furniture._FIELD_LABEL: the date's field labels come from DATE_FIELD_LABELS.
    texts = ["Tỉnh khánh thành cầu mới nối hai huyện", f"{field}: 06-12-2018; 192 lần đọc"]
    assert 1 in not_headlines(texts, [0, 1], set())


@pytest.mark.parametrize("line", ["Đăng ngày hội làng cho thanh niên", "Được đăng cai giải đấu: tỉnh vui mừng"])
def test_a_headline_opened_by_the_label_words_without_its_colon_stays(line):
    assert 1 not in not_headlines(["Tin mới", line], [0, 1], set())


@pytest.mark.parametrize("line", ["Cập nhật lúc: 08:00 12/03/2024", "Ngày xuất bản: 25/11/2021 12:36:08 CH",
                                  "• Thời gian đăng: 22/07/2020 10:02:18 AM", "Cập nhập: 12/03/2024", "Đăng ngày 12/03/2024"])
def test_a_labelled_date_alone_is_a_clock_stamp_in_every_spelling_of_its_label(line):
    # clock_lines._AROUND: the label from date_labels.label_pattern, folded.
    assert clock_stamp(line)


@pytest.mark.parametrize("line", ["Đăng ký 12/03/2024", "Hà Nội, 12/03/2024", "Thời gian 12/03/2024 tới",
                                  "Xuất khẩu 12/03/2024"])
def test_a_date_with_another_word_is_no_clock_stamp(line):
    assert not clock_stamp(line)
