"""Round 86: holdout 80's misses, as kinds (made-up pastes, near-misses beside each case).

- a counter with its noun in brackets ("156 (lượt xem) |", "3 (bình luận)") is chrome, never the headline, and a
  count of replies ("32 phản hồi") is where the comments begin, as a count of comments is (read/portal_chrome.py);
- a sentence under a label closed by a colon, over the headline the address's slug spells, is a ticker's or a box's
  ("Chỉ số kinh tế:" / "Ngày 19/12/2025, tỷ giá ..." over "Lạm phát kỳ vọng"), not the lead
  (read/head_window._over_slug_headline); a writer printed on two lines is named once (read/layout.py);
- a writer's name glued to the post under it ("Nguyễn Trần BạtChủ tịch / Tổng giám đốc, ...") is split: the name is
  the byline, the rest its post (read/glued_posts.py, read/glued.py);
- a writer's name opening the headline before a spaced dash ("Phạm Lê Vương Các - Vài suy ngẫm ...") and alone
  on its line under the date is the writer, not the text's subject, as before a colon, when the text does not name
  it again (read/subject_headings.py).
"""
from __future__ import annotations

import datetime as dt

import pytest

from made_up_pastes import HEAD, LEAD, MORE, fields_of
from archive.read.chrome import is_noise_line, is_stop_line
from archive.read.glued_posts import glued_post


@pytest.mark.parametrize("line, chrome", [
    ("156 (lượt xem) |", True),
    ("156 (lượt xem)", True),
    ("156 (lượt xem) | 3 (bình luận)", True),
    ("1.024 (views)", True),
    ("Năm 2024 (lượt xem)", False),  # near-miss: words, not a count, before the brackets
    ("156 (Hà Nội)", False),  # near-miss: a place in brackets
])
def test_a_counter_with_its_noun_in_brackets_is_chrome(line, chrome) -> None:
    assert is_noise_line(line) is chrome


@pytest.mark.parametrize("line, stop", [("32 phản hồi", True), ("32 bình luận", True),
                                        ("32 phản hồi của bạn đọc về bài viết", False)])  # near-miss: a sentence
def test_a_comment_count_is_where_the_comments_begin(line, stop) -> None:
    assert is_stop_line(line) is stop


def test_a_view_counter_under_a_short_headline_is_no_title() -> None:
    found = fields_of("\n\n".join(["Sâm Ngọc Linh", "156 (lượt xem) |", LEAD, MORE]))
    assert found.get("title") == "Sâm Ngọc Linh"


TICKER = ("Ngày 19/12/2025, tỷ giá trung tâm của VND với USD là 25.148 đồng/USD, tỷ giá USD tại Cục Quản lý ngoại "
          "hối là 23.950 đồng/USD. Tháng 11/2025, sản xuất công nghiệp tiếp tục phục hồi, chỉ số IIP tăng 2,3% so với "
          "tháng trước. Thu ngân sách đạt 201,5 nghìn tỷ đồng, chi 213,3 nghìn tỷ đồng. CPI tăng 0,45%.")
SHORT = "Lạm phát kỳ vọng"


def test_a_ticker_under_its_label_over_the_headline_the_slug_spells_is_no_lead() -> None:
    body = "Chỉ số kinh tế:\n" + TICKER + "\ndai-hoi-cong-doan\n\n" + "\n\n".join([SHORT, "Ngân Hà", "Ngân Hà  - ", LEAD, MORE])
    found = fields_of(body, "https://x.vn/lam-phat-ky-vong-88512.html")
    assert (found.get("title"), found.get("author")) == (SHORT, "Ngân Hà")


def test_a_sapo_under_a_headline_the_slug_does_not_spell_stays_the_lead() -> None:
    # near-miss: the headline stands over the sentence; the line the slug spells under it is a heading of the text
    url = "https://x.vn/nguyen-nhan-nha-ve-sinh-bi-tham-nuoc-xuong-tang-duoi-xu-ly-100-4724.html"
    body = "\n\n".join(["Cách xử lý nhà vệ sinh bị thấm nước xuống tầng dưới triệt để",
                        "Nhà vệ sinh bị thấm nước xuống tầng dưới không chỉ gây mất thẩm mỹ mà còn làm hư hại kết "
                        "cấu công trình của cả tòa nhà trong nhiều năm.",
                        "Nguyên nhân nhà vệ sinh bị thấm nước xuống tầng dưới", MORE])
    assert fields_of(body, url).get("title") == "Cách xử lý nhà vệ sinh bị thấm nước xuống tầng dưới triệt để"


def test_a_ticker_with_no_headline_the_slug_spells_under_it_stays_where_it_was() -> None:
    # near-miss: the address names no line below: the reader keeps reading as before (the label over its sentence)
    body = "Chỉ số kinh tế:\n" + TICKER + "\ndai-hoi-cong-doan\n\n" + "\n\n".join([SHORT, "Ngân Hà", LEAD, MORE])
    assert fields_of(body, "https://x.vn/tin-tuc/bai-88512.html").get("title") != SHORT


@pytest.mark.parametrize("line, parts", [
    ("Nguyễn Trần BạtChủ tịch / Tổng giám đốc, InvestConsult Group",
     ["Nguyễn Trần Bạt", "Chủ tịch / Tổng giám đốc, InvestConsult Group"]),
    ("Trần Văn AnPhó Bí thư Tỉnh ủy", ["Trần Văn An", "Phó Bí thư Tỉnh ủy"]),
    ("Trần Văn AnHôm nay trời đẹp", ["Trần Văn AnHôm nay trời đẹp"]),  # near-miss: a sentence, no post
    ("Hà NộiPhó Chủ tịch", ["Hà NộiPhó Chủ tịch"]),  # near-miss: a place, no name
    ("Góc nhìn mớiCampuchia xây dựng kênh đào", ["Góc nhìn mớiCampuchia xây dựng kênh đào"]),  # a breadcrumb
    ("Báo VietNamNet", ["Báo VietNamNet"]),  # near-miss: a name in one word of capitals
])
def test_a_name_glued_to_its_post_is_split(line, parts) -> None:
    assert glued_post(line) == parts


def test_a_writer_glued_to_his_post_under_a_short_headline() -> None:
    body = "\n\n".join(["Phản biện xã hội", "Nguyễn Trần BạtChủ tịch / Tổng giám đốc, InvestConsult Group\n"
                        "10:58' CH - Thứ bảy, 12/07/2014", LEAD, MORE])
    found = fields_of(body)
    assert (found.get("title"), found.get("author"), found.get("date")) == (
        "Phản biện xã hội", "Nguyễn Trần Bạt", dt.date(2014, 7, 12))


TITLED = "Phạm Lê Vương Các - Vài suy ngẫm về Diễn đàn Xã Hội Dân Sự"


def test_a_writer_opening_the_headline_before_a_dash_and_alone_under_it_is_the_writer() -> None:
    body = "\n\n".join([TITLED, " • Bởi Admin\n  25/09/2013\n  32 phản hồi", "  Phạm Lê Vương Các",
                        "  Vào ngày 23 tháng 9 vừa qua, 130 nhân sĩ trí thức uy tín trong và ngoài nước ra tuyên "
                        "bố về thực thi quyền dân sự.", MORE])
    found = fields_of(body)
    assert (found.get("title"), found.get("author"), found.get("date")) == (TITLED, "Phạm Lê Vương Các",
                                                                           dt.date(2013, 9, 25))


def test_a_subject_opening_the_headline_before_a_dash_and_named_in_the_text_stays_no_writer() -> None:
    # near-miss: a profile's subject, named again in the text, is no writer though the headline opens with him
    body = "\n\n".join(["Nguyễn Văn Bình - người thầy của những học trò vùng cao", "25/09/2013", "Nguyễn Văn Bình",
                        "Thầy Nguyễn Văn Bình đã gắn bó với ngôi trường vùng cao suốt hai mươi năm qua, dạy dỗ "
                        "nhiều thế hệ học trò.", MORE])
    assert (fields_of(body).get("author") or "") == ""


def test_a_writer_printed_twice_in_the_head_is_named_once() -> None:
    found = fields_of("\n\n".join([HEAD, "Ngân Hà", "Ngân Hà  - ", LEAD, MORE]))
    assert found.get("author") == "Ngân Hà"
