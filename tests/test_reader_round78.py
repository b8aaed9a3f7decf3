"""Round 78: a signature pushed right under the headline (made-up pastes, near-misses beside each case).

The end of a page may print its writers pushed right by spaces, joined by a dash and closed by a full stop
("Văn Hòa – Đình Trung."); reprinted under the headline, the same signature is the writers' line. Before this
round the closing stop made it a sentence, and the line was taken for the sapo (read/pushed_names.py).

A paste hard-wrapped at a column leaves a sentence's last words alone with its stop ("... đã về tham dự" /
"Đại hội."): no writer signing (read/run_on_ends.py). It leaves a headline's last words alone after a word
that cannot close it ("... quốc gia Hồ" / "Chí Minh", "... Toàn Diện Cho" / "Phụ Huynh"): one headline, in
each of its prints, not a headline over a byline (read/headline_tails.cut_after, asked by source_wraps.py).
"""
from __future__ import annotations

import textwrap

import pytest

from archive.read.headline_tails import cut_after
from archive.read.run_on_ends import sentence_end_wrapped
from made_up_pastes import HEAD, LEAD, MORE, MORE2, fields_of

PUSH = " " * 24
DATE = "12/03/2024 08:15"


def _under_headline(line: str, date_first: bool = False) -> dict:
    head = [DATE, HEAD, line] if date_first else [HEAD, line, DATE]
    return fields_of("\n".join(head + [LEAD, MORE, MORE2]))


@pytest.mark.parametrize(("signature", "author"), [
    ("Văn Hòa – Đình Trung.", "Văn Hòa - Đình Trung"),
    ("TS. Bùi Ngọc Thanh – Trần Thu Hà.", "TS. Bùi Ngọc Thanh - Trần Thu Hà"),
    ("Trần Thu Hà.", "Trần Thu Hà"),
    ("Nguyễn Minh Châu – Bí thư Huyện ủy.", "Nguyễn Minh Châu"),  # a post after the name, as bylines read it
])
@pytest.mark.parametrize("date_first", [False, True])
def test_a_signature_pushed_right_under_the_headline_names_its_writers(signature, author, date_first) -> None:
    found = _under_headline(PUSH + signature, date_first)
    assert found.get("author") == author
    assert found.get("title") == HEAD
    assert found.get("date") is not None


@pytest.mark.parametrize("line", [
    "Hà Nội – Việt Nam.",  # places
    "Đồng chí Nguyễn Minh Châu phát biểu tại hội nghị.",  # a caption: an act after the name
    "Bí thư Huyện ủy.",  # a post alone
    "Ban Tuyên giáo – Văn phòng Huyện ủy.",  # units
])
def test_what_names_no_writer_stays_unread_however_far_it_is_pushed(line) -> None:
    assert not _under_headline(PUSH + line).get("author")


def test_the_same_signature_unpushed_is_a_sentence_of_the_page_not_a_byline() -> None:
    """Without the run of spaces the closing stop still says a sentence (a one-line sapo, a caption)."""
    assert not _under_headline("Văn Hòa – Đình Trung.").get("author")


# A paste wrapped at a column leaves a sentence's or a headline's last words alone on the next line.

ACADEMY_HEAD = "Hội nghị trực tuyến tổng kết hoạt động khoa học năm 2017 của Học viện Chính trị quốc gia Hồ Chí Minh"
CONGRESS = ("Sáng nay 31/5, Đại hội đại biểu Hội Nông dân huyện Bắc Trà My lần thứ XII, nhiệm kỳ 2023 - 2028 diễn ra "
            "phiên chính thức với 129 đại biểu đại diện cho hơn 5.000 hội viên nông dân trong toàn huyện đã về tham dự "
            "Đại hội.")
LONG_PROSE = ("129 đại biểu đại diện cho hơn 5.000 hội viên nông dân trong toàn huyện cùng nhiều đại biểu khách mời của "
              "các sở, ban, ngành và lãnh đạo huyện đã về tham dự")


def _wrapped(paragraph: str, width: int = 80, alone: int = 2) -> list[str]:
    """`paragraph` wrapped at `width` by a source that leaves its last `alone` words on a line of their own."""
    words = paragraph.split()
    lines = textwrap.wrap(" ".join(words[:-alone]), width) + [" ".join(words[-alone:])]
    return lines


def _wrapped_paste(*paragraphs: str) -> str:
    return "\n\n".join("\n".join(_wrapped(p)) for p in paragraphs)


def test_a_wrapped_paste_keeps_a_name_cut_in_its_headline_and_reads_no_writer_in_its_wraps() -> None:
    body = _wrapped_paste(ACADEMY_HEAD, "Thứ sáu 05/01/2018 11:24", CONGRESS, LEAD, MORE, MORE2)
    assert "\nChí Minh\n" in body and "\nĐại hội.\n" in body  # the wraps this test is about
    found = fields_of(body)
    assert found.get("title") == ACADEMY_HEAD
    assert not found.get("author")


def test_a_signature_under_a_closed_paragraph_of_a_wrapped_paste_is_still_read() -> None:
    body = _wrapped_paste(ACADEMY_HEAD, "Thứ sáu 05/01/2018 11:24", CONGRESS, LEAD, MORE, MORE2) + "\n\nThu Hà."
    assert fields_of(body).get("author") == "Thu Hà"


def test_a_headline_unwrapped_may_end_on_a_surnames_word_over_its_writer() -> None:
    head = "Tuổi trẻ huyện sôi nổi các phong trào thi đua trong hoạt động Đoàn"
    found = fields_of("\n".join([head, "Minh Anh", DATE, LEAD, MORE, MORE2]))
    assert (found.get("title"), found.get("author")) == (head, "Minh Anh")


@pytest.mark.parametrize(("head", "tail"), [
    ("Bảo Vệ Nụ Cười Vàng Cho Con: Cẩm Nang Chăm Sóc Răng Miệng Toàn Diện Cho", "Phụ Huynh"),
    ("Tăng cường công tác bồi dưỡng lý luận chính trị cho đảng viên trẻ và", "quần chúng ưu tú"),
])
def test_a_headline_cut_after_a_word_no_headline_ends_on_is_joined_in_each_print(head, tail) -> None:
    for body in ("\n".join([head, tail, DATE, LEAD, MORE, MORE2]),
                 "\n".join([head, tail, "", DATE, "", head, tail, "", LEAD, MORE, MORE2])):  # printed twice
        found = fields_of(body)
        assert found.get("title") == f"{head} {tail}"
        assert not found.get("author")


@pytest.mark.parametrize(("head", "line", "author"), [
    ("Tháo gỡ khó khăn cho doanh nghiệp tại huyện Lâm Hà", "Minh Anh", "Minh Anh"),
    ("Ngày 45: Tổng kết và lộ trình học tiếp theo", "PV", ""),  # "tiếp theo" closes a phrase; "PV" names no one
    ("Tuổi trẻ huyện chung tay bảo vệ môi trường", "Ngọc Hà", "Ngọc Hà"),
])
def test_a_byline_or_a_code_under_a_whole_headline_stays_apart(head, line, author) -> None:
    found = fields_of("\n".join([head, line, DATE, LEAD, MORE, MORE2]))
    assert (found.get("title"), found.get("author") or "") == (head, author)


@pytest.mark.parametrize(("above", "text", "expected"), [
    (LONG_PROSE, "Đại hội.", True),
    (LONG_PROSE + ".", "Thu Hà.", False),  # the paragraph closed: a signature under it
    ("Sơ kết công tác Hội và phong trào Chữ thập đỏ 6 tháng đầu năm 2018", "Minh hiếu.", False),  # a headline
    (LONG_PROSE, "Thu Hà", False),  # no stop
    (LONG_PROSE, "Tác giả: Thu Hà.", False),
    (LONG_PROSE, "(Thu Hà).", False),
    (LONG_PROSE, "Hội nghị kết thúc lúc 17 giờ.", False),
])
def test_sentence_end_wrapped(above, text, expected) -> None:
    assert sentence_end_wrapped(above, text) is expected


@pytest.mark.parametrize(("first", "second", "wrapped", "expected"), [
    ("Hội nghị của Học viện Chính trị quốc gia Hồ", "Chí Minh", True, True),
    ("Hội nghị của Học viện Chính trị quốc gia Hồ", "Chí Minh", False, False),  # a paste not wrapped
    ("Cẩm Nang Chăm Sóc Răng Miệng Toàn Diện Cho", "Phụ Huynh", False, True),
    ("Tháo gỡ khó khăn cho doanh nghiệp tại huyện Lâm Hà", "Minh Anh", True, False),  # a place's end
    ("Tuyên dương sinh viên tích cực trong hoạt động Đoàn", "PV", True, False),  # a code, not given names
    ("Ngăn ngừa & Bảo vệ", "Bách khoa côn trùng", False, False),
    ("Tổng kết và lộ trình tiếp theo", "PV", False, False),
    ("Hội nghị của Học viện Chính trị quốc gia Hồ", "Chí Minh.", True, False),  # closed: a sentence's end
    ("Hội nghị của Học viện Chính trị quốc gia Hồ", "Chí Minh tổ chức hội nghị tổng kết", True, False),  # long
])
def test_cut_after(first, second, wrapped, expected) -> None:
    assert cut_after(first, second, wrapped) is expected


# A headline calling out ("... trời Âu!") under a label, printed again under its date line.

EXCLAIMED = "Một lần đến chợ Sapa ở Praha: một góc rất Việt ở trời Âu!"
STORY = ("Chợ Sapa là một nơi rất đặc biệt nằm cách trung tâm thành phố Praha khoảng hơn chục km, có thể bắt xe buýt đi "
         "từ trung tâm đến đây một cách dễ dàng.")


@pytest.mark.parametrize("label", ["Kỳ 2", "DU LỊCH", "Phóng sự"])
def test_a_headline_closed_by_an_exclamation_beats_a_label_over_it(label) -> None:
    found = fields_of("\n".join([label, EXCLAIMED, "", "17/09/2025 13:30", EXCLAIMED, STORY, MORE, MORE2]))
    assert found.get("title") == EXCLAIMED


def test_a_call_over_the_headline_is_still_no_headline() -> None:
    """A page's call closed by "!" over a headline-shaped line and its date line stays the page's (round 31's
    sentence over a dated headline)."""
    found = fields_of("\n".join(["Chào mừng quý vị đến với cổng thông tin điện tử của huyện!", HEAD, DATE, LEAD,
                                 MORE, MORE2]))
    assert found.get("title") == HEAD


@pytest.mark.parametrize("tail", ["Ngày đăng: 05/11/2020", "05/11/2020 08:15", "Tác giả: Minh Anh"])
def test_a_field_or_a_date_under_a_line_cut_off_is_no_headlines_tail(tail) -> None:
    assert not cut_after("Tại buổi lễ Ban Trị sự Phật giáo huyện Chư Păh với", tail)
