"""Round 64 (holdout 63's kinds), on made-up text: a first line far too long for a headline in which a bare
credit ("PV", "(TTXVN)", "N.V.A") stands between a headline and the lead's first sentence is headline + credit
+ lead (read/credit_splits.py); a bare bracketed date inside the lead's running text under the headline is
an event's day, never the page's date line (read/event_brackets.py).
"""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.credit_splits import headline_credit_lead
from archive.read.glued import unglue
from made_up_pastes import HEAD, LEAD, MORE, fields_of

# A headline with no full stop, then leads of a paragraph's length, each opening as a sentence does.
GLUED_HEAD = "Thành lập Hội khuyến học xã Tân Lập nhiệm kỳ đầu tiên"
DAY_LEAD = ("Ngày 31 tháng 12 năm 2015, xã Tân Lập đã tổ chức Đại hội thành lập Hội khuyến học theo quyết định của "
            "Chủ tịch Ủy ban nhân dân huyện . 120 đại biểu trong toàn xã đã về dự đại hội")
PLACE_LEAD = ("Bình Phước đã tổ chức Đại hội thành lập Hội khuyến học theo quyết định của Chủ tịch Ủy ban nhân dân "
              "tỉnh, với 120 đại biểu trong toàn tỉnh về dự và phát biểu chỉ đạo")
MORNING_LEAD = ("Sáng 12/3, xã Tân Lập đã tổ chức Đại hội thành lập Hội khuyến học theo quyết định của Chủ tịch "
                "Ủy ban nhân dân huyện, với 120 đại biểu trong toàn xã về dự")


def _pieces(line: str) -> list[str]:
    return [text for _, text in unglue([(1, line)])]


# 1. A headline, a bare credit and the lead run together on the first line.
@pytest.mark.parametrize(("credit", "lead"), [
    ("PV", DAY_LEAD),
    ("CTV", DAY_LEAD),
    ("BTV", PLACE_LEAD),
    ("(TTXVN)", DAY_LEAD),
    ("(PV)", PLACE_LEAD),
    ("N.V.A", DAY_LEAD),
    ("T.H", MORNING_LEAD),
    ("TTXVN", MORNING_LEAD),  # a unit's initials, bare: the lead opens with a lead's own word
    ("PV/CTV", DAY_LEAD),
])
def test_a_headline_a_credit_and_the_lead_on_one_line_are_split(credit: str, lead: str) -> None:
    line = f"{GLUED_HEAD} {credit} {lead}"
    assert _pieces(line) == [GLUED_HEAD, credit, lead]  # each piece as written
    found = fields_of(f"{line}\n\n{MORE}\n")
    assert (found["title"], found["author"], found["lead"]) == (GLUED_HEAD, "", lead)  # the credit names no one


@pytest.mark.parametrize("line", [
    f"{GLUED_HEAD} {DAY_LEAD}",  # no credit in the line
    f"{GLUED_HEAD} {LEAD}",
    f"Sáng 12/3, phóng viên (PV) đã có mặt tại xã Tân Lập khi {DAY_LEAD}",  # the credit in the lead's sentence
    f"{GLUED_HEAD} PV Minh Anh {DAY_LEAD}",  # a name after the credit: a byline's
    f"{GLUED_HEAD} pv {DAY_LEAD}",  # in small letters: no staff code
    f"{GLUED_HEAD} PV",  # a credit with no lead after it
    f"{GLUED_HEAD} PV Ngày 31/12/2015",
    f"Kế hoạch của UBND TP.HCM về {PLACE_LEAD}",  # a unit's initials in the headline, a place after them
    f"Kế hoạch của UBND tỉnh {PLACE_LEAD}",
    f"{GLUED_HEAD} UBND Bình Phước đã tổ chức {DAY_LEAD}",  # a bare unit, no lead's own word after it
])
def test_a_long_line_without_a_headline_and_credit_stays_whole(line: str) -> None:
    assert _pieces(line) == [line]


def test_a_headline_ending_in_initials_over_its_own_lead_stays() -> None:
    head = "Triển khai kế hoạch chuyển đổi số năm 2024 của UBND TP.HCM"
    found = fields_of(f"{head}\n\n{MORNING_LEAD}.\n\n{MORE}\n")
    assert (found["title"], found["lead"]) == (head, f"{MORNING_LEAD}.")


def test_a_credit_split_is_asked_of_the_first_line_only() -> None:
    line = f"{GLUED_HEAD} PV {DAY_LEAD}"
    assert headline_credit_lead(line, lambda text: True) == [GLUED_HEAD, "PV", DAY_LEAD]
    assert [text for _, text in unglue([(1, HEAD), (2, ""), (3, line)])] == [HEAD, "", line]


# 2. A bare bracketed date inside the lead's running text under the headline is an event's day.
OBSERVANCE = "Cùng cả nước hưởng ứng Ngày Quốc tế phòng chống ma túy"
EVENT_LEAD = ("Hội Liên hiệp Phụ nữ phường đã phối hợp với các khu phố tổ chức tuyên truyền về tác hại của ma túy "
              "đến đông đảo người dân và học sinh trên địa bàn.")


@pytest.mark.parametrize("day", ["(26/6/2012)", "(26/06/2012)", "( 26-6-2012 )", "(26.6.2012)"])
def test_a_bracketed_day_in_the_leads_sentence_does_not_date_the_page(day: str) -> None:
    sentence = f"{OBSERVANCE} {day} {EVENT_LEAD}"
    found = fields_of(f"{HEAD}\n\n{sentence}\n\n{MORE}\n")
    assert (found["title"], found["date"], found["lead"]) == (HEAD, None, sentence)  # the text as written


@pytest.mark.parametrize(("between", "date"), [
    ("PV", None),  # a writer's slot naming no one
    ("Minh Anh", None),
    ("12/03/2024 08:15", dt.date(2024, 3, 12)),  # the page's own date line
])
def test_a_line_between_the_headline_and_the_lead_keeps_the_bracketed_day_the_events(between: str, date) -> None:
    sentence = f"{OBSERVANCE} (26/6/2012) {EVENT_LEAD}"
    found = fields_of(f"{HEAD}\n\n{between}\n\n{sentence}\n\n{MORE}\n")
    assert (found["date"], found["lead"]) == (date, sentence)


def test_under_a_headline_naming_its_own_day_the_bracketed_day_stays_the_events() -> None:
    sentence = f"{OBSERVANCE} (26/6/2012) {EVENT_LEAD}"
    found = fields_of(f"{HEAD} ngày 23/11/2017\n\n{sentence}\n\n{MORE}\n")
    assert (found["date"], found["lead"]) == (None, sentence)


@pytest.mark.parametrize("body", [
    f"{HEAD} (26/06/2012)\n\n{LEAD}\n\n{MORE}\n",  # at the headline's end: the publication date
    f"{HEAD}\n\n(26/06/2012)\n\n{LEAD}\n\n{MORE}\n",  # a date line alone under the headline
    f"{HEAD}\n\n(26/6/2012 10:15)\n\n{LEAD}\n\n{MORE}\n",
    f"{HEAD} (26/6/2012) {LEAD}\n\n{MORE}\n",  # closing the headline line before the lead
    f"Tin tức sự kiện\n\n{HEAD} (26/6/2012) {LEAD}\n\n{MORE}\n",  # the same under a section's line
    f"{HEAD}\n\n{OBSERVANCE} (Cập nhật: 26/6/2012) {EVENT_LEAD}\n\n{MORE}\n",  # a labelled date line
])
def test_a_bracketed_date_line_still_dates_the_page(body: str) -> None:
    assert fields_of(body)["date"] == dt.date(2012, 6, 26)
