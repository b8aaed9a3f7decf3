"""Round 122: holdouts 112's and 113's misses, as kinds (made-up pastes, near-misses beside each case).

- A release label before a weekday and the date ("Phát hành:Thứ Tư, 15 tháng 10, 2025"): a field's label, so the
  line is the page's date line, not an event's headline naming its day (text/date_labels.RELEASE_WORDS, read by
  event_headlines and named_event_days).
- A forum thread's starter line ("Discussion in 'X' started by admin, Sep 3, 2013.", "Thảo luận trong 'X' bắt đầu
  bởi admin, 3/9/2013."): the page's date line, its fields and closing stop no sentence, the poster's account no
  byline (read/thread_starters.py).

Left, said plainly: 113's 024, a forum poster's account printed as a person's name over its rank ("Well-known
member"), listed as no byline where dev 2341 lists a forum admin's account as its byline (the convention is not
settled); 112's 001, "(theo Lê Duy, Báo Tuyên Quang)" closing the text (its collector's doubt); 112's 008, a
35-word headline closed by a stop over its labelled date line; 113's 023, the headline under a profile card of
three paragraphs.
"""
from __future__ import annotations

import pytest

from archive.read.candidates import date_candidate
from made_up_pastes import HEAD, LEAD, MORE, fields_of, paragraphs


@pytest.mark.parametrize("line, date", [
    ("Phát hành:Thứ Tư, 15 tháng 10, 2025", "2025-10-15"),
    ("Phát hành: Thứ Tư, 15/10/2025", "2025-10-15"),
    ("Ngày phát hành: Thứ Hai, 13/10/2025 08:30", "2025-10-13"),
    ("Phat hanh: Thu Tu, 15/10/2025", "2025-10-15"),  # typed without marks
])
def test_a_release_label_before_a_weekday_dates_the_page(line, date) -> None:
    fields = fields_of(paragraphs(HEAD, line, LEAD, MORE))
    assert (fields.get("title"), str(fields.get("date"))) == (HEAD, date)


@pytest.mark.parametrize("line", [
    # near-misses: an event's notice naming its day and hour keeps its headline's reading
    "Lễ khai giảng: Thứ Hai, ngày 5/9/2025",
    "Hội nghị tổng kết: Chủ nhật ngày 28/5/2023, lúc 8 giờ sáng",
])
def test_an_events_day_is_still_a_headline(line) -> None:
    assert date_candidate(0, 1, line) is None


@pytest.mark.parametrize("line, date", [
    ("Discussion in 'Thông Báo Hán Nôm Học' started by admin, Sep 3, 2013.", "2013-09-03"),
    ("Thảo luận trong 'Tin tức - Sự kiện' bắt đầu bởi quantri, 3/9/2013.", "2013-09-03"),
    ("Thảo luận trong ‘Văn hóa’ bắt đầu bởi Nguyễn Văn An, 12/05/2020", "2020-05-12"),
])
def test_a_threads_starter_line_dates_the_page(line, date) -> None:
    head = "Lễ Giỗ Của Tộc Họ Đặng Ở Huyện Bắc Bình"
    fields = fields_of(paragraphs(head, line, LEAD, MORE))
    assert (fields.get("title"), str(fields.get("date")), fields.get("author") or "") == (head, date, "")


@pytest.mark.parametrize("line", [
    # near-misses: a sentence of the text with no quoted forum, or no "started by", or more words than fields
    "Thảo luận trong tổ về dự thảo văn kiện, các đại biểu đều thống nhất cao vào ngày 3/9/2013.",
    "Discussion in the forum was heated and long after the meeting of Sep 3, 2013.",
    "Thảo luận trong 'Tổ 1' về dự thảo văn kiện được tổ chức sôi nổi vào chiều 3/9/2013.",
])
def test_a_sentence_of_discussion_is_no_date_line(line) -> None:
    assert date_candidate(0, 1, line) is None
