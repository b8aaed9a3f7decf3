"""Round 123: holdouts 114's and 115's misses, as kinds (made-up pastes, near-misses beside each case).

- A reading time on the date line, between the date and a section ("19/01/2026 19 min Tài Chính Cá Nhân", "5 phút
  đọc"): the line's furniture, no word of it (read/reading_times.py, the one pattern chrome.py drops alone on its line);
  a finance site's sections ("Cá Nhân", "Bảo Hiểm", "Tiết Kiệm") are no names (read/names.NOT_NAMES).
- A form's code after "mẫu" ("theo mẫu số 23/CK-TNCN", "Mẫu 05/QTT-TNCN"): a form to fill in, no document cited
  (enrich/citation_patterns.FORM_BEFORE).
- A Thông tư or a Nghị định given its year alone and its issuer ("Thông tư số 111 năm 2013 của Bộ Tài chính"):
  made whole as with its signing day, 111/2013/TT-BTC (enrich/state_numbers._YEAR_THEN_BODY); a Government's Nghị
  quyết, a Luật (its term needs the day) and an issuer the table does not know stay bare.

Left, said plainly: 114's 016, "Nghị quyết số 11 của Chính phủ" (a Government resolution's symbol may or may not
carry its year: never completed, its collector's doubt); 115's 004, "Theo Phong Điền" (also a district's name) and a
source line's day "(Nguồn: Pháp Luật TP.HCM, 8/1/2013)" labelled as the page's date where dev 159 leaves such a day
out; 114's 010, "CEO Hạnh David" (a Western surname); 115's 009, a forum archive's title with the poster's account
glued to its last word ("... Về thuế TNCNtrietthanh"); 115's 016, a short headline over its standfirst.
"""
from __future__ import annotations

import pytest

from archive.read.bylines import parse_byline
from made_up_pastes import HEAD, LEAD, MORE, fields_of, paragraphs
from test_conventions_citations import cited, registries  # noqa: F401  (the fixture)


@pytest.mark.parametrize("line, date", [
    ("19/01/2026 19 min Tài Chính Cá Nhân", "2026-01-19"),
    ("12/03/2024 5 phút đọc Kinh tế Đầu tư", "2024-03-12"),
    ("Thứ Hai, 19/01/2026 - 3 mins read - Bảo Hiểm", "2026-01-19"),
])
def test_a_reading_time_on_the_date_line(line, date) -> None:
    fields = fields_of(paragraphs(HEAD, line, LEAD, MORE))
    assert (fields.get("title"), str(fields.get("date")), fields.get("author") or "") == (HEAD, date, "")


@pytest.mark.parametrize("line, names", [
    ("Cá Nhân", ()), ("Bảo Hiểm", ()), ("Tiết Kiệm", ()), ("TÀI SẢN", ()),
    # near-misses: names one letter or mark away
    ("Bảo Hiền", ("Bảo Hiền",)), ("Cao Nhân", ("Cao Nhân",)), ("Tài Sang", ("Tài Sang",)),
])
def test_a_finance_sites_sections_are_no_names(line, names) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize("text, numbers", [
    ("Cá nhân lập bản cam kết theo mẫu số 23/CK-TNCN để được miễn khấu trừ thuế.", []),
    ("Kê khai theo Mẫu 05/QTT-TNCN ban hành kèm theo Thông tư 92/2015/TT-BTC.", ["92/2015/TT-BTC"]),
    ("Doanh nghiệp nộp tờ khai theo biểu mẫu: 01/GTGT-UBND trước ngày 20.", []),
    # near-misses: the form's word elsewhere in the sentence, the document right after its type word
    ("Quyết định số 15/QĐ-UBND về việc ban hành mẫu hồ sơ.", ["15/QĐ-UBND"]),
    ("Công văn số 474/UBND-VP7 gửi kèm mẫu báo cáo.", ["474/UBND-VP7"]),
])
def test_a_forms_code_is_no_document(text, numbers, registries) -> None:  # noqa: F811
    assert cited(registries, text, 123) == numbers


@pytest.mark.parametrize("text, numbers", [
    ("Theo Thông tư số 111 năm 2013 của Bộ Tài chính, thu nhập chịu thuế gồm tiền lương.", ["111/2013/TT-BTC"]),
    ("Nghị định số 15 năm 2018 của Chính phủ quy định chi tiết một số điều.", ["15/2018/NĐ-CP"]),
    # as before: the signing day
    ("Thông tư số 02 ngày 08/01/2016 của Bộ Quốc phòng quy định.", ["2/2016/TT-BQP"]),  # the number as the scan keys it
    # near-misses: a resolution, a law, an issuer the table does not know, no issuer
    ("Nghị quyết số 11 năm 2022 của Chính phủ về chương trình phục hồi.", []),
    ("Luật số 80 năm 2015 của Quốc hội quy định về ban hành văn bản.", []),
    ("Thông tư số 111 năm 2013 của Bộ Ngoại thương quy định.", []),
    ("Thông tư số 111 năm 2013 quy định về thuế thu nhập cá nhân.", []),
])
def test_a_state_number_given_its_year_and_issuer(text, numbers, registries) -> None:  # noqa: F811
    assert cited(registries, text, 123) == numbers
