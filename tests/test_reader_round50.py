"""Round 50 (holdout 49's kinds), on made-up text: a headline that ends by naming the body whose
masthead stands over it ("LIÊN ĐOÀN X" / its English name / "Bộ trưởng ... làm việc tại Liên đoàn X")
is the title, not a breadcrumb by the masthead (named_body_headlines.py), while crumbs that end with a
headline stay chrome; an old state number with a hyphen and the issuing ministry's initials and no
year ("Quyết định công nhận số 88-NV của Bộ Nội vụ") is cited when its sentence names that body
(ministry_hyphens.py), and a Party number or a code with no body named is not read so.
"""
from __future__ import annotations

import datetime as dt

import pytest

from archive.enrich.ministry_hyphens import ministry_hyphens
from archive.read.named_body_headlines import names_body, sentence_into
from archive.text.normalize import fold_passage
from made_up_pastes import cited_numbers, fields_of, paragraphs

_TEXT = ("Tham dự buổi làm việc có lãnh đạo các vụ, cục của Bộ và đại diện lãnh đạo đơn vị cùng các đồng chí "
         "cán bộ chủ chốt, đông đủ cán bộ, viên chức và người lao động đang công tác tại cơ quan.\n\n"
         "Tại buổi làm việc, lãnh đạo đơn vị đã báo cáo tình hình thực hiện nhiệm vụ kế hoạch trong năm, "
         "những khó khăn và đề xuất kiến nghị với lãnh đạo Bộ trong thời gian tới.")


@pytest.mark.parametrize("masthead,english,headline", [
    ("VIỆN KHẢO SÁT THỦY VĂN MIỀN TRUNG", "CENTRAL HYDROLOGICAL SURVEY INSTITUTE",
     "Thứ trưởng Trần Văn Bình đến thăm và làm việc tại Viện Khảo sát Thủy văn miền Trung"),
    ("TRUNG TÂM QUAN TRẮC MÔI TRƯỜNG PHÍA BẮC", "NORTHERN ENVIRONMENTAL MONITORING CENTRE",
     "Đoàn công tác của Bộ kiểm tra tiến độ dự án của Trung tâm Quan trắc Môi trường phía Bắc"),
    ("LIEN DOAN KHAO SAT DIA CHAT MIEN TAY", "WESTERN GEOLOGICAL SURVEY DIVISION",
     "Bo truong den tham va lam viec tai Lien doan Khao sat Dia chat mien Tay"),
])
def test_a_headline_naming_the_body_under_its_masthead_is_the_title(masthead, english, headline):
    assert sentence_into(headline, masthead)
    fields = fields_of(paragraphs(masthead, english, headline, "12 Tháng Năm 2017", _TEXT))
    assert fields["title"] == headline


@pytest.mark.parametrize("line,short", [
    ("Trang chủ > Tin tức > Viện Khảo sát Thủy văn miền Trung", "Viện Khảo sát Thủy văn miền Trung"),
    ("Trang chủ Tin tức Hoạt động Viện Khảo sát Thủy văn miền Trung", "VIỆN KHẢO SÁT THỦY VĂN MIỀN TRUNG"),
    ("Tin tức / Sự kiện / hoạt động Viện Khảo sát Thủy văn", "Viện Khảo sát Thủy văn"),  # a separator
    ("[Video] Viện Khảo sát Thủy văn miền Trung", "Viện Khảo sát Thủy văn miền Trung"),  # a tag, few words
    ("Tin tức Sự kiện Hoạt động Viện Khảo sát", "Viện Khảo sát"),  # capitalised labels
])
def test_crumbs_that_end_with_a_line_stay_crumbs(line, short):
    assert not names_body(line, len(short.split()))


def test_a_breadcrumb_over_the_headline_is_still_dropped():
    headline = "Thứ trưởng Trần Văn Bình đến thăm và làm việc tại Viện Khảo sát Thủy văn"
    fields = fields_of(paragraphs("Trang chủ > Tin tức > " + headline, headline, "12/05/2017", _TEXT))
    assert fields["title"] == headline


@pytest.mark.parametrize("sentence,number", [
    ("Hội ra đời với Quyết định công nhận số 88-NV của Bộ Nội vụ do Bộ trưởng ký ngày 31-3-1966.", "88-NV"),
    ("Hoi ra doi voi quyet dinh cong nhan so 88-NV cua Bo Noi vu ngay 31-3-1966.", "88-NV"),
    ("Theo Quyết định số 88 - BNV của Bộ Nội vụ, Hội được công nhận.", "88-BNV"),
    ("Bộ Giáo dục và Đào tạo ban hành Thông tư số 7-GDĐT hướng dẫn việc này.", "7-GDĐT"),
    ("Nghị định số 12-KHNN của Ủy ban Kế hoạch Nhà nước quy định chỉ tiêu.", "12-KHNN"),
])
def test_an_old_ministry_number_is_cited(sentence, number):
    assert number in cited_numbers(sentence, day=dt.date(2011, 4, 4))


@pytest.mark.parametrize("sentence", [
    "Chỉ thị số 12-CT ngày 5/3 yêu cầu các đơn vị thực hiện nghiêm.",  # no body named
    "Quyết định số 88-NV được ký ngày 31-3-1966.",  # no body named
    "Quyết định số 88-TC của Bộ Nội vụ công nhận Hội.",  # the code is not the named body's
    "Theo thông báo số 88-NV của Bộ Nội vụ, hồ sơ đã đủ.",  # no state type word
    "Đội số 8-NV của Bộ Nội vụ tham gia giải.",  # no type word
    "Quyết định số 15-CT của Bộ Chính trị được quán triệt.",  # the Politburo: Party, not read so
])
def test_near_misses_are_not_ministry_numbers(sentence):
    assert ministry_hyphens(fold_passage(sentence)) == []


def test_a_party_number_stays_party():
    numbers = cited_numbers("Thực hiện Nghị quyết số 15-NQ/TW của Bộ Chính trị, Bộ Nội vụ đã ban hành kế hoạch.", day=dt.date(2011, 4, 4))
    assert numbers == ["15-NQ/TW"]
