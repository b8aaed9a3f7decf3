"""The reader of issue 13, round 14, on made-up text: a portal's page metadata printed under the
headline (ISO timestamps with a "T" and a zone, bare addresses) is chrome, and a short name
standing among it is the site's, never a byline; a link box's label ("Liên kết website") and a
site's contact line ("... - Địa chỉ: ... Số ĐT: ...") are chrome and never the title; a lead that
ends on the headline's words in small letters is prose, not a breadcrumb, so the documents it
cites are read; a unit's initials after a comma ("Hoàng Long, TTXVN") end a byline without
losing the name before them; a back button printed with its arrow ("<< Quay lại") is chrome, so the
end byline above it (pushed right by a run of spaces) is read."""
import datetime as dt

import pytest

from archive.read.bylines import parse_byline
from archive.read.chrome import beside_page_metadata, is_noise_line, is_page_metadata
from archive.read.labels import runs_into
from made_up_pastes import reading

LEAD = ("Sáng ngày 19/12, Hội Cựu chiến binh huyện Hòa Tân tổ chức hội nghị tổng kết công tác hội năm 2022 "
        "với sự tham dự của đông đủ hội viên các chi hội trong huyện.")
MORE = ("Hội nghị đã đánh giá kết quả các phong trào thi đua trong năm và đề ra phương hướng nhiệm vụ "
        "cho năm 2023 với nhiều chỉ tiêu cụ thể.")


# ---------------------------------------------------------------- a portal's page metadata

@pytest.mark.parametrize("line", ["2022-12-20T09:15:00+07:00", "2022-12-20T09:15+0700", "2022-12-20T02:15:00Z",
                                  "https://hoatan.example.gov.vn/uploads/news/2022_12/anh_3.jpg",
                                  "www.example.gov.vn/tin-tuc/bai-1"])
def test_page_metadata_lines(line):
    assert is_page_metadata(line)


@pytest.mark.parametrize("line", ["Thứ ba - 20/12/2022 09:10", "Xem tại https://example.gov.vn nhé", "Hòa Tân"])
def test_lines_that_are_not_page_metadata(line):
    assert not is_page_metadata(line)


def test_a_name_beside_a_timestamp_stands_in_page_metadata():
    texts = ["HỘI NGHỊ TỔNG KẾT", "Hòa Tân", "2022-12-20T09:15:00+07:00", "Sáng nay, hội nghị..."]
    assert beside_page_metadata(texts, 1)
    assert not beside_page_metadata(texts, 0) and not beside_page_metadata(["A", "Hòa Tân", "B"], 1)


def test_a_site_name_among_page_metadata_is_no_byline():
    url = "https://hoatan.example.gov.vn/vi/news/tin-dia-phuong/hoi-nghi-42.html"
    read = reading("HỘI NGHỊ TỔNG KẾT CÔNG TÁC HỘI NĂM 2022\nHòa Tân\n2022-12-20T09:15:00+07:00\n"
                   f"2022-12-20T09:15:00+07:00\n{url}\nhttps://hoatan.example.gov.vn/uploads/news/2022_12/anh_3.jpg\n"
                   "UBND huyện Hòa Tân\nhttps://hoatan.example.gov.vn/uploads/logo.png\nThứ ba - 20/12/2022 09:10\n"
                   f"{LEAD}\n{MORE}\n", url)
    assert read.fields.get("title") == "HỘI NGHỊ TỔNG KẾT CÔNG TÁC HỘI NĂM 2022"
    assert read.fields.get("date") == dt.date(2022, 12, 20)
    assert not read.fields.get("author")


def test_a_name_under_the_headline_without_metadata_is_still_the_byline():
    read = reading(f"HỘI NGHỊ TỔNG KẾT CÔNG TÁC HỘI NĂM 2022\nNguyễn Văn Hùng\n20/12/2022 09:10\n{LEAD}\n{MORE}\n")
    assert read.fields.get("author") == "Nguyễn Văn Hùng"


# ---------------------------------------------------------------- a link box's label, a contact line

@pytest.mark.parametrize("label", ["Liên kết website", "Liên kết", "Website liên kết", "Liên kết web",
                                   "Liên kết website:", "Hội Văn học Nghệ thuật - Địa chỉ: 12 Lê Lợi. Số ĐT: (0123)"])
def test_a_link_box_label_or_contact_line_is_chrome(label):
    assert is_noise_line(label)


@pytest.mark.parametrize("line", ["Liên kết vùng tạo động lực phát triển kinh tế - xã hội",
                                  "Địa chỉ đỏ giáo dục truyền thống cách mạng cho thế hệ trẻ"])
def test_a_headline_on_links_or_addresses_is_not_chrome(line):
    assert not is_noise_line(line)


def test_a_link_box_label_above_the_headline_is_not_the_title():
    headline = "Hội Văn học Nghệ thuật tổ chức Hội nghị Ban Chấp hành mở rộng"
    read = reading("Liên kết website\n\nHội Văn học Nghệ thuật tỉnh Nam Sơn - Địa chỉ: 12 Lê Lợi - Thành phố Nam Sơn. "
                   f"Số ĐT: (0123)\n\n\n{headline}\n\nNgày 12/4/2019 tại thành phố Nam Sơn, Hội Văn học Nghệ thuật "
                   "tỉnh Nam Sơn đã tổ chức Hội nghị Ban Chấp hành mở rộng nhằm đánh giá kết quả công tác quý I.\n\n"
                   "Hội nghị đã thảo luận, thống nhất các giải pháp thực hiện nhiệm vụ trong thời gian tới của Hội.\n")
    assert read.fields.get("title") == headline


# ---------------------------------------------------------------- a lead ending on the headline's words

def test_prose_running_into_the_headline_in_small_letters():
    headline = "Hưởng ứng cuộc thi viết về gương người tốt việc tốt"
    assert runs_into("Đảng ủy đã ban hành văn bản về việc hưởng ứng cuộc thi viết về gương người tốt việc tốt",
                     headline)
    assert not runs_into("Trang chủ Tin tức Hưởng ứng cuộc thi viết về gương người tốt việc tốt", headline)


def test_a_lead_ending_on_the_headline_is_kept():
    headline = "Hưởng ứng cuộc thi viết về gương người tốt việc tốt năm 2021"
    lead = ("Ngày 12/05/2021, Đảng ủy Tổng công ty đã ban hành văn bản số 215-CV/ĐUTCT về việc hưởng ứng "
            "cuộc thi viết về gương người tốt việc tốt năm 2021")
    read = reading(f"Hot line   1900 12 34\n\n{headline}\n\n{lead}\n\nTheo đó, các chi bộ, đảng bộ trực thuộc thực "
                   "hiện tốt công tác tuyên truyền về cuộc thi tới toàn thể cán bộ, đảng viên, người lao động.\n")
    assert read.fields.get("title") == headline
    assert read.fields.get("lead") == lead


# ---------------------------------------------------------------- a unit's initials after the names

@pytest.mark.parametrize("line, authors", [
    ("Minh Anh-Hoàng Long, TTXVN", ("Minh Anh", "Hoàng Long")),
    ("Minh Anh - Hoàng Long, TTVHTTDL", ("Minh Anh", "Hoàng Long")),
    ("Thu Hà, TTVH", ("Thu Hà",)),
    ("Minh Anh, Hoàng Long", ("Minh Anh", "Hoàng Long")),
])
def test_a_units_initials_after_a_comma_end_the_byline(line, authors):
    assert parse_byline(line) == authors


# ---------------------------------------------------------------- a back button under the end byline

@pytest.mark.parametrize("line", ["<< Quay lại", "« Trở về", "< Quay lại", "Quay lại"])
def test_a_back_button_with_its_arrow_is_chrome(line):
    assert is_noise_line(line)


def test_an_end_byline_pushed_right_over_a_back_button_is_read():
    read = reading("Hội nghị ký kết giao ước thi đua Khối thi đua 3 năm 2023\n\n"
                   "Ngày 12/5/2023, Khối thi đua 3 tổ chức hội nghị ký kết giao ước thi đua năm 2023 với sự tham dự "
                   "của lãnh đạo các đơn vị trong khối.\n\nCác đơn vị đã thống nhất nội dung giao ước thi đua và "
                   f"phương hướng hoạt động trong năm.\n \n{' ' * 57}Ký kết giao ước thi đua Khối thi đua 3 \n \n"
                   f"{' ' * 96}Bài: Minh Trang\n\n<< Quay lại\n\nTin khác\n")
    assert read.fields.get("author") == "Minh Trang"
