"""Round 42 (holdout 41's kinds), on made-up text: a religious order's letters after a signature, in
every spelling, and a title-case heading under the headline that is the page's topic, not its writer."""
from __future__ import annotations

import pytest

from archive.read.order_letters import order_letters, without_order_letters
from made_up_pastes import author_of

_END = ("Tân linh mục dòng được truyền chức tại nhà thờ giáo xứ\n\n"
        "Vào lúc 9 giờ sáng Chúa nhật, tại nhà thờ giáo xứ, Đức cha đã cử hành thánh lễ truyền chức linh mục "
        "cho ba thầy trong dòng.\n\n"
        "Thánh lễ có sự hiện diện đông đảo của anh chị em tu sĩ và giáo dân thuộc giáo xứ và những người bạn khác.\n\n"
        "Tạ ơn Chúa vì đã khơi lên trong tâm hồn các tân linh mục lòng khát khao sống đời dâng hiến.\n\n%s\n")


@pytest.mark.parametrize("letters", [
    "a.a.", "A.A.", "AA", "aa", "S.J.", "SJ", "sj", "s.j.", "O.P.", "OP", "OFM", "O.F.M.", "ofm", "C.Ss.R.", "CSsR",
    "SVD", "S.V.D.", "MEP", "M.E.P.", "CMC", "FMI", "SDB", "S.D.B.", "OCD", "OSB", "O.S.B.", "CM", "C.M.", "MF", "DCCT",
    "(SVD)", " OFM Cap. ", "O.Cist.",
])
def test_an_orders_letters_in_every_spelling(letters):
    assert order_letters(letters)


@pytest.mark.parametrize("tail", [
    "Dòng Đa Minh", "Ltd", "Co.", "TP.HCM", "HCM", "TTXVN", "Sj", "Aa", "VN", "ABC", "", "Ofm",
])
def test_words_and_other_letters_are_no_orders(tail):
    assert not order_letters(tail)


@pytest.mark.parametrize("signed, name", [
    ("Fx. Phan Dương, a.a.", "Fx. Phan Dương"),
    ("Giuse Trần Văn Minh, SJ", "Giuse Trần Văn Minh"),
    ("Phêrô Lê Hoàng, C.Ss.R.", "Phêrô Lê Hoàng"),
    ("Lm. Nguyễn An, O.F.M.", "Lm. Nguyễn An"),
    ("Nguyễn Văn Bình, ofm", "Nguyễn Văn Bình"),
    ("Maria Lê Thị Hoa, FMI", "Maria Lê Thị Hoa"),
    ("Trần Minh, OFM Cap.", "Trần Minh"),
    ("G.B. Đỗ Quang Huy, A.A.", "G.B. Đỗ Quang Huy"),
])
def test_the_name_before_an_orders_letters_is_the_byline(signed, name):
    assert author_of(_END % signed) == name


@pytest.mark.parametrize("closing", [
    "Xin chân thành cảm ơn mọi người, a.a.",  # a sentence, no name's shape
    "Công ty Minh Phát Co., Ltd",  # a company's letters
    "Lê Văn Nam, TP.HCM",  # a city after the comma
    "Lê Văn Nam, Ltd",
])
def test_near_misses_are_no_signature(closing):
    assert author_of(_END % closing) == ""


@pytest.mark.parametrize("text", ["Phan Dương, SJ", "Dòng Đa Minh, Sài Gòn", "Co., Ltd", "Lê Nam, TP.HCM"])
def test_without_order_letters_keeps_other_tails(text):
    expected = "Phan Dương" if text.endswith("SJ") else text
    assert without_order_letters(text) == expected


def _page(headline: str, heading: str, lead: str) -> str:
    return (f"{headline}\n\n{heading}\n\n{lead}\n\n"
            "Đoạn thứ hai của bài viết kể thêm về lịch sử và những người đã gìn giữ nó qua nhiều thế hệ.\n")


@pytest.mark.parametrize("headline, heading, lead", [
    ("Võ Cổ Truyền Bình Định – Nét Đẹp Tinh Hoa", "Võ Cổ Truyền Bình Định",
     "Khi nhắc đến Bình Định, người ta nhớ đến võ cổ truyền Bình Định với lịch sử lâu đời và nhiều thế võ độc đáo."),
    ("Phan Thiết Mùa Lễ Hội Cầu Ngư Ở Bình Thuận", "Phan Thiết Mùa Lễ Hội",
     "Vào mùa lễ hội cầu ngư, ngư dân khắp vùng biển tổ chức nhiều nghi lễ trang trọng để cầu mong mưa thuận gió hòa."),
    ("Vo Co Truyen Binh Dinh: Tinh Hoa Dat Vo", "Vo Co Truyen Binh Dinh",  # no tone marks
     "Nguoi ta nhac den vo co truyen Binh Dinh nhu mot niem tu hao cua vung dat nay tu bao doi nay."),
    ("Ngày Hội Văn Hóa Dân Tộc Chăm", "Lý Sơn Đảo Tỏi Quảng Ngãi",  # the text prints it in small letters
     "Du khách đến với lý sơn đảo tỏi Quảng Ngãi để ngắm biển và thưởng thức đặc sản của vùng đảo tiền tiêu."),
])
def test_a_heading_that_is_the_pages_topic_is_no_byline(headline, heading, lead):
    assert author_of(_page(headline, heading, lead)) == ""


@pytest.mark.parametrize("headline, heading, lead", [
    ("Trường học vùng cao đón năm học mới", "Nguyễn Văn Bình Định",  # a name ending in a province's words
     "Sáng nay, hơn 500 học sinh của trường đã tham dự lễ khai giảng năm học mới với nhiều hoạt động ý nghĩa."),
    ("Hà Nam đẩy mạnh phát triển nông nghiệp công nghệ cao", "Trần Thị Hà Nam",
     "Những năm qua, tỉnh đã dành nhiều nguồn lực để phát triển nông nghiệp công nghệ cao, mang lại hiệu quả rõ rệt."),
    ("Thanh Bình: Xã nông thôn mới kiểu mẫu", "Lê Thanh Bình",  # the words recur, but not as the whole name
     "Xã đã hoàn thành các tiêu chí nông thôn mới kiểu mẫu, đời sống người dân thanh bình và ngày càng được nâng cao."),
    ("Những ngày ở Huế (Nguyễn Văn Trung)", "Nguyễn Văn Trung",  # the headline credits the writer at its end
     "Chúng tôi đến Huế vào một ngày mùa thu, khi những cơn mưa đầu mùa bắt đầu trên dòng sông Hương thơ mộng."),
])
def test_real_writers_under_the_headline_stay(headline, heading, lead):
    assert author_of(_page(headline, heading, lead)) == heading
