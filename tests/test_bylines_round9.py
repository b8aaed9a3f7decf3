"""Bylines of issue 13, round 9, on made-up text: authors named with their posts under
the lead, and an end byline over a comment box that names itself and asks to sign in."""
import pytest

from archive.read.byline_slots import end_byline, lead_byline
from archive.read.chrome import is_stop_line, strip_chrome

PARAGRAPH = "Chi bộ đã hoàn thành tốt các chỉ tiêu đề ra trong năm, được cấp ủy cấp trên ghi nhận."


def test_authors_named_with_their_posts_under_the_lead_are_the_byline():
    rest = [(5, "TS. Trần Minh Đức- Phó trưởng khoa Lý luận chính trị"),
            (6, "ThS. Lê Thị Thu Hà - Khoa Xây dựng Đảng"), (7, PARAGRAPH)]
    dropped = []
    assert lead_byline(rest, dropped) == "TS. Trần Minh Đức - ThS. Lê Thị Thu Hà"
    assert rest == [(7, PARAGRAPH)]


def test_a_name_with_no_post_after_its_dash_is_no_lead_byline():
    rest = [(5, "Phạm Văn Hòa - Bắc Giang"), (6, PARAGRAPH)]
    assert lead_byline(rest, []) == "" and len(rest) == 2


@pytest.mark.parametrize("line", ["Bình luận, góp ý (0)", "Ý kiến, bình luận", "Bạn cần đăng nhập để bình luận",
                                  "Vui lòng đăng nhập để gửi ý kiến của bạn"])
def test_a_comment_box_title_and_its_sign_in_notice_start_the_footer(line):
    assert is_stop_line(line)


def test_an_end_byline_in_capitals_over_a_comment_box_is_found():
    lines = [(1, PARAGRAPH), (2, "Tin, ảnh: HOÀNG LONG - MINH CHÂU"), (3, "Bình luận, góp ý (2)"),
             (4, "Bạn cần đăng nhập để bình luận")]
    rest = strip_chrome(lines)
    assert end_byline(rest, [], []) == "Hoàng Long - Minh Châu"
