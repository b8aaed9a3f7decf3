"""Round 56 (issue 13), on made-up text: a line with no letter is no title; a date and a clock glued to
the headline below a list of links; a file's name is no date line; English ordinal dates; a headline
opening the paste that the slug names; a print view's empty labels; a teaser's label.

A lone mark ("-", "|", "...", "•") never names an article (read/letterless_titles.py, and the head's first
line skips it). A date and a clock glued to a capital ("19/09/2025 21:32Ba bộ phim ...") are split anywhere
in the paste (glued.clock_split); a line ending in a lone dash is a links list's item (candidates.broken_off);
the slug naming the line under the date line takes the bonus from the line over it. A screenshot's or an
image's file name is never a date candidate (read/file_name_dates.py). "15th of March, 2026" is a date
(text/month_names.py). The slug naming the first line only, over a line no longer, makes it the headline
(read/slug_openers.py; a slug spelling a headline's part before its colon names it, slugs.py). Empty labels
before "Tên bài:" are off the title (title_lines.py); "Bài hot:" is a ticker's label (labels.py).
"""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.candidates import broken_off
from archive.read.file_name_dates import file_name_date
from archive.read.glued import clock_split
from archive.read.labels import linked_elsewhere
from archive.read.letterless_titles import letterless
from archive.read.slug_openers import slug_opener_weight
from archive.read.slugs import named_by_slug, slug_words
from archive.read.title_lines import field_label_off
from archive.text.dates import find_date
from made_up_pastes import fields_of, paragraphs, title_of

_HEAD = "Những điều cần biết khi chọn mua đèn bàn học cho trẻ nhỏ"
_LEAD = ("Chọn đèn bàn học cho trẻ không chỉ là chọn một món đồ đẹp: ánh sáng đủ, không nhấp nháy và đặt đúng "
         "chỗ giúp trẻ đỡ mỏi mắt, ngồi đúng tư thế và giữ thói quen học tập tốt trong nhiều năm liền.")
_MORE = ("Theo các chuyên gia, đèn nên có độ sáng khoảng 500 lux ở mặt bàn, ánh sáng trung tính và chao đèn che "
         "kín bóng, để trẻ không nhìn thẳng vào nguồn sáng khi cúi xuống đọc sách hay viết bài.")
_URL = "https://example.org/tin/nhung-dieu-can-biet-khi-chon-mua-den-ban-hoc-cho-tre-nho-12345.html"


# 1. A line with no letter; a date and a clock glued to the headline.
@pytest.mark.parametrize("mark", ["-", "|", "...", "•", "–", "***", "2024", "1 - 2"])
def test_a_line_with_no_letter_is_no_title(mark: str) -> None:
    assert letterless([mark, _HEAD], [0, 1]) == {0}
    assert title_of(paragraphs(mark, _HEAD, _LEAD, _MORE)) == _HEAD


@pytest.mark.parametrize("kept", ["A", "5G", "Đ", "iPhone 16", "- Tin mới"])
def test_a_line_with_a_letter_stays_in_the_pool(kept: str) -> None:
    assert letterless([kept], [0]) == set()


@pytest.mark.parametrize("glued, date, rest", [
    ("19/09/2025 21:32Ba bộ phim Việt đang lao đao", "19/09/2025 21:32", "Ba bộ phim Việt đang lao đao"),
    ("19-09-2025 21:32:05Ba bộ phim Việt", "19-09-2025 21:32:05", "Ba bộ phim Việt"),
    ("1.9.2025 9:32Đây là tin mới", "1.9.2025 9:32", "Đây là tin mới"),
])
def test_a_date_and_clock_glued_to_a_capital_split(glued: str, date: str, rest: str) -> None:
    assert clock_split(glued) == [date, rest]


@pytest.mark.parametrize("kept", ["19/09/2025 21:32PM Ba bộ phim", "19/09/2025 21:32 Ba bộ phim Việt",
                                  "19/09/2025Ba bộ phim Việt", "19/09/2025 21:32ba bộ phim", "19/09/2025 21:32Sáng nay",
                                  "Ba bộ phim 19/09/2025 21:32Việt"])
def test_near_misses_of_a_glued_clock_stay(kept: str) -> None:
    assert clock_split(kept) == [kept]


def test_a_headline_glued_to_its_date_under_a_list_of_links() -> None:
    links = [f"Tin {word} về chuyện giá vàng hôm nay tăng mạnh ở thành phố {n} -"
             for n, word in enumerate(["một", "hai", "ba", "bốn", "năm", "sáu"], 1)]
    url = "https://example.org/giai-tri/nhung-dieu-can-biet-khi-chon-mua-den-ban-hoc-cho-tre-nho-tintuc123"
    body = "\n".join(["-", *links, "Tin cuối cùng về chuyện giá vàng hôm nay", "Giải trí",
                      f"19/09/2025 21:32{_HEAD}", _LEAD, _MORE]) + "\n"
    found = fields_of(body, url)
    assert (found["title"], found["date"]) == (_HEAD, dt.date(2025, 9, 19))


@pytest.mark.parametrize("text, cut", [("Tin mới về giá vàng -", True), ("Tin mới về giá vàng –", True),
                                       ("Tin mới - giá vàng", False), ("Tin mới về giá vàng", False)])
def test_a_line_ending_in_a_lone_dash_is_broken_off(text: str, cut: bool) -> None:
    assert broken_off(text) is cut


# 2. A file's name is no date line.
@pytest.mark.parametrize("name", ["Ảnh màn hình 2024-11-12 lúc 16.32.31", "Anh man hinh 2024-11-12 luc 16.32.31",
                                  "ẢNH MÀN HÌNH 12/11/2024", "Chụp màn hình 2024-11-12", "Screenshot 2024-11-12 at 16.32.31",
                                  "Screen Shot 2024-11-12 at 4.32.31 PM", "IMG_20241112_163231",
                                  "z5012345_2024-11-12.jpg", "anh_man_hinh_2024-05-29_luc_21.51.55.png",
                                  "hoi-nghi-12-11-2024.webp"])
def test_a_file_name_is_no_date_line(name: str) -> None:
    assert file_name_date(name)
    assert fields_of(paragraphs(_HEAD, name, _LEAD, _MORE))["date"] is None


@pytest.mark.parametrize("line", ["Cập nhật 12/11/2024 16:32", "Ảnh: 12/11/2024", "Ngày 12/11/2024",
                                  "Hình ảnh ngày 12/11/2024 tại hội nghị", "Màn hình hiển thị ngày 12/11/2024",
                                  "Thứ Ba, 12/11/2024 - 16:32"])
def test_near_misses_of_a_file_name_stay_date_lines(line: str) -> None:
    assert not file_name_date(line)


def test_a_date_line_stays_the_date_under_a_screenshot_name() -> None:
    found = fields_of(paragraphs(_HEAD, "Thứ Ba, 12/11/2024 - 16:32", "Ảnh màn hình 2024-11-15 lúc 16.32.31", _LEAD, _MORE))
    assert found["date"] == dt.date(2024, 11, 12)


# 3. English ordinal dates.
@pytest.mark.parametrize("text, day", [("15th of March, 2026", dt.date(2026, 3, 15)), ("March 15th, 2026", dt.date(2026, 3, 15)),
                                       ("1st April 2025", dt.date(2025, 4, 1)), ("2nd of May 2024", dt.date(2024, 5, 2)),
                                       ("23RD OF JUNE, 2023", dt.date(2023, 6, 23)), ("3rd of Sept 2022", dt.date(2022, 9, 3))])
def test_an_english_ordinal_date_is_read(text: str, day: dt.date) -> None:
    assert find_date(text)[0] == day
    assert fields_of(paragraphs(_HEAD, "Nguyễn Phương Anh", text, _LEAD, _MORE))["date"] == day


@pytest.mark.parametrize("text", ["15 of tháng Ba 2024", "the 3rd of may 2024", "15th of Marchs 2026"])
def test_near_misses_of_an_ordinal_date(text: str) -> None:
    assert find_date(text) is None


# 4. A headline opening the paste that the slug names.
@pytest.mark.parametrize("under", ["Mở Đầu: Thực Trạng Đáng Báo Động Hiện Nay", "Giới thiệu chung về đèn học",
                                   "Đèn học nào an toàn cho mắt trẻ?", "Chọn đèn - nhưng chọn thế nào?"])
def test_a_first_line_the_slug_names_beats_a_line_under_it(under: str) -> None:
    assert title_of(paragraphs(_HEAD, under, _LEAD, _MORE), _URL) == _HEAD
    assert title_of(f"{_HEAD}\n{under}\n{_LEAD}\n{_MORE}\n", _URL) == _HEAD


def test_a_headline_ending_in_a_call_the_slug_names() -> None:
    head = "90% Phụ Huynh Có Thể Chọn Sai Đèn Học Cho Trẻ!"
    url = "https://example.org/posts/90-phu-huynh-co-the-chon-sai-den-hoc-cho-tre"
    assert title_of(paragraphs(head, "Đèn học đẹp - nhưng liệu có an toàn?", _LEAD, _MORE), url) == head


def test_a_section_name_the_slug_names_over_a_longer_headline_gains_nothing() -> None:
    slug = slug_words("https://example.org/vi/dai-hoi-dang-cac-cap?id=12856")
    lines = [(1, "ĐẠI HỘI ĐẢNG CÁC CẤP"), (2, _HEAD)]
    assert slug_opener_weight(lines, [0, 1], 0, slug) == 0.0
    assert slug_opener_weight([(1, "Đại hội Đảng các cấp nhiệm kỳ mới"), (2, "Giới thiệu")], [0, 1], 0, slug) > 0
    assert slug_opener_weight(lines, [0, 1], 1, slug) == 0.0  # only the first line


@pytest.mark.parametrize("line, named", [
    ("Bitcoin Ponzi Scheme Vietnam Examples: Cảnh Báo Toàn Diện", True),
    ("bitcoin ponzi scheme vietnam examples : cảnh báo", True),
    ("Bitcoin Ponzi Scheme Vietnam: Cảnh Báo", False),  # part of the slug: another line's opening
    ("Cảnh Báo: Bitcoin Ponzi Scheme Vietnam Examples Toàn Diện", False),
])
def test_the_slug_names_a_headline_before_its_colon(line: str, named: bool) -> None:
    assert named_by_slug(line, slug_words("https://example.org/vi/bitcoin-ponzi-scheme-vietnam-examples")) is named


# 5. A print view's empty labels; a teaser's label.
@pytest.mark.parametrize("line", [f"Người biên tập: Tên bài: {_HEAD}", f"Tác giả: Người biên tập: Tên bài: {_HEAD}",
                                  f"nguoi bien tap: tieu de: {_HEAD}", f"Tên bài: {_HEAD}", f"Tiêu đề:{_HEAD}"])
def test_empty_labels_before_the_title_label_are_off(line: str) -> None:
    assert field_label_off(line) == _HEAD


@pytest.mark.parametrize("line", [f"Người biên tập: {_HEAD}", _HEAD, "Sự thật: Tên bài hát gây tranh cãi"])
def test_near_misses_keep_their_labels(line: str) -> None:
    assert field_label_off(line) == line


@pytest.mark.parametrize("label", ["Bài hot", "BÀI HOT", "Bai hot", "Tin hot", "Bài viết liên quan", "Bài đọc nhiều"])
def test_a_teaser_label_is_a_ticker(label: str) -> None:
    assert linked_elsewhere(f"{label}: Cách chú khỉ con biến món đồ chơi thành hiện tượng")
    assert title_of(paragraphs(_HEAD, f"{label}: Cách chú khỉ con biến món đồ chơi thành hiện tượng toàn cầu", _LEAD, _MORE)) == _HEAD


@pytest.mark.parametrize("line", ["Hot: giá vàng", "Bài học: Luôn kiểm tra kỹ", "Bài hát: Quê hương"])
def test_near_misses_of_a_teaser(line: str) -> None:
    assert linked_elsewhere(line) is (line.startswith("Hot"))
