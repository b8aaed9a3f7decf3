"""Round 124: holdouts 116's and 117's misses, as kinds (made-up pastes, near-misses beside each case).

- A two-digit year inside a line of fields that say whose day it is: a forum thread's starter line ("Thảo luận trong
  'X' bắt đầu bởi Y, 12/11/25 lúc 16:48.", XenForo's Vietnamese short date) or the software's account and a bullet
  before it ("admin • 30/10/25"), anywhere in the head (read/short_year_lines.fielded_short_year); the starter line,
  closed by its stop, ends no head as a sentence would (candidates.date_line_ended).
- A forum member's rank after the poster's name ("Nguyễn Hy Long New Member", "Quản trị viên") is the software's, no
  part of the name (read/member_ranks.py).
- SPIP's Vietnamese date, the day set off by a comma before the month in words ("Thứ Năm 24, Tháng Ba 2022"):
  a date (text/month_names._DAY_FIRST); an English month after a comma stays none.

Left, said plainly: 116's 002, a writing contest's entry form over the headline ("Họ tên người viết: X", the
subject's fields, "Bài dự thi"); 117's 013, a blog owner's name with his degree in the masthead ("Nguyễn Chí Công,
CFLS") read as the writer where the label takes the account after "bởi" on the date line ("Cong_Chi_Nguyen").
"""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.bylines import parse_byline
from archive.read.candidates import date_line_ended
from archive.read.short_year_lines import fielded_short_year
from archive.text.dates import find_date
from made_up_pastes import LEAD, MORE, fields_of, paragraphs

HEAD = "Docker và Kubernetes là gì? Lộ trình cho người mới"


@pytest.mark.parametrize("line, whole", [
    ("Thảo luận trong 'Chia sẻ kinh nghiệm' bắt đầu bởi Nguyễn Hy Long, 12/11/25 lúc 16:48.",
     "Thảo luận trong 'Chia sẻ kinh nghiệm' bắt đầu bởi Nguyễn Hy Long, 12/11/2025 lúc 16:48."),
    ("admin • 30/10/25", "admin • 30/10/2025"),
    ("Quản trị viên | 05.03.24 09:15", "Quản trị viên | 05.03.2024 09:15"),
    # near-misses: a score, words after the date, no account before it, no day in it
    ("Tỷ số 30/10/25", None), ("admin • 30/10/25 bàn thắng", None), ("Kết quả 3/1/25", None),
    ("admin • 32/10/25", None), ("23/11/17 08:15", None),  # a line opening with the date: no fields before it
])
def test_a_short_year_among_fields(line, whole) -> None:
    assert fielded_short_year(line) == whole


@pytest.mark.parametrize("line, date", [
    ("Thảo luận trong 'Chia sẻ kinh nghiệm thủ thuật máy tính' bắt đầu bởi Nguyễn Hy Long, 12/11/25 lúc 16:48.",
     "2025-11-12"),
    ("admin • 30/10/25", "2025-10-30"),
])
def test_the_page_is_dated_by_a_short_year_among_fields(line, date) -> None:
    lines = [HEAD, line, LEAD, MORE] if line.startswith("Thảo") else [line, HEAD, LEAD, MORE]
    fields = fields_of(paragraphs(*lines))
    assert (fields.get("title"), str(fields.get("date"))) == (HEAD, date)


@pytest.mark.parametrize("line, ended", [
    ("Thảo luận trong 'Tin tức' bắt đầu bởi Nguyễn Văn An, 12/11/25 lúc 16:48.", True),
    # near-miss: a sentence of the lead naming a discussion and a day
    ("Thảo luận trong tổ về dự thảo văn kiện diễn ra sôi nổi vào chiều 12/11/2025 tại hội trường.", False),
])
def test_a_starter_line_ends_no_head(line, ended) -> None:
    assert date_line_ended(line) is ended


def test_the_poster_under_a_starter_line() -> None:
    head = "Docker và Kubernetes là gì?"
    body = paragraphs(head, "Thảo luận trong 'Chia sẻ' bắt đầu bởi Nguyễn Hy Long, 12/11/25 lúc 16:48.",
                      "1. Nguyễn Hy Long", "Nguyễn Hy Long New Member", LEAD, MORE)
    fields = fields_of(body)
    assert (fields.get("title"), str(fields.get("date")), fields.get("author")) == \
        (head, "2025-11-12", "Nguyễn Hy Long")


@pytest.mark.parametrize("line, names", [
    ("Nguyễn Hy Long New Member", ("Nguyễn Hy Long",)),
    ("Hồ Thị Thanh Trà Well-known member", ("Hồ Thị Thanh Trà",)),
    ("Trần Văn Bình Quản trị viên", ("Trần Văn Bình",)),
    ("Lê Minh Thành viên mới", ("Lê Minh",)),
    # near-misses: a given name ending in "Thành Viên", a rank alone, a name alone
    ("Lê Thành Viên", ("Lê Thành Viên",)), ("Member", ()), ("Nguyễn Văn An", ("Nguyễn Văn An",)),
])
def test_a_members_rank_after_the_name(line, names) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize("text, day", [
    ("Thứ Năm 24, Tháng Ba 2022, bởi Cong_Chi_Nguyen", dt.date(2022, 3, 24)),
    ("Chủ Nhật 5, tháng Mười Hai 2021", dt.date(2021, 12, 5)),
    ("Thứ Năm 24 Tháng Ba 2022", dt.date(2022, 3, 24)),  # as before: no comma
    # near-misses: an English month after a comma, a numbered month after a comma
    ("Chapter 3, May 2020", None), ("ngày 23, 24, tháng 3 năm 2022 tại Hà Nội", None),
])
def test_spips_day_set_off_by_a_comma(text, day) -> None:
    found = find_date(text)
    assert (found[0] if found else None) == day
