"""The cheap first test of read/document_headers.py (may_hold_mark): a header is looked for only from a
line holding one of the marks' words, and the gate never loses a header nor finds one the full test
would not."""
import pytest

from archive.read import document_headers as dh
from archive.read.document_headers import may_hold_mark, read_document_header

_MARKS = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cộng hoà xã hội chủ nghĩa Việt Nam", "CONG HOA XA HOI CHU NGHIA VIET NAM",
    "ĐỘC LẬP - TỰ DO - HẠNH PHÚC", "Độc lập – Tự do – Hạnh phúc", "Doc lap - Tu do - Hanh phuc", "Độc lập Tự do Hạnh phúc",
    "ĐẢNG CỘNG SẢN VIỆT NAM", "Đảng Cộng sản Việt Nam", "TỈNH ỦY X ĐẢNG CỘNG SẢN VIỆT NAM",
    "SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc", "UBND TỈNH X     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
]
_NOT_MARKS = [  # near-misses: lines a header shares words with, and plain text
    "Số: 05/KH-UBND", "Hà Nội, ngày 05 tháng 3 năm 2021", "UBND TỈNH BẮC NINH", "QUYẾT ĐỊNH",
    "Cộng hòa Pháp", "Độc lạ và tự do", "Đảng bộ tỉnh X", "Việt Nam độc đáo", "",
    "Thứ Sáu, ngày 05 tháng 3 năm 2021", "Ban Chấp hành Đảng bộ xã Tân Lập nhiệm kỳ 2020-2025",
]


@pytest.mark.parametrize("line", _MARKS)
def test_a_mark_s_line_passes_the_gate(line):
    assert may_hold_mark(line)
    parts = dh._parts(line)
    assert parts is not None and "mark" in parts[0]


@pytest.mark.parametrize("line", _NOT_MARKS)
def test_a_line_the_gate_stops_holds_no_mark(line):
    assert not may_hold_mark(line)
    parts = dh._parts(line)
    assert parts is None or "mark" not in parts[0]


_PASTES = [
    ["ĐẢNG BỘ TỈNH X", "ĐẢNG CỘNG SẢN VIỆT NAM", "*", "Số 12-NQ/TU", "X, ngày 05 tháng 3 năm 2021", "NGHỊ QUYẾT",
     "về công tác cán bộ", "Căn cứ Điều lệ Đảng..."],
    ["Tin tức", "Kế hoạch triển khai năm 2021", "UBND HUYỆN Y", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
     "Số: 34/KH-UBND", "Độc lập - Tự do - Hạnh phúc", "Y, ngày 2 tháng 4 năm 2021", "KẾ HOẠCH", "Triển khai ..."],
    ["TRƯỜNG THCS Z Số: 125/THCS V/v tổ chức hội thi", "cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc",
     "Kính gửi: các tổ chuyên môn", "Nhà trường thông báo ..."],
    ["Bài viết về lịch sử", "Ngày 2/9/1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập khai sinh nước Việt Nam",
     "Dân chủ cộng hòa. Độc lập - Tự do - Hạnh phúc là khát vọng.", "Số liệu 12/2021 cho thấy"],
    ["Tiêu đề bài báo dài về hoạt động của chi bộ", "Thứ Hai, 05/03/2021 10:00", "Nguyễn Văn A",
     "Hôm nay, ngày 05 tháng 3 năm 2021, Đảng Cộng sản Việt Nam ..."],
]


@pytest.mark.parametrize("texts", _PASTES)
def test_the_gated_header_equals_the_ungated_one(monkeypatch, texts):
    lines = list(enumerate(texts, start=1))
    gated = read_document_header(lines)
    with monkeypatch.context() as patch:
        patch.setattr(dh, "may_hold_mark", lambda text: True)
        assert repr(read_document_header(lines)) == repr(gated)


@pytest.mark.parametrize("text", [
    "Nơi nhận:", "NƠI NHẬN:", "Noi nhan:", "  Nơi nhận", "Nơi nhận: - Như trên; - Lưu VP, VT.", "Nơi", "",
    "No\u0302\u0301i nha\u0323\u0302n:", "N" + "\u0301" * 20 + "oi nhan", "Nơi nhận quà: hội trường xã",
    "Nơi nhặn", "Người nhận", "- Nơi nhận", "nơi nhận" + " x" * 200, "NOI-NHAN", "Nơi\u00a0nhận",
])
def test_opens_folded_equals_folding_the_whole_line(text):
    from archive.text.normalize import fold_passage
    assert dh.opens_folded(text, "noi nhan") == fold_passage(text).startswith("noi nhan")
