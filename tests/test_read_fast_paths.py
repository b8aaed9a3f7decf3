"""The reader's quick refusals (a pattern tried only where it can match) decide what the
full patterns decided. Made-up lines in the style of pasted pages."""
import re

import pytest

from archive.read import dated_links, sources
from archive.read.bylines import is_foreign_label
from archive.text.dates import YEAR as _YEAR
from archive.read.chrome import _opens_with_identifier, is_breadcrumb, is_stop_line
from archive.text.normalize import tone_key


@pytest.mark.parametrize("line, stop", [
    ("Ý kiến bạn đọc (0)", True), ("Bình luận (12) ", True), ("Tin liên quan:", True),
    ("Bình luận (12) và trả lời", False), ("Hội nghị lần thứ (3)", False), ("Ý kiến bạn đọc", True),
])
def test_a_count_closing_a_footer_label_is_still_read(line, stop):
    assert is_stop_line(line) is stop


@pytest.mark.parametrize("line, crumb", [
    ("Trang chủ > Xây dựng Đảng", True), ("Tin tức » Sự kiện » Hoạt động", True),
    ("Trang chủ › Tin tức", True), ("Tin tức / Sự kiện / Hoạt động", True),
    ("Đảng bộ xã tổng kết công tác năm 2024", False), ("Quy định 205-QĐ/TW về công tác cán bộ", False),
    ("Trang chủ>Xây dựng Đảng", False),
])
def test_a_line_without_an_arrow_or_a_slash_is_never_a_breadcrumb(line, crumb):
    assert is_breadcrumb(line) is crumb


def test_a_program_identifier_opens_a_line_of_fifteen_words_at_most():
    opening = "menu_WAR_vienkiemsatportlet_INSTANCE_x"
    assert _opens_with_identifier(" ".join([opening] + ["chữ"] * 14))
    assert not _opens_with_identifier(" ".join([opening] + ["chữ"] * 15))
    assert _opens_with_identifier("KhoaAliasPlainTextWebPart - Dữ liệu")
    assert not _opens_with_identifier("trênGoogle tìm kiếm")


@pytest.mark.parametrize("text", ["năm 2012, ngày 17/1/2012", "12019 20199 1899 2100", "x1999y", "19192020",
                                  "1920 a1990 b2001", "٣2019", "2", "", "sau 30 năm (1994-2024)"])
def test_the_years_a_text_names_are_the_plain_patterns(text):
    plain = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
    assert [m.group() for m in _YEAR.finditer(text)] == [m.group() for m in plain.finditer(text)]


@pytest.mark.parametrize("text, foreign", [
    ("Skip to main content", True), ("Skip Ribbon Commands", True), ("Bỏ qua nội dung chính", False),
    ("Bo qua noi dung chinh", False), ("Home", False), ("Trang chủ English", False),
])
def test_a_foreign_label_is_ascii_and_half_its_words_no_vietnamese_syllable(text, foreign):
    assert is_foreign_label(text) is foreign


def test_a_masthead_words_key_is_the_plain_tone_key():
    for word in ("Ủy", "Uỷ", "hoà", "Sở", "Số", "ĐẢNG"):
        assert sources.tone_key(word) == tone_key(word)
    assert sources.tone_key("Ủy") == sources.tone_key("Uỷ") != sources.tone_key("Uy")


def _dated_link_runs_ungated(texts):
    """dated_link_runs as it was before its last-character gate: the full pattern on every line."""
    from_pattern = dated_links._DATED_LINK
    found, run = set(), []
    for at, text in enumerate([*texts, "end"]):
        if not text.strip():
            continue
        if from_pattern.fullmatch(text.strip()):
            run.append(at)
            continue
        if len(run) >= 3:
            found.update(run)
        run = []
    return found


_LINKS = ["Tình hình kinh tế tháng 5 - 23/05/2014    ", "Hội nghị tổng kết công tác năm – 1.6.2014",
          "Khai mạc lớp bồi dưỡng cán bộ —2-6-2014\t", "Giải bóng đá thanh niên xã - ٢٣/٠٥/٢٠١٤",
          "Lễ kỷ niệm ngày thành lập - 23/05/2014."]  # the last: a full stop after the year
_NEAR = ["Tình hình kinh tế tháng 5 23/05/2014", "Hội nghị - 23/05/14", "Ngày 23/05/2014 họp tổng kết",
         "Đại hội Chi bộ - 23/05/2014 (ảnh)", "", "   ", "Tin khác - 23/05/2014 2"]


@pytest.mark.parametrize("texts", [
    _LINKS[:3], _LINKS[:4], _LINKS, [_LINKS[0], "", _LINKS[1], " ", _LINKS[3]], _LINKS[:2] + _NEAR,
    _NEAR, [_LINKS[0], _NEAR[2], _LINKS[1], _LINKS[2], _LINKS[3]], [_LINKS[4]] * 3, [_NEAR[6]] * 3,
])
def test_a_dated_link_line_is_gated_on_its_last_digit_and_finds_what_the_pattern_found(texts):
    assert dated_links.dated_link_runs(texts) == _dated_link_runs_ungated(texts)


def test_a_dated_link_ends_in_any_script_s_digits():
    assert dated_links.dated_link_runs([_LINKS[3]] * 3) == {0, 1, 2}
    assert dated_links.dated_link_runs(_LINKS[:3]) == {0, 1, 2}
    assert dated_links.dated_link_runs([_LINKS[4]] * 3) == set()
