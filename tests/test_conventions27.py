"""Conventions round 27: decoys (name-like lines that credit no writer) and writers' forms fresh sets missed.

A quote's author signed under it after a dash, a speaker printed with his own post in the text and a
brand under an app's banner are no bylines; two full names joined by a dash and closed by a full stop,
and a name in brackets under the headline, are. Near-misses keep their reading: a dashed name under a
last paragraph that only ends with a quote is the writer, a name over his post on the next line under
the lead is the writer, a headline naming its writer over the name is no banner. Every name, brand, page
and address here is made up.
"""
import pytest

from made_up_pastes import HEAD, LEAD, MORE, MORE2, author_of, title_of
from archive.read.banner_echoes import banner_echo
from archive.read.decoy_names import bracketed_head_name, own_post, quote_attribution
from benchmarks.byline_variants import BYLINE_TRANSFORMS
from benchmarks.decoy_variants import DECOYS
from benchmarks.variants import find_spots

DATE = "12/03/2024 08:15"
QUOTE = "“Đảng viên đi trước, làng nước theo sau.”"


def page(*under_lead: str, head: tuple[str, ...] = (), top: tuple[str, ...] = (), end: tuple[str, ...] = ()) -> str:
    return "\n".join([*top, HEAD, DATE, *head, "", LEAD, *under_lead, "", MORE, "", MORE2, *end, "", "Bình luận"]) + "\n"


# ---- a quote's author after a dash is no byline; a writer after a dash at the end still is
@pytest.mark.parametrize("above, text, closing, expected", [
    (QUOTE, "— Trần Quang Khải", False, True),
    ("“Học, học nữa, học mãi”", "- Lê Minh Đức", False, True),
    (f"Ông nói: {QUOTE}", "— Trần Quang Khải", False, False),  # a paragraph ending with a quote: prose
    (f"Ông nói: {QUOTE}", "— Trần Quang Khải", True, True),  # ... under the lead, where no writer signs so
    (QUOTE, "Trần Quang Khải", False, False),  # no dash
    ("Hội nghị kết thúc tốt đẹp.", "- Trần Quang Khải", True, False),  # no quote above
])
def test_a_quote_s_attribution(above, text, closing, expected):
    assert quote_attribution(above, text, closing) is expected


def test_a_quote_s_author_under_the_lead_or_in_the_text_is_no_byline():
    assert author_of(page(QUOTE, "— Trần Quang Khải")) == ""
    assert author_of(page(end=("", QUOTE, "— Trần Quang Khải"))) == ""


def test_a_writer_after_a_dash_under_a_last_paragraph_ending_with_a_quote_is_still_read():
    closing = "Kết thúc hội nghị, đồng chí Bí thư nhấn mạnh: “Mỗi đảng viên phải là một tấm gương.”"
    assert author_of(page(end=("", closing, "- Trần Quang Khải"))) == "Trần Quang Khải"
    assert author_of(page(end=("", "- Trần Quang Khải"))) == "Trần Quang Khải"


# ---- a speaker printed with his own post in the text is no byline; a writer over his post still is
@pytest.mark.parametrize("text, expected", [
    ("ThS. Đỗ Minh Hiển, Phó Giám đốc Trung tâm Chính trị huyện", True),
    ("Đồng chí Lê Thành Vĩnh, Bí thư Đảng ủy xã", True),
    ("Đỗ Minh Hiển", False),
    ("Minh Anh, Thu Hà", False),  # two names, no post
])
def test_a_name_with_its_own_post(text, expected):
    assert own_post(text) is expected


def test_a_speaker_with_his_post_in_the_text_is_no_byline():
    speaker = "ThS. Đỗ Minh Hiển, Phó Giám đốc Trung tâm Chính trị huyện"
    body = "\n".join([HEAD, DATE, "", LEAD, "", MORE, speaker, "Đảng viên ưu tú của chi bộ thôn", "", MORE2]) + "\n"
    assert author_of(body) == ""  # in the text, a line the post reading would take under it
    listed = "\n".join([HEAD, DATE, "", LEAD, "Đến dự hội nghị có các đồng chí sau đây trong Ban Thường vụ:", speaker,
                         "", MORE, "", MORE2]) + "\n"
    assert author_of(listed) == ""  # under a list's opening line
    # right under the lead, and named nowhere else, it stays the writer with his post (round 62's design)
    assert author_of(page(speaker)) == "ThS. Đỗ Minh Hiển"


def test_a_writer_over_his_post_under_the_lead_is_still_read():
    assert author_of(page("Đỗ Minh Hiển", "Phó Giám đốc Trung tâm Chính trị huyện")) == "Đỗ Minh Hiển"
    assert author_of(page("ĐỖ MINH HIỂN")) == "Đỗ Minh Hiển"


# ---- a brand under an app's banner is no byline, whatever the headline under it; a headline naming its writer is no banner
def test_a_brand_under_an_app_s_banner():
    lines = [(1, "Tải ứng dụng Phúc Khang"), (2, "Phúc Khang"), (3, "Lễ kết nạp đảng viên mới tại chi bộ thôn.")]
    assert banner_echo(lines, 1, 2)
    assert not banner_echo([(1, "Tùy bút của Minh Khang"), (2, "Minh Khang"), (3, LEAD)], 1, 2)
    for headline in ("Lễ kết nạp đảng viên mới tại chi bộ thôn Đông.", "LỄ KẾT NẠP ĐẢNG", "Mừng Đảng, mừng Xuân!"):
        body = "\n".join(["Tải ứng dụng Phúc Khang", "", "Phúc Khang", "", headline, DATE, "", LEAD, "", MORE]) + "\n"
        assert author_of(body) == ""


def test_a_headline_naming_its_writer_over_the_name_keeps_the_writer():
    assert author_of("\n".join(["Tùy bút của Minh Khang", "", "Minh Khang", "", LEAD, "", MORE]) + "\n") == "Minh Khang"


# ---- two full names joined by a dash and closed by a stop, a name in brackets under the headline: writers
def test_two_full_names_closed_by_a_stop_at_the_end():
    assert author_of(page(end=("", "Lê Văn Khải – Trần Thu Hà."))) == "Lê Văn Khải - Trần Thu Hà"
    assert author_of(page(end=("", "               Văn Hòa – Đình Trung."))) == "Văn Hòa - Đình Trung"
    # a sentence of the same length closed by a stop names no one
    assert author_of(page(end=("", "Hội nghị kết thúc – các đại biểu ra về."))) == ""


def test_a_name_in_brackets_under_the_headline():
    assert bracketed_head_name([(1, HEAD), (2, "(Lê Văn Khải)")], 1) == ("Lê Văn Khải",)
    assert bracketed_head_name([(1, HEAD), (2, "(Hà Nội)")], 1) == ()  # a place
    assert bracketed_head_name([(1, HEAD), (2, "(TTXVN)")], 1) == ()  # an agency
    assert bracketed_head_name([(1, "(Lê Văn Khải)")], 0) == ()  # the first line: no headline over it
    assert author_of(page(head=("(Lê Văn Khải)",))) == "Lê Văn Khải"
    assert author_of(page(head=("(Ảnh minh họa)",))) == ""
    assert title_of(page(head=("(Lê Văn Khải)",))) == HEAD


# ---- the transformations themselves
LABEL = {"title": HEAD, "date": "2024-03-12", "bylines": ["Nguyễn Văn An"]}
END_PASTE = ["---", "url: https://example.gov.vn/a", "---", HEAD, DATE, LEAD, MORE, MORE2, MORE, "Nguyễn Văn An", "Bình luận"]


def test_decoys_put_their_lines_where_sites_print_them_and_keep_the_label_s_writer():
    spots = find_spots(END_PASTE, LABEL, 8)
    banner = DECOYS["decoy: brand under an app banner at the top"](END_PASTE, spots, LABEL)
    assert banner.lines[3:7] == ["Tải ứng dụng Phúc Thịnh", "", "Phúc Thịnh", ""] and banner.bylines is None
    quote = DECOYS["decoy: quote attribution '— X' in the text"](END_PASTE, spots, LABEL)
    assert quote.lines[6:8] == [QUOTE, "— Trần Quang Vinh"]
    speaker = DECOYS["decoy: speaker 'ThS. X, post' in the text"](END_PASTE, spots, LABEL)
    assert speaker is None  # the paste's second paragraph is within the head's reach
    contact = DECOYS["decoy: contact 'Liên hệ: X' at the end"](END_PASTE, spots, LABEL)
    assert contact.lines[9:11] == ["Nguyễn Văn An", "Liên hệ: Phạm Thu Trang"]  # under the end credit
    photo = DECOYS["decoy: photo credit 'Ảnh: X' at the end"](END_PASTE, spots, LABEL)
    assert photo.lines[9:11] == ["Ảnh: Hoàng Long", "Nguyễn Văn An"]  # over it


def test_byline_forms_reprint_the_label_s_writer():
    spots = find_spots(END_PASTE, LABEL, 8)
    two = BYLINE_TRANSFORMS["byline two pen names 'X – Y.' pushed right"](END_PASTE, spots, LABEL)
    assert two.lines[9].strip() == "Nguyễn Văn An – Trần Thu Hà." and two.bylines == ["Nguyễn Văn An", "Trần Thu Hà"]
    assert BYLINE_TRANSFORMS["byline '(X)' under the headline"](END_PASTE, spots, LABEL) is None  # an end byline
    post = BYLINE_TRANSFORMS["byline 'X, post' at the end"](END_PASTE, spots, LABEL)
    assert post.lines[9] == "Nguyễn Văn An, Phó Trưởng ban Tuyên giáo Huyện ủy"


# ---- a photo credit between the text and the writer closes no paragraph: the paragraph above it does
def test_a_writer_over_his_unit_under_a_photo_credit():
    assert author_of(page(end=("Ảnh: Hoàng Long", "Mai Sao - Vân Khánh", "Trung tâm Văn hóa huyện Bình Sơn"))) == \
        "Mai Sao - Vân Khánh"
    # the same unit under a line of the text that closes no sentence: no writer read from a list's lines
    assert author_of(page(end=("Các đơn vị tham gia", "Mai Sao - Vân Khánh", "Trung tâm Văn hóa huyện Bình Sơn"))) == ""


# ---- a weekday alone or an app's banner over the page's first line leaves it the first line: no writer
def test_the_page_s_first_line_under_a_weekday_or_an_app_s_banner_is_no_writer():
    from archive.read.decoy_names import top_chrome
    lines = [(1, "Chủ Nhật"), (2, "Tải ứng dụng Phúc Khang"), (3, "Phúc Khang"), (4, "Bình Sơn Quê Hương"), (5, HEAD)]
    assert top_chrome(lines, 5) == 3
    assert top_chrome([(1, "Chủ Nhật, 12/03/2024"), (2, HEAD)], 2) == 0  # a date line, no lone weekday
    assert top_chrome([(1, "Nguyễn Văn Bình"), (2, HEAD)], 2) == 0
    for top in ((), ("Chủ Nhật",), ("Tải ứng dụng Phúc Khang", "Phúc Khang")):
        # a site's name of two given names on the first line, as with nothing over it
        assert author_of("\n".join([*top, "Thông Khang", HEAD, DATE, "", LEAD, "", MORE]) + "\n") == ""
        # a full name alone over the headline is still a writer (head_bylines.first_line_byline)
        assert author_of("\n".join([*top, "Trần Văn Khang", HEAD, DATE, "", LEAD, "", MORE]) + "\n") == "Trần Văn Khang"
    # a writer under the headline is still read under them
    assert author_of("\n".join(["Chủ Nhật", HEAD, DATE, "Nguyễn Văn Bình", "", LEAD, "", MORE]) + "\n") == "Nguyễn Văn Bình"
