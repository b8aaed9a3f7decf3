"""Round 38 (holdout 37's kinds), on made-up pastes: a writer's full name in round brackets closing the
article's last paragraph ("... khó khăn (Phi Hồng)"), and a poll box with no button over the headline
(its label, an answered question, the answers), with a visit counter's bare label, a print-and-send
row and a media label after the headline ("TRUNG THU 2023 Tin có hình"). Near-misses stay as they are:
initials, an outlet, a place in brackets; a name in brackets inside a sentence, glossing a name, after a
quote or a verse's short line; a question headline under a reader's-opinion label; a headline's own
"tin ảnh"."""
import pytest

from archive.read.closing_brackets import bracketed_writer
from archive.read.furniture import poll_lines
from archive.read.media_labels import media_label_off
from made_up_pastes import fields_of, paragraphs

HEAD = "Hội Người cao tuổi phường tổ chức kỷ niệm ngày thành lập"
LEAD = ("Sáng ngày 3/6, Hội Người cao tuổi phường long trọng tổ chức lễ kỷ niệm ngày thành lập, với sự tham dự "
        "của đại diện lãnh đạo Đảng ủy, Ủy ban nhân dân phường và đông đảo hội viên.")
LAST = ("Trên cơ sở đó Hội tiếp tục phát huy vai trò của mình trong xây dựng và bảo vệ Tổ quốc, chung tay giúp "
        "đỡ người cao tuổi có hoàn cảnh khó khăn")


# ---------------------------------------------------------------- a name in brackets closing the text

@pytest.mark.parametrize("tail, name", [
    (" (Phi Hồng)", "Phi Hồng"),
    (" ( Phi Hồng )", "Phi Hồng"),
    (" (Phi Hồng).", "Phi Hồng"),
    (". (Phi Hồng)", "Phi Hồng"),
    (" (PHI HỒNG)", "Phi Hồng"),
    (" (Nguyễn Thị Lan)", "Nguyễn Thị Lan"),
    (" (Nguyen Van An)", "Nguyen Van An"),
    (" (Minh Anh)", "Minh Anh"),
])
def test_a_full_name_closing_the_last_paragraph_is_the_byline(tail, name):
    assert bracketed_writer([LEAD, LAST + tail]) == (LAST + tail[:tail.index("(")].rstrip(), name)
    assert fields_of(paragraphs(HEAD, LEAD, LAST + tail))["author"] == name


def test_a_hard_wrapped_paragraph_is_read_as_one():
    wrapped = ["Trên cơ sở đó Hội Người cao tuổi phường tiếp tục phát huy vai trò của mình trong",
               "xây dựng và bảo vệ Tổ quốc, chung tay giúp đỡ người cao tuổi nghèo,",
               "người có hoàn cảnh khó khăn (Phi Hồng)"]
    assert bracketed_writer(wrapped) == ("người có hoàn cảnh khó khăn", "Phi Hồng")
    assert fields_of(HEAD + "\n" + LEAD + "\n" + "\n".join(wrapped) + "\n")["author"] == "Phi Hồng"


@pytest.mark.parametrize("tail", [
    " (P.V)", " (PV)", " (TTXVN)", " (NT)", " (Báo Nhân Dân)", " (Hà Nội)", " (Ninh Thuận)",
    " (Đông Anh)",  # a district: its compass word
    " (Ban Tuyên giáo)", " (tổng hợp)", " (Hồng)",  # one word is no full name
    " (Nguyễn Văn)",
])
def test_initials_an_outlet_a_place_or_one_word_in_brackets_stay(tail):
    assert bracketed_writer([LEAD, LAST + tail]) is None
    assert fields_of(paragraphs(HEAD, LEAD, LAST + tail))["author"] == ""


@pytest.mark.parametrize("last", [
    LAST + " (Phi Hồng) và các hội viên cùng tham gia.",  # inside a sentence
    "Đồng chí nhắc lại lời dạy của đồng chí Tổng Bí thư Lê Duẩn (Ba Duẩn)",  # a gloss on the name before
    "Hội viên cùng đọc lại câu thơ “Trăm năm trong cõi người ta, chữ tài chữ mệnh khéo là ghét nhau” (Nguyễn Du)",
    "Chữ tài chữ mệnh khéo là ghét nhau (Nguyễn Du)",  # a verse's line
])
def test_a_name_in_brackets_that_is_no_writer_stays(last):
    assert bracketed_writer([LEAD, last]) is None


# ---------------------------------------------------------------- a poll box with no button

POLL = ["Thăm dò ý kiến", "• Theo bạn thông tin nội dung website thế nào ? Phong phú đa dạng", "Dễ sử dụng", "Hữu ích"]


@pytest.mark.parametrize("label", ["Thăm dò ý kiến", "THĂM DÒ Ý KIẾN", "Bình chọn", "Khảo sát:", "Ý kiến bạn đọc",
                                   "Tham do y kien"])
@pytest.mark.parametrize("question, answers", [
    ("• Theo bạn thông tin nội dung website thế nào ? Phong phú đa dạng", ["Dễ sử dụng", "Hữu ích"]),
    ("Theo bạn, giao diện trang mới thế nào?", ["○ Đẹp", "○ Bình thường", "○ Khó dùng"]),
    ("Ban đánh giá thế nào về chất lượng dịch vụ công?", ["Tốt", "Khá"]),
])
def test_a_poll_with_no_button_is_chrome(label, question, answers):
    texts = ["Trang chủ", label, question, *answers, "TRUNG THU 2023", LEAD]
    assert poll_lines(texts) == set(range(1, 3 + len(answers)))


def test_a_poll_over_a_headline_with_a_media_label():
    found = fields_of(paragraphs(*POLL, "TỔNG SỐ LƯỢT TRUY CẬP", " Bản in     Gởi bài viết  ",
                                 "TRUNG THU 2023 Tin có hình", LEAD, LAST))
    assert found["title"] == "TRUNG THU 2023"


@pytest.mark.parametrize("texts", [
    ["Ý kiến bạn đọc", "Có nên cấm xe máy ở nội đô vào giờ cao điểm?", "12/03/2024 08:15", LEAD],  # a headline
    ["Ý kiến bạn đọc", "Có nên cấm xe máy ở nội đô vào giờ cao điểm?", "Minh Anh", LEAD],  # one short line
    ["Thăm dò ý kiến", "Phong phú đa dạng", "Dễ sử dụng", HEAD, LEAD],  # no question
    ["Tin tức", "Theo bạn website thế nào? Đẹp", "Dễ dùng", HEAD, LEAD],  # no label
])
def test_no_answered_poll_stays(texts):
    assert poll_lines(texts) == set()


# ---------------------------------------------------------------- a media label after the headline

@pytest.mark.parametrize("line, headline", [
    ("TRUNG THU 2023 Tin có hình", "TRUNG THU 2023"),
    ("Trung thu 2023 Tin có hình", "Trung thu 2023"),
    ("Lễ kết nạp đảng viên mới Tin ảnh", "Lễ kết nạp đảng viên mới"),
    ("Lễ kết nạp đảng viên mới (Có video)", "Lễ kết nạp đảng viên mới"),
    ("Lễ kết nạp đảng viên mới [Tin video]", "Lễ kết nạp đảng viên mới"),
    ("LỄ KẾT NẠP ĐẢNG VIÊN MỚI Tin co hinh", "LỄ KẾT NẠP ĐẢNG VIÊN MỚI"),
    ("Lễ kết nạp đảng viên mới TIN ẢNH", "Lễ kết nạp đảng viên mới"),
])
def test_a_media_label_leaves_the_headline(line, headline):
    assert media_label_off(line) == headline


@pytest.mark.parametrize("line", [
    "Phát động cuộc thi viết tin ảnh",  # small letters: the headline's words
    "Tin ảnh",
    "Có video",
    "Giải Tin ảnh",  # too little left
    "LỄ KẾT NẠP ĐẢNG VIÊN MỚI TIN ẢNH",  # capitals under capitals: no telling
    "Lễ kết nạp (Có video",
    "Hội nghị tổng kết Hội Nông dân Tây Ninh",
])
def test_a_headline_s_own_words_stay(line):
    assert media_label_off(line) == line
