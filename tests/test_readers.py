"""The reader's checks on small inputs: one clear problem per mistake, no echoes."""
import datetime as dt

import pytest

from archive.errors import ArchiveError
from archive.registry.outlets import OutletRegistry, Outlet
from archive.read.reader import parse_article, read_text
from archive.registry.outlets import load_outlets
from conftest import ROOT

OUTLETS = OutletRegistry([Outlet("Báo Hànộimới", "bao-hanoimoi", ("HNM",))])
TODAY = dt.date(2026, 11, 23)
GOOD = "Tiêu đề bài viết\n\n16/07/2018 20:15\n\n(HNM) - Đoạn mở đầu của bài viết.\n\nĐoạn hai.\n"


def problems_of(text):
    with pytest.raises(ArchiveError) as error:
        parse_article(text, "corpus/x.txt", OUTLETS, TODAY)
    return error.value.problems


def test_good_article_parses():
    article = parse_article(GOOD, "corpus/x.txt", OUTLETS, TODAY)
    assert (article.title, article.date, article.time, article.outlet) == (
        "Tiêu đề bài viết", dt.date(2018, 7, 16), "20:15", "Báo Hànộimới")


def test_impossible_date_line_is_reported_once():
    problems = problems_of(GOOD.replace("16/07/2018", "31/02/2018"))
    assert [p.line for p in problems] == [3]
    assert "not a real date" in problems[0].message


def test_broken_header_is_reported_alone():
    problems = problems_of("---\noutlet: [x\n---\n" + GOOD.replace("(HNM) - ", ""))
    assert len(problems) == 1 and "not valid YAML" in problems[0].message


def test_header_lines_shift_body_line_numbers():
    text = "---\nnote: x\n---\n" + GOOD.replace("16/07/2018", "31/02/2018")
    assert [p.line for p in problems_of(text)] == [6]


def test_header_facts_override_and_fill_in():
    text = "---\noutlet: Báo Khác\nauthor: A. B.\n---\nTiêu đề\n\n01/06/2020\n\nĐoạn mở đầu của bài viết.\n"
    article = parse_article(text, "corpus/x.txt", OUTLETS, TODAY)
    assert (article.outlet, article.author) == ("Báo Khác", "A. B.")


def test_unknown_header_tag_and_person_are_clear_errors():
    from pathlib import Path

    from archive.extraction import header_checks
    from archive.registry.registries import load_registries

    registries = load_registries(Path(__file__).resolve().parent.parent / "corpus")
    text = "---\ntags: [cong-tac-can-b]\npeople: [Trương Thị Mia]\n---\n" + GOOD
    with pytest.raises(ArchiveError) as error:
        parse_article(text, "corpus/x.txt", OUTLETS, TODAY, header_checks(registries))
    problems = error.value.problems
    assert [p.line for p in problems] == [2, 3]
    assert "cong-tac-can-bo" in problems[0].hint and "Trương Thị Mai" in problems[1].hint


# ---------------------------------------------------------------- issue 13: what stops a paste


def reading_of(text, outlets=OUTLETS):
    return read_text(text, "corpus/x.txt", outlets, TODAY)


REGISTRY_OUTLETS = load_outlets(ROOT / "corpus" / "outlets.yml", "corpus/outlets.yml")
PASTE = ("---\nurl: https://baonghean.vn/bai-viet-post1.html\n---\nTìm kiếm\nBanner\nChuyên mục\n"
         "Tiêu đề bài viết\nCập nhật lúc 08:43, Thứ Năm, 22/12/2016 (GMT+7)\n"
         "(Baonghean.vn) - Đoạn mở đầu của bài viết.\nĐoạn hai.\nHỒNG PHƯƠNG\nBình luận\nGửi bình luận\n")


def test_a_paste_with_only_its_address_typed_is_accepted():
    reading = reading_of(PASTE, REGISTRY_OUTLETS)
    article = reading.article
    assert reading.problems == [] and article is not None
    assert (article.title, article.date, article.time, article.outlet, article.author, article.kicker) == (
        "Tiêu đề bài viết", dt.date(2016, 12, 22), "08:43", "Báo Nghệ An", "Hồng Phương", "Chuyên mục")


def test_every_dropped_line_is_listed_for_the_reviewer():
    messages = [(p.line, p.message) for p in reading_of(PASTE, REGISTRY_OUTLETS).warnings]
    assert any(line == 4 and "'Tìm kiếm'" in m for line, m in messages), messages  # above the title
    assert any(line == 5 and "'Banner'" in m for line, m in messages), messages  # site chrome
    assert any(line == 12 and "footer" in m and "the line after it" in m for line, m in messages), messages


def test_an_address_not_in_the_registry_stands_in_with_a_warning_that_says_how_to_name_it():
    reading = reading_of(PASTE.replace("baonghean.vn", "www.bao-moi-lap.vn"), REGISTRY_OUTLETS)
    assert reading.problems == [] and reading.article.outlet == "bao-moi-lap.vn"
    warning = next(p for p in reading.warnings if "bao-moi-lap.vn" in p.message)
    assert warning.line == 2 and "domains: [bao-moi-lap.vn]" in warning.hint and "outlet:" in warning.hint


@pytest.mark.parametrize("url, outlet", [
    ("https://amp.cand.com.vn/bai-viet", "Báo Công an nhân dân"),  # a technical prefix
    ("https://dhd.baothanhhoa.vn/bai-viet", "Báo Thanh Hóa"),  # a paper's subdomain
    ("http://m.mattran.org.vn/bai-viet", "Cổng thông tin điện tử Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    ("https://www.sggp.org.vn:443/bai-viet", "Báo Sài Gòn Giải Phóng"),
    ("https://xa.hanoi.dcs.vn/bai-viet", "xa.hanoi.dcs.vn"),  # under .dcs.vn a subdomain is another body
])
def test_the_outlet_from_the_address(url, outlet):
    assert reading_of(PASTE.replace("https://baonghean.vn/bai-viet-post1.html", url), REGISTRY_OUTLETS
                      ).article.outlet == outlet


def test_only_a_missing_title_or_date_stops_a_paste_and_the_field_to_type_is_named():
    no_date = reading_of("---\nurl: https://baonghean.vn/a\n---\nTiêu đề bài viết\n"
                         "Ngày 20/6, tại huyện Mộc Châu, hội nghị đã diễn ra với nhiều nội dung.\n", REGISTRY_OUTLETS)
    assert [p.message.split(" (")[0] for p in no_date.problems] == ["no publication date found"]
    assert "'date: YYYY-MM-DD'" in no_date.problems[0].hint
    no_title = reading_of("---\nurl: https://baonghean.vn/a\n---\n16/07/2018\n", REGISTRY_OUTLETS)
    assert any("'title: ...'" in p.hint for p in no_title.problems)


def test_without_address_or_marker_the_outlet_is_asked_for():
    problems = problems_of("Tiêu đề bài viết\n\n16/07/2018 20:15\n\nĐoạn mở đầu của bài viết.\n")
    assert len(problems) == 1 and "no outlet found" in problems[0].message
    assert "'url: https://...'" in problems[0].hint and "'outlet:" in problems[0].hint


@pytest.mark.parametrize("text, note", [
    ("Tiêu đề bài viết rất dài " + "và dài " * 20 + "\n16/07/2018\n(HNM) - Đoạn mở đầu.\n", "the title is long"),
    ("Đây là một câu trọn vẹn làm tiêu đề.\n16/07/2018\n(HNM) - Đoạn mở đầu.\n", "ends with a full stop"),
    ("Tiêu đề bài viết\n16/07/2018\n(HNM) - Đoạn mở đầu.\nĐoạn hai.\nBình luận\n(0) bình luận\n", "no byline found"),
    ("---\ndate: 2018-07-16\n---\nCông tác phát triển đảng viên ở cơ sở\nChi bộ nhỏ làm việc không nhỏ\n"
     "(HNM) - Đoạn mở đầu.\n", "chosen among close candidates"),
    ("Tiêu đề bài viết\n16/07/2018\n(HNM) - Đoạn mở đầu.\nĐoạn hai.\nQuảng Nam\n", "was not taken as the byline"),
    ("Tiêu đề bài viết\n16/07/2018\n(HNM) - Đoạn mở đầu.\nĐoạn hai.\nTác giả:\n", "the page has an author field"),
])
def test_check_points_the_reviewer_at_weak_spots(text, note):
    reading = reading_of(text)
    assert reading.problems == [] and any(note in p.message for p in reading.warnings), reading.warnings


def test_an_outlet_is_found_by_any_of_its_domains(tmp_path):
    """An outlet that moved (old and new hosts) is found from either address; a host no
    outlet lists finds none."""
    from archive.read.sources import outlet_for_url
    from archive.registry.outlets import load_outlets

    registry = tmp_path / "outlets.yml"
    registry.write_text("outlets:\n  - name: Báo Mẫu\n    site: https://baomau.vn\n"
                        "    domains: [baomau.org.vn, www.baomau.com.vn]\n", encoding="utf-8")
    outlets = load_outlets(registry, "corpus/outlets.yml")
    for url in ("https://baomau.vn/a", "https://www.baomau.org.vn/b", "https://m.baomau.com.vn/c",
                "https://tinh.baomau.org.vn/d"):
        assert outlet_for_url(outlets, url).name == "Báo Mẫu", url
    assert outlet_for_url(outlets, "https://baokhac.vn/a") is None
