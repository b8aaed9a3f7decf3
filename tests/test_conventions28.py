"""Conventions round 28: SOURCE-WRAPPED pastes (made-up pastes, near-misses beside each case).

A paste that keeps its page's source line breaks cuts every line at a width, the headline, the date line
and a byline with its post too, an uneven source leaving a word alone ("Ngày" / "01/3/2025, ..."). In a
paste wrapped so (twice at least in small letters), read/source_wraps.py joins each wrap into the line it
cuts; a paste wrapped nowhere else, a menu in small letters, a short date line or a "by" credit in small
letters, a line the width did not cut over a name, a capitals label, all stay as they are.
"""
from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from archive.read.source_wraps import join_source_wraps
from made_up_pastes import LEAD, MORE, MORE2, fields_of, numbered_lines

WIDTH = 60
HEADLINE = "Hội nghị học tập, quán triệt chuyên đề năm 2024 về tư tưởng Hồ Chí Minh tại Đảng bộ xã Phước Lâm"
WRITER = "Trần Minh Khoa"
POST = "Trung tâm Văn hóa, Thông tin và Thể thao huyện Phước Lâm"


def cut(text: str, width: int = WIDTH) -> list[str]:
    """`text` as a source cut at `width` prints it, at word boundaries."""
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)


BODY = [*cut(LEAD), *cut(MORE), *cut(MORE2)]  # three paragraphs cut at the width, going on in small letters


def test_a_source_wrapped_paste_reads_its_headline_date_and_writer() -> None:
    assert cut(HEADLINE)[1][:1].isupper()  # the headline's cut goes on in a capital: "... tư tưởng" / "Hồ Chí Minh ..."
    paste = [*cut(HEADLINE), "Cập nhật lúc 10:20 ngày", "12/03/2024", *BODY, *cut(f"{WRITER} - {POST}")]
    found = fields_of("\n".join(paste))
    assert (found["title"], found["date"], found["author"]) == (HEADLINE, dt.date(2024, 3, 12), WRITER)


def test_a_word_left_alone_opens_the_lead_and_the_day_goes_on_under_ngay() -> None:
    paste = [*cut(HEADLINE), "Thứ Ba, ngày", "12/03/2024 | 08:15", "Sáng", *cut(LEAD.removeprefix("Sáng ")), *BODY[3:]]
    found = fields_of("\n".join(paste))
    assert (found["title"], found["date"]) == (HEADLINE, dt.date(2024, 3, 12))


def test_a_wrap_s_last_words_are_no_writer() -> None:
    last = "Các chi bộ tiếp tục sinh hoạt chuyên đề hằng tháng tại xã Phước Lâm"
    lines = cut(last)
    assert lines[-1] == "Phước Lâm"  # the cut leaves the place's name alone, in a name's shape
    found = fields_of("\n".join([*cut(HEADLINE), "12/03/2024", *BODY, *lines]))
    assert found["author"] == "" and found["title"] == HEADLINE


def _joined(*texts: str) -> list[str]:
    return [text for _, text in join_source_wraps(numbered_lines(*texts)) if text]


@pytest.mark.parametrize("upper, lower", [
    ("Kết quả thực hiện chương trình", "trình “Triệu phần quà san sẻ yêu thương”"),  # a small letter
    ("Ngày", "01/3/2025, Chi hội phụ nữ ấp 2 tổ chức họp mặt"),  # a lone day word over a digit
    ("Cập nhật lúc 10:20 ngày", "12/03/2024"),  # a date line cut before its day
    ("Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam", "(3/2/1930 - 3/2/2025)"),  # an anniversary's span
    ("Đảng bộ trường học tập, quán triệt Nghị quyết Hội nghị Trung ương", "6"),  # a number alone
    ("CHÀO MỪNG KỶ NIỆM 25 NĂM NGÀY THÀNH LẬP HỘI NÔNG DÂN XÃ", "PHƯỚC LÂM"),  # a capitals headline's end
    tuple(cut(HEADLINE)),  # cut at the width: the next line's first word would not have fit
])
def test_a_wrap_is_joined_into_the_line_it_cuts(upper: str, lower: str) -> None:
    assert _joined(upper, lower, *BODY)[0] == f"{upper} {lower}"


@pytest.mark.parametrize("texts", [
    # a paste wrapped nowhere else: its lines stand as they are
    (*cut(HEADLINE), "Ngày", "01/3/2025, Chi hội phụ nữ ấp 2 tổ chức họp mặt", LEAD, MORE),
    # a menu in small letters: no line opens a paragraph
    ("tiểu thuyết", "truyện ngắn", "lý luận phê bình văn học hiện đại", "những bài báo", *BODY),
    # a short date line and a "by" credit in small letters under the headline
    ("Hội nghị học tập chuyên đề năm 2024 tại xã Phước Lâm", "đăng lúc 10:00 ngày 12/3/2024", *BODY),
    ("Hội nghị học tập chuyên đề năm 2024 tại xã Phước Lâm", "bởi admin", *BODY),
    # a line the width did not cut over a name: a headline over its writer
    ("Hội nghị học tập chuyên đề năm 2024", "Minh Anh", *BODY),
    # a headline over a date line of its own
    (cut(HEADLINE)[0], "12/03/2024 08:15", *BODY),
    # a capitals headline over a capitals label closed by a colon; a line closed by a full stop
    ("DỰ THẢO CHƯƠNG TRÌNH HOẠT ĐỘNG NĂM 2025", "LÝ DO:", *BODY),
    ("Hội nghị kết thúc tốt đẹp.", "Minh Anh", *BODY),
    # a number under a short label, not a phrase cut
    ("Lượt xem:", "1205", *BODY),
    # an account, a staff code and a field's line under a headline the width did not cut
    ("Hội nghị học tập chuyên đề năm 2024 tại xã Phước Lâm", "admin", *BODY),
    ("HỘI NGHỊ HỌC TẬP CHUYÊN ĐỀ NĂM 2024 TẠI XÃ PHƯỚC LÂM", "PV", *BODY),
    ("Hội nghị học tập chuyên đề năm 2024 tại xã Phước Lâm", "Từ khóa: học tập, chuyên đề, Phước Lâm", *BODY),
    # a date line the width did not cut over a line in small letters
    ("Cập nhật lúc 08:15 ngày 17/09/2024", "hội diễn ra trong không khí vui tươi, đầm ấm", *BODY),
    # a breadcrumb over a headline opening in a small letter
    ("Trang chủ > Tin tức > Sự kiện", "kỷ niệm 81 năm Ngày Hội người cao tuổi Việt Nam", *BODY),
])
def test_near_misses_stay_as_they_are(texts: tuple[str, ...]) -> None:
    joined = _joined(*texts)
    kept = [text for text in texts if text not in BODY]
    assert joined[:len(kept)] == kept


@pytest.mark.parametrize("texts", [
    # a menu of short items in small letters: no line cut at a source's width
    ("Trang tin tức tổng hợp về văn hóa và xã hội", "lý luận phê bình văn học", "những bài báo", "điện ảnh, âm nhạc và hội họa",
     "truyện dân gian và thế giới", "Minh Anh", LEAD),
    # one line printed twice over a line in small letters: a slug's repeat, one wrap
    ("Đồng bào ở xã Phước Lâm tưng bừng đón lễ hội mùa xuân năm 2024", "dong bao o xa phuoc lam don le hoi",
     "Đồng bào ở xã Phước Lâm tưng bừng đón lễ hội mùa xuân năm 2024", "dong bao o xa phuoc lam don le hoi",
     "Minh Anh", LEAD),
])
def test_a_paste_with_no_source_wraps_is_left_as_it_is(texts: tuple[str, ...]) -> None:
    assert _joined(*texts) == list(texts)


def test_the_rule_joins_into_the_first_line_and_blanks_the_rest() -> None:
    out = join_source_wraps(numbered_lines("Ngày", "01/3/2025, Chi hội phụ nữ ấp 2 tổ chức họp mặt", *BODY))
    assert out[0] == (1, "Ngày 01/3/2025, Chi hội phụ nữ ấp 2 tổ chức họp mặt") and out[1] == (2, "")
