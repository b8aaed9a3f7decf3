"""Round 35 (holdout 34's kinds), on made-up pastes: a headline that names its event's day and hour
("Lễ X: Chủ nhật ngày ..., lúc 5 giờ chiều", "Thông báo: Lễ Y vào 9 giờ sáng thứ Bảy 12/8/2023") is the
title and no date line; a blog's closing name over its previous and next links ("Previous" / "Next Post
»", "« Bài trước | Trang chủ | Bài sau »") is the byline; a state document's bare number with its signing
day and its issuer is made whole ("Thông tư số 02 ngày 08/01/2016 của Bộ Quốc phòng" -> 02/2016/TT-BQP);
an author's field beside a date label of several words ("Ngày cập nhật:") keeps its name.
Near-misses stay as they are: date lines with labels, a weekday, a time or a name before the date; "Trang
chủ" or "Home" alone; a bare number with no issuer, no day, a Party body's, or a ministry the table does
not know; a Nghị quyết of the Government, whose symbol may or may not carry the year."""
import datetime as dt
from pathlib import Path

import pytest

from archive.enrich.citations import extract_references
from archive.enrich.state_numbers import state_symbol
from archive.models import Article
from archive.read.candidates import date_candidate
from archive.read.chrome import is_stop_line
from archive.read.event_headlines import event_headline
from archive.read.reader import read_text
from archive.registry.registries import load_registries
from archive.text.dates import all_dates
from archive.text.normalize import clean_text, fold
from benchmarks.eval_reader import citation_key, written
from made_up_pastes import fields_of

ROOT = Path(__file__).resolve().parents[1]
LEAD = ("Để tỏ lòng tri ân công đức của Đức Phật, chùa long trọng tổ chức đại lễ cùng với sự tham dự của chư "
        "tôn đức Tăng Ni và đông đảo Phật tử gần xa, kính mời quý Phật tử về tham dự.")
SECOND = "Chương trình gồm nghi thức tắm Phật, thuyết pháp và thả hoa đăng cầu nguyện cho quốc thái dân an."


# ---------------------------------------------------------------- a headline naming its event's day and hour

EVENT_HEADLINES = [
    "Lễ Tắm Phật: Chủ nhật ngày 28 tháng 05 năm 2023, lúc 5 giờ chiều",
    "LỄ TẮM PHẬT: CHỦ NHẬT NGÀY 28 THÁNG 05 NĂM 2023, LÚC 5 GIỜ CHIỀU",
    "Le tam Phat: chu nhat 28/05/2023, luc 5 gio chieu",
    "Thông báo: Lễ khai giảng vào 9 giờ sáng thứ Bảy 12/8/2023",
    "Đại lễ Vu Lan báo hiếu: Thứ Bảy 12-08-2023 lúc 9h00",
    "Khóa tu mùa hè: Thứ Bảy, ngày 12/8/2023, lúc 9 giờ sáng",
    "Lễ khai giảng vào 9 giờ sáng thứ Bảy 12/8/2023",
    "Đêm nhạc gây quỹ từ thiện lúc 19h00 ngày 12.8.2023",
]


@pytest.mark.parametrize("headline", EVENT_HEADLINES)
def test_a_headline_naming_its_events_day_and_hour_is_no_date_line(headline):
    assert event_headline(headline, all_dates(headline)[0].start())
    assert date_candidate(0, 0, headline) is None


@pytest.mark.parametrize("headline", [EVENT_HEADLINES[0], EVENT_HEADLINES[3], EVENT_HEADLINES[6]])
def test_the_event_headline_stays_the_title_and_gives_no_date(headline):
    fields = fields_of(f"{headline}\n\n{LEAD}\n\n{SECOND}\n")
    assert fields["title"] == headline
    assert fields["date"] is None


@pytest.mark.parametrize("line, day", [
    ("Ngày đăng: 12/8/2023", dt.date(2023, 8, 12)),
    ("Cập nhật lúc 5 giờ chiều 12/8/2023", dt.date(2023, 8, 12)),
    ("Thứ Hai, 12/8/2023 - 17:05", dt.date(2023, 8, 14) - dt.timedelta(days=2)),
    ("Đăng vào lúc 10:05 ngày 12/8/2023", dt.date(2023, 8, 12)),
    ("Tác giả: Nguyễn Văn An, ngày 12/8/2023", dt.date(2023, 8, 12)),
    ("Thời gian đăng: Chủ nhật, 12/8/2023 lúc 17:05", dt.date(2023, 8, 12)),
])
def test_date_lines_with_labels_stay_date_lines(line, day):
    assert not event_headline(line, all_dates(line)[0].start())
    assert date_candidate(0, 0, line) is not None
    head = "Chùa Quan Âm tổ chức đại lễ Phật đản Phật lịch 2567 cho Phật tử"
    fields = fields_of(f"{head}\n{line}\n{LEAD}\n\n{SECOND}\n")
    assert fields["date"] == day
    assert fields["title"] == head


@pytest.mark.parametrize("line", [
    "Phạm Lê vào lúc 10:05 12/8/2023",  # a name, then the posting time
    "Hà Nội: ngày 12/8/2023",  # a place
    "Ban Biên tập: Thứ Hai 12/8/2023",  # an editors' credit
    "Lượt xem: 125 | Thứ Hai, 12/8/2023 17:05",  # a counter and a bar
    "Chuyên mục: Tin tức - Thứ Hai, 12/8/2023",  # a section's label
    "Tin tức: Thứ Hai, 12/8/2023",  # one word before the colon
    "Tin tức - Sự kiện: Thứ Hai, 12/8/2023",  # a section's name, its parts joined by a dash
])
def test_other_words_before_a_date_are_no_event(line):
    assert not event_headline(line, all_dates(line)[0].start())


# ---------------------------------------------------------------- a blog's closing name over its navigation

BLOG_HEAD = "Giỗ Tổ Hùng Vương năm nay ở quê nhà"
BLOG_TEXT = ("Hôm nay mùng 10 tháng 3 âm lịch là ngày Giỗ Tổ Hùng Vương. Năm nay cả nhà không về quê được nên làm "
             "mâm cơm cúng ở nhà.\nNghi lễ dâng hương được thực hiện trong các gia đình, ai cũng nhớ về cội nguồn.")
BLOG_URL = "https://giadinh-example.net/2020/04/gio-to.html"


@pytest.mark.parametrize("nav", [
    ["Previous", "Next Post »"], ["« Previous"], ["PREVIOUS", "NEXT POST »"], ["Older Post", "Newer Post", "Home"],
    ["Home", "Older Post"], ["Newer Post Older Post Home"], ["« Bài trước | Trang chủ | Bài sau »"],
    ["← Bài trước", "Bài tiếp theo →"], ["Điều hướng bài viết", "← Bài trước", "Bài sau →"],
    ["Bài đăng Mới hơn", "Bài đăng Cũ hơn", "Trang chủ"], ["Bài trước", "Bài sau"],
])
@pytest.mark.parametrize("name, author", [("Phạm Lê", "Phạm Lê"), ("Nguyễn Thị Hoa", "Nguyễn Thị Hoa"),
                                          ("PHẠM LÊ", "Phạm Lê")])
def test_a_blogs_closing_name_over_its_navigation_is_the_byline(nav, name, author):
    fields = fields_of(f"{BLOG_HEAD}\n\n{BLOG_TEXT}\n{name}\n\n" + "\n".join(nav), BLOG_URL)
    assert fields["author"] == author
    assert fields["title"] == BLOG_HEAD


@pytest.mark.parametrize("line", ["Previous", "Next Post »", "« Previous", "Older Posts", "Newer Post",
                                  "Newer Post Older Post Home", "« Bài trước | Trang chủ | Bài sau »",
                                  "Bài tiếp theo →", "Điều hướng bài viết", "Post navigation", "next post"])
def test_the_navigation_ends_the_post(line):
    assert is_stop_line(line)


@pytest.mark.parametrize("line", ["Home", "Trang chủ", "Home page", "Trang chủ > Tin tức", "Next time we meet",
                                  "Bài trước đã nêu", "Previously on the blog", "Trang chủ Giới thiệu Liên hệ"])
def test_a_menus_home_item_or_prose_does_not_end_it(line):
    assert not is_stop_line(line)


def test_a_blogs_menu_above_the_post_is_not_its_footer():
    paste = f"Trang chủ\nGiới thiệu\n{BLOG_HEAD}\n\n{BLOG_TEXT}\nPhạm Lê\n\nPrevious\nNext Post »"
    fields = fields_of(paste, BLOG_URL)
    assert fields["title"] == BLOG_HEAD
    assert fields["author"] == "Phạm Lê"


# ---------------------------------------------------------------- an author's field beside a date label

COMMUNE_HEAD = "Hội Nông dân xã Tân Phú tổ chức Đại hội đại biểu lần thứ IX, nhiệm kỳ 2023-2028"
COMMUNE_LEAD = ("Sáng ngày 14/04/2023, Hội Nông dân xã Tân Phú đã tổ chức Đại hội đại biểu lần thứ IX nhằm tổng kết "
                "công tác hội và phong trào nông dân trong nhiệm kỳ qua, đề ra phương hướng cho nhiệm kỳ mới.")
COMMUNE_SECOND = "Đại hội đã bầu Ban Chấp hành khóa mới gồm 15 đồng chí, bầu đồng chí Lê Văn Hòa làm Chủ tịch hội."


@pytest.mark.parametrize("meta, author", [
    ("Tác giả: Viết Trung | Ngày cập nhật: 16/03/2022 | Lượt đọc: 679", "Viết Trung"),
    ("Tác giả: Viết Trung | Ngày cập nhật: 16/03/2022 08:15 | Lượt đọc: 679", "Viết Trung"),
    ("Tác giả: Viết Trung | Ngày xuất bản: 16/03/2022 | Lượt xem: 679", "Viết Trung"),
    ("Tác giả: Viết Trung | Ngày viết: 16/03/2022 | Lượt truy cập: 679", "Viết Trung"),
    ("Tác giả: Viết Trung | Thời gian cập nhật: 16/03/2022 | Lượt xem: 679", "Viết Trung"),
    ("Tác giả: Viết Trung | Ngày cập nhật: 16/03/2022", "Viết Trung"),
    ("Tác giả: Viết Trung Ngày cập nhật: 16/03/2022 Lượt đọc: 679", "Viết Trung"),
    ("TÁC GIẢ: Viết Trung | NGÀY CẬP NHẬT: 16/03/2022 | LƯỢT ĐỌC: 679", "Viết Trung"),
    ("Tac gia: Viet Trung | Ngay cap nhat: 16/03/2022 | Luot doc: 679", "Viet Trung"),
    ("Người viết: Viết Trung | Ngày cập nhật: 16-03-2022 | Số lượt xem: 679", "Viết Trung"),
    ("Người đăng: Viết Trung | Ngày cập nhật: 16/03/2022 | Lượt đọc: 679 | Bình luận: 0", "Viết Trung"),
    ("Ngày cập nhật: 16/03/2022 | Tác giả: Viết Trung | Lượt đọc: 679", "Viết Trung"),
    ("Tác giả: Viết Trung | Ngày đăng: 16/03/2022 | Lượt đọc: 679", "Viết Trung"),  # as before
])
def test_an_author_field_beside_any_date_label_keeps_its_name(meta, author):
    fields = fields_of(f"{COMMUNE_HEAD}\n{meta}\n{COMMUNE_LEAD}\n\n{COMMUNE_SECOND}\n")
    assert fields["author"] == author
    assert fields["date"] == dt.date(2022, 3, 16)
    assert fields["title"] == COMMUNE_HEAD


def test_a_headline_with_an_update_label_glued_after_it_still_splits():
    fields = fields_of(f"{COMMUNE_HEAD} Ngày cập nhật: 16/03/2022 08:15\n{COMMUNE_LEAD}\n\n{COMMUNE_SECOND}\n")
    assert fields["title"] == COMMUNE_HEAD
    assert fields["date"] == dt.date(2022, 3, 16)


# ---------------------------------------------------------------- a state document's bare number

@pytest.fixture(scope="module")
def registries():
    return load_registries(ROOT / "corpus")


def cited(registries, text: str) -> list[str]:
    """The document numbers read from a paste whose article holds `text`, keyed as the eval keys them."""
    paste = (f"---\nurl: https://example.vn/tin-tuc/bai-viet.html\n---\n{COMMUNE_HEAD}\n14/03/2024 09:15\n"
             f"{COMMUNE_LEAD}\n{text}\n")
    reading = read_text(clean_text(paste), "corpus/x.txt", registries.outlets, dt.date(2026, 11, 23))
    article = reading.article
    assert article is not None
    found: list[str] = []
    for ref in extract_references(article, registries.documents):
        key = citation_key(ref.number)
        if ref.number and written(ref) and key not in found:
            found.append(key)
    return found


@pytest.mark.parametrize("text, numbers", [
    ("Huấn luyện theo Thông tư số 02 ngày 08/01/2016 của Bộ Quốc phòng.", ["2/2016/TT-BQP"]),
    ("Huấn luyện theo Thông tư 02, ngày 8-1-2016 của Bộ Quốc phòng.", ["2/2016/TT-BQP"]),
    ("Huấn luyện theo thông tư số 02 ngày 08 tháng 01 năm 2016 của Bộ Quốc Phòng.", ["2/2016/TT-BQP"]),
    ("Huan luyen theo Thong tu so 02 ngay 08/01/2016 cua Bo Quoc phong.", ["2/2016/TT-BQP"]),
    ("Thực hiện Thông tư số 12 của Bộ Tài chính ngày 5/3/2019 về phí.", ["12/2019/TT-BTC"]),
    ("Thực hiện Nghị định số 15 ngày 22/1/2018 của Chính phủ về an toàn thực phẩm.", ["15/2018/NĐ-CP"]),
    ("Thực hiện Chỉ thị số 15 ngày 10/6/2020 của Thủ tướng về phòng dịch.", ["15/CT-TTg"]),
    ("Theo Luật số 80 ngày 22/6/2015 của Quốc hội.", ["80/2015/QH13"]),
])
def test_a_state_numbers_day_and_issuer_make_it_whole(registries, text, numbers):
    assert cited(registries, text) == numbers


@pytest.mark.parametrize("text", [
    "Huấn luyện theo Thông tư số 02 của Bộ Quốc phòng.",  # no day: no year
    "Huấn luyện theo Thông tư số 02 ngày 08/01/2016.",  # no issuer
    "Huấn luyện theo Thông tư số 02 ngày 08/01/2016 của Bộ Hậu cần Quân khu.",  # a body the table does not know
    "Thực hiện Thông tư liên tịch số 04 ngày 08/01/2016 của Bộ Quốc phòng và Bộ Công an.",  # two issuers
    "Thực hiện Nghị quyết số 02 ngày 08/01/2016 của Chính phủ.",  # with a year or none: not certain
    "Thực hiện Quyết định số 490 ngày 07/5/2008 của Bộ Quốc phòng.",  # a ministry's decision: either form
    # the Prime Minister's decision: administrative (490/QĐ-TTg) or normative (27/2018/QĐ-TTg)
    "Theo Quyết định số 490 ngày 07/5/2008 của Thủ tướng Chính phủ.",
    "Theo Quyết định số 27 ngày 6/7/2018 của Thủ tướng phê duyệt quy hoạch.",
    "Thực hiện Chỉ thị số 24 ngày 11/9/2007 của Thủ tướng.",  # a directive before 2009 may carry its year
    "Thực hiện Nghị định số 15 ngày 22/1/2018 của Bộ Y tế.",  # a ministry issues no decree
    "Huấn luyện theo Thông tư số 02 ngày 31/02/2016 của Bộ Quốc phòng.",  # no such day
])
def test_near_misses_leave_the_number_bare_and_uncited(registries, text):
    assert cited(registries, text) == []


@pytest.mark.parametrize("text, numbers", [
    ("Thực hiện Chỉ thị số 05 ngày 15/5/2016 của Bộ Chính trị.", ["05-CT/TW"]),  # a Party body's: as before
    ("Thực hiện Chỉ thị số 12 ngày 5/3/2021 của Ban Thường vụ Tỉnh ủy.", ["12-CT/TU"]),
    ("Thực hiện Chỉ thị số 12 của Thủ tướng Chính phủ về phòng chống thiên tai.", ["12/CT-TTg"]),
])
def test_party_numbers_and_the_prime_ministers_directive_read_as_before(registries, text, numbers):
    assert cited(registries, text) == [citation_key(n) for n in numbers]


def test_the_symbol_parts():
    assert state_symbol(fold(" ngày 08/01/2016 của Bộ Quốc phòng"), "Thông tư", "02") == \
        ("02/2016/TT-BQP", "TT-BQP", 2016)
    assert state_symbol(fold(" ngày 20/11/2019 của Quốc hội"), "Luật", "45") == ("45/2019/QH14", "QH14", 2019)
    assert state_symbol(fold(" ngày 20/5/2026 của Quốc hội"), "Luật", "45") is None  # a term not known here
