"""Round 54 (issue 13), on made-up text: a contact field over the headline, a breadcrumb ending in the
headline whole.

A line opened by a contact field's label and a colon ("Địa chỉ:", "Điện thoại:", "Hotline:", "Email:",
"Fax:", "Website:", "ĐT:", "Tel:") is a shop's or an office's bar, never the title (read/contact_names.py,
one list of the labels). A line of a few crumbs run into the whole headline, over the headline printed
alone, is the trail (read/cut_crumbs.py): the line alone is the title.
"""
from __future__ import annotations

import pytest

from archive.read.contact_names import contact_field
from archive.read.cut_crumbs import crumb_lines, whole_copy_over
from made_up_pastes import paragraphs, title_of

_HEAD = "Trò chuyện cùng nghệ nhân làng gốm về nghề men rạn truyền thống."
_DATE = "Ngày 05 Tháng 06, 2022"
_LEAD = ("Gặp nghệ nhân tại xưởng gốm của gia đình, chúng tôi được nghe ông kể về những năm tháng theo nghề, "
         "về lò nung củi ngày trước và về cách ông truyền nghề cho lớp thợ trẻ trong làng.")
_MORE = ("Theo ông, men rạn đẹp phải có vết rạn đều, màu men trong và sâu; muốn vậy người thợ phải canh lửa "
         "suốt đêm, không được rời lò nửa bước, và phải chọn đất kỹ từ khâu đầu tiên.")


@pytest.mark.parametrize("label", [
    "Địa chỉ: Số 12/4B - Phố Hàng Gai - Hoàn Kiếm - Hà Nội", "ĐỊA CHỈ: 45 Lê Lợi, Quận 1", "Dia chi: 7 Tran Phu",
    "Điện thoại: 024 3822 1234", "Hotline : 0912 345 678", "Email: lienhe@vidu.vn", "E-mail: a@b.vn",
    "Fax: (028) 3822 1234", "Website: www.vidu.vn", "ĐT: 0236.3822.111", "Tel.: +84 24 3822 1234",
    "  Đường dây nóng: 1900 1234"])
def test_a_contact_field_is_never_the_title(label: str) -> None:
    assert contact_field(label)
    assert title_of(paragraphs(label, _HEAD, _DATE, _LEAD, _MORE)) in (_HEAD, _HEAD.rstrip("."))  # its stop kept or not


@pytest.mark.parametrize("text", [
    "Địa chỉ đỏ của phong trào thi đua yêu nước ở Bát Tràng",  # no colon: a headline
    "Điện thoại thông minh: trẻ em dùng thế nào cho đúng",  # the label's word, then more, then a colon
    "Website của trường ra mắt phiên bản mới", "Telex: ngày xưa ấy", "Emailing: cách viết thư",
    "Hỏi đáp: địa chỉ nộp hồ sơ ở đâu?"])
def test_near_misses_are_no_contact_field(text: str) -> None:
    assert not contact_field(text)


def test_a_headline_opening_with_an_address_word_stays_the_title() -> None:
    head = "Địa chỉ đỏ giáo dục truyền thống cách mạng cho thế hệ trẻ"
    assert title_of(paragraphs(head, _DATE, _LEAD, _MORE)) == head


_CRUMB_HEAD = "Gỗ ghép thanh là gì? Những điều cần biết khi chọn gỗ ghép cho nhà bạn"


@pytest.mark.parametrize("trail", [
    "Home Tin tức Nội thất Kiến thức chuyên ngành", "Trang chủ > Tin tức > Nội thất", "TRANG CHỦ / KIẾN THỨC",
    "Home » Blog »", "trang chu | kien thuc go"])
def test_a_trail_ending_in_the_whole_headline_is_chrome(trail: str) -> None:
    glued = f"{trail} {_CRUMB_HEAD}"
    assert whole_copy_over(glued, _CRUMB_HEAD)
    assert 0 in crumb_lines([glued, _CRUMB_HEAD, _LEAD])
    assert title_of(paragraphs(glued, _CRUMB_HEAD, _LEAD, _MORE)) == _CRUMB_HEAD


@pytest.mark.parametrize("line, below", [
    (f"Nhiều người vẫn hỏi. {_CRUMB_HEAD}", _CRUMB_HEAD),  # a sentence before it: not crumbs
    (f"Bài viết này trả lời câu hỏi mà rất nhiều khách hàng của chúng tôi thường đặt ra khi đến cửa hàng {_CRUMB_HEAD}",
     _CRUMB_HEAD),  # too many words before it: prose
    ("Tin tức Gỗ ghép thanh", "Gỗ ghép thanh"),  # a crumb, not a headline, ends it
    (_CRUMB_HEAD, _CRUMB_HEAD),  # printed twice: no trail
    (f"Home Tin tức {_CRUMB_HEAD}", "Gỗ ghép thanh là gì?"),  # the line under it is not the end
])
def test_near_misses_are_no_whole_trail(line: str, below: str) -> None:
    assert not whole_copy_over(line, below)


# ---- a subtitle in brackets under the headline; a pen name in hyphenated syllables under it
from archive.read.bracket_subtitles import bracketed  # noqa: E402
from archive.read.hyphen_pen_names import hyphen_pen_name  # noqa: E402
from made_up_pastes import fields_of  # noqa: E402

_MEMOIR = "MƯA TRÊN CÁNH RỪNG XƯA"
_MEMOIR_LEAD = ("Đêm ấy trời mưa tầm tã, đơn vị chúng tôi hành quân qua cánh rừng già, đường trơn và tối, "
                "ai cũng mệt lả nhưng không ai than một lời, vì biết phía trước đồng đội đang chờ.")


@pytest.mark.parametrize("subtitle", [
    "(Trích đoạn hồi ký về những ngày hành quân qua rừng già năm 1972)", "(Kỳ 2)", "(Tiếp theo kỳ trước)",
    "[Ghi chép của Lê Văn Bình]", "( kỳ cuối )"])
def test_a_subtitle_in_brackets_is_never_the_title(subtitle: str) -> None:
    assert bracketed(subtitle)
    assert title_of(paragraphs(_MEMOIR, subtitle, _MEMOIR_LEAD, _MORE)) == _MEMOIR


@pytest.mark.parametrize("text", [
    "Hội nghị (mở rộng) bàn về công tác cán bộ", "(Kỳ 2) Những ngày không quên", "()", "(2024)",
    "(Kỳ 2) và (Kỳ 3)"])
def test_near_misses_are_not_bracketed_subtitles(text: str) -> None:
    assert not bracketed(text)


@pytest.mark.parametrize("pen", ["Hoài-Ziang-Duy", "Thu-Ba-Lan", "Minh-Khang-Vũ-Anh"])
def test_a_hyphenated_pen_name_under_the_headline_is_the_byline(pen: str) -> None:
    assert hyphen_pen_name(pen) == (pen,)
    fields = fields_of(paragraphs(_MEMOIR, pen, _MEMOIR_LEAD, _MORE))
    assert fields["title"] == _MEMOIR and fields["author"] == pen


@pytest.mark.parametrize("text", [
    "Bà Rịa-Vũng Tàu", "Sư-Đoàn", "An-Lộc", "Ma-ri-a", "Giê-ru-sa-lem", "HOÀI-ZIANG-DUY", "Hoài-Ziang-Duy 1972",
    "Phan-Thiết-Mũi-Né-Hòn-Rơm", "Việt-Nam-Muôn-Năm-Dân-Chủ"])
def test_near_misses_are_no_hyphenated_pen_name(text: str) -> None:
    assert hyphen_pen_name(text) == ()


# ---- a short headline over the writer's name, a lead ending on a question under it
_SHORT = "Guitar cơ bản"
_ASKING = ("Trước tiên, muốn chơi tốt một cây đàn hay bất cứ nhạc cụ nào khác, người học cần hiểu rõ cấu tạo "
           "của nó, từ mặt đàn, cần đàn cho tới từng sợi dây và khóa đàn. Tại sao?")


@pytest.mark.parametrize("writer", ["Trần Đức Lĩnh", "Nguyễn Thị Thu Hà", "Tác giả: Lê Minh Anh"])
def test_a_short_headline_over_the_writer_beats_an_asking_lead(writer: str) -> None:
    assert title_of(paragraphs(_SHORT, writer, _ASKING, _MORE)) == _SHORT


def test_without_a_writer_between_the_asking_lead_is_not_helped() -> None:
    # near-miss: no byline under the short line, the rule does not apply (the lead keeps its weight)
    from archive.read.under_bylines import lead_under_byline
    lines = [(1, _SHORT), (2, _ASKING)]
    assert not lead_under_byline(lines, [0, 1], 1, set(), set())
    assert not lead_under_byline([(1, _SHORT), (2, "Trần Đức Lĩnh"), (3, "Một dòng ngắn")], [0, 2], 1, {1}, set())


# ---- a roundup's section heading under a headline holding a date range
from archive.read.roundup_sections import date_range  # noqa: E402

_ITEM = ("Chỉ số giá tiêu dùng tháng này tăng nhẹ so với tháng trước, chủ yếu do giá dịch vụ y tế và giá xăng dầu "
         "điều chỉnh tăng, trong khi giá lương thực, thực phẩm nhìn chung ổn định trên cả nước.")


@pytest.mark.parametrize("headline", [
    "Thông tin kinh tế tài chính từ ngày 15/04/2024 đến ngày 19/04/2024", "Bản tin tuần 06/10 – 10/10/2025 của công ty",
    "Điểm tin doanh nghiệp từ 3/3 tới 7/3/2025 đáng chú ý", "Tong hop tin tuc tu 01/06 den 05/06/2023 va nhan dinh"])
@pytest.mark.parametrize("section", ["Tin kinh tế vĩ mô", "Thị trường chứng khoán", "TIN DOANH NGHIỆP"])
def test_a_roundup_section_under_its_headline_is_not_the_title(headline: str, section: str) -> None:
    assert date_range(headline)
    assert title_of(paragraphs(headline, section, _ITEM, _MORE)) == headline


@pytest.mark.parametrize("text", [
    "Kỷ niệm 75 năm ngày thành lập (22/12/1944)", "Hội nghị ngày 12/3 bàn công tác cán bộ", "Tỷ số 3-1 ngày 12/3",
    "Phiên bản 1.2 - 2.0"])
def test_near_misses_hold_no_date_range(text: str) -> None:
    assert not date_range(text)


def test_a_short_headline_over_a_dated_kicker_is_untouched() -> None:
    # near-miss: the date range stands in no line over a short line; a headline of a few words with
    # its date line under it stays the title
    head = "Tin vắn tôn giáo tuần này"
    assert title_of(paragraphs(head, "Ngày 12/3/2024", _ITEM, _MORE)) == head
