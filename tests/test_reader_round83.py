"""Round 83: a headline's last words a break left alone, and a photo credit's words cut under its label (made-up
pastes, near-misses beside each case).

A source that breaks its lines unevenly, or a paste hard-wrapped at a width, can leave a headline's last words
alone on the next line ("... Trường Cao đẳng Công nghệ" / "Thủ Đức"). Read apart, the headline lost its end and the
tail, two words in capitals each, read as the writer. The article's address is the witness: when its slug spells
the headline's line and every word of the tail, and the tail brings words the line lacks (or the slug ends on the
tail's words and the line does not), the tail is the headline's (read/slugs.spells_tail, asked by
read/headline_tails.py and read/source_wraps.py). A writer's name under a headline brings words the slug does not
spell, or only words the headline already ends on; a tail with text right under it (no blank line) is no headline's
last line in a paste that keeps its lines.

In a hard-wrapped paste, a caption's line closing on a photo's label ("... kế cận. Ảnh:") has the credit's words
cut under it: they go on with it (read/photo_credits.photo_label_end), so the photographer is not read as the
writer at the paste's end.
"""
from __future__ import annotations

import textwrap

import pytest

from made_up_pastes import HEAD as PARTY_HEAD, LEAD, MORE, MORE2, fields_of
from archive.read.photo_credits import photo_label_end
from archive.read.slugs import spells_tail

HEAD = "Quyết định ban hành Quy chế tuyển sinh tại Trường Cao đẳng Công nghệ Thủ Đức"
URL = "https://truong.edu.vn/tin-tuc/quyet-dinh-ban-hanh-quy-che-tuyen-sinh-tai-truong-cao-dang-cong-nghe-thu-duc.html"


def _split(head: str, alone: int) -> str:
    words = head.split()
    return " ".join(words[:-alone]) + "\n" + " ".join(words[-alone:])


@pytest.mark.parametrize("alone", [1, 2])
def test_a_headline_s_last_words_the_slug_spells_go_on_with_it(alone) -> None:
    found = fields_of("\n\n".join([_split(HEAD, alone), LEAD, MORE]), URL)
    assert (found.get("title"), found.get("author") or "") == (HEAD, "")


@pytest.mark.parametrize("url", [
    "https://truong.edu.vn/tin-tuc/quyet-dinh-ban-hanh-quy-che-tuyen-sinh-tai-truong-cao-dang-cong-nghe-thu-duc-2.html",
    "https://truong.edu.vn/quyet-dinh-ban-hanh-quy-che-tuyen-sinh-tai-truong-cao-dang-cong-nghe-thu-duc/",
])
def test_an_id_or_a_slash_after_the_slug_changes_nothing(url) -> None:
    assert fields_of("\n\n".join([_split(HEAD, 2), LEAD, MORE]), url).get("title") == HEAD


def test_a_writer_the_slug_does_not_spell_stays_the_writer() -> None:
    # near-miss: "Hoàng Long" under the headline whole: the slug has neither word
    found = fields_of("\n\n".join([HEAD + "\nHoàng Long", LEAD, MORE]), URL)
    assert (found.get("title"), found.get("author")) == (HEAD, "Hoàng Long")


def test_a_writer_whose_name_the_headline_already_ends_on_stays_the_writer() -> None:
    # near-miss: the slug ends on "minh-tuan", and so does the headline: the name under it adds nothing
    head = "Đề nghị khai trừ đảng ông Nguyễn Bắc Son, Trương Minh Tuấn"
    url = "https://bao.vn/de-nghi-khai-tru-dang-ong-nguyen-bac-son-truong-minh-tuan.html"
    found = fields_of("\n\n".join([head + "\nMinh Tuấn", LEAD, MORE]), url)
    assert (found.get("title"), found.get("author")) == (head, "Minh Tuấn")


def test_a_name_over_the_lead_with_no_blank_line_is_no_headline_s_tail() -> None:
    # near-miss: the site made its slug from "headline - writer"; the name stands over the lead, no blank line
    head = "Thánh lễ Tạ Ơn tại Hội Thánh Tin Lành Giám Lý Việt Mỹ"
    url = "https://vietpen.org/thanh-le-ta-on-tai-hoi-thanh-tin-lanh-giam-ly-viet-my-dao-hieu-thao/"
    found = fields_of(head + "\n\n" + head + "\nĐào Hiếu Thảo\n" + LEAD + "\n\n" + MORE, url)
    assert found.get("title") == head


def test_a_repeated_word_at_the_tail_is_read_by_where_the_slug_ends() -> None:
    # "mới" and "mỗi" fold alike: the tail brings no word the line lacks, but the slug ends on it and the line does not
    head = "LÊ MINH QUỐC: HAI TẬP SÁCH MỚI VỪA PHÁT HÀNH NGÀY VIẾT MỖI NGÀY"
    url = "http://leminhquoc.vn/le-minh-quoc-hai-tap-sach-moi-vua-phat-hanh-ngay-viet-moi-ngay.html?showall=1"
    found = fields_of("\n\n".join([_split(head, 2), LEAD, MORE]), url)
    assert (found.get("title"), found.get("author") or "") == (head, "")


def test_a_second_line_of_three_is_no_tail() -> None:
    # near-miss: the slug spells the second line's words, but a third line goes on under it: the block is not cut
    # after its second line (the dev labels take such a block's first line, or all of it)
    lines = ["GƯƠNG SÁNG HỌC TẬP VÀ LÀM THEO TẤM GƯƠNG", "ĐẠO ĐỨC", "HỒ CHÍ MINH Ở CÔNG TY ĐIỆN LỰC VĨNH PHÚC"]
    url = "http://dien.vn/guong-sang-hoc-tap-va-lam-theo-tam-guong-dao-duc-ho-chi-minh-o-cong-ty-dien-luc-vinh-phuc-264"
    title = fields_of("\n".join(lines) + "\n\n" + LEAD + "\n\n" + MORE, url).get("title")
    assert title in (lines[0], " ".join(lines))


def _wrapped(*paragraphs: str, width: int = 80) -> str:
    return "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in paragraphs)


def test_a_hard_wrapped_paste_s_headline_cut_in_three_takes_its_last_words() -> None:
    # the wrap leaves a short piece, then the last words alone: both go on with the headline's first line
    head = ("Một số nhiệm vụ và giải pháp chủ yếu nhằm đưa tỉnh Trà Vinh trở thành trung tâm kinh tế biển "
            "của Đồng bằng sông Cửu Long")
    url = ("https://tinh.gov.vn/mot-so-nhiem-vu-va-giai-phap-chu-yeu-nham-dua-tinh-tra-vinh-tro-thanh-trung-tam-"
           "kinh-te-bien-cua-dong-bang-song-cuu-long.html")
    top = "\n".join(textwrap.wrap(" ".join(head.split()[:-2]), 80) + ["Cửu Long"])
    found = fields_of(top + "\n\n" + _wrapped(LEAD, MORE, MORE2), url)
    assert (found.get("title"), found.get("author") or "") == (head, "")


def test_a_hard_wrapped_paste_s_writer_under_its_headline_stays_the_writer() -> None:
    # near-miss: the same paste, its headline whole over its two lines, and the writer under it
    head = ("Một số nhiệm vụ và giải pháp chủ yếu nhằm đưa tỉnh Trà Vinh trở thành trung tâm kinh tế biển "
            "của Đồng bằng sông Cửu Long")
    url = ("https://tinh.gov.vn/mot-so-nhiem-vu-va-giai-phap-chu-yeu-nham-dua-tinh-tra-vinh-tro-thanh-trung-tam-"
           "kinh-te-bien-cua-dong-bang-song-cuu-long.html")
    top = "\n".join(textwrap.wrap(head, 80) + ["Thạch Minh"])
    found = fields_of(top + "\n\n" + _wrapped(LEAD, MORE, MORE2), url)
    assert (found.get("title"), found.get("author")) == (head, "Thạch Minh")


CAPTION = ("Ông Trần Thế Dũng, Phó Bí thư Thường trực Tỉnh ủy phát biểu chia sẻ về lo ngại khi thiếu đội ngũ cán "
           "bộ có năng lực kế cận.")


@pytest.mark.parametrize("label", ["Ảnh:", "(Ảnh:"])
def test_a_photo_credit_cut_under_its_label_is_no_writer(label) -> None:
    credit = "Trần Tuấn." if label == "Ảnh:" else "Trần Tuấn/TTXVN)"
    body = _wrapped(LEAD, MORE) + "\n\n" + "\n".join(textwrap.wrap(CAPTION, 80)) + " " + label + "\n" + credit
    assert fields_of("Huyện ủy tổ chức hội nghị sơ kết\n\n" + body).get("author") in (None, "")


def test_a_writer_under_a_closed_paragraph_of_a_wrapped_paste_stays_the_writer() -> None:
    # near-miss: no label closes the line above the name
    body = _wrapped(LEAD, MORE, CAPTION) + "\nTrần Tuấn"
    assert fields_of("Huyện ủy tổ chức hội nghị sơ kết\n\n" + body).get("author") == "Trần Tuấn"


@pytest.mark.parametrize("line, closes", [
    ("lo ngại cho Hà Tĩnh khi thiếu đội ngũ cán bộ có năng lực kế cận. Ảnh:", True),
    ("với diện tích 1.000ha. (Ảnh:", True),
    ("chủ tịch huyện chia sẻ. Nguồn ảnh:", True),
    ("(ảnh:", True),
    ("Một số hình ảnh:", False),  # a gallery's label in small letters: its photos follow, no credit
    ("Xem thêm hình ảnh:", False),
    ("tham quan triển lãm ảnh:", False),
    ("Ảnh: Trần Tuấn", False),  # the credit is on the line
])
def test_photo_label_end(line, closes) -> None:
    assert photo_label_end(line) is closes


@pytest.mark.parametrize("line, tail, url, spelt", [
    ("Hội nghị tại Công ty Cổ phần Cấp nước", "Chợ Lớn", "https://a.vn/hoi-nghi-tai-cong-ty-co-phan-cap-nuoc-cho-lon", True),
    ("Hội nghị tại Công ty Cổ phần Cấp nước", "Chợ Lớn.", "https://a.vn/hoi-nghi-tai-cong-ty-co-phan-cap-nuoc-cho-lon", False),
    ("Hội nghị tại Công ty Cổ phần Cấp nước", "Nguồn: TTXVN", "https://a.vn/hoi-nghi-tai-cong-ty-co-phan-cap-nuoc-nguon-ttxvn", False),
    ("Hội nghị tại Công ty Cổ phần Cấp nước", "Chợ Lớn", "https://a.vn/tin-tuc/12345", False),  # no slug
    ("Hội nghị tại Công ty Cổ phần Cấp nước", "Lê Văn Hùng", "https://a.vn/hoi-nghi-tai-cong-ty-co-phan-cap-nuoc-cho-lon", False),
    ("Kỷ niệm ngày thành lập Hội Cựu chiến binh", "Việt Nam sáu năm qua", "https://a.vn/ky-niem-ngay-thanh-lap-hoi-cuu-chien-binh-viet-nam-sau-nam-qua", False),  # five words: no tail
])
def test_spells_tail(line, tail, url, spelt) -> None:
    assert spells_tail(line, tail, url) is spelt


# A question's headline over a word or two that are no sentence (a staff code, a box's label), then the box's
# bullets: the head went on to the lead (head_window.headline_with_stop counted three lines under it, and a line put
# between pushed the box's first sentence out of reach).
QUESTION = "Cho thuê 1-2,5 tỷ đồng/ha, tỉnh nào có diện tích sầu riêng lớn nhất sau sáp nhập?"
BOX = ["Tóm tắt:", "  • Năm 2024, xuất khẩu sầu riêng đạt gần 3,3 tỷ USD, chiếm gần một nửa kim ngạch rau quả.",
       "  • Đắk Lắk có diện tích trồng sầu riêng lớn nhất trước khi sáp nhập, đạt 38.800 ha."]


@pytest.mark.parametrize("between", [[], ["PV"], ["BTV"], ["admin"], ["Hà Nội"]])
def test_a_question_s_headline_over_a_word_or_two_and_a_box_stays_the_title(between) -> None:
    found = fields_of("\n\n".join(["Kinh doanh", QUESTION] + between + ["\n".join(BOX), LEAD, MORE]))
    assert found.get("title") == QUESTION


def test_a_stopped_headline_over_a_link_and_a_counter_of_one_word_is_the_title() -> None:
    # the same count past a word or two for a headline closed by a full stop (conventions round 23's page with a
    # view counter "234views" and no writer between)
    stopped = "Không khí ngày hội văn hóa các dân tộc tại huyện miền núi phía Tây của tỉnh."
    found = fields_of("\n\n".join(["Tin Tức - Sự Kiện", stopped, "Xem thêm tin", "234views", LEAD, MORE, MORE2]))
    assert found.get("title") == stopped


def test_a_question_under_a_headline_is_no_title() -> None:
    # near-miss: a sentence asking under a headline: the headline above reads as one
    asking = "Vì sao chi bộ phải đổi mới nội dung sinh hoạt trong thời gian tới?"
    assert fields_of("\n\n".join([PARTY_HEAD, asking, "PV", LEAD, MORE])).get("title") == PARTY_HEAD


# Round 82's portal page, its date line under the headline printed with a weekday or a time too (read/head_window.
# _closed_headline): the clock over the site's name, a section and the headline is still the site's.
@pytest.mark.parametrize("date_line", ["Thứ Tư, 12/07/2023 - 08:00", "12/07/2023 08:00", "Cập nhật lúc 08:00 ngày 12/07/2023",
                                       "Ngày 12 tháng 7 năm 2023", "Thứ tư, 12/7/2023, 08:00 (GMT+7)"])
def test_a_date_line_of_any_print_closing_the_headline_beats_the_clock_over_it(date_line) -> None:
    site, clock, section = "Sản xuất và tiêu dùng bền vững", "Thứ tư, 04/12/2024 | 00:27 GMT+7", "Kinh tế tuần hoàn"
    found = fields_of("\n\n".join([site, clock, section, PARTY_HEAD, date_line, LEAD, MORE]))
    assert (found.get("title"), str(found.get("date"))) == (PARTY_HEAD, "2023-07-12")


def test_an_event_s_field_under_a_subtitle_marks_no_headline() -> None:
    # near-miss: the page's weekday date line under its headline, then a subtitle and an event's field with its day:
    # the field is no date line of the page's, so the date line above keeps the date
    body = "\n\n".join(["THÔNG BÁO VỀ VIỆC HOÃN TỔ CHỨC ĐẠI HỘI ĐỒNG CỔ ĐÔNG THƯỜNG NIÊN NĂM 2021",
                        "Thứ Sáu, 28/05/2021 - 02:05",
                        "Thông báo gửi cổ đông về việc hoãn tổ chức Đại hội đồng cổ đông thường niên năm 2021",
                        "Thời gian triệu tập đại hội lần 1: ngày 12/06/2021", LEAD, MORE])
    assert str(fields_of(body).get("date")) == "2021-05-28"
