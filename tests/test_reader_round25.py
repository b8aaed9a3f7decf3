"""The reader of issue 13, round 25 (holdout 24's kinds), on made-up text: a calendar leaf's date, the
day printed apart from its month and year ("07 11-2022" on one line, "10" over "09/2021"), gives the
date; a body's name over the date line, a longer headline under it, is the site's masthead, not the
title. Near-misses stay as they are: a number alone that is a list item, a count or a page number, a
month and year with no day, a site clock's "today"."""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.leaf_dates import join_leaf_dates
from made_up_pastes import fields_of, numbered_lines

HEAD = "ĐẠI HỘI CHI BỘ CÔNG TY CỔ PHẦN XÂY DỰNG NHIỆM KỲ 2022-2025"
LEAD = ("Ngày 03/11/2022 vừa qua, Đảng bộ công ty đã tổ chức đại hội các chi bộ trực thuộc nhiệm kỳ "
        "2022-2025, làm tiền đề hướng tới đại hội Đảng bộ công ty lần thứ nhất.")
SECOND = ("Đại hội đã kiểm điểm, đánh giá kết quả thực hiện nghị quyết nhiệm kỳ trước, rút ra bài học kinh "
          "nghiệm và xác định phương hướng, nhiệm vụ cho nhiệm kỳ mới.")
SCHOOL = "Trường Cao đẳng Kỹ thuật Miền Trung"
SCHOOL_HEAD = "Kỷ niệm 40 năm thành lập Trường Cao đẳng Kỹ thuật Miền Trung (1981 - 2021)"


# ---------------------------------------------------------------- a leaf on one line, under a capitals headline

@pytest.mark.parametrize("leaf, day", [
    ("07 11-2022", dt.date(2022, 11, 7)),
    ("7 11/2022", dt.date(2022, 11, 7)),
    ("07 11.2022", dt.date(2022, 11, 7)),
    ("21 Tháng 11/2022", dt.date(2022, 11, 21)),
    ("3 tháng 2-2023", dt.date(2023, 2, 3)),
])
def test_a_leaf_on_one_line_gives_the_date(leaf, day):
    fields = fields_of(f"{HEAD}\n\n{leaf}\n\n{LEAD}\n\n{SECOND}\n")
    assert fields["date"] == day
    assert fields["title"] == HEAD


# ---------------------------------------------------------------- a leaf on two lines, under the site's name

@pytest.mark.parametrize("day_line, rest, day", [
    ("10", "09/2021", dt.date(2021, 9, 10)),
    ("9", "10/2021", dt.date(2021, 10, 9)),
    ("05", "Tháng 11/2022", dt.date(2022, 11, 5)),
    ("28", "02-2020", dt.date(2020, 2, 28)),
    ("1", "6.2019", dt.date(2019, 6, 1)),
    ("14", "THÁNG 2-2024", dt.date(2024, 2, 14)),
])
def test_a_leaf_on_two_lines_under_the_site_name_gives_the_date_and_the_headline(day_line, rest, day):
    fields = fields_of(f"{SCHOOL}\n{day_line}\n{rest}\n\n{SCHOOL_HEAD}\n\n{LEAD}\n\n{SECOND}\n")
    assert fields["date"] == day
    assert fields["title"] == SCHOOL_HEAD


def test_a_leaf_on_two_lines_under_the_headline_gives_the_date():
    fields = fields_of(f"{HEAD}\n\n12\n\n08/2023\n\n{LEAD}\n\n{SECOND}\n")
    assert fields["date"] == dt.date(2023, 8, 12)
    assert fields["title"] == HEAD


def test_the_leaf_is_one_line_in_the_lines_read():
    joined = join_leaf_dates(numbered_lines("Tiêu đề của bài viết về đại hội chi bộ", "", "10", "09/2021", "Nội dung"))
    assert joined == [(1, "Tiêu đề của bài viết về đại hội chi bộ"), (2, ""), (3, "10/09/2021"), (5, "Nội dung")]


# ---------------------------------------------------------------- a body's name over a whole date line

# The address spells the name (the headline names the body too) and not the whole headline: it
# cannot tell the masthead from the headline.
NAMED = [
    ("Trường Kỹ thuật Miền Trung", "Chúc mừng 40 năm thành lập ngành Kỹ thuật Miền Trung (20/11/1981 - 20/11/2021)",
     "https://example.com/vi/tin/chuc-mung-40-nam-thanh-lap-nganh-ky-thuat-mien-trung-20111981---20112021.html"),
    ("Bệnh viện Đa khoa Sơn Hà", "Kỷ niệm 30 năm ngày thành lập Đa khoa Sơn Hà (03/02/1994 - 03/02/2024)",
     "https://example.com/tin-tuc/ky-niem-30-nam-ngay-thanh-lap-da-khoa-son-ha-03021994---03022024"),
]


@pytest.mark.parametrize("name, head, url", NAMED)
@pytest.mark.parametrize("date", ["15/03/2024", "15\n03/2024", "15 03-2024"])
def test_a_body_name_over_the_date_line_is_the_masthead(name, head, url, date):
    fields = fields_of(f"{name}\n{date}\n\n{head}\n\n{LEAD}\n\n{SECOND}\n", url)
    assert fields["title"] == head
    assert fields["date"] == dt.date(2024, 3, 15)


def test_a_headline_over_its_date_line_keeps_the_title():
    head = "Trường Cao đẳng Kỹ thuật tổ chức lễ kết nạp đảng viên mới"
    sub = "Buổi lễ diễn ra trang trọng tại hội trường lớn của nhà trường"
    fields = fields_of(f"{head}\n15/03/2024\n\n{sub}\n\n{LEAD}\n\n{SECOND}\n")
    assert fields["title"] == head


# ---------------------------------------------------------------- near-misses

@pytest.mark.parametrize("texts", [
    ("1", "Nâng cao chất lượng sinh hoạt chi bộ"),  # a list item
    ("125", "09/2021"),  # a count, no day of a month
    ("0", "09/2021"),
    ("10", "09/2021 - 10/2021"),  # a span of months
    ("Tháng 11/2022",),  # a month and year with no day
    ("10", "Tháng 9"),  # no year
    ("07 11-22",),  # a two-digit year
    ("31", "02/2021"),  # a day the month does not have
    ("30 02-2020",),
])
def test_no_leaf_is_made_where_none_is(texts):
    lines = numbered_lines(HEAD, *texts)
    assert join_leaf_dates(lines) == lines


def test_a_number_deep_in_the_text_is_no_leaf():
    body = [f"Đoạn văn số {n} của bài viết về công tác xây dựng Đảng ở cơ sở." for n in range(14)]
    lines = numbered_lines(HEAD, *body, "2", "03/2022")
    assert join_leaf_dates(lines) == lines  # a page number and a month under the text


def test_a_month_without_a_day_gives_no_date():
    assert fields_of(f"{HEAD}\n\nTháng 11/2022\n\n{LEAD}\n\n{SECOND}\n")["date"] is None


@pytest.mark.parametrize("label", ["Hôm nay", "Hôm nay:", "Thứ Sáu, hôm nay"])
def test_a_clock_widgets_today_leaf_is_not_the_date(label):
    lines = numbered_lines(label, "10", "09/2021", HEAD)
    assert join_leaf_dates(lines) == lines
    fields = fields_of(f"{label}\n10\n09/2021\n\n{HEAD}\n\n{LEAD}\n\n{SECOND}\n")
    assert fields["date"] != dt.date(2021, 9, 10)


# ---------------------------------------------------------------- the dev set's oldest title misses, by kind

PARISH_LEAD = ("Nhân dịp mừng kỷ niệm 50 năm thành lập giáo xứ, chúng ta cùng nhau tìm hiểu lịch sử giáo xứ để "
               "thấy những bước đi, những khó khăn và những nỗ lực của các thế hệ đi trước trong việc sống đạo.")


@pytest.mark.parametrize("part", ["(bài 2)", "- Kỳ 3: Những năm đầu", "– Phần II", ": Bài 4"])
def test_a_series_heading_under_the_date_is_not_the_title(part):
    head = f"Lịch sử giáo xứ An Bình {part}"
    body = (f"Trang chủ » Tin tức\n\n{head}\n\n  • In trang này\n  • Lượt xem: 1,204\n"
            f"  • Ngày đăng: 12/05/2022 08:14:10\n\nLỊCH SỬ GIÁO XỨ AN BÌNH\n\nLời mở đầu\n\n{PARISH_LEAD}\n\n{SECOND}\n")
    fields = fields_of(body)
    assert fields["title"] == head
    assert fields["date"] == dt.date(2022, 5, 12)


def test_a_heading_the_headline_opens_with_and_goes_on_without_a_part_is_no_series():
    from archive.read.headline_echoes import series_headings
    texts = ["Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Hội nghị Ban Chấp hành Đảng bộ tỉnh mở rộng lần thứ 12"]
    assert series_headings(texts, [0, 1]) == set()
    texts = ["Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Hội nghị Ban Chấp hành Đảng bộ tỉnh (bài 2)"]
    assert series_headings(texts, [0, 1]) == {0}


GREETING_LEAD = ("Ngày 10/10/1945, Chủ tịch Hồ Chí Minh ký sắc lệnh về tổ chức đoàn thể luật sư, từ đó đến nay "
                 "các thế hệ luật sư đã có nhiều đóng góp vào sự nghiệp xây dựng và bảo vệ Tổ quốc.")


@pytest.mark.parametrize("head, greeting", [
    ("CHÀO MỪNG NGÀY TRUYỀN THỐNG LUẬT SƯ VIỆT NAM NGÀY 10/10/1945 – 10/10/2023",
     "CHÚC MỪNG NGÀY TRUYỀN THỐNG LUẬT SƯ VIỆT NAM (10/10)"),
    ("KỶ NIỆM 93 NĂM NGÀY THÀNH LẬP HỘI NÔNG DÂN VIỆT NAM (14/10/1930 - 14/10/2023)",
     "CHÀO MỪNG NGÀY THÀNH LẬP HỘI NÔNG DÂN VIỆT NAM"),
])
def test_a_capitals_greeting_restating_the_headline_is_not_the_title(head, greeting):
    fields = fields_of(f"{head}\n\n{greeting}\n\n{GREETING_LEAD}\n\n{SECOND}\n")
    assert fields["title"] == head


@pytest.mark.parametrize("kicker, head", [
    ("ĐẠI HỘI ĐẢNG BỘ XÃ AN PHÚ", "ĐẠI HỘI ĐẢNG BỘ XÃ AN PHÚ LẦN THỨ XV THÀNH CÔNG TỐT ĐẸP"),  # longer under
    ("KỶ NIỆM 93 NĂM NGÀY THÀNH LẬP HỘI NÔNG DÂN VIỆT NAM", "Nông dân tỉnh thi đua sản xuất kinh doanh giỏi"),
])
def test_a_line_that_does_not_restate_the_one_above_keeps_its_place(kicker, head):
    from archive.read.headline_echoes import restatements
    assert restatements([kicker, head], [0, 1]) == set()


@pytest.mark.parametrize("name", ["Bệnh viện Đa khoa tỉnh Sơn Hà", "Trường THPT Lê Lợi"])
def test_a_caption_sentence_under_a_body_name_over_the_dated_headline_is_not_the_lead(name):
    head = "Đảng ủy tổ chức hội nghị học tập, quán triệt các nghị quyết, chỉ thị của Trung ương"
    caption = ("Trong chuyến thăm và làm việc tại tỉnh, chiều 8-5, đồng chí Bí thư Tỉnh ủy đã đến thăm, "
               "tặng quà cán bộ, nhân viên của đơn vị nhân dịp kỷ niệm ngày thành lập.")
    body = f"{name}\n{caption}\n\n{head}\n\nĐăng lúc: 09:51:17 17/12/2019 (GMT+7)\n\n{LEAD}\n\n{SECOND}\n"
    fields = fields_of(body)
    assert fields["title"] == head
    assert fields["date"] == dt.date(2019, 12, 17)


# ---------------------------------------------------------------- a capitals headline over several lines

MODEL_LEAD = ("Công ty Điện lực Sơn Hà được thành lập từ ngày 01/04/1997, với nhiệm vụ cung cấp điện phục vụ "
              "phát triển kinh tế, văn hóa, xã hội và đời sống nhân dân trên địa bàn tỉnh.")


@pytest.mark.parametrize("block", [
    ("TẤM GƯƠNG SÁNG HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG", "ĐẠO ĐỨC", "PHONG CÁCH HỒ CHÍ MINH Ở CÔNG TY ĐIỆN LỰC SƠN HÀ"),
    ("NHỮNG ĐẢNG VIÊN TIÊU BIỂU TRONG PHONG TRÀO", "HOÀNG MAI", "THI ĐUA YÊU NƯỚC CỦA PHƯỜNG"),
    ("GƯƠNG SÁNG HỌC TẬP VÀ LÀM THEO LỜI BÁC CỦA", "ĐOÀN VIÊN", "THANH NIÊN XÃ AN PHÚ"),
])
def test_a_capitals_headline_broken_over_lines_has_no_byline_in_it(block):
    fields = fields_of("\n".join(block) + f"\n\n{MODEL_LEAD}\n\n{SECOND}\n")
    assert fields["author"] == ""
    assert fields["title"] == block[0]


def test_a_name_in_capitals_under_a_capitals_headline_stays_the_byline():
    head = "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ CÔNG TY LẦN THỨ MƯỜI"
    fields = fields_of(f"{head}\nTRẦN MINH HẢI\n\n{MODEL_LEAD}\n\n{SECOND}\n")
    assert fields["author"] == "Trần Minh Hải"
    assert fields["title"] == head


def test_a_capitals_block_parted_by_a_blank_line_is_no_block():
    from archive.read.capitals_blocks import block_continuations, capitals_block_line
    lines = [(1, "TẤM GƯƠNG SÁNG HỌC TẬP VÀ LÀM THEO BÁC"), (3, "ĐẠO ĐỨC"), (4, "PHONG CÁCH HỒ CHÍ MINH")]
    assert not capitals_block_line(lines, 1)
    assert block_continuations([t for _, t in lines], [n for n, _ in lines], [0, 1, 2]) == {2}
    joined = [(1, lines[0][1]), (2, "ĐẠO ĐỨC"), (3, lines[2][1])]
    assert capitals_block_line(joined, 1)
    assert block_continuations([t for _, t in joined], [1, 2, 3], [0, 1, 2]) == {1, 2}


def test_a_kicker_closed_by_a_colon_opens_no_block():
    from archive.read.capitals_blocks import block_continuations
    texts = ["AN BÌNH:", "MỪNG LỄ BỔN MẠNG GIÁO XỨ AN BÌNH", "NGÀY 15.8.2023"]
    assert block_continuations(texts, [1, 2, 3], [0, 1, 2]) == {2}
    whole = ["ĐẠI HỘI ĐẢNG BỘ XÃ AN PHÚ LẦN THỨ XV", "QUYẾT TÂM XÂY DỰNG XÃ NÔNG THÔN MỚI KIỂU MẪU"]
    assert block_continuations(whole, [1, 2], [0, 1]) == set()  # a kicker and a headline, each whole
