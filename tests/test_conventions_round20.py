"""The weakest variant families of conventions round 20, as made-up lines and pages.

A headline broken after a colon in capitals, its quoted rest in capitals on the line under it
("HỘI NGHỊ CHUYÊN ĐỀ CẤP TỈNH:" / "“XÂY DỰNG ĐẢNG TRONG SẠCH, VỮNG MẠNH”"), is one headline
(`read/quoted_parts.colon_quoted`, asked by `read/broken_headlines._goes_on`); a kicker in capitals over a
quoted line in small letters, a quote left open, a short label and a masthead's name stay apart. Every
name, page and address here is made up.
"""
import pytest

from made_up_pastes import LEAD, MORE, MORE2, fields_of, numbered_lines, paragraphs as paste
from archive.read.broken_headlines import join_broken_headline
from archive.read.comma_headlines import comma_headline_end
from archive.read.quoted_parts import colon_quoted

DATE = "12/03/2024 08:15"
CHROME = "Trang chủ | Giới thiệu | Tin tức | Liên hệ"

COLON_QUOTED = [
    ("curly", ["HỘI NGHỊ CHUYÊN ĐỀ CẤP TỈNH:", "“XÂY DỰNG ĐẢNG TRONG SẠCH, VỮNG MẠNH”"]),
    ("straight", ["HỘI THẢO KHOA HỌC CẤP QUỐC GIA:", '"CHUYỂN ĐỔI SỐ TRONG GIÁO DỤC PHỔ THÔNG"']),
    ("mixed-marks", ["TỌA ĐÀM KHOA HỌC CỦA NHÀ TRƯỜNG:", '"VĂN HÓA ĐỌC TRONG THỜI ĐẠI SỐ”']),
    ("guillemets", ["CUỘC THI VIẾT DÀNH CHO ĐOÀN VIÊN:", "«TUỔI TRẺ VỚI BIỂN ĐẢO QUÊ HƯƠNG»"]),
    ("no-tones", ["HOI NGHI CHUYEN DE CAP TINH:", '"XAY DUNG DANG TRONG SACH, VUNG MANH"']),
    ("spaced-colon", ["HỘI THẢO KHOA HỌC QUỐC TẾ :", "“GIAO LƯU VĂN HÓA CÁC NƯỚC ĐÔNG Á”"]),
]


@pytest.mark.parametrize("case, parts", COLON_QUOTED, ids=[c for c, _ in COLON_QUOTED])
def test_a_capitals_part_closed_by_a_colon_joins_its_quoted_rest(case, parts):
    assert colon_quoted(*parts)
    joined = join_broken_headline(numbered_lines(CHROME, *parts, DATE))
    assert joined[1][1] == " ".join(parts) and joined[2][1] == ""


COLON_APART = [
    ("kicker-over-small-letters", ["HỘI NGHỊ CHUYÊN ĐỀ CẤP TỈNH:", "“Xây dựng Đảng trong sạch, vững mạnh”"]),
    ("quote-left-open", ["HỘI NGHỊ CHUYÊN ĐỀ CẤP TỈNH:", "“XÂY DỰNG ĐẢNG TRONG SẠCH, VỮNG MẠNH"]),
    ("short-label", ["TIÊU ĐIỂM:", "“XÂY DỰNG ĐẢNG TRONG SẠCH, VỮNG MẠNH”"]),
    ("no-quote", ["HỘI NGHỊ CHUYÊN ĐỀ CẤP TỈNH:", "XÂY DỰNG ĐẢNG TRONG SẠCH, VỮNG MẠNH"]),
    ("no-colon", ["HỘI NGHỊ CHUYÊN ĐỀ CẤP TỈNH NĂM NAY", "“XÂY DỰNG ĐẢNG TRONG SẠCH, VỮNG MẠNH” VÀ"]),
]


@pytest.mark.parametrize("case, parts", COLON_APART, ids=[c for c, _ in COLON_APART])
def test_a_kicker_or_label_over_a_quoted_line_is_no_colon_quoted_part(case, parts):
    assert not colon_quoted(*parts)


@pytest.mark.parametrize("case, parts", COLON_APART[:3], ids=[c for c, _ in COLON_APART[:3]])
def test_a_kicker_or_label_over_a_quoted_line_stays_apart(case, parts):
    joined = join_broken_headline(numbered_lines(CHROME, *parts, DATE))
    assert joined[1][1] == parts[0] and joined[2][1] == parts[1]


@pytest.mark.parametrize("case, parts", COLON_QUOTED[:3], ids=[c for c, _ in COLON_QUOTED[:3]])
def test_the_page_reads_the_whole_headline(case, parts):
    found = fields_of(paste(CHROME, "\n".join(parts), DATE, LEAD, MORE, MORE2))  # the parts on adjacent lines
    assert found["title"] == " ".join(parts)


# ---- a headline in capitals broken after commas, closed by a stop, over thirty words
LONG_CAPS = [
    ["HỌC TẬP, QUÁN TRIỆT VÀ TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN BÌNH AN LẦN THỨ XV,",
     "NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH BÌNH AN LẦN THỨ XIX,", "NHIỆM KỲ 2020 – 2025."],
    ["QUAN TRIET VA TRIEN KHAI THUC HIEN NGHI QUYET DAI HOI DAI BIEU DANG BO XA BINH AN LAN THU XXII,",
     "NGHI QUYET DAI HOI DANG BO HUYEN BINH AN LAN THU XV,", "NHIEM KY 2025 - 2030."],
]


@pytest.mark.parametrize("parts", LONG_CAPS, ids=["marked", "unmarked"])
def test_a_long_headline_in_capitals_closed_by_a_stop_is_joined(parts):
    assert len(" ".join(parts).split()) > 30
    joined = join_broken_headline(numbered_lines(CHROME, *parts, DATE))
    assert joined[1][1] == " ".join(parts) and joined[2][1] == joined[3][1] == ""


def test_a_long_sentence_closed_by_a_stop_in_small_letters_stays_apart():
    parts = ["Sáng nay tại hội trường Huyện ủy, Ban Thường vụ Huyện ủy Bình An đã tổ chức hội nghị học tập,",
             "quán triệt và triển khai thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX,",
             "nhiệm kỳ 2020 – 2025."]
    joined = join_broken_headline(numbered_lines(CHROME, *parts, DATE))
    assert joined[1][1] == parts[0] and joined[3][1] == parts[2]


def test_a_capitals_headline_broken_once_before_a_long_last_part_closed_by_a_stop_is_joined():
    parts = [LONG_CAPS[0][0], LONG_CAPS[0][1] + " " + LONG_CAPS[0][2]]
    joined = join_broken_headline(numbered_lines(CHROME, *parts, DATE))
    assert joined[1][1] == " ".join(parts) and joined[2][1] == ""


@pytest.mark.parametrize("joined, ends", [
    (" ".join(LONG_CAPS[0]), True), (" ".join(LONG_CAPS[1]), True),
    ("SÁNG NAY, CÁC ĐỒNG CHÍ ĐÃ DỰ HỘI NGHỊ TẠI HỘI TRƯỜNG.", True),
    ("Sáng nay, " + "các đồng chí đã dự hội nghị " * 6 + ".", False),
    ("Sáng nay tại hội trường, các đồng chí đã dự hội nghị.", False),
    (LONG_CAPS[0][0] + ",", False),
])
def test_a_run_in_capitals_closed_by_a_stop_ends_a_headline(joined, ends):
    assert comma_headline_end(joined, joined.rpartition(",")[2]) is ends
