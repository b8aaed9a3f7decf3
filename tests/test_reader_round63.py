"""Round 63 (holdout 62's kinds), on made-up text: a date line opened by a weekday, English or Vietnamese,
glued without a space to the lead's first word is the page's date line, the lead kept as written
(read/labelled_glued_dates.py).
"""
from __future__ import annotations

import datetime as dt

import pytest

from made_up_pastes import HEAD, MORE, fields_of, reading

# A lead with no day of its own in it: only the date line can date the page.
GLUED_LEAD = ("Thực hiện kế hoạch của Ban Thường vụ, các chi bộ trực thuộc đã triển khai xong việc tổ chức đại hội "
              "nhiệm kỳ mới, bám sát hướng dẫn của cấp trên.")


# 1. A weekday's date line glued to the lead under the headline.
@pytest.mark.parametrize("line", [
    "Wed, 02/08/2017",
    "Wednesday, 02/08/2017",
    "Wed 02/08/2017",
    "Thứ Tư, 02/08/2017",
    "Thứ 4, 02/08/2017 08:15",
    "Chủ nhật, 02-08-2017",
    "02/08/2017 08:15",  # no weekday: read so already
])
def test_a_weekday_date_line_glued_to_the_lead_dates_the_page(line: str) -> None:
    found = fields_of(f"{HEAD}\n\n{line}{GLUED_LEAD}\n\n{MORE}\n")
    assert (found["title"], found["date"]) == (HEAD, dt.date(2017, 8, 2))
    article = reading(f"{HEAD}\n\n{line}{GLUED_LEAD}\n\n{MORE}\n").article
    assert article is not None and article.lead == GLUED_LEAD  # the lead stays as written


@pytest.mark.parametrize("line", [
    "Ngày 02/08/2017, ",  # an event's date in running text, with a comma and a space
    "Wedding 02/08/2017",  # no weekday: a word that starts like one
])
def test_a_date_in_running_text_does_not_date_the_page(line: str) -> None:
    assert fields_of(f"{HEAD}\n\n{line}{GLUED_LEAD}\n\n{MORE}\n").get("date") is None


def test_a_weekday_date_glued_inside_a_later_paragraph_does_not_date_the_page() -> None:
    body = f"{HEAD}\n\n{MORE}\n\n{MORE}\n\n{MORE}\n\nTrong đợt này, Wed, 02/08/2017{GLUED_LEAD}\n"
    assert fields_of(body).get("date") is None
