"""The reader's checks on small inputs: one clear problem per mistake, no echoes."""
import datetime as dt

import pytest

from archive.errors import ArchiveError
from archive.registry.outlets import OutletRegistry, Outlet
from archive.read.reader import parse_article

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
