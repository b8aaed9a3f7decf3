"""The reader of issue 13, round 30 (holdout 29's kinds), on made-up text: a history told a line an
event, no full stop after the last number ("Ngày 18/12/2007, Thành ủy ... ra Quyết định số 627-QĐ/TU
chuyển ...") is the article's text, not a list of links, and its numbers are cited; a state decision
printed in the Party's dash form ("Quyết định 2513-QĐ/TTg") is cited as printed; emoji runs around a
headline are no part of the title; a writer's full name alone on the first line, above the headline,
is the byline. Near-misses stay as they are."""
from __future__ import annotations

import pytest

from archive.read.chronicle_lines import chronicle, dated_opener, dated_sentence
from archive.read.head_bylines import first_line_byline
from archive.read.headline import clean_headline
from archive.read.title_icons import pictographs_off
from archive.registry.registries import load_registries
from benchmarks.eval_reader import citation_key
from made_up_pastes import fields_of, numbered_lines, paragraphs, reading
from test_conventions_citations import ROOT, cited


@pytest.fixture(scope="module")
def registries():
    return load_registries(ROOT / "corpus")


# ---------------------------------------------------------------- a chronicle, a line an event

CHRONICLE = [
    "Năm 1976 chi bộ nhà trường được thành lập trực thuộc Đảng bộ Bệnh viện tỉnh",
    "Năm 1985 chi bộ phát triển thành Đảng bộ bộ phận với bốn chi bộ trực thuộc",
    "Năm 1996 Tỉnh ủy có Quyết định thành lập Đảng bộ trường Cao đẳng Sư phạm tỉnh",
    "Ngày 05/3/2009, Tỉnh ủy Nam Bình ra Quyết định số 415-QĐ/TU chuyển Đảng bộ nhà trường về trực thuộc Tỉnh ủy",
]


def _chronicle_paste(lines: list[str]) -> str:
    head = "Đảng bộ trường Cao đẳng Sư phạm Nam Bình qua các thời kỳ xây dựng và phát triển"
    opening = ("Trường được thành lập năm 1974 trên cơ sở Trường Sư phạm cấp II của tỉnh, "
               "chi bộ đầu tiên có năm đảng viên.")
    closing = "Trải qua gần năm mươi năm, Đảng bộ luôn đoàn kết, lãnh đạo nhà trường hoàn thành tốt nhiệm vụ."
    return f"{head}\n\n{opening}\n" + "\n".join(lines) + f"\n\n{closing}\n"


def test_a_chronicle_a_line_an_event_is_cited(registries):
    paste = _chronicle_paste(CHRONICLE)
    fields = reading(paste).fields
    assert "415-QĐ/TU" in " ".join(b.text for b in fields["blocks"])
    assert citation_key("415-QĐ/TU") in cited(registries, "\n".join(CHRONICLE), 3001)


@pytest.mark.parametrize("text", [
    "Năm 1993 Thành ủy có Quyết định thành lập Đảng bộ",
    "Ngày 18/12/2007, Thành ủy ra Quyết định số 12-QĐ/TU",
    "Tháng 5/1990 chi bộ được nâng lên thành Đảng bộ",
    "1999: trường đổi tên thành Đại học Y",
    "Từ năm 2001 Đảng bộ trực thuộc Quận ủy",
])
def test_lines_opened_by_a_year_or_a_day(text):
    assert dated_opener(text)


@pytest.mark.parametrize("text", [
    "Tỉnh ủy ban hành Quyết định số 12-QĐ/TU về công tác cán bộ",  # a headline's shape
    "Năm mới, Đảng bộ quyết tâm hoàn thành nhiệm vụ",              # no year after "Năm"
    "Những năm 1990 của Đảng bộ trường",
    "19/5/2025 chào mừng sinh nhật Bác",                            # a date, no comma: no sentence
])
def test_near_misses_of_a_dated_sentence(text):
    assert not dated_sentence(text)


def test_a_list_of_other_headlines_is_still_links(registries):
    links = [
        "Quán triệt Nghị quyết số 57-NQ/TW về phát triển khoa học công nghệ",
        "Năm 2025: Đảng bộ tỉnh đẩy mạnh chuyển đổi số trong công tác đảng",
        "Sơ kết Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp nhiệm kỳ mới",
        "Hội nghị học tập chuyên đề năm 2025 của Đảng bộ khối cơ quan tỉnh",
    ]
    assert not chronicle(numbered_lines(*links))  # one dated line: no chronicle
    assert chronicle(numbered_lines(*CHRONICLE))
    found = cited(registries, "\n".join(links), 3002)
    assert citation_key("57-NQ/TW") not in found and citation_key("35-CT/TW") not in found


# ---------------------------------------------------------------- a state decision in the dash form

@pytest.mark.parametrize("sentence, number", [
    ("Ngày 11/11/2013, Thủ tướng Chính phủ có Quyết định 2513-QĐ/TTg đổi tên trường.", "2513-QĐ/TTg"),
    ("Thực hiện Quyết định số 845-QĐ/TTg của Thủ tướng, tỉnh lập đề án.", "845-QĐ/TTg"),
    ("Theo Chỉ thị 17 - CT/TTg ngày 3/4/2015, các bộ rà soát lại.", "17-CT/TTg"),
])
def test_a_state_decision_in_the_party_dash_form_is_cited_as_printed(registries, sentence, number):
    assert cited(registries, sentence, 3003) == [citation_key(number)]


def test_the_dash_form_state_decision_is_a_state_one(registries):
    from archive.enrich.citation_passage import Passage
    from archive.enrich.citation_scan import scan
    found = scan(Passage(0, "Thủ tướng có Quyết định 2513-QĐ/TTg đổi tên trường."), registries.documents)
    assert [(c.number, c.kind) for c in found if c.number] == [("2513-QĐ/TTg", "state")]


@pytest.mark.parametrize("sentence", [
    "Nhóm 2513-AB/TTg làm việc với đoàn.",              # no state code
    "Mã hồ sơ 2513-QĐ/TTgx được lưu tại văn thư.",      # the issuer runs on
])
def test_near_misses_of_the_dash_form_state_decision(registries, sentence):
    assert not any("TTG" in c.upper() for c in cited(registries, sentence, 3004))


# ---------------------------------------------------------------- emoji around a headline

HEADLINE = "CHÀO MỪNG KỶ NIỆM 80 NĂM NGÀY THÀNH LẬP ĐỘI THIẾU NIÊN TIỀN PHONG HỒ CHÍ MINH (15/5/1941 – 15/5/2021)"
LEAD = ("Sáng 14/5, liên đội trường Tiểu học Hòa Bình tổ chức buổi sinh hoạt dưới cờ chào mừng kỷ niệm "
        "ngày thành lập Đội với nhiều hoạt động ý nghĩa.")
SECOND = "Các em học sinh đã tham gia văn nghệ, thi kể chuyện về Bác Hồ kính yêu và tấm gương đội viên."


@pytest.mark.parametrize("line", [
    f"🌸🎉🎈 {HEADLINE} 🌸🎉🎈",
    f"{HEADLINE} 🍀💐💗",
    f"{HEADLINE}🇻🇳🇻🇳",
    f"⭐️ {HEADLINE} ✨",
    f"{HEADLINE} 👨‍👩‍👧 👍🏽",
])
def test_emoji_runs_are_no_part_of_the_title(line):
    assert fields_of(paragraphs(line, LEAD, SECOND))["title"] == HEADLINE


@pytest.mark.parametrize("text, clean", [
    ("Hội thi 🎤 tiếng hát học sinh", "Hội thi tiếng hát học sinh"),
    ("1️⃣ Bước một: chuẩn bị hồ sơ", "Bước một: chuẩn bị hồ sơ"),
    ("Nhiệt độ 37°C © Báo Tin", "Nhiệt độ 37°C © Báo Tin"),             # a degree and a copyright sign: no emoji
    ("Quy trình A → B “mới”", "Quy trình A → B “mới”"),
])
def test_pictographs_off(text, clean):
    assert pictographs_off(text) == clean


def test_a_cleaned_headline_keeps_its_bracketed_range():
    assert clean_headline(f"{HEADLINE} 🍀💐")[0] == HEADLINE


# ---------------------------------------------------------------- a full name alone above the headline

EXPLAINER = "Thủ tục khiếu nại quyết định hành chính được thực hiện như thế nào?"
BODY = ("Khiếu nại là việc công dân, cơ quan, tổ chức đề nghị cơ quan có thẩm quyền xem xét lại quyết định "
        "hành chính khi có căn cứ cho rằng quyết định đó là trái pháp luật.")
BODY2 = "1. Thời hiệu khiếu nại được tính từ ngày nhận được quyết định hành chính hoặc biết được hành vi đó."


@pytest.mark.parametrize("name, byline", [
    ("Trần Thị Minh Thư", "Trần Thị Minh Thư"),
    ("Lê Văn Khánh", "Lê Văn Khánh"),
    ("PHẠM QUỐC BẢO", "Phạm Quốc Bảo"),
    ("Đỗ Ngọc Anh", "Đỗ Ngọc Anh"),
])
def test_a_full_name_alone_above_the_headline_is_the_byline(name, byline):
    fields = fields_of(paragraphs(name, EXPLAINER, BODY, BODY2))
    assert fields["title"] == EXPLAINER
    assert fields["author"] == byline


@pytest.mark.parametrize("first, headline", [
    ("Luật Minh Khang", EXPLAINER),                                   # a site's name
    ("Nguyễn Văn Thắng", "Nguyễn Văn Thắng: người giữ rừng giữa đại ngàn"),  # the person the headline names
    ("Minh Anh", EXPLAINER),                                          # two words: no full name
    ("Trần Văn Bình", "Giới thiệu"),                                  # a menu: no headline under it
    ("Hồ Chí Minh", EXPLAINER),                                       # a name no writer signs with
])
def test_near_misses_of_the_first_line_byline(first, headline):
    assert first_line_byline(numbered_lines(first, headline, BODY), 3) == {}


def test_a_name_named_in_the_text_is_not_the_byline():
    body = "Ông Lê Văn Khánh, trưởng phòng, cho biết thủ tục đã được rút gọn trong năm nay theo quy định mới."
    fields = fields_of(paragraphs("Lê Văn Khánh", EXPLAINER, body, BODY2))
    assert fields["author"] == ""
