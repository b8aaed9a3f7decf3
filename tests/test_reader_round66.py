"""Round 66 (holdout 65's kinds), on made-up text: the page's date and time in brackets closing the headline,
in either order and however set apart, is the publication date and leaves the title (read/headline.py); a
line ending in a footnote's mark under a headline is its subtitle, never the title (read/footnote_subtitles.py);
a writer alone on the last line over a table's bars and a view counter whose number stands on the next line
is the byline (read/byline_slots.end_byline, read/chrome.py's counters).
"""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.footnote_subtitles import footnote_subtitles
from archive.read.note_marks import note_marked
from archive.read.headline import clean_headline
from made_up_pastes import HEAD, LEAD, MORE, fields_of

# 1. A bracketed time and date at the headline's end.
REPORT = "Hội nghị sơ kết công tác dân vận quý I/2023"


@pytest.mark.parametrize("stamp", [
    "(08:45 12/04/2023)",  # the time first
    "(12/04/2023 08:45)",
    "(12/04/2023 - 08:45)",
    "(08:45, 12-04-2023)",
    "[08:45 12/04/2023]",
    "( 12/04/2023 | 08:45 )",
])
def test_a_bracketed_time_and_date_closing_the_headline_dates_the_page(stamp: str) -> None:
    found = fields_of(f"{REPORT} {stamp}\n\n{LEAD}\n\n{MORE}\n")
    assert (found["title"], found["date"]) == (REPORT, dt.date(2023, 4, 12))


@pytest.mark.parametrize("headline", [
    "Hội nghị sơ kết công tác dân vận quý I/2023",  # a quarter: the headline's sense
    "Kế hoạch phát triển đảng viên giai đoạn (2021-2025)",  # a range of years
    "Ký ức người lính Trường Sơn (kỳ 2)",  # a part
    "Triển khai Kế hoạch phòng chống thiên tai (số 12/2023)",  # a document's number
    "Buổi sinh hoạt chuyên đề lúc (08:45)",  # a time with no date
])
def test_a_bracket_that_is_part_of_the_headline_stays(headline: str) -> None:
    assert clean_headline(headline) == (headline, None)
    assert fields_of(f"{headline}\n\n{LEAD}\n\n{MORE}\n")["title"] == headline


# 2. A line ending in a footnote's mark under a headline.
SHORT_CAPS = "QUÀ TẶNG MÙA XUÂN"
CAPS_SUB = "CUỘC THI VIẾT VỀ NGÀNH GIÁO DỤC TỈNH NHÀ"
SUBTITLE = "Cuộc thi viết về những tấm gương bình dị trong ngành giáo dục"


@pytest.mark.parametrize("mark", ["[1]", "(*)", "(2)", "¹", " *", "*"])
def test_a_capitals_subtitle_with_a_footnote_mark_leaves_the_short_capitals_headline_the_title(mark: str) -> None:
    found = fields_of(f"{SHORT_CAPS}\n\n{CAPS_SUB}{mark}\n\n{LEAD}\n\n{MORE}\n")
    assert found["title"] == SHORT_CAPS


@pytest.mark.parametrize("mark", ["[1]", "(*)", "²"])
def test_a_marked_subtitle_under_a_headline_is_no_title(mark: str) -> None:
    found = fields_of(f"{HEAD}\n\n{SUBTITLE}{mark}\n\n{LEAD}\n\n{MORE}\n")
    assert found["title"] == HEAD


@pytest.mark.parametrize("between", ["Nhóm PV", "PV", "Minh Anh"])
def test_a_short_credit_between_the_headline_and_its_marked_subtitle_changes_nothing(between: str) -> None:
    found = fields_of(f"{SHORT_CAPS}\n\n{between}\n\n{CAPS_SUB}[1]\n\n{LEAD}\n\n{MORE}\n")
    assert found["title"] == SHORT_CAPS


def test_the_marked_line_over_a_short_capitals_line_is_still_the_headline() -> None:
    """The other order: nothing stands over the marked line, so it may be the headline, its mark cut."""
    found = fields_of(f"{CAPS_SUB}[1]\n\n{SHORT_CAPS}\n\n{LEAD}\n\n{MORE}\n")
    assert found["title"] == CAPS_SUB


@pytest.mark.parametrize("over", [
    "Tin tức sự kiện",  # a section's name over the marked headline
    "TIN TỨC - SỰ KIỆN",
    "Hoạt động Đảng bộ",
    "Quà tặng mùa xuân",  # a short line in small letters over it: no capitals block
])
def test_a_marked_headline_under_a_label_stays_the_title(over: str) -> None:
    found = fields_of(f"{over}\n\n{HEAD}(*)\n\n{LEAD}\n\n{MORE}\n")
    assert found["title"] == HEAD


def test_a_capitals_kicker_over_a_plain_capitals_headline_is_weighed_as_before() -> None:
    found = fields_of(f"HỌC TẬP VÀ LÀM THEO\n\n{HEAD.upper()}\n\n{LEAD}\n\n{MORE}\n")
    assert found["title"] == HEAD.upper()


@pytest.mark.parametrize(("text", "marked"), [
    ("Cuộc thi viết về ngành giáo dục[1]", True),
    ("Cuộc thi viết về ngành giáo dục(*)", True),
    ("Cuộc thi viết về ngành giáo dục³", True),
    ("Cuộc thi viết về ngành giáo dục *", True),
    ("Cuộc thi viết về ngành giáo dục*", True),
    ("Cuộc thi viết về *ngành giáo dục*", False),  # emphasis
    ("Kỳ họp thứ hai (2)", False),  # spaced: a part's number
    ("Cuộc thi viết về ngành giáo dục năm 2023", False),
])
def test_a_footnote_mark_closes_the_line(text: str, marked: bool) -> None:
    assert note_marked(text) is marked


def test_only_a_marked_line_under_an_unmarked_headline_is_set_aside() -> None:
    texts = [SHORT_CAPS, f"{CAPS_SUB}[1]", f"{CAPS_SUB}[2]", HEAD, f"{SUBTITLE}(*)"]
    assert footnote_subtitles(texts, [0, 1]) == {1}
    assert footnote_subtitles(texts, [1, 2]) == set()  # marked over marked
    assert footnote_subtitles(texts, [3, 4]) == {4}
    assert footnote_subtitles(texts, [4, 3]) == {4}  # the pool in any order
    assert footnote_subtitles(texts, [1]) == set()  # nothing over it
    assert footnote_subtitles([*texts, "Nhóm PV"], [0, 5, 1]) == {1}  # a two-word credit between is passed over


# 3. A writer alone at the end, then a table's bars and a view counter split over two lines.
WRITER = "Minh Anh"


@pytest.mark.parametrize("tail", [
    ["|", "|", "Số lượt người xem:", "2045", "|"],
    ["Số lượt người xem:", "2045"],
    ["Lượt xem:", "2045", "|", "|", "|", "|", "|", "|", "|", "|"],  # bars by the dozen
    ["|"] * 12,
    ["|", "|", "Số lượt xem:", "87", "|", "|", "|", "|", "|", "|"],
])
def test_a_writer_over_bars_and_a_split_counter_is_the_byline(tail: list[str]) -> None:
    found = fields_of(f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{WRITER}\n" + "\n".join(tail))
    assert found["author"] == WRITER


def test_bars_and_a_counter_under_a_paragraph_invent_no_byline() -> None:
    found = fields_of(f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n" + "\n".join(["|", "|", "Số lượt người xem:", "2045", "|"]))
    assert found["author"] == ""
