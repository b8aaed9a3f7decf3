import datetime as dt

import pytest

from archive.read.header import split_header


def parse(text):
    return split_header(text, "corpus/x.txt")


def test_no_header_leaves_text_alone():
    header, body, problems = parse("Title\n\nBody")
    assert (header.values, body, problems, header.lines) == ({}, "Title\n\nBody", [], 0)


@pytest.mark.parametrize("written, expected", [
    ("2020-06-01", dt.date(2020, 6, 1)), ("01/06/2020", dt.date(2020, 6, 1)), ("'1-6-2020'", dt.date(2020, 6, 1)),
])
def test_dates_in_every_accepted_form(written, expected):
    header, _, problems = parse(f"---\ndate: {written}\n---\nx")
    assert problems == [] and header.get("date") == expected


def test_header_lines_and_body_are_separated():
    header, body, _ = parse("---\noutlet: Báo X\ntags: [a, b]\n---\nTitle\nBody")
    assert header.lines == 4 and body == "Title\nBody"
    assert header.get("tags") == ("a", "b") and header.key_lines["tags"] == 3


@pytest.mark.parametrize("text, message, line", [
    ("---\ndate: 2023-02-31\n---\nx", "does not exist", 2),
    ("---\ndate: 31/02/2023\n---\nx", "not a real date", 2),
    ("---\nauthr: X\n---\nx", "unknown header key 'authr'", 2),
    ("---\ntime: 25:00\n---\nx", "not a time", 2),
    ("---\nurl: javascript:alert(1)\n---\nx", "not a web address", 2),
    ("---\ntags: {a: 1}\n---\nx", "must be a list", 2),
    ("---\ntitle: [unclosed\n---\nx", "not valid YAML", None),
    ("---\ntitle: X\nbody without a closing fence", "never closed", 1),
])
def test_bad_headers_are_reported_with_lines(text, message, line):
    _, _, problems = parse(text)
    assert len(problems) == 1 and message in problems[0].message
    if line:
        assert problems[0].line == line


def test_unknown_key_suggests_the_nearest():
    _, _, problems = parse("---\nautor: X\noutlett: Y\n---\nx")
    assert [p.hint for p in problems] == ["did you mean 'author'?", "did you mean 'outlet'?"]
