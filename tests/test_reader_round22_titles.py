"""The reader of issue 13, round 22 (part a: titles and dates), on made-up text: a browser's page
title ("<headline> - <association's name>") over the headline itself gives the headline; a headline
cut short with "..." over a glued button row ("EmailPrintAa") and its date line is the title, not the
sapo under them; an association's masthead and its city over a headline opening with the same name
give the headline; a short headline ending with a bracketed date, first in the paste, is the title
(the date split off it as the publication date, issue 13), not the verse under it; "NGÀY <date>"
in capitals closing a headline block in capitals, the day the lead tells of, is no publication date.
Near-misses stay as they were: a headline with a dash and a second clause, a masthead that is a
headline, a date line printed normally under a headline in capitals."""
from __future__ import annotations

import datetime as dt

import pytest

from archive.read.body_names import association_name
from archive.read.chrome import is_noise_line
from archive.read.headline_dates import dated_headline
from made_up_pastes import reading, title_of

LEAD = ("Sáng 12/6, Ban Thường vụ Hội tổ chức hội nghị sơ kết công tác 6 tháng đầu năm và triển khai "
        "nhiệm vụ trọng tâm những tháng cuối năm với sự tham dự của đại diện các chi hội cơ sở.")
SECOND = ("Theo báo cáo, 6 tháng qua các cấp Hội đã vận động hội viên tham gia phát triển kinh tế, "
          "xây dựng nông thôn mới, giữ gìn an ninh trật tự ở khu dân cư.")


# ---------------------------------------------------------------- a page title with the site's name over the headline

@pytest.mark.parametrize("headline, site", [
    ("HỘI LÀM VƯỜN TỈNH: 20 NĂM XÂY DỰNG VÀ TRƯỞNG THÀNH", "Hội Làm vườn Việt Nam"),
    ("Hội viên nông dân chung tay xây dựng nông thôn mới", "Hội Nông dân tỉnh Quảng Trị"),
    ("Trao học bổng cho học sinh nghèo vượt khó năm học mới", "Hội Khuyến học tỉnh Bình Thuận"),
    ("Tập huấn kỹ năng truyền thông cho hội viên cơ sở", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Ninh Bình"),
])
def test_a_page_title_naming_an_association_over_the_headline_gives_the_headline(headline, site):
    assert title_of(f"{headline} - {site}\n\n{headline}\n\n{LEAD}\n\n{SECOND}\n") == headline


def test_a_headline_with_a_dash_and_a_second_clause_stays_whole():
    headline = "Hội Cựu chiến binh xã Tân Lập - Điểm tựa của phong trào thi đua ở cơ sở"
    assert title_of(f"{headline}\n\n{LEAD}\n\n{SECOND}\n") == headline
    clause = "Chung tay vì người nghèo - Hội viên nông dân góp sức xây dựng quê hương"
    assert title_of(f"{clause}\n\n{LEAD}\n\n{SECOND}\n") == clause


def test_an_association_opening_a_headline_before_a_dash_stays_in_it():
    # the name before the dash is no site's name after a headline: the line is the headline
    whole = "Hội Nông dân tỉnh Nghệ An - Chung tay xây dựng nông thôn mới ở vùng cao"
    assert title_of(f"{whole}\n\n{LEAD}\n\n{SECOND}\n") == whole


@pytest.mark.parametrize("line, expected", [
    ("Hội Cựu chiến binh Việt Nam", True),
    ("Hội Làm vườn Việt Nam", True),
    ("Hội Khuyến học tỉnh Bình Thuận", True),
    ("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Ninh Bình", True),
    ("Hội nghị tổng kết công tác Hội tại Hà Nội", False),  # a meeting, not a body
    ("Hội Nông dân tỉnh Nghệ An tổ chức Đại hội tại Nghệ An", False),  # a headline's clause
    ("Hội Cựu chiến binh Việt Nam sơ kết 5 năm thực hiện Nghị quyết", False),
    ("Hà Nội", False),
    ("Hội đồng nhân dân tỉnh Bình Thuận", False),  # a small letter after the kind: no name's word
    ("Hội ăn mừng chiến thắng tại Hà Nội", False),
])
def test_an_association_name_is_told_by_its_shape(line, expected):
    assert association_name(line) is expected


# ---------------------------------------------------------------- an association's masthead and its city over the headline

@pytest.mark.parametrize("masthead, city, headline", [
    ("Hội Cựu chiến binh Việt Nam", "Hà Nội",
     "Hội Cựu chiến binh Việt Nam tổng kết 10 năm thực hiện cuộc vận động lớn của Hội"),
    ("Hội Nông dân tỉnh Quảng Trị", "Quảng Trị",
     "Hội Nông dân tỉnh Quảng Trị trao vốn vay cho hội viên khó khăn ở huyện miền núi"),
    ("Hội Khuyến học tỉnh Bình Thuận", "Bình Thuận",
     "Hội Khuyến học tỉnh Bình Thuận phát động xây dựng dòng họ học tập tiêu biểu"),
])
def test_an_association_masthead_and_its_city_give_the_headline_under_them(masthead, city, headline):
    assert title_of(f"{masthead}\n\n{city}\n\n{headline}\n\n{LEAD}\n\n{SECOND}\n") == headline


def test_a_body_named_by_a_headline_alone_stays_the_title():
    headline = "Hội Cựu chiến binh phường tổ chức gặp mặt kỷ niệm ngày thành lập"
    assert title_of(f"{headline}\n\n{LEAD}\n\n{SECOND}\n") == headline


# ---------------------------------------------------------------- a headline cut short over a button row and its date line

@pytest.mark.parametrize("headline, buttons, date_line, date", [
    ("Những “ngày hội lớn” và lễ kỷ niệm 90 năm...", "EmailPrintAa", "11:36 01/05/2019", dt.date(2019, 5, 1)),
    ("Ký ức về những mùa bầu cử đầu tiên ở quê hương...", "Email Print A+ A-", "08:15 12/03/2021", dt.date(2021, 3, 12)),
    ("Một thời hoa lửa của đội nữ du kích ven sông...", "EmailPrint", "20/07/2022 09:05", dt.date(2022, 7, 20)),
])
def test_a_cut_headline_over_buttons_and_a_date_line_is_the_title_not_the_sapo(headline, buttons, date_line, date):
    # a long sapo with no full stop at its end, then a related link: the sapo reads as a long headline
    sapo = ("Ngày 12/4/2021, Huyện ủy đã ban hành Kế hoạch số 45-KH/HU về “Tổ chức các hoạt động kỷ niệm 90 năm "
            "Ngày thành lập Đảng bộ huyện (15/6/1931 - 15/6/2021)”. Nhân dịp này, Ban biên tập chọn đăng lại bài "
            "ghi chép về những ngày kỷ niệm năm xưa của “một người trong cuộc” cách đây 10 năm")
    body = ("Cuộc sống vốn có nhiều sự trùng hợp ngẫu nhiên. Nhiều người đã từng tìm ra những con số gắn với cuộc "
            "đời các danh nhân.\n\nCuộc đời đồng chí, người con ưu tú của quê hương, cũng gắn với những con số đó.")
    read = reading(f"{headline}\n{buttons}\n{date_line}\n\n{sapo}\n\nThông báo 113\n\n{body}\n")
    assert read.fields.get("title") == headline
    assert read.fields.get("date") == date


@pytest.mark.parametrize("line", ["EmailPrintAa", "Email Print Aa", "Facebook Email Print", "Email | Print | A+ | A-"])
def test_a_glued_row_of_share_print_and_size_buttons_is_chrome(line):
    assert is_noise_line(line)


@pytest.mark.parametrize("line", ["Emailing the Print shop", "In ấn tài liệu tuyên truyền", "Aa Bb"])
def test_words_near_the_buttons_stay(line):
    assert not is_noise_line(line)


# ---------------------------------------------------------------- a headline with its date in brackets, over verse

@pytest.mark.parametrize("headline, date", [
    ("Mừng tuổi các cụ phụ lão (8-2-1962)", dt.date(1962, 2, 8)),
    ("Thư gửi các cháu thiếu nhi (1-6-1956)", dt.date(1956, 6, 1)),
    ("Thơ chúc mừng năm mới 1960 (01/01/1960)", dt.date(1960, 1, 1)),
])
def test_a_short_headline_ending_with_a_bracketed_date_over_verse_is_the_title(headline, date):
    verse = "Tuổi già nhưng chí không già,\nGóp phần xây dựng nước nhà phồn vinh.\n\n—————\n\n"
    read = reading(f"{headline}\n\n{verse}Báo Nhân dân, số 2878.\ncpv.org.vn\n")
    assert read.fields.get("title") == headline[:headline.rindex("(")].strip()
    assert read.fields.get("date") == date  # issue 13: a bracketed date after a headline is the publication date


@pytest.mark.parametrize("line, expected", [
    ("Mừng tuổi các cụ phụ lão (8-2-1962)", True),
    ("Thư gửi các cháu thiếu nhi nhân ngày 1-6 (1-6-1956)", True),
    ("Báo Điện tử Đảng Cộng sản Việt Nam (21/07/2025)", False),  # a paper's name and its date: a date line
    ("Cổng thông tin điện tử huyện Tân Lập (21/07/2025)", False),
    ("Cập nhật lúc (21/07/2025)", False),  # too few words for a headline
    ("Mừng tuổi các cụ phụ lão", False),  # no date
])
def test_a_headline_with_its_bracketed_date_first_in_the_paste_is_told_from_a_date_line(line, expected):
    assert dated_headline([(1, line), (2, "Tuổi già nhưng chí không già,")], 0) is expected


def test_a_bracketed_date_line_under_a_headline_is_no_dated_headline():
    lines = [(1, "Hội viên nông dân chung tay xây dựng nông thôn mới"), (2, "Mừng tuổi các cụ phụ lão (8-2-1962)")]
    assert not dated_headline(lines, 1)


def test_a_source_and_date_under_a_headline_stays_a_date_line():
    headline = "Hội viên nông dân chung tay xây dựng nông thôn mới"
    read = reading(f"{headline}\nBáo Nông thôn (21/07/2025)\n\n{LEAD}\n\n{SECOND}\n")
    assert read.fields.get("title") == headline
    assert read.fields.get("date") == dt.date(2025, 7, 21)


# ---------------------------------------------------------------- a feast day closing a headline block in capitals

FEAST_LEAD = ("Vào lúc 17g30 ngày {day}, cộng đoàn giáo điểm đã hân hoan cử hành thánh lễ mừng bổn mạng "
              "lần đầu tiên, với sự hiệp thông của các linh mục trong giáo hạt.")
FEAST_SECOND = "Trước thánh lễ, cộng đoàn cử hành cuộc rước kiệu xung quanh nhà thờ."


@pytest.mark.parametrize("kicker, headline, day", [
    ("PHƯỚC AN:", "MỪNG LỄ MẸ LÊN TRỜI – BỔN MẠNG GIÁO ĐIỂM", "15.8.2023"),
    ("GIÁO XỨ HÒA LÂM:", "THÁNH LỄ MỪNG KÍNH THÁNH GIUSE BỔN MẠNG", "19/3/2024"),
    ("", "ĐẠI LỄ MỪNG KÍNH CÁC THÁNH TỬ ĐẠO VIỆT NAM", "24-11-2022"),
])
def test_a_day_closing_a_headline_block_in_capitals_is_no_publication_date(kicker, headline, day):
    head = f"{kicker}\n" if kicker else ""
    read = reading(f"{head}{headline}\nNGÀY {day}\n***\n{FEAST_LEAD.format(day=day)}\n{FEAST_SECOND}\n")
    assert read.fields.get("title") == headline
    assert read.fields.get("date") is None


def test_a_date_line_under_a_headline_in_capitals_stays_the_date():
    headline = "MỪNG LỄ MẸ LÊN TRỜI – BỔN MẠNG GIÁO ĐIỂM"
    for date_line in ("Ngày 16/8/2023", "NGÀY 16.8.2023"):  # printed normally; or a day the lead does not tell
        read = reading(f"{headline}\n{date_line}\n{FEAST_LEAD.format(day='15.8.2023')}\n{FEAST_SECOND}\n")
        assert read.fields.get("title") == headline
        assert read.fields.get("date") == dt.date(2023, 8, 16), date_line


def test_a_sapo_cut_short_under_the_headline_and_its_date_line_stays_the_lead():
    headline = "Hội viên nông dân chung tay xây dựng nông thôn mới ở vùng cao"
    sapo = ("Những năm qua, phong trào nông dân thi đua sản xuất kinh doanh giỏi đã lan tỏa khắp các thôn bản, "
            "góp phần đưa thu nhập của hội viên tăng lên...")
    read = reading(f"{headline}\n10:20 12/06/2024\n\n{sapo}\n\n{LEAD}\n\n{SECOND}\n")
    assert read.fields.get("title") == headline
    assert read.fields.get("date") == dt.date(2024, 6, 12)
