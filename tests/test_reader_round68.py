"""Round 68: what holdout 67 showed once, as a kind (made-up pastes, near-misses beside each case).

A paste that keeps its page's source line breaks cuts the headline at a width as it cuts every paragraph:
the headline's lines go on in small letters, or an anniversary's headline breaks before its span in
brackets. In such a paste the wrapped headline is one title. A headline in a paste wrapped nowhere else, a
wrapped lead closed by a full stop, a source tag or a date line under the headline stay as they were. Round 68's
own joiner (read/wrapped_headlines.py) is folded into read/source_wraps.py, which joins every wrap of such a
paste: its cases and near-misses are checked against that one joiner, the head's lines of each near-miss
staying as they are (the lead's wraps under them are joined as a paragraph's).
"""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.slugs import named_by_slug, slug_words
from archive.read.source_wraps import join_source_wraps
from made_up_pastes import LEAD, MORE, fields_of, numbered_lines
from test_conventions28 import BODY, cut

# A lead and a paragraph as a source-wrapped paste prints them: cut mid-phrase, going on in small letters.
WRAPPED_LEAD = ("Chiều 14/3/2025, Đoàn Thanh niên xã Phước Lâm tổ chức hội nghị tổng kết công\n"
                "tác Đoàn và phong trào thanh thiếu nhi năm 2024, triển khai nhiệm vụ năm 2025 với\n"
                "sự tham dự của các đồng chí trong Ban Thường vụ Đảng ủy xã.\n"
                "Phát biểu tại hội nghị, đồng chí Bí thư Đảng ủy xã ghi nhận những kết quả mà tuổi\n"
                "trẻ xã đã đạt được trong năm qua, đề nghị các chi đoàn tiếp tục đổi mới nội dung\n"
                "sinh hoạt, phát huy vai trò xung kích của đoàn viên.\n")

HEADLINE_LINES = ["Hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2024, triển khai",
                  "phương hướng nhiệm vụ năm 2025 gắn với chương trình \"Tháng Thanh niên xanh",
                  "và tình nguyện\" của tuổi trẻ xã Phước Lâm"]
ANNIVERSARY_LINES = ["Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam",
                     "(3/2/1930 - 3/2/2025) tại Đảng bộ xã Phước Lâm"]


@pytest.mark.parametrize("headline", [HEADLINE_LINES, ANNIVERSARY_LINES, HEADLINE_LINES[:2] + ["năm 2025"]])
def test_a_headline_wrapped_like_its_paste_is_one_title(headline: list[str]) -> None:
    found = fields_of("\n".join(headline) + "\n" + WRAPPED_LEAD)
    assert found["title"] == " ".join(headline)


def test_a_wrapped_headline_over_a_blank_line_is_one_title_too() -> None:
    found = fields_of("\n".join(ANNIVERSARY_LINES) + "\n\n" + WRAPPED_LEAD)
    assert found["title"] == " ".join(ANNIVERSARY_LINES)


def test_the_lead_under_a_wrapped_headline_keeps_its_date_line_apart() -> None:
    found = fields_of("\n".join(HEADLINE_LINES) + "\nCập nhật 15/03/2025\n" + WRAPPED_LEAD)
    assert (found["title"], found["date"]) == (" ".join(HEADLINE_LINES), dt.date(2025, 3, 15))


def _joined(*texts: str) -> list[str]:
    return [text for _, text in join_source_wraps(numbered_lines(*texts)) if text]


WRAPPED_BELOW = WRAPPED_LEAD.rstrip("\n").split("\n")


def _head(*texts: str) -> list[str]:
    """The lines of `texts` over the wrapped lead, as the joiner leaves them."""
    below = len(WRAPPED_BELOW) if list(texts[-len(WRAPPED_BELOW):]) == WRAPPED_BELOW else 0
    return _joined(*texts)[:len(texts) - below]


@pytest.mark.parametrize("texts", [
    # the paste is wrapped nowhere else: its paragraphs stand whole (the headline wrapped once)
    (*HEADLINE_LINES[:2], LEAD, MORE),
    # a source tag, not an anniversary's span, opens the line under the headline
    (ANNIVERSARY_LINES[0], "(PTV) - Sáng 3/2, Đảng bộ xã Phước Lâm tổ chức lễ kỷ niệm 95 năm Ngày thành", *WRAPPED_BELOW),
    # a byline and a date line in small letters under the headline
    (ANNIVERSARY_LINES[0], "bởi admin", *WRAPPED_BELOW),
    (ANNIVERSARY_LINES[0], "admin", *WRAPPED_BELOW),  # a site account, no Vietnamese word
    (ANNIVERSARY_LINES[0], "eMagazine", *WRAPPED_BELOW),  # a format's label
    (ANNIVERSARY_LINES[0], "đăng lúc 10:00 ngày 12/3/2025", *WRAPPED_BELOW),
    # a breadcrumb ending in the headline, printed under it from a small letter
    ("Trang chủ > Tin tức > kỷ niệm 95 năm Ngày thành lập Đảng bộ xã", "kỷ niệm 95 năm Ngày thành lập Đảng bộ xã",
     *WRAPPED_BELOW),
    # a place's masthead in title case over a headline that opens in a small letter
    ("Phước Lâm Quê Hương", "kỷ niệm 95 năm Ngày thành lập Đảng bộ xã", *WRAPPED_BELOW),
])
def test_near_misses_stay_as_they_are(texts: tuple[str, ...]) -> None:
    head = [text for text in texts[:len(texts) - len(WRAPPED_BELOW)] if text] if texts[-1] == WRAPPED_BELOW[-1] \
        and len(texts) > len(WRAPPED_BELOW) else [text for text in texts if text]
    assert _head(*texts)[:len(head)] == head


def test_a_wrapped_lead_closed_by_a_full_stop_joins_as_paragraphs_only() -> None:
    """No headline over it: its wraps join into its two paragraphs, each closing its sentence, none cut apart."""
    assert _joined(*WRAPPED_BELOW) == [" ".join(WRAPPED_BELOW[:3]), " ".join(WRAPPED_BELOW[3:])]


def test_a_headline_wrapped_twice_keeps_its_source_s_breaks_itself() -> None:
    """Round 68 left a three-line headline over whole paragraphs apart (its count of wraps looked below the
    head only); the one count of a source-wrapped paste counts the headline's own two wraps, and conventions
    round 28's joiner read it whole before the fold too."""
    assert _joined(*HEADLINE_LINES, LEAD, MORE) == [" ".join(HEADLINE_LINES), LEAD, MORE]


CAPITALS_HEAD = ("VÀI NÉT LỊCH SỬ VỀ GIÁO XỨ PHƯỚC LÂM", "Phước Lâm là giáo xứ duy nhất của giáo hạt nằm trong nội",
                 "thành của thị xã, với số giáo dân khoảng 1.900 người, sống rải rác trên tám họ đạo",
                 "là Phước Lâm, Ngọc Hà, Kim Sơn, Ngọc", "Động, Xuân Hòa và Đề Thám.")


def test_a_wrapped_lead_under_a_capitals_headline_is_no_part_of_it() -> None:
    """The headline in capitals stands alone; the lead's wraps join as a paragraph's, its wrap before a
    name's capital ("Ngọc" / "Động") left apart (the width did not cut it)."""
    out = _joined(*CAPITALS_HEAD, *WRAPPED_BELOW)
    assert out[0] == CAPITALS_HEAD[0] and out[2] == CAPITALS_HEAD[4]
    assert out[1] == " ".join(CAPITALS_HEAD[1:4])


@pytest.mark.parametrize("texts", [
    # the run ends with a comma: a part, not a whole headline
    (HEADLINE_LINES[0], "phương hướng nhiệm vụ năm 2025,", "Ban Thường vụ Đảng ủy xã dự", *WRAPPED_BELOW),
    # the run goes on past a headline's length: a paragraph. The reader takes it as the title, as it did
    # before the fold (conventions round 28's joiner ran first and joined it): a known miss, kept in sight
    pytest.param((HEADLINE_LINES[0], *[HEADLINE_LINES[1].lower()] * 4, "Sáng nay", *WRAPPED_BELOW),
                 marks=pytest.mark.xfail(strict=True, reason="a run past a headline's length is read as the title")),
])
def test_a_run_no_headline_is_not_read_as_the_title(texts: tuple[str, ...]) -> None:
    """The one joiner joins every wrap, these runs too (a paragraph's); round 68's guards (a run ending in a
    comma, one longer than a headline) kept them from the title, and the title is still not the run."""
    run = _joined(*texts)[0]
    assert run.startswith(HEADLINE_LINES[0] + " ") and fields_of("\n".join(texts))["title"] != run


def test_the_rule_joins_the_run_into_its_first_line_and_blanks_the_rest() -> None:
    out = join_source_wraps(numbered_lines(*HEADLINE_LINES, *WRAPPED_BELOW))
    assert out[0] == (1, " ".join(HEADLINE_LINES))
    assert out[1:3] == [(2, ""), (3, "")]
    assert out[3] == (4, " ".join(WRAPPED_BELOW[:3]))  # the lead's own wraps join as a paragraph's


LOWER_HEADLINE = "kỷ niệm 95 năm Ngày thành lập Đảng bộ xã Phước Lâm"


def test_a_line_over_a_headline_in_small_letters_that_the_slug_names_is_no_wrap() -> None:
    """A site's editor typed the headline in small letters; a menu or a tagline stands over it."""
    url = "https://example.gov.vn/tin-tuc/ky-niem-95-nam-ngay-thanh-lap-dang-bo-xa-phuoc-lam.aspx"
    for over in ("Trang chủ Thời sự Chính trị Kinh tế Xã hội Văn hóa", "Trang thông tin tổng hợp - cập nhật hằng ngày"):
        out = join_source_wraps(numbered_lines(over, LOWER_HEADLINE, *WRAPPED_BELOW), url)
        assert [text for _, text in out[:2]] == [over, LOWER_HEADLINE]


def test_a_slug_spelling_the_whole_wrapped_headline_still_joins_it() -> None:
    url = "https://example.gov.vn/tin/hoi-nghi-tong-ket-cong-tac-doan-va-phong-trao-thanh-thieu-nhi-nam-2024-trien-khai"
    out = join_source_wraps(numbered_lines(*HEADLINE_LINES, *WRAPPED_BELOW), url)
    assert out[0] == (1, " ".join(HEADLINE_LINES))


def test_a_headline_s_line_in_small_letters_the_width_cut_over_still_joins_though_the_slug_names_it() -> None:
    """The slug's guard keeps a headline of its own apart under a line the width did not cut (a menu, a
    tagline); under a headline's first line the paste's width cut, the line the slug names goes on it."""
    url = "https://example.gov.vn/tin-tuc/ky-niem-95-nam-ngay-thanh-lap-dang-bo-xa-phuoc-lam.aspx"
    lines = cut("Phước Lâm tổ chức lễ mít tinh, trưng bày hình ảnh chào mừng " + LOWER_HEADLINE)
    slug = slug_words(url)
    assert lines[1] == LOWER_HEADLINE and named_by_slug(lines[1], slug) and not named_by_slug(" ".join(lines), slug)
    out = join_source_wraps(numbered_lines(*lines, *BODY), url)
    assert out[0] == (1, " ".join(lines))
