"""The reader of issue 13, round 12, on made-up text: an organisation's tagline of virtues joined by
dashes under its masthead is a slogan, never authors, and the masthead over it no longer takes the
title from a longer headline in capitals."""
import pytest

from archive.read.bylines import parse_byline
from made_up_pastes import reading

LEAD = ("Sáng 12/7, Trung tâm tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm mới "
        "với sự tham dự của lãnh đạo các khoa, phòng.")
MORE = "Hội nghị đã thảo luận, thống nhất các giải pháp thực hiện trong thời gian tới."


# ---------------------------------------------------------------- a tagline of virtues is no byline

@pytest.mark.parametrize("tagline", ["TẬN TÂM - CHUYÊN NGHIỆP - HIỆN ĐẠI", "Đoàn kết - Sáng tạo - Phát triển",
                                     "UY TÍN – CHẤT LƯỢNG", "Minh bạch - Kỷ cương - Trách nhiệm"])
def test_a_tagline_of_virtues_joined_by_dashes_is_no_byline(tagline):
    assert parse_byline(tagline) == ()


@pytest.mark.parametrize("line, authors", [
    ("Minh Anh - Thu Hà", ("Minh Anh", "Thu Hà")),
    ("Phương Loan - Huyền Phạm", ("Phương Loan", "Huyền Phạm")),
    ("Thân Thiện", ("Thân Thiện",)),  # one pair alone may be a surname-led name
])
def test_authors_joined_by_dashes_still_read(line, authors):
    assert parse_byline(line) == authors


def test_a_masthead_over_a_tagline_and_a_headline_in_capitals_is_not_the_title():
    headline = "ĐẠI HỘI CÔNG ĐOÀN TRUNG TÂM Y TẾ HUYỆN NAM SƠN LẦN THỨ V, NHIỆM KỲ 2023 – 2028"
    read = reading(f"TRUNG TÂM Y TẾ HUYỆN NAM SƠN\n\nTẬN TÂM - CHUYÊN NGHIỆP - HIỆN ĐẠI\n\n{headline}\n\n20-03-2024 09:10\n\n"
                   f"{LEAD}\n\n{MORE}\n")
    assert read.article.title == headline
    assert read.article.author == ""


def test_a_tagline_is_chrome_but_a_headline_with_dashes_is_not():
    from archive.read.chrome import is_noise_line
    assert is_noise_line("TẬN TÂM - CHUYÊN NGHIỆP - HIỆN ĐẠI")
    assert not is_noise_line("Đoàn kết - sáng tạo: phong trào thi đua của thanh niên huyện Nam Sơn năm 2024")


# ---------------------------------------------------------------- a site account before the writer's name

@pytest.mark.parametrize("line, authors", [
    ("Tác giả bài viết: admin - lê thu hằng", ("Lê Thu Hằng",)),
    ("Người đăng: Quản trị viên - Minh Anh", ("Minh Anh",)),
    ("Tác giả: admin", ()),
    ("admin - trang chủ", ()),
])
def test_a_site_account_before_a_name_is_no_author_and_the_name_is(line, authors):
    assert parse_byline(line) == authors


# ---------------------------------------------------------------- a name glued to the text with its credit

HEAD = "Hội nghị tổng kết công tác năm 2023 của Trung tâm Y tế huyện Nam Sơn\n\n20-03-2024 09:10\n\n"


@pytest.mark.parametrize("credit", ["(thực hiện)", "(bài và ảnh)", "(tổng hợp)"])
def test_a_full_name_and_its_credit_after_the_last_full_stop_is_the_byline(credit):
    article = reading(f"{HEAD}{LEAD}\n\n{MORE} Lê Thu Hằng {credit}\n").article
    assert article.author == "Lê Thu Hằng" and article.blocks[-1].text.endswith("thời gian tới.")


def test_a_name_glued_to_a_lone_lead_is_the_byline_and_leaves_the_lead():
    article = reading(f"{HEAD}{LEAD} Lê Thu Hằng (thực hiện)\n").article
    assert article.author == "Lê Thu Hằng" and article.lead.endswith("các khoa, phòng.")


def test_words_in_brackets_after_the_last_sentence_are_no_byline():
    article = reading(f"{HEAD}{LEAD} Xem thêm (ảnh minh họa)\n").article
    assert article.author == ""
