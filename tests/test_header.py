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


@pytest.mark.parametrize("written, key, expected", [
    ("time: 20:15", "time", "20:15"),  # plain YAML reads this as the base-60 number 1215
    ("title: No", "title", "No"),  # and this as False
    ("title: 2020", "title", "2020"),
    ("author: ~", "author", ""),
    ("tags: cong-tac-can-bo", "tags", ("cong-tac-can-bo",)),
])
def test_values_are_read_as_written(written, key, expected):
    header, _, problems = parse(f"---\n{written}\n---\nx")
    assert problems == [] and header.get(key) == expected


@pytest.mark.parametrize("text, message, line", [
    ("---\ntitle: A\ntitle: B\n---\nx", "header key 'title' is given twice (first on line 2)", 3),
    ("---\ntitle: [a, b]\n---\nx", "header 'title' must be one line of text, not a list", 2),
    ("---\ntags: [a, [b]]\n---\nx", "header 'tags' must be a list of texts, one line each: an item is a list", 2),
    ('---\ntitle: "a\\nb"\n---\nx', "header 'title' must be one line of text: it holds a line break", 2),
    ('---\nauthor: "x\\e[2Jy"\n---\nx', "header 'author' holds the invisible control character U+001B (ESC)", 2),
    ("---\ntitle: x\n---\nTiêu\u202e đề", "invisible control character U+202E (RLO) at column 5", 4),
])
def test_repeated_keys_wrong_types_and_controls_are_refused(text, message, line):
    _, _, problems = parse(text)
    assert [(p.line, p.message) for p in problems] == [(line, message)]


def test_a_header_holding_a_control_character_is_not_parsed():
    """Reported once, by the character check, not again as a YAML error."""
    _, _, problems = parse("---\ntitle: a\x07b\n---\nx")
    assert [(p.line, p.message) for p in problems] == [(2, "invisible control character U+0007 (BEL) at column 9")]


def test_a_number_of_5000_digits_is_text_not_a_crash():
    """PyYAML would make it an int, and Python refuses to convert 4,300 digits or more."""
    header, _, problems = parse("---\ntitle: " + "1" * 5000 + "\n---\nx")
    assert problems == [] and header.get("title") == "1" * 5000
