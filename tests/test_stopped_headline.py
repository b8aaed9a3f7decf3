"""A headline closed by a full stop, with nothing above it that reads as a headline
(issue 13, round 9): it is the title, not the lead."""
from archive.read.layout import find_layout
from made_up_pastes import numbered_lines

HEADLINE = "Chi bộ khu phố 5 tổ chức lễ kết nạp hai đảng viên mới."
LEAD = "Chiều ngày 12/5, Chi bộ khu phố 5 đã tổ chức lễ kết nạp đảng viên cho hai quần chúng ưu tú của khu phố."
MORE = "Buổi lễ diễn ra trang trọng, đúng quy định của Điều lệ Đảng, với sự tham dự của đông đủ đảng viên."


def test_a_stopped_headline_under_a_breadcrumb_bullet_is_the_title():
    layout = find_layout(numbered_lines("• Trang chủ", HEADLINE, LEAD, MORE))
    assert layout.title[1].rstrip(".") == HEADLINE.rstrip(".")
    assert layout.lead[1] == LEAD


def test_a_stopped_headline_under_a_bare_date_with_a_counter_below_is_the_title():
    layout = find_layout(numbered_lines("12/05/2024", HEADLINE, "Lượt xem: 41", LEAD, MORE))
    assert layout.title[1].rstrip(".") == HEADLINE.rstrip(".")
    assert layout.date_line.text == "12/05/2024"


def test_a_sentence_under_a_real_headline_stays_the_lead():
    headline = "Chi bộ khu phố 5 kết nạp hai đảng viên mới"
    layout = find_layout(numbered_lines(headline, "Sáng nay, chi bộ họp mặt các đảng viên.", LEAD, MORE))
    assert layout.title[1] == headline
    assert layout.lead[1] == "Sáng nay, chi bộ họp mặt các đảng viên."
