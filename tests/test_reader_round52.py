"""Round 52 (holdout 51's kinds), on made-up text: a list of legal bases in bullets, each item opening with a
document type word and naming its document ("• Luật Đất đai 2024;", "• Nghị định số 12/2023/NĐ-CP ..."), is the
article's text, never a list of links to other articles (read/legal_bases.py); headlines of other articles stay
dropped. A state symbol printed with an underscore for its hyphen ("TT_BTP") is read with the hyphen
(enrich/symbol_underscores.py), and a decree printed "Nghị định số N/YEAR" with no symbol is N/YEAR/NĐ-CP
(enrich/bare_decrees.py) unless another body is named as its issuer.
"""
from __future__ import annotations

import datetime as dt

import pytest

from archive.enrich.symbol_underscores import mend_underscores
from archive.read.legal_bases import legal_basis
from made_up_pastes import cited_numbers, left_out, paragraphs

_HEADLINE = "Hướng dẫn thủ tục đăng ký thành lập hợp tác xã nông nghiệp mới nhất"
_LEAD = ("Thành lập hợp tác xã là nhu cầu của nhiều hộ nông dân muốn cùng nhau sản xuất, tiêu thụ nông sản. Bài viết "
         "dưới đây trình bày các điều kiện, hồ sơ và trình tự đăng ký theo quy định hiện hành để bạn đọc tham khảo.")
_TAIL = ("Hồ sơ đăng ký gồm giấy đề nghị, điều lệ, phương án sản xuất kinh doanh và danh sách thành viên; cơ quan "
         "đăng ký kinh doanh cấp huyện xem xét và cấp giấy chứng nhận trong thời hạn luật định kể từ ngày nhận đủ hồ sơ.")


@pytest.mark.parametrize("items", [
    ["• Luật Hợp tác xã 2023;", "• Nghị định số 92/2024/NĐ-CP quy định chi tiết một số điều của Luật;",
     "• Thông tư số 09/2024/TT-BKHĐT hướng dẫn về đăng ký hợp tác xã."],
    ["• LUẬT HỢP TÁC XÃ NĂM 2023", "• NGHỊ ĐỊNH 92/2024/NĐ-CP", "• THÔNG TƯ 09/2024/TT-BKHĐT"],
    ["• Luat Hop tac xa 2023, hieu luc tu ngay 01/7/2024.", "• Nghi dinh so 92/2024/ND-CP, hieu luc tu ngay 01/7/2024."],
    ["Bộ luật Dân sự 2015", "Nghị định số 92/2024/NĐ-CP (có hiệu lực từ ngày 01/7/2024) quy định chi tiết Luật",
     "Quyết định số 1234/QĐ-UBND ngày 05/3/2024 về thủ tục hành chính"],
])
def test_a_list_of_legal_bases_stays_in_the_text(items):
    body = paragraphs(_HEADLINE, _LEAD, "Căn cứ pháp lý", *items, _TAIL)
    assert left_out(body) == []


@pytest.mark.parametrize("items", [
    ["• Nghị định 168/2024/NĐ-CP: mức phạt vi phạm giao thông mới nhất", "• Những điểm mới của Luật Đất đai 2024?"],
    ["• Hợp tác xã kiểu mới giúp nông dân tăng thu nhập bền vững", "• Quyết định bổ nhiệm cán bộ lãnh đạo mới"],
    ["Nông dân vùng cao thoát nghèo nhờ liên kết sản xuất theo chuỗi",
     "Tỉnh tổ chức hội nghị tổng kết công tác khuyến nông năm qua",
     "Doanh nghiệp cam kết bao tiêu sản phẩm cho hợp tác xã ven biển"],
])
def test_headlines_of_other_articles_stay_dropped(items):
    body = paragraphs(_HEADLINE, _LEAD, *items, _TAIL)
    assert len([m for m in left_out(body) if "link" in m]) == len(items)


@pytest.mark.parametrize("line", ["Luật Công chứng 2024", "luật đất đai năm 2013;", "Hiến pháp năm 2013",
                                  "Nghị quyết số 18-NQ/TW", "Chỉ thị 05-CT/TW về học tập", "Pháp lệnh số 02/2022"])
def test_legal_basis_reads_items(line):
    assert legal_basis(line)


@pytest.mark.parametrize("line", ["Luật sư tư vấn miễn phí", "Nghị định mới về xử phạt: những điều cần biết",
                                  "Quyết định đúng đắn của năm", "Luật Đất đai 2024: điểm mới?", "Lượt xem 2024",
                                  "Thông tư 05/2025/TT-BTP | chi tiết", "Quyết định của tỉnh về hỗ trợ nông dân năm 2024", ""])
def test_legal_basis_leaves_other_lines(line):
    assert not legal_basis(line)


@pytest.mark.parametrize("text, mended", [
    ("Thông tư số 05/2025/TT_BTP ngày 01/7", "Thông tư số 05/2025/TT-BTP ngày 01/7"),
    ("theo 12/2020/QĐ_UBND.", "theo 12/2020/QĐ-UBND."),
    ("số 3/2019 / TT_BYT", "số 3/2019 / TT-BYT"),
    ("snake_case và TT_BTP không số", "snake_case và TT_BTP không số"),
    ("tệp 5/2020/a_b", "tệp 5/2020/a_b"),
])
def test_an_underscore_in_a_state_symbol_reads_as_its_hyphen(text, mended):
    assert mend_underscores(text) == mended and len(mend_underscores(text)) == len(text)


@pytest.mark.parametrize("sentence, number", [
    ("Căn cứ Nghị định số 47/2021 quy định chi tiết một số điều của Luật Doanh nghiệp.", "47/2021/NĐ-CP"),
    ("Theo nghị định 47/2021 của Chính phủ, doanh nghiệp phải công bố thông tin.", "47/2021/NĐ-CP"),
    ("NGHỊ ĐỊNH SỐ 08/2022 VỀ BẢO VỆ MÔI TRƯỜNG", "08/2022/NĐ-CP"),
    ("Thông tư số 05/2025/TT_BTP hướng dẫn thi hành Luật Công chứng.", "05/2025/TT-BTP"),
])
def test_a_decree_or_symbol_printed_short_is_cited(sentence, number):
    assert cited_numbers(sentence, day=dt.date(2025, 4, 4)) == [number]


@pytest.mark.parametrize("sentence", [
    "Nghị định số 12/2001 của Hội đồng Bộ trưởng được sửa đổi.",
    "Nghị định thư 15/2019 giữa hai nước đã được ký kết.",
    "Nghị định 64/1993 về giao đất nông nghiệp.",
    "Năm 2021, tỷ lệ đạt 47/2021 hộ được hỗ trợ theo chương trình.",
])
def test_near_misses_of_a_bare_decree_are_not_cited(sentence):
    assert cited_numbers(sentence, day=dt.date(2025, 4, 4)) == []


def test_a_decree_with_its_symbol_is_cited_once():
    assert cited_numbers("Căn cứ Nghị định số 47/2021/NĐ-CP ngày 31/3/2021 của Chính phủ.", day=dt.date(2025, 4, 4)) == ["47/2021/NĐ-CP"]
