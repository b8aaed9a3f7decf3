"""Round 59 (holdout 58's kinds), on made-up text: a posting date's label beats an update stamp above
it; a line repeating the tail of a banner or masthead above it is no byline; a state document's issuer
may end in a unit code holding digits.

"Xem: 12 | Cập nhật: 5/21/2020 3:16:08 PM" above "Ngày đăng: 20/5/2020" dates the page by the posting
(read/update_stamps.py; "cật nhập" is a misspelling text/date_labels.py names).
"""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.candidates import date_candidate
from archive.read.update_stamps import posting_over_update
from made_up_pastes import HEAD, LEAD, MORE, MORE2, fields_of, paragraphs


# 1. A posting date's label beats an update stamp in the head.
@pytest.mark.parametrize("stamp", ["Xem: 453 | Cật nhập: 5/21/2020 3:16:08 PM | RSS",
                                   "Cập nhật: 21/05/2020 15:16",
                                   "Lượt xem: 12 | Cập nhập lúc 21/5/2020 08:00",
                                   "Ngày cập nhật: 21-05-2020 10:30:00"])
@pytest.mark.parametrize("posted", ["Ngày đăng: 20/5/2020", "Đăng ngày 20/05/2020", "Ngày xuất bản: 20-05-2020"])
def test_a_posting_line_beats_an_update_stamp_above_it(stamp: str, posted: str) -> None:
    assert fields_of(paragraphs(HEAD, stamp, posted, LEAD, MORE, MORE2))["date"] == dt.date(2020, 5, 20)


@pytest.mark.parametrize("stamp", ["Cập nhật: 21/05/2020 15:16", "Xem: 453 | Cật nhập: 5/21/2020 3:16:08 PM"])
@pytest.mark.parametrize("other", ["20/5/2020", "Thứ Tư, 20/5/2020", "Đăng nhập: 20/5/2020"])
def test_an_unlabelled_or_login_line_does_not_beat_the_stamp(stamp: str, other: str) -> None:
    lines = [(0, stamp), (1, other)]
    candidates = [date_candidate(i, i + 1, text) for i, text in lines]
    candidates = [c for c in candidates if c is not None]
    best = candidates[0]
    assert posting_over_update(candidates, best) is best


def test_a_posting_after_the_update_does_not_win() -> None:
    stamp, posted = date_candidate(0, 1, "Cập nhật: 21/05/2020 15:16"), date_candidate(1, 2, "Ngày đăng: 22/05/2020")
    assert posting_over_update([stamp, posted], stamp) is stamp


def test_a_posting_date_line_chosen_stays() -> None:
    posted, stamp = date_candidate(0, 1, "Ngày đăng: 20/05/2020 08:00"), date_candidate(1, 2, "Cập nhật: 21/05/2020")
    assert posting_over_update([posted, stamp], posted) is posted
    assert posting_over_update([posted, stamp], None) is None


def test_both_labels_on_one_line_still_read_as_before() -> None:
    body = paragraphs(HEAD, "Ngày đăng: 20/05/2020 | Cập nhật: 21/05/2020 10:00", LEAD, MORE, MORE2)
    assert fields_of(body)["date"] == dt.date(2020, 5, 20)
