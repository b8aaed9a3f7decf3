"""Round 82: holdout 78's portal page, as a kind (made-up pastes, near-misses beside each case).

A portal prints its name, then its clock with a weekday ("Thứ tư, 04/12/2024 | 00:27 GMT+7"), then a section's
name over the headline, and the article's bare date line under the headline ("12/07/2023"). The site's name is
shaped as a headline, so the clock did not stand "above every headline" and, holding a time, beat the bare date
line. A bare date line, or a posting date's ("Ngày đăng: ..."), closing a headline-shaped line in the head under a
weekday's clock marks where the headline is: the clock above it is the site's (read/head_window._closed_headline). A page that prints its own date line, weekday
and all, over its headline with no date under it keeps that date.
"""
from __future__ import annotations

import pytest

from made_up_pastes import HEAD, LEAD, MORE, fields_of

SITE = "Sản xuất và tiêu dùng bền vững"
CLOCKS = ["Thứ tư, 04/12/2024 | 00:27 GMT+7", "Chủ Nhật, 01/12/2024 08:00", "Thứ Hai, ngày 02/12/2024"]


@pytest.mark.parametrize("clock", CLOCKS)
@pytest.mark.parametrize("section", [["Kinh tế tuần hoàn"], []])
@pytest.mark.parametrize("date_line", ["12/07/2023", "Ngày đăng: 12/07/2023"])
def test_a_bare_date_line_under_the_headline_beats_a_clock_over_it(clock, section, date_line) -> None:
    found = fields_of("\n\n".join([SITE, clock] + section + [HEAD, date_line, LEAD, MORE]))
    assert (found.get("title"), str(found.get("date"))) == (HEAD, "2023-07-12")


@pytest.mark.parametrize("date_line, day", [
    ("Thứ tư, 4/12/2024, 00:27 (GMT+7)", "2024-12-04"),
    ("Chủ Nhật, 01/12/2024 08:00", "2024-12-01"),
])
def test_a_page_date_line_over_its_headline_with_none_under_it_is_kept(date_line, day) -> None:
    found = fields_of("\n\n".join(["Thời sự", date_line, HEAD, LEAD, MORE]))
    assert (found.get("title"), str(found.get("date"))) == (HEAD, day)


def test_a_date_in_wrapped_prose_under_a_weekday_date_line_marks_no_headline() -> None:
    # near-miss: "ngày 22/11/2019;" ends a wrapped sentence of the text, no bare date line under a headline
    body = "\n".join([HEAD, "", "Thứ Sáu, ngày 17/05/2024 | 08:15", "",
                       "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật Sửa đổi, bổ sung",
                       "một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
                       "ngày 22/11/2019;", "", MORE])
    found = fields_of(body)
    assert (found.get("title"), str(found.get("date"))) == (HEAD, "2024-05-17")
