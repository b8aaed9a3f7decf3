"""A year printed in two digits is made whole by one rule (text/dates.full_year), whichever reader
meets it: a US short date by its English clock, a journal's field, a marked post line, a bare date
line under the headline, a calendar leaf. 70 to 99 are the last century's years, the rest this one's;
the leaf's own gate still refuses a year before the web."""
import datetime as dt

import pytest

from archive.read.leaf_dates import join_leaf_dates
from archive.read.markdown_marks import unmark_head
from archive.read.short_year_lines import short_year_line
from archive.text.dates import find_date, full_year
from made_up_pastes import numbered_lines

_HEADLINE = "Thông báo về việc hoãn tổ chức đại hội cổ đông thường niên năm nay"


@pytest.mark.parametrize("short, whole", [
    (0, 2000), (5, 2005), (18, 2018), (25, 2025), (69, 2069),  # this century's
    (70, 1970), (98, 1998), (99, 1999),  # the last century's
])
def test_a_two_digit_year_is_made_whole(short, whole):
    assert full_year(short) == whole


@pytest.mark.parametrize("text, day", [
    ("5/10/23 6:10 AM", dt.date(2023, 5, 10)),  # a US short date by its English clock
    ("5/10/98 6:10 AM", dt.date(1998, 5, 10)),
    ("Ngày đăng: 30/09/19", dt.date(2019, 9, 30)),  # a journal's field
    ("Ngày đăng: 30/09/99", dt.date(1999, 9, 30)),
])
def test_the_text_layer_reads_both_centuries(text, day):
    assert find_date(text)[0] == day


@pytest.mark.parametrize("text", ["5/10/98", "Tỷ lệ 30/09/99 trên tổng số"])
def test_a_two_digit_year_figure_with_no_clock_or_field_stays_no_date(text):
    assert find_date(text) is None


@pytest.mark.parametrize("post, line", [
    ("## nusy (28/7/18)", "28/07/2018"), ("## nusy (28/7/98)", "28/07/1998"),
    ("## nusy (28/7/2098)", "28/07/2098"),  # a whole year stays as printed
])
def test_a_marked_post_line_makes_its_year_whole(post, line):
    assert unmark_head(numbered_lines(post)) == [(1, line)]


@pytest.mark.parametrize("date, whole", [("27/03/20", "27/03/2020"), ("27.03.98", "27.03.1998")])
def test_a_bare_date_line_under_the_headline_makes_its_year_whole(date, whole):
    assert short_year_line(numbered_lines(_HEADLINE, date), 1) == whole


@pytest.mark.parametrize("leaf, line", [
    (["15", "06", "'18"], "15/06/2018"), (["15", "06", "'98"], "15/06/1998"),
])
def test_a_leaf_makes_its_year_whole(leaf, line):
    assert line in [text for _, text in join_leaf_dates(numbered_lines(_HEADLINE, *leaf, "Nội dung."))]


@pytest.mark.parametrize("year", ["'70", "'85"])
def test_a_leaf_of_a_year_before_the_web_stays_as_printed(year):
    lines = numbered_lines(_HEADLINE, "01", "01", year, "Nội dung.")
    assert join_leaf_dates(lines) == lines
