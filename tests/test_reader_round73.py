"""Round 73: what holdout 72 showed once, as kinds (made-up pastes, near-misses beside each case).

1. A line the address's slug spells whole (every word, no other, an id's number aside) outweighs a line it only
   nearly spells (a caption rewording the headline) and a longer subtitle under the headline (read/slugs.py).
2. A section's path and its rubric after a colon ("Tin tức - Sự kiện: <rubric>") over the date line is the page's
   place, not a headline the date line closes (read/joined_sections.py).
3. A date printed at the headline's end is none of the words the slug must spell (read/title_weights._dateless).
4. Seen on the new files' variants: an account's word under the date line ("admin") is counted past when a headline
   asking a question looks for the sentence under it (read/head_window.headline_with_stop).
"""
from __future__ import annotations

import pytest

from archive.read.head_window import headline_with_stop
from archive.read.joined_sections import section_rubric
from archive.read.slugs import slug_words, spelled_whole
from made_up_pastes import LEAD, MORE, MORE2, fields_of, numbered_lines, paragraphs

# 1. The slug spells the headline whole.
HEADLINE = "Chi bộ 5 đảng bộ xã Tân Lập tổ chức đại hội điểm chi bộ nhiệm kỳ 2025-2027"
REWORDED = "Chi bộ thôn 5 xã Tân Lập tiến hành đại hội điểm chi bộ nhiệm kỳ 2025-2027"
SLUGGED = ("https://tanlap.example.gov.vn/tin-tuc-su-kien/xay-dung-dang/"
           "chi-bo-5-dang-bo-xa-tan-lap-to-chuc-dai-hoi-diem-chi-bo-nhiem-ky-2025-2027.html")


@pytest.mark.parametrize(("text", "url", "expected"), [
    (HEADLINE, SLUGGED, True),
    (REWORDED, SLUGGED, False),  # "thôn", "tiến hành": words the slug does not hold
    ("Kịch bản kết thúc mùa giải bóng đá năm 2025", "https://blog.example.net/kich-ban-ket-thuc-mua-giai-bong-da-nam-2025/",
     True),
    ("Làng cũ ở trong rừng sâu Kon Tu", "https://m.example.com.vn/lang-cu-o-trong-rung-sau-kon-tu-16806.html", True),
    ("Kịch bản kết thúc mùa giải", "https://blog.example.net/kich-ban-ket-thuc-mua-giai-bong-da-nam-2025/", False),
    ("ĐẠI HỘI ĐẢNG CÁC CẤP", "https://huyen.example.gov.vn/vi/dai-hoi-dang-cac-cap?id=12856", False),  # a section's path
    # a tab's title: the headline, then the site's name the headline already holds
    ("HỘI LÀM VƯỜN VIỆT NAM: 30 NĂM HOẠT ĐỘNG VÀ THÀNH TỰU NỔI BẬT - Hội Làm vườn Việt Nam",
     "http://hoi.example.org.vn/xem-tin-tuc/hoi-lam-vuon-viet-nam-30-nam-hoat-dong-va-thanh-tuu-noi-bat.html", False),
    ("HỘI LÀM VƯỜN VIỆT NAM: 30 NĂM HOẠT ĐỘNG VÀ THÀNH TỰU NỔI BẬT",
     "http://hoi.example.org.vn/xem-tin-tuc/hoi-lam-vuon-viet-nam-30-nam-hoat-dong-va-thanh-tuu-noi-bat.html", True),
])
def test_the_slug_spells_a_line_whole_only_with_every_word_and_no_other(text, url, expected) -> None:
    assert spelled_whole(text, slug_words(url)) is expected


def test_a_caption_rewording_the_headline_under_it_is_no_headline() -> None:
    body = "\n".join([HEADLINE, REWORDED, LEAD, MORE, MORE2]) + "\n"
    assert fields_of(body, SLUGGED)["title"] == HEADLINE


def test_a_longer_subtitle_under_a_headline_the_slug_spells_is_no_headline() -> None:
    headline = "Kịch bản kết thúc mùa giải bóng đá năm 2025"
    subtitle = ("Các đội bóng vẫn tỏ ra bình tĩnh, nhưng khó mà bác bỏ rằng mùa giải đang chịu “vết thương tài chính” "
                "nghiêm trọng")
    body = paragraphs("Bóng đá châu Âu", headline, subtitle, "Nguồn: Báo Thể thao\nphuong an ket thuc mua giai", LEAD,
                      MORE, MORE2)
    assert fields_of(body, "https://blog.example.net/kich-ban-ket-thuc-mua-giai-bong-da-nam-2025/")["title"] == headline


def test_a_section_name_the_path_spells_whole_stays_a_label() -> None:
    """The near-miss: the path names the section ("/dai-hoi-dang-cac-cap?id=..."), its label over the headline."""
    headline = "Đẩy mạnh phong trào thi đua yêu nước chào mừng Đại hội Thi đua yêu nước toàn quốc lần thứ XI"
    body = "\n".join(["ĐẠI HỘI ĐẢNG CÁC CẤP", headline, LEAD, MORE, MORE2]) + "\n"
    assert fields_of(body, "https://huyen.example.gov.vn/vi/dai-hoi-dang-cac-cap?id=12856")["title"] == headline


# 2. A section's path and rubric over the date line.
@pytest.mark.parametrize(("text", "expected"), [
    ("Tin tức - Sự kiện: Đưa nghị quyết của Đảng vào cuộc sống", True),
    ("Kinh tế / Xã hội: Nông thôn mới", True),
    ("Phóng sự: Một ngày với những người gác rừng", False),  # one name before the colon opens real headlines
    ("Video: Bình Sơn sẵn sàng cho ngày bầu cử", False),
    ("Hà Nội - Huế: Hai thành phố, một tình yêu", False),  # places, no sections
    ("Tin tức - Sự kiện", False),  # no rubric
    ("Tin tức - Sự kiện: " + " ".join(["Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng"] * 2), False),
])
def test_a_section_path_and_its_rubric(text, expected) -> None:
    assert section_rubric(text) is expected


HEAD = ("Những điểm mới trong văn kiện Đại hội của Đảng về thúc đẩy đổi mới sáng tạo, chuyển giao, ứng dụng và phát "
        "triển mạnh mẽ khoa học và công nghệ")


def test_a_section_path_and_rubric_over_the_date_line_is_no_headline() -> None:
    body = paragraphs("Chi tiết tin - Sở Khoa học và Công nghệ",
                      "Khoa học, Công nghệ và Đổi mới sáng tạo – Khơi dậy khát vọng kiến tạo tương lai\n"
                      "Tin tức - Sự kiện: Đưa nghị quyết của Đảng vào cuộc sống",
                      "Ngày đăng: 05-05-2021", HEAD, LEAD, MORE, MORE2)
    found = fields_of(body, "https://so.example.gov.vn/chi-tiet-tin/-/view-article/1/1663228888354")
    assert found["title"] == HEAD
    assert str(found["date"]) == "2021-05-05"


def test_a_headline_over_its_date_line_still_closes_as_the_headline() -> None:
    """The near-miss: a headline with a colon after a place (no section path) over the date line stays the headline."""
    headline = "Hà Nội - Huế: Hai thành phố, một tình yêu"
    body = paragraphs("Chi tiết tin - Sở Văn hóa", headline, "Ngày đăng: 05-05-2021", LEAD, MORE, MORE2)
    assert fields_of(body, "https://so.example.gov.vn/chi-tiet-tin/-/view-article/1/1663228888354")["title"] == headline


def test_a_date_at_the_headlines_end_is_no_word_the_slug_must_spell() -> None:
    """A headline with its day printed after it ("... năm 2018 05-05-2020") is still the line the slug spells (a
    slug a word or two short of it, as sites cut them), over a subheading standing right over the lead."""
    headline = "Kết quả khảo sát mức sống dân cư Việt Nam năm 2018"
    body = paragraphs(f"{headline} 05-05-2020", "Một số đặc điểm nhân khẩu học cơ bản liên quan đến mức sống", LEAD, MORE)
    found = fields_of(body, "http://thongke.example.vn/ket-qua-khao-sat-muc-song-dan-cu-nam-2018.htm")
    assert (found["title"], str(found["date"])) == (headline, "2020-05-05")


# 4. Seen on the new files' variants: a headline asking a question over its date line and an account's word.
def test_a_headline_asking_over_its_date_line_and_an_account_is_still_the_headline() -> None:
    headline = "Tác động của bảng giá đất mới đến thị trường: Cú hích hay gánh nặng đẩy giá nhà?"
    body = paragraphs("28/12/2024 | 07:34 GMT+7, Hà Nội", headline, "Cập nhật lúc: 27/12/2024, 08:57\nadmin", LEAD,
                      MORE, MORE2)
    assert fields_of(body)["title"] == headline


@pytest.mark.parametrize(("under", "expected"), [
    ("admin", True),  # an account's word: no sentence, no headline, counted past
    ("Chia sẻ bài viết này lên mạng xã hội", False),  # a longer line: the question's reach ends there, as before
])
def test_only_an_accounts_word_or_two_stretches_the_reach_to_the_sentence_under_a_question(under, expected) -> None:
    question = "Tác động của bảng giá đất mới đến thị trường: Cú hích hay gánh nặng đẩy giá nhà?"
    lines = numbered_lines("28/12/2024 | 07:34 GMT+7, Hà Nội", question, "Cập nhật lúc: 27/12/2024, 08:57", under, LEAD)
    assert headline_with_stop(lines, 0, 1) is expected

