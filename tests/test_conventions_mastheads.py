"""Conventions round 10: a small site's masthead at the page's top (read/site_mastheads.py), made-up
pages in several spellings, and near-misses that stay: a headline at the top, a real two-word byline
under a headline, a headline in title case, a kicker, a date line under the name."""
import pytest

from tests.made_up_pastes import read_paste

from archive.read.site_mastheads import site_masthead
from archive.read.title_writers import colon_writer

HEADLINE = "Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng sáu tháng đầu năm"
LEAD = "Sáng 12/3, Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng sáu tháng đầu năm."


@pytest.mark.parametrize("block", [
    ["Sông Hồng News", "Thông tin nhanh - người đọc là người bạn đồng hành!", "Xã hội - Văn hóa và Tin tức Cộng đồng"],
    ["Đồng Nai News", "Ai đọc tin hôm nay - người đó hiểu ngày mai!"],
    ["DONG NAI NEWS", "Tin nhanh mỗi ngày!"],
    ["Cửu Long Online", "Kinh tế - Chính trị - Văn hóa"],
    ["QUÊ HƯƠNG ONLINE", "Tiếng nói của người Việt xa quê", "Thời sự - Kinh tế - Đời sống"],
    ["que huong online", "Thoi su - Kinh te - Doi song"],
    ["Đất Việt Net", "Trang thông tin tổng hợp - Cập nhật hằng ngày"],
    ["ĐẤT VIỆT NET", "Văn Hóa và Xã Hội"],
    ["VanHoaViet.com", "Nơi gặp gỡ của những người yêu văn hóa Việt!"],
    ["tinviet.net", "Thời Sự, Văn Hóa, Giáo Dục"],
    ["Người Việt.org", "Văn Học và Nghệ Thuật"],
    ["Sài Gòn Xưa Blog", "Ký ức - Hình ảnh - Con người"],
    ["Phương Nam TV", "Tin Tức và Giải Trí"],
    ["Hà Thành Media", "Sống đẹp mỗi ngày!"],
    ["H.Nguyên", "& Thân Hữu", "Văn Chương và Cuộc Sống"],
    ["T. Minh", "& Bằng Hữu", "Thơ và Nhạc"],
    ["K.Lâm", "& Bạn Bè"],
    ["Mê Kông News", "Tin tức Cộng đồng - Người Việt tại châu Âu"],
    ["Tây Nguyên Times", "Đời Sống & Văn Hóa"],
    ["Bắc Hà Magazine", "Du Lịch - Ẩm Thực - Văn Hóa"],
    ["Sông Hồng News", "Kinh tế - Chính trị và Tin tức Cộng đồng VN tại LB Nga"],
    ["Sông Hồng News", "Tin tức, Sự kiện"],
    ["Mekong News  ", " Văn Hóa và Xã Hội "],  # spaces a paste leaves
    ["SONG HONG ONLINE", "Thoi su - Van hoa - Xa hoi"],  # no tone marks
    ["Quê Nhà Net", "Cộng Đồng | Văn Hóa | Thể Thao"],  # bars
    ["Việt Báo.info", "Tin Tức — Bình Luận"],
    ["Hồn Việt.de", "Thơ & Nhạc"],
    ["Người Xa Xứ Blog", "Viết cho nhau - đọc cho nhau!"],
])
def test_a_masthead_at_the_page_top_is_chrome(block):
    texts = [*block, "", HEADLINE, "12/03/2024 08:15", LEAD]
    assert site_masthead(texts) == list(range(len(block)))


@pytest.mark.parametrize("block, kept", [
    (["Sông Hồng News", "", "Thông tin nhanh - người đọc là bạn!"], 3),  # a blank line between
    (["Cửu Long Online", "Kinh tế - Chính trị", "Văn Hóa và Xã Hội", "Giáo Dục và Y Tế"], 4),  # three parts at most
])
def test_the_block_counts_lines_with_text(block, kept):
    texts = [*block, HEADLINE, LEAD]
    assert site_masthead(texts) == [i for i in range(len(block)) if texts[i]][:kept]


@pytest.mark.parametrize("texts", [
    [HEADLINE, "Sông Hồng News", LEAD],  # the name under the headline: not the page's top
    ["Nguyễn Văn An", HEADLINE, LEAD],  # a name over the headline
    [HEADLINE, "Nguyễn Văn An", LEAD],  # a real two-word byline under the headline
    [HEADLINE, "Hồng Phương", LEAD],
    ["Tin tức", HEADLINE, LEAD],  # a section's label
    ["Đại hội Đảng bộ tỉnh lần thứ XVI:", HEADLINE, LEAD],  # a kicker
    ["Kiểm Tra Hoạt Động Đảng Bộ Huyện", "Nguyễn Văn An", LEAD],  # a headline in title case
    ["Đồng Nai Phát Triển Kinh Tế Xanh", LEAD],
    ["T.Vấn", HEADLINE, LEAD],  # initials alone, no "&" under them
    ["News", HEADLINE, LEAD],  # a site's word alone
    ["Vietnam News Agency đưa tin về hội nghị", LEAD],  # more than four words
    ["Báo Online.", HEADLINE, LEAD],  # closed by a full stop
    ["Sông Hồng News"],  # nothing under it
    ["", ""],
    [],
])
def test_near_misses_have_no_masthead(texts):
    assert site_masthead(texts) == []


@pytest.mark.parametrize("under", [
    HEADLINE,  # the headline right under the name
    "Thứ Ba, 12/03/2024 08:15",  # a date line
    "Xây dựng Đảng - Ngày đăng: 08:50, 30/03/2021",  # a section and its date, with a dash
    "CLB thơ Từ Sơn tổ chức giao lưu thơ - ca",  # a headline with a dash: a one-word part
    "Sông Hương - 40 năm một dòng chảy",  # a headline with a number
    "Nguyễn Văn An",  # a byline
    "Kiểm Tra Hoạt Động Đảng Bộ Huyện Năm Nay",  # a headline in title case: items too long
    "Katê – Lễ hội Champa Truyền Thống Và Triển Vọng",
    "Đại hội Đảng bộ tỉnh lần thứ XVI:",  # a kicker
    "Phát biểu tại hội nghị, đồng chí Bí thư nhấn mạnh nhiệm vụ trọng tâm.",  # a sentence
])
def test_the_block_ends_at_the_first_other_line(under):
    texts = ["Sông Hồng News", under, LEAD, "Văn Hóa và Xã Hội"]
    assert site_masthead(texts) == [0]


@pytest.mark.parametrize("tagline, topics, both", [
    ("Tiếng nói của người Việt xa quê", "Thời sự - Kinh tế - Đời sống", True),
    ("Nơi hội tụ những tấm lòng", "Văn Học và Đời Sống", True),
    ("Tiếng nói của người Việt xa quê", HEADLINE, False),  # a plain tagline needs a marked part under it
    (HEADLINE, "Thời sự - Kinh tế - Đời sống", False),  # too long for a tagline: the headline
    ("Năm 2024 của người Việt xa quê", "Thời sự - Kinh tế", False),  # a number
])
def test_a_plain_tagline_over_a_marked_part(tagline, topics, both):
    texts = ["QUÊ HƯƠNG ONLINE", tagline, topics, LEAD]
    assert site_masthead(texts) == ([0, 1, 2] if both else [0])


def test_the_masthead_is_left_out_of_the_reading():
    paste = "\n".join(["---", "url: https://example.org/a", "---", "H.Nguyên", "", "& Thân Hữu", "",
                       "Văn Chương và Cuộc Sống", "", HEADLINE, "12/03/2024 08:15", "", LEAD,
                       "Phát biểu tại hội nghị, đồng chí Bí thư Huyện ủy đề nghị các chi bộ nâng cao chất lượng sinh hoạt."])
    fields = read_paste(paste).fields
    assert fields["title"] == HEADLINE and not fields.get("author")


@pytest.mark.parametrize("title, writer", [
    ("Nguyễn Văn An: Nhờ đâu người Việt tại Úc đồng lòng xây dựng cộng đồng?", "Nguyễn Văn An"),
    ("Lê Thị Bình: Những ngày ở Melbourne và ký ức của một thế hệ", "Lê Thị Bình"),
    ("Trần Minh Đức Anh: Văn học hải ngoại sau bốn mươi năm nhìn lại", "Trần Minh Đức Anh"),
    ("Phạm Quang Huy: Hồi ức về những mùa xuân xa quê hương", "Phạm Quang Huy"),
    ("Nguyễn Văn An:  Nhờ đâu người Việt tại Úc đồng lòng", "Nguyễn Văn An"),
    ("Hồng Phương: Ngành tổ chức xây dựng Đảng chuẩn bị đại hội", ""),  # two words: a pen name or a place
    ("Lục Yên: 3 sản phẩm OCOP đạt tiêu chuẩn 3 sao cấp tỉnh", ""),  # a district
    ("Thành phố Hà Nội: Triển khai nhiệm vụ năm 2024 của toàn ngành", ""),  # a body
    ("Thủ tướng Phạm Minh Chính: Phải làm tốt hơn nữa công tác cán bộ", ""),  # a position before the name
    ("Nguyễn Văn An: “Chúng ta phải làm tốt hơn nữa công tác này”", ""),  # a speaker's words
    ("NGUYỄN VĂN AN: NHỜ ĐÂU NGƯỜI VIỆT TẠI ÚC ĐỒNG LÒNG", ""),  # in capitals: a subject
    ("Nguyễn Văn An: Hồi ức", ""),  # too short a headline after it
    ("Tin tức: Huyện ủy tổ chức hội nghị sơ kết công tác", ""),  # a section
    ("Đại hội Đảng bộ tỉnh lần thứ XVI: Đoàn kết, dân chủ, đổi mới", ""),  # a kicker's words
    ("Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng", ""),  # no colon
])
def test_a_blogs_writer_before_the_headlines_colon(title, writer):
    assert colon_writer(title) == writer


def test_the_writer_in_the_headline_is_read_and_the_title_kept_whole():
    title = "Nguyễn Văn An: Nhờ đâu người Việt tại Úc đồng lòng xây dựng cộng đồng?"
    paste = "\n".join(["---", "url: https://example.org/a", "---", "H.Nguyên", "& Thân Hữu", "Văn Chương và Cuộc Sống",
                       "", title, "", LEAD,
                       "Phát biểu tại hội nghị, đồng chí Bí thư Huyện ủy đề nghị các chi bộ nâng cao chất lượng sinh hoạt."])
    fields = read_paste(paste).fields
    assert fields["title"] == title and fields["author"] == "Nguyễn Văn An"


def test_a_profiles_subject_before_the_headlines_colon_is_no_writer():
    """A news profile opens its headline with its subject's name, and its text names him again: no
    writer is taken from it (a blog's writer is named once, over the essay)."""
    title = "Nguyễn Văn Bình: Người đảng viên gương mẫu của chi bộ thôn Đông"
    paste = "\n".join(["---", "url: https://example.org/a", "---", title, "", LEAD,
                       "Nhiều năm liền, đảng viên Nguyễn Văn Bình được bình xét hoàn thành xuất sắc nhiệm vụ."])
    fields = read_paste(paste).fields
    assert fields["title"] == title and not fields.get("author")
