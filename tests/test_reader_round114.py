"""Round 114: holdouts 100's and 101's misses, as kinds (made-up pastes, near-misses beside each case), the invented
name first.

- A travel guide's section headings in capitals inside the text ("DI CHUYỂN", "ĂN UỐNG", "LƯU TRÚ"): words, never a
  writer (read/names.NOT_NAMES).
- A rare surname that opens phrases ("Từ", "Đồng", "Ông") before a common middle name ("Từ Đăng Trường"): a name, so
  three authors joined by commas with no space are read (read/phrase_surnames.MIDDLE_NAMES); "Từ Gia Lai", "Từ Hoàng
  Sa" ("from ...") stay none.
- A bullet's icon pasted as its name between the writer and the date ("Hoàng Hải dot Thứ 2, 19/09/2022"): a
  separator (read/candidates._SEPARATORS).
- A slug closed by the article's id spells a headline of five or six words whole: the page's own headline, over a
  heading the text opens with (read/slugs.spelled_whole).
- An English label over a date in words ("Lastest update: Thứ hai Ngày 27 tháng 4, 2015", a theme's misspelling):
  a date line's label, no event's subject (read/../text/date_labels.ENGLISH_LABEL_WORDS, read/event_headlines.py).
- A journal's authors, each on a line with an e-mail address, the first read as the lead, above the abstract
  (read/journal_authors._emailed_authors).

Left, said plainly: 101's 007 (file 023), a travel platform's writer in Latin letters with his Chinese name in
brackets, printed twice and run into a relative time; 100's 003, a two-digit-year date with an English clock
("2/09/23 11:00 AM"), its label reading it month first and its collector doubting it.
"""
from __future__ import annotations

import pytest

from archive.read.bylines import parse_byline
from archive.read.candidates import date_candidate
from archive.read.slugs import slug_words, spelled_whole
from made_up_pastes import HEAD, LEAD, MORE, MORE2, fields_of, paragraphs

# --- a travel guide's section headings


@pytest.mark.parametrize("line, names", [
    ("DI CHUYỂN", ()), ("Di Chuyển", ()), ("ĂN UỐNG", ()), ("LƯU TRÚ", ()), ("LỊCH TRÌNH", ()), ("CHI PHÍ", ()),
    # near-misses: names
    ("HOÀNG MINH KHANG", ("Hoàng Minh Khang",)), ("Lê Trải", ("Lê Trải",)),
])
def test_a_travel_guides_heading_is_no_name(line, names) -> None:
    assert parse_byline(line) == names


def test_a_travel_guides_heading_under_the_lead_is_no_writer() -> None:
    head = "Review một Mù Cang Chải mùa lúa chín rất khác"
    lead = ("Năm ngoái Mù Cang Chải hot trên mọi mặt trận, là người thích chụp ảnh và khám phá nên mình chắc chắn "
            "không bỏ qua được điểm đến này vào mùa lúa chín.")
    body = paragraphs(head, lead, head, "DI CHUYỂN", "Xe khách lên Mù Cang Chải chỉ có 3 hay 5 chuyến một ngày, "
                      "nên đoàn mình chọn đi xe giường nằm.", "CHỖ Ở và ĂN UỐNG", MORE)
    assert (fields_of(body).get("author") or "") == ""


# --- a rare surname before a common middle name


@pytest.mark.parametrize("line, names", [
    ("Từ Đăng Trường", ("Từ Đăng Trường",)),
    ("Nguyễn Quang Hoè,Trần Xuân Hạnh,Từ Đăng Trường", ("Nguyễn Quang Hoè", "Trần Xuân Hạnh", "Từ Đăng Trường")),
    ("Đồng Mạnh Hùng", ("Đồng Mạnh Hùng",)),
    # near-misses: "from" a place, a phrase
    ("Từ Gia Lai", ()), ("Từ Hoàng Sa", ()), ("Từ Trung Ương", ()), ("Đồng Hành Cùng", ()),
])
def test_a_rare_surname_before_a_middle_name(line, names) -> None:
    assert parse_byline(line) == names


def test_three_authors_joined_by_commas_over_their_hospital() -> None:
    body = paragraphs(HEAD, "- Mã số: 099017 - Tên đề tài: " + HEAD,
                      "Nguyễn Quang Hoè,Trần Xuân Hạnh,Từ Đăng Trường", "Bệnh viện Đa khoa huyện Hương Sơn",
                      "ĐẶT VẤN ĐỀ", LEAD, MORE)
    assert fields_of(body).get("author") == "Nguyễn Quang Hoè - Trần Xuân Hạnh - Từ Đăng Trường"


# --- a bullet's icon between the writer and the date


@pytest.mark.parametrize("line, byline", [
    ("Hoàng Hải dot Thứ 2, 19/09/2022", ("Hoàng Hải",)),
    ("Hoàng Hải | Thứ 2, 19/09/2022", ("Hoàng Hải",)),
    # near-miss: a place before the icon is a clock's, no writer
    ("Hà Nội dot Thứ 2, 19/09/2022", ()),
])
def test_a_bullets_icon_word_between_writer_and_date(line, byline) -> None:
    candidate = date_candidate(0, 1, line)
    assert candidate is not None and candidate.byline == byline


# --- a short headline the slug spells whole, with the article's id


@pytest.mark.parametrize("url, whole", [
    ("https://gody.vn/bai-viet/nhung-chuyen-di-cua-thanh-xuan-10134", True),
    # near-misses: no id (a section's path), a line with another word, too few words
    ("https://example.com/chuyen-muc/nhung-chuyen-di-cua-thanh-xuan/", False),
    ("https://example.com/bai-viet/nhung-chuyen-di-cua-tuoi-tre-10134", False),
    ("https://example.com/bai-viet/chuyen-di-xuan-10134", False),
])
def test_a_slug_with_an_id_spells_a_short_headline_whole(url, whole) -> None:
    assert spelled_whole("Những chuyến đi của thanh xuân", slug_words(url)) is whole


@pytest.mark.parametrize("url, title", [
    ("https://gody.vn/bai-viet/nhung-chuyen-di-cua-thanh-xuan-10134", "Những chuyến đi của thanh xuân"),
    # near-miss: an address that spells neither line: the trip's headline under the date line stays the title
    ("https://gody.vn/bai-viet/10134", "Mù Cang Chải 4D3N - Một mình tìm về danh thắng ruộng bậc thang"),
])
def test_a_blogs_title_over_its_writer_and_date(url, title) -> None:
    body = ("Blog Những chuyến đi của thanh xuân\ncover\n\nNhững chuyến đi của thanh xuân\n\navatar\n"
            "Hoàng Hải dot Thứ 2, 19/09/2022\nTheo dõi Gody.vn trên Google news\n"
            "Mù Cang Chải 4D3N - Một mình tìm về danh thắng ruộng bậc thang\nDay 1 - 14/9: Sài Gòn - Hà Nội - Ngã 3 Kim\n"
            f"{LEAD}\n{MORE}\n")
    found = fields_of(body, url)
    assert found.get("title") == title and str(found["date"]) == "2022-09-19"


# --- an English label over a date in words


@pytest.mark.parametrize("line, dated", [
    ("Lastest update: Thứ hai Ngày 27 tháng 4, 2015", True),
    ("Latest update: Thứ hai Ngày 27 tháng 4, 2015", True),
    ("Last update: 27/04/2015 10:00", True),
    # near-miss: an event's subject, a colon and its day in words: a headline
    ("Hội thảo quốc tế: Thứ hai ngày 27/4/2015", False),
])
def test_an_english_update_label(line, dated) -> None:
    assert (date_candidate(0, 1, line) is not None) is dated


def test_a_faculty_page_under_its_section_printed_twice() -> None:
    head = "Hội thảo khoa học quốc gia: Cuộc kháng chiến chống Mỹ, cứu nước (1954 - 1975) trong nghiên cứu và giảng dạy"
    body = paragraphs("nghiên cứu khoa học\nnghiên cứu khoa học", head, head,
                      "Lastest update: Thứ hai Ngày 27 tháng 4, 2015", LEAD, MORE)
    found = fields_of(body)
    assert found.get("title") == head and str(found["date"]) == "2015-04-27"


# --- a journal's authors with their e-mail addresses


ABSTRACT = "Chủ tịch Hồ Chí Minh suốt cuộc đời cống hiến trọn vẹn cho độc lập, tự do của dân tộc, hạnh phúc của nhân dân."
AUTHORS = ("Phạm Thanh Tuấn * phamthanhtuan187@gmail.com Học viện Khoa học Xã hội Việt Nam, Quận 1\n"
           "Phùng Đức Ngọc ducngoc25051999@gmail.com Trường Trung học phổ thông Lương Văn Can, Quận 8")


@pytest.mark.parametrize("under, author", [
    ("Tóm tắt:", "Phạm Thanh Tuấn - Phùng Đức Ngọc"),
    # near-miss: no abstract under them: a contact list, no writers
    ("Liên hệ để biết thêm chi tiết.", ""),
])
def test_a_journals_authors_with_their_e_mail(under, author) -> None:
    body = f"{HEAD}\n\n{HEAD}\n\n{AUTHORS}\n{under}\n{ABSTRACT}\n\n{MORE2}\n"
    found = fields_of(body)
    assert (found.get("author") or "") == author and found.get("lead")


@pytest.mark.parametrize("headline", [
    "“THƯ CỦA BAN CỐ VẤN HỘI ĐỒNG PHAN TỘC VIỆT NAM”",  # opens on a quote mark
    "thư của ban cố vấn hội đồng phan tộc việt nam",  # small letters, but marked: no alt text
])
def test_the_slug_headline_under_a_pinned_notice_opens_as_it_likes(headline) -> None:
    """Round 113's rule with round 114's guard: only small unmarked letters (an image's alt text) keep a line the
    slug spells whole from closing the head's sentence over it; a quote mark or small marked letters do not."""
    url = "https://example.violet.vn/entry/thu-cua-ban-co-van-hoi-dong-phan-toc-viet-nam-4400267.html"
    notice = ("Đường link đọc Gia phả chi Phan Kiêm Tài đã được chuẩn số hóa, mọi người có thể truy cập link để đọc "
              "mọi lúc mọi nơi.")
    body = f"GIA PHẢ CHI PHAN KIÊM TÀI\n{notice}\n{headline}\nThưa bà con đồng tộc\n{LEAD}\n{MORE}\n"
    assert fields_of(body, url).get("title") == headline
