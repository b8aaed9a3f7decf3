"""Round 49 (holdout 48's kinds), on made-up text: a breadcrumb whose crumbs run together and whose
last crumb is the headline cut by an ellipsis, over the headline printed whole, is chrome (no crumb of
it the title); a home link alone is never a title; a theme's clock in words, month first ("Thứ Năm,
Tháng Năm 2, 2024"), reads as 2 May and is treated as the numeric clock is: it loses to a date line
under the headline. (Over an undated page whose text names the same year, only the year could tell
it from a date line: it stays the date, as "Thứ Năm, 02/05/2024" does.)
"""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.cut_crumbs import crumb_lines, cut_copy_over
from archive.text.dates import find_date
from made_up_pastes import fields_of, paragraphs, reading

_HEADLINE = "Hơn hai nghìn người dự lễ hội đua thuyền truyền thống tại xã ven sông"
_TEXT = ("Trong hai ngày cuối tuần, hơn hai nghìn người dân và du khách đã về xã ven sông dự lễ hội đua "
         "thuyền truyền thống, một nét sinh hoạt văn hóa lâu đời của cư dân vùng sông nước nơi đây.\n\n"
         "Ban tổ chức cho biết lễ hội năm nay có mười hai đội thuyền tham gia, đông hơn các năm trước, "
         "và nhiều hoạt động văn hóa, thể thao được tổ chức song song.")


@pytest.mark.parametrize("trail", [
    "Trang ChủTin tứcLễ hội - Sự kiệnHơn hai nghìn người dự lễ hội đua thuyền...",
    "TRANG CHỦTIN TỨCHơn hai nghìn người dự lễ hội đua thuyền truyền thống…",
    "Trang chu Tin tuc Le hoi Hon hai nghin nguoi du le hoi dua thuyen...",
    "Home > Tin tức > Hơn hai nghìn người dự lễ hội ...",
])
def test_a_trail_ending_in_a_cut_copy_of_the_headline_is_chrome(trail):
    assert cut_copy_over(trail, _HEADLINE)
    assert crumb_lines(["", trail, "", _HEADLINE, "", _TEXT]) == {1}
    fields = fields_of(paragraphs(trail, _HEADLINE, "-", _TEXT))
    assert fields["title"] == _HEADLINE


@pytest.mark.parametrize("line,below", [
    ("Trang ChủTin tứcHơn hai nghìn người dự lễ hội", _HEADLINE),  # no ellipsis: not cut
    ("Hơn hai nghìn người dự lễ hội đua thuyền...", _HEADLINE),  # the copy alone, no crumbs before it
    ("Trang ChủTin tứcHơn hai nghìn...", _HEADLINE),  # too few of the headline's words
    ("Trang ChủTin tứcMột cuộc thi khác của huyện bạn...", _HEADLINE),  # another headline's words
    ("Người dân kể lại rằng hơn hai nghìn người dự lễ hội...", "Một bài khác hẳn về lễ hội ven sông"),
])
def test_near_misses_are_no_cut_copy(line, below):
    assert not cut_copy_over(line, below)


@pytest.mark.parametrize("home", ["Trang chủ", "Trang Chủ", "TRANG CHỦ", "Trang chu", "Trang chủ »"])
def test_a_home_link_alone_is_chrome(home):
    assert crumb_lines([home, "", _HEADLINE, _TEXT]) == {0}
    assert fields_of(paragraphs(home, _HEADLINE, _TEXT))["title"] == _HEADLINE


@pytest.mark.parametrize("line", ["Về trang chủ của hội", "Trang chủ mới của hội nông dân huyện"])
def test_longer_lines_naming_the_home_page_stay(line):
    assert crumb_lines([line, _HEADLINE]) == set()


@pytest.mark.parametrize("clock,day", [
    ("Thứ Năm, Tháng Năm 2, 2024", dt.date(2024, 5, 2)), ("Thứ năm, Tháng Năm 2, 2024", dt.date(2024, 5, 2)),
    ("Thứ Năm, Tháng 5 2, 2024", dt.date(2024, 5, 2)), ("Thứ Hai, Tháng Mười Một 4, 2024", dt.date(2024, 11, 4)),
    ("Chủ Nhật,  Tháng Hai 11 , 2024", dt.date(2024, 2, 11)),
])
def test_a_clock_in_words_month_first_reads_month_then_day(clock, day):
    assert find_date(clock)[0] == day


@pytest.mark.parametrize("clock", ["Thứ năm, tháng năm 2, 2024", "THỨ NĂM, THÁNG NĂM 2, 2024", "Thu Nam, Thang Nam 2, 2024"])
def test_tháng_năm_not_so_capitalised_reads_no_day(clock):
    """"tháng năm" in small letters or capitals may be "the months of the year": no date, never 5 Feb."""
    assert find_date(clock) is None


@pytest.mark.parametrize("clock", ["Thứ Năm, Tháng Năm 2, 2024", "Thứ Năm, 02/05/2024"])
def test_a_clock_above_the_headline_loses_to_a_date_line_under_it(clock):
    fields = fields_of(paragraphs(clock, _HEADLINE, "Ngày đăng: 31/08/2023", _TEXT))
    assert fields["date"] == dt.date(2023, 8, 31)


def test_a_clock_in_words_over_an_older_story_is_a_theme_clock():
    """Round 76 changed this: a weekday, then the month in words before the day ("Thứ Năm, Tháng Năm 2, 2024") is
    a theme's header clock (three real pastes, each labelled undated), so no date and a warning naming the clock;
    the numeric one stays the date, with the warning that it stands alone above the headline."""
    older = _TEXT.replace("Trong hai ngày cuối tuần", "Ngày 14/8/2021")
    words = reading(paragraphs("Thứ Năm, Tháng Năm 2, 2024", _HEADLINE, older))
    numbers = reading(paragraphs("Thứ Năm, 02/05/2024", _HEADLINE, older))
    assert (words.fields["date"], numbers.fields["date"]) == (None, dt.date(2024, 5, 2))
    assert any("month in words before the day" in str(w) for w in words.warnings + words.problems)
    assert any("stands alone above the headline" in str(w) for w in numbers.warnings + numbers.problems)


def _cut_copy_over_by_every_start(text: str, below: str) -> bool:
    """The rule as first written (every start of `below`, joined and compared): the reference the
    fast one (only starts ending on the copy's last word) is held to."""
    from archive.read.cut_crumbs import _flat
    from archive.read.line_sizes import HEADLINE_WORDS
    line = text.rstrip()
    if not line.endswith(("...", "…")):
        return False
    copy, whole = _flat(line.rstrip(".…")), _flat(below)
    for words in range(len(whole.split()), HEADLINE_WORDS - 1, -1):
        start = " ".join(whole.split()[:words])
        if copy.endswith(start) and len(copy) > len(start) and len(whole) > len(start):
            return True
    return False


_LONG = ("Hội nghị cán bộ chủ chốt của huyện đã bàn về công tác tổ chức xây dựng Đảng năm 2024 tại hội trường "
         "lớn với sự tham dự của đông đảo đại biểu các xã và thị trấn trên địa bàn huyện nhà") * 3


@pytest.mark.parametrize("text, below", [
    ("Trang ChủTin tứcHội nghị cán bộ chủ chốt của huyện đã bàn...", _LONG),
    ("Trang chủ > Tin tức > Hội nghị cán bộ chủ chốt của huyện đã bàn về…", _LONG),
    (_LONG + "...", _LONG),  # a paragraph cut short over itself: no crumbs before the copy
    (_LONG[:300] + "...", _LONG[:200] + " đã bàn về công tác"),
    ("Tin tức Hội nghị cán bộ chủ chốt...", "Hội nghị cán bộ chủ chốt"),  # the whole line: not cut
    ("Tin tức Hội nghị cán bộ chủ chốt của huyện...", "Hội nghị cán bộ chủ chốt của huyện năm 2024"),
    ("Tin tức Hoi nghi can bo chu chot cua huyen...", "Hội nghị cán bộ chủ chốt của huyện năm 2024"),
    ("Tin tức Hội nghị cán bộ...", "Hội nghị cán bộ chủ chốt của huyện năm 2024"),  # too few words
])
def test_the_cut_copy_rule_matches_its_reference(text, below):
    from archive.read.cut_crumbs import cut_copy_over
    assert cut_copy_over(text, below) == _cut_copy_over_by_every_start(text, below)
