"""Round 53 (issue 13), on made-up text: the article's own words dropped as links to other articles.

A run of "•" bullets is the article's list when an item ends ":" or ";", one runs to a paragraph's words, or a
line ending ":" introduces it (read/own_lists.py); a run of capitalised lines is one paragraph broken over short
lines when the line after it carries on in small letters (read/broken_prose.py). Guests listed with their posts
under "Đến dự có:" are not the byline (byline_slots.lead_byline). A "Tin liên quan" box of headlines stays
dropped, with bullets or without.
"""
from __future__ import annotations

import pytest

from archive.read.broken_prose import runs_on
from archive.read.own_lists import own_items
from made_up_pastes import left_out, paragraphs, reading

_HEADLINE = "Những điều cần biết trước khi đưa con đi khám răng định kỳ"
_LEAD = ("Khám răng định kỳ giúp phát hiện sớm sâu răng, lệch khớp cắn và các bệnh nướu ở trẻ. Bài viết dưới "
         "đây tổng hợp những lưu ý của bác sĩ để cha mẹ chuẩn bị cho con một buổi khám nhẹ nhàng.")
_TAIL = ("Cha mẹ nên đặt lịch trước, mang theo sổ khám cũ và giải thích cho trẻ về buổi khám để con không sợ hãi; "
         "sau buổi khám, bác sĩ sẽ hẹn lịch tái khám phù hợp với tình trạng răng miệng của từng trẻ.")
_LONG = ("Phụ huynh cần cho trẻ đánh răng hai lần mỗi ngày bằng kem có fluor, hạn chế đồ ngọt và nước có ga, "
         "đồng thời đưa trẻ đi khám lại sau mỗi sáu tháng để bác sĩ theo dõi")


def _links(body: str) -> list[str]:
    return [m for m in left_out(body) if "link" in m]


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("items", [
    ["• Trẻ nhỏ (6–12 tuổi):", "Răng sữa đang thay, nên khám ba tháng một lần.",
     "• Thanh thiếu niên (13–18 tuổi):", "Răng vĩnh viễn đã mọc đủ, sáu tháng một lần."],
    ["• TRẺ NHỎ DƯỚI 6 TUỔI:", "Cần cha mẹ chải răng giúp.", "• NGƯỜI LỚN:", "Lấy cao răng mỗi năm."],
    ["• Tre nho (6-12 tuoi) :", "Rang sua dang thay.", "• Nguoi truong thanh (tren 18 tuoi) :", "Nen kham dinh ky."],
    ["• Chải răng hai lần mỗi ngày;", "• Hạn chế đồ ngọt và nước có ga;", "• Khám răng sáu tháng một lần."],
    ["• Dùng chỉ nha khoa sau bữa ăn", "• " + _LONG, "• Thay bàn chải ba tháng một lần"],
    ["Bác sĩ khuyên cha mẹ nên lưu ý những điều sau:", "• Chải răng cho trẻ đúng cách",
     "• Cho trẻ uống đủ nước mỗi ngày", "• Đưa trẻ đi khám định kỳ tại phòng khám uy tín"],
    ["• Tuần thứ 6–8: Tiêm mũi đầu tiên phòng bệnh.", "• Tuần thứ 10-12 : tiêm nhắc lại."],
    ["• TUẦN THỨ 6-8: TIÊM MŨI ĐẦU.", "• Sau đó mỗi năm tiêm nhắc lại một lần"],
    ["1. Chuẩn bị trước buổi khám:", "• Mang theo sổ khám và phim chụp cũ của trẻ",
     "• Cho trẻ ăn nhẹ trước khi đến phòng khám"],
])
def test_a_bulleted_list_of_the_article_stays_in_the_text(items):
    body = paragraphs(_HEADLINE, _LEAD, _lines(*items), _TAIL)
    assert _links(body) == []


@pytest.mark.parametrize("bullet", ["- ", "+ ", "* ", "– ", "1. ", "a) "])
def test_other_bullets_of_a_list_stay_in_the_text(bullet):
    items = ["Trẻ nhỏ (6–12 tuổi):", "Thanh thiếu niên đang niềng răng;", "Người lớn có răng khôn mọc lệch."]
    body = paragraphs(_HEADLINE, _LEAD, _lines(*(bullet + i for i in items)), _TAIL)
    assert _links(body) == []


def test_guests_listed_under_a_colon_are_text_not_the_byline():
    body = paragraphs(_HEADLINE, _LEAD, "Đến dự buổi lễ có:", _lines(
        "• PGS.TS Trần Văn Minh – Bí thư Đảng ủy, Hiệu trưởng Nhà trường",
        "• TS. Lê Thị Hoa – Phó Hiệu trưởng Nhà trường",
        "• Cùng đại diện lãnh đạo các khoa, phòng trực thuộc."), _TAIL)
    got = reading(body)
    assert _links(body) == []
    assert got.fields.get("author", "") == ""


@pytest.mark.parametrize("items", [
    ["• Hà Nội khai mạc lễ hội hoa đào xuân năm nay", "• Nông dân trồng cam thu lãi cao nhờ liên kết",
     "• Tỉnh tổ chức hội nghị tổng kết công tác khuyến nông"],
    ["• Bệnh viện khám miễn phí cho trẻ em vùng cao dịp hè (12/6/2025)",
     "• Vì sao trẻ hay bị sâu răng sữa và cách phòng tránh hiệu quả nhất cho gia đình có con nhỏ đang tuổi "
     "đi học ở thành phố?"],
    ["• Giám đốc Sở Y tế: Phải khám răng cho mọi học sinh", "• Phụ huynh hỏi: Có nên nhổ răng sữa sớm?",
     "• Bác sĩ chia sẻ: Năm thói quen hại răng của trẻ"],
    ["• Quy định khám sức khỏe định kỳ cho học sinh ra sao?", "• Những trường hợp cần nhổ răng khôn",
     "• Thủ tục đăng ký khám răng tại trường học", "• Mẫu phiếu theo dõi sức khỏe răng miệng"],
])
def test_a_box_of_other_articles_headlines_stays_dropped(items):
    body = paragraphs(_HEADLINE, _LEAD, "Tin liên quan", _lines(*items), _TAIL)
    assert len(_links(body)) == len(items)


def test_a_related_box_without_bullets_stays_dropped():
    items = ["Nông dân vùng cao thoát nghèo nhờ liên kết sản xuất theo chuỗi",
             "Tỉnh tổ chức hội nghị tổng kết công tác khuyến nông năm qua",
             "Doanh nghiệp cam kết bao tiêu sản phẩm cho hợp tác xã ven biển"]
    body = paragraphs(_HEADLINE, _LEAD, "Xem thêm:", *items, _TAIL)
    assert len(_links(body)) == len(items)


@pytest.mark.parametrize("broken", [
    ["Nhà thờ Thánh Tâm toạ lạc trên khu đất thuộc phường Đông Hòa, huyện", "Bình Sơn, tỉnh Quảng Ngãi, cách trung "
     "tâm giáo phận chừng 20 cây số", "Về phía Tây Bắc; phía Nam giáp thôn Tân Lập, phía Đông", "Nam giáp xã An Phú, xã Bình Hòa",
     "và thôn Mỹ Lợi, nơi có con đường liên xã chạy qua trước cổng nhà thờ."],
    ["NGÔI TRƯỜNG NẰM Ở PHÍA BẮC THỊ TRẤN, GIÁP", "Sông Cầu ở phía Tây và cánh đồng làng", "Yên Phong ở phía Đông, "
     "cách chợ huyện", "chừng ba cây số về phía Nam."],
])
def test_a_paragraph_broken_over_short_lines_stays_in_the_text(broken):
    body = paragraphs(_HEADLINE, _LEAD, _lines(*broken), _TAIL)
    assert _links(body) == []


def test_headlines_over_a_capitalised_paragraph_stay_dropped():
    items = ["Nông dân vùng cao thoát nghèo nhờ liên kết sản xuất theo chuỗi",
             "Tỉnh tổ chức hội nghị tổng kết công tác khuyến nông năm qua",
             "Doanh nghiệp cam kết bao tiêu sản phẩm cho hợp tác xã ven biển"]
    body = paragraphs(_HEADLINE, _LEAD, _lines(*items), _TAIL)
    assert len(_links(body)) == len(items)


@pytest.mark.parametrize(("rest", "own"), [
    ([(5, "Gồm các bước sau:"), (7, "• Bước một"), (8, "• Bước hai")], {7, 8}),
    ([(5, "Gồm các bước sau:"), (9, "• Bước một"), (10, "• Bước hai")], set()),  # the colon is not next to the list
    ([(5, "Tin nổi bật"), (6, "• Bước một"), (7, "• Bước hai;")], {6, 7}),
    ([(5, "Tin nổi bật"), (6, "• Bước một"), (7, "1. Mục phụ"), (8, "• Bước hai:")], {6, 8}),
    ([(5, "Tin nổi bật"), (6, "• Bước một"), (7, "• Bước hai")], set()),
    ([(5, "Tin nổi bật"), (6, "» Bước một;"), (7, ">> Bước hai:")], set()),  # a link box's marks, not bullets
    ([(6, "• " + _LONG + "?")], set()),  # a long headline that asks
    ([(6, "• " + _LONG)], {6}),
])
def test_own_items(rest, own):
    assert own_items(rest) == own


@pytest.mark.parametrize(("after", "on"), [
    ((9, "và thôn Mỹ Lợi."), True), ((9, "“nơi ấy” là quê tôi."), True), ((9, "đường liên xã"), True),
    ((9, "Và thôn Mỹ Lợi."), False), ((9, "2025 là năm"), False), ((9, ""), False), (None, False), ((9, "(Ảnh: TL)"), False),
])
def test_runs_on(after, on):
    assert runs_on(after) is on


@pytest.mark.parametrize(("url", "line", "named"), [
    ("https://x.vn/nieng-rang-bao-lau-5-yeu-to", "Niềng răng bao lâu? 5 yếu tố quyết định thời gian chỉnh nha", True),
    ("https://x.vn/NIENG-RANG-BAO-LAU-5-YEU-TO", "NIỀNG RĂNG BAO LÂU? 5 YẾU TỐ QUYẾT ĐỊNH THỜI GIAN", True),
    ("https://x.vn/blog/cach-cham-soc-meo-con-moi-sinh.html", "Cách chăm sóc mèo con mới sinh đúng cách tại nhà", True),
    ("https://x.vn/nieng-rang-bao-lau-5-yeu-to", "Chỉnh Nha Trẻ Em Niềng răng", False),  # a category row
    ("https://x.vn/tin-tuc-su-kien-moi", "Tin tức sự kiện mới nhất trong tuần của nhà trường", False),  # five words: a section
    ("https://x.vn/nieng-rang-bao-lau-5-yeu-to", "Yếu tố nào quyết định niềng răng bao lâu? 5 điều", False),  # not its opening
])
def test_a_cut_short_slug_names_the_headline_it_opens(url, line, named):
    from archive.read.slugs import named_by_slug, slug_words
    assert named_by_slug(line, slug_words(url)) is named


def test_the_headline_the_slug_opens_beats_a_category_row():
    from made_up_pastes import title_of
    body = paragraphs("Chăm Sóc Thú Cưng Mèo con", "Cách chăm sóc mèo con mới sinh đúng cách tại nhà cho người mới nuôi",
                      _LEAD, _TAIL)
    assert title_of(body, "https://x.vn/cach-cham-soc-meo-con-moi-sinh") == \
        "Cách chăm sóc mèo con mới sinh đúng cách tại nhà cho người mới nuôi"


@pytest.mark.parametrize("paragraph", [
    "Khỏi phải nói tôi vui thế nào trước chuyến đi. Chỉ biết nhiều đêm tôi mất ngủ vì háo hức",
    "KHOI PHAI NOI TOI VUI THE NAO. CHI BIET NHIEU DEM TOI MAT NGU VI HAO HUC CHUAN BI",
    "Kết luận cuộc họp, Phó Chủ tịch nhấn mạnh yêu cầu tiến độ! Các sở phải báo cáo trước ngày 15 hằng tháng",
])
def test_a_paragraph_under_captions_is_no_headline_of_a_link_box(paragraph):
    captions = ["Những người lính trẻ chuẩn bị hành quân ra đảo xa", "Những người lính trẻ chuẩn bị hành quân ra đảo xa"]
    body = paragraphs(_HEADLINE, _LEAD, _lines(*captions, paragraph), _TAIL)
    assert not any(paragraph[:40] in m for m in _links(body))
