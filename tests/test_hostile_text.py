"""Hostile text in articles (issue 16, items 4, 5, 12 and 13): YAML that would crash or
blow up the parser, control and bidi characters, and names that make no slug. Each
is refused with the file and line, stripped where harmless, or given a safe name;
the feed stays valid XML and terminals never receive a raw control character."""
from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.cli import main
from archive.errors import ArchiveError, Problem
from archive.models import Article
from archive.read.header import split_header
from archive.read.reader import decode, parse_article
from archive.registry.outlets import OutletRegistry
from archive.render.feed import render_feed
from archive.site.model import build_site
from archive.text.normalize import slug
from conftest import copy_project_to
from hostile_yaml import CONTROL, header_text

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 23)
FILE = "corpus/x.txt"
OUTLETS = OutletRegistry([])
BODY = ("Giao ban công tác tổ chức xây dựng Đảng\nThứ Hai, 01/06/2020\n"
        "(HNM) - Sáng 1/6, Ban Tổ chức Thành ủy Hà Nội tổ chức hội nghị giao ban.\n"
        "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ.\n")


def article_text(header: str = "outlet: Báo Hànộimới\n", body: str = BODY) -> str:
    return f"---\n{header}---\n{body}"


def problems_of(text: str) -> list[Problem]:
    with pytest.raises(ArchiveError) as caught:
        parse_article(text, FILE, OUTLETS, TODAY)
    assert all(p.file == FILE for p in caught.value.problems)
    return caught.value.problems


# ---------------------------------------------------------------- item 4: nesting, item 5: aliases

READ_IN_A_CHILD = """
import datetime as dt, json, sys
from archive.errors import ArchiveError
from archive.read.reader import parse_article
from archive.registry.outlets import OutletRegistry
text = open(sys.argv[1], encoding="utf-8").read()
try:
    parse_article(text, "corpus/x.txt", OutletRegistry([]), dt.date(2026, 11, 23))
    print("[]")
except ArchiveError as error:
    print(json.dumps([(p.line, p.message) for p in error.problems]))
"""


@pytest.mark.parametrize("nesting", [
    "tags: " + "[" * 40_000 + "]" * 40_000,  # flow
    "tags:\n" + "- " * 40_000 + "x",  # block, compact
    "tags: " + "{a: " * 40_000 + "}" * 40_000,
])
def test_a_header_nested_40000_deep_is_an_error_not_a_crash(tmp_path, nesting):
    """80 KB of brackets killed the process (SIGSEGV) in PyYAML's C composer."""
    path = tmp_path / "deep.txt"
    path.write_text(article_text(nesting + "\n"), encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", READ_IN_A_CHILD, str(path)], capture_output=True,
                            text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-2000:]}"
    ((line, message),) = json.loads(result.stdout)
    assert line in (2, 3) and "nested more than" in message


@pytest.mark.parametrize("header, line, message", [
    ("title: &t Tiêu đề\nkicker: *t\n", 2, "YAML anchor '&t' is not allowed"),
    ("outlet: Báo Hànộimới\nkicker: *t\n", 3, "YAML alias '*t' is not allowed"),
    ("tags: &a [a, b]\n", 2, "YAML anchor '&a' is not allowed"),
    ("<<: {title: x}\n", 2, "unknown header key '<<'"),
    ("title: !!python/name:os.system x\n", 2, "YAML tag '!!python/name:os.system' is not allowed"),
])
def test_header_anchors_aliases_and_tags_are_refused_with_their_line(header, line, message):
    _, _, problems = split_header(article_text(header), FILE)
    assert [(p.line, p.message) for p in problems] == [(line, message)]


# ---------------------------------------------------------------- item 12: control characters

NAMES = {"\x00": "NUL", "\x07": "BEL", "\x1b": "ESC", "\x7f": "DEL", "\x85": "U+0085", "\x9b": "U+009B",
         "\u202e": "RLO", "\u2066": "LRI", "\u2069": "PDI", "\U000e0041": "U+E0041"}


@pytest.mark.parametrize("char", NAMES, ids=lambda c: f"U+{ord(c):04X}")
@pytest.mark.parametrize("where", ["title", "lead", "header", "escaped"])
def test_control_and_bidi_characters_are_refused_at_their_line(char, where):
    body, header, line = BODY, "outlet: Báo Hànộimới\n", {"title": 4, "lead": 6, "header": 3, "escaped": 2}[where]
    if where == "title":
        body = body.replace("Giao ban", f"Giao{char} ban")
    elif where == "lead":
        body = body.replace("Sáng 1/6", f"Sáng{char}[31m 1/6")
    elif where == "header":
        header = f"outlet: Báo Hànộimới\nauthor: Bình{char} Yên\n"
    else:  # a YAML escape writes it past any check of the file's text
        header = f'author: "Bình\\U{ord(char):08x} Yên"\noutlet: Báo Hànộimới\n'
    problems = problems_of(article_text(header, body))
    assert [p.line for p in problems] == [line], problems
    assert NAMES[char] in problems[0].message and "control character" in problems[0].message


def test_a_nul_after_the_first_8192_bytes_is_refused():
    body = BODY + ("Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ.\n" * 200) + "Cuối\x00bài.\n"
    raw = article_text(body=body).encode("utf-8")
    assert raw.index(b"\x00") > 8192
    problems = problems_of(decode(raw, FILE))
    assert [p.line for p in problems] == [raw.count(b"\n")] and "NUL" in problems[0].message


def test_zero_width_and_invisible_marks_are_dropped():
    title = "Giao\u200b ban\u200d công\u2060 tác\u200e tổ\u00ad chức\ufeff xây dựng Đảng"
    article = parse_article(article_text(body=BODY.replace("Giao ban công tác tổ chức xây dựng Đảng", title)),
                            FILE, OUTLETS, TODAY)
    assert article.title == "Giao ban công tác tổ chức xây dựng Đảng"


def test_a_problem_prints_no_raw_control_character():
    shown = str(Problem("corpus/a\x1b[2J.txt", "bad \u202eRLO\x07", "delete \x9b it", 3))
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", shown)
    assert "\\u001b[2J" in shown and "\\u202e" in shown


def test_check_prints_no_raw_control_character(tmp_path, capsys):
    project = copy_project_to(tmp_path / "project")
    pastes = {"bel.txt": article_text(body=BODY.replace("Giao ban", "Giao\x07 ban")),
              "esc.txt": article_text('outlet: Báo Hànộimới\nauthor: "A\\e]0;pwned\\aB"\n'),
              "rlo.txt": article_text(body=BODY + "Cuối \u202ebài\n")}
    for name, text in pastes.items():
        (project / "corpus" / name).write_text(text, encoding="utf-8")
    assert main(["check", "--all", "--root", str(project), "--today", TODAY.isoformat()]) != 0
    out, err = capsys.readouterr()
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", out + err)
    assert all(f"corpus/{name}:" in err for name in pastes), err


def hostile(number: int, text: str) -> Article:
    return Article(source_file=f"corpus/{number}.txt", title=f"Tiêu đề {text}", date=dt.date(2020, 1, number),
                   outlet=f"Báo {text}", lead=f"Dẫn {text} " * 30, blocks=(), author=f"Tác giả {text}",
                   time="20:15", slug=f"2020-01-{number:02d}-tieu-de-{number}")


@pytest.mark.parametrize("text", ["\x07", "\x00", "\x1b[31m", "\x0b\x0c", "\ud800", "\ufffe\uffff",
                                  "]]> <![CDATA[", "</title><x>", "&amp; & \"'", "\u202e\u2066", "\x85\x9b"])
def test_the_feed_is_valid_xml_whatever_the_text(text):
    site = build_site([hostile(1, text), hostile(2, "thường")], {})
    feed = render_feed(site, 'https://example.org/"a"<b>&', f"Kho {text}")
    root = ET.fromstring(feed.encode("utf-8", "surrogatepass"))
    titles = [e.text for e in root.iter("{http://www.w3.org/2005/Atom}title")]
    assert titles[1] == "Tiêu đề thường" and titles[2].startswith("Tiêu đề")  # newest first


# ---------------------------------------------------------------- item 13: names that make no slug

@pytest.mark.parametrize("name", ["★★★", "☆☆☆", "!!!", "—", "", "   ", "🇻🇳", "٣٤", "Index", "CON", "nul",
                                  "Lpt1", "ⓘⓝⓓⓔⓧ", "  \u200b  "])
def test_every_slug_is_a_safe_non_empty_page_name(name):
    made = slug(name)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", made), made
    assert made not in {"index", "con", "nul", "lpt1"} and made == slug(name)


def test_different_names_without_letters_get_different_slugs():
    assert len({slug(name) for name in ["★★★", "☆☆☆", "!!!", "★"]}) == 4


def test_names_without_letters_get_real_pages_in_every_index(tmp_path):
    """outlet '★★★' wrote docs/outlets/.md (hidden, skipped by MkDocs, links broken), and a
    name that slugs to 'index' took the place of the section's own index page."""
    project = copy_project_to(tmp_path / "project")
    entities = project / "corpus" / "entities.yml"
    text = entities.read_text(encoding="utf-8")
    for section, name in [("people", "★★★"), ("people", "Index"), ("organisations", "☆☆☆"), ("places", "◆◆◆")]:
        text = text.replace(f"\n{section}:\n", f"\n{section}:\n  - name: {name}\n", 1)
    entities.write_text(text, encoding="utf-8")
    for number, outlet in enumerate(["★★★", "Index"]):
        header = (f"outlet: '{outlet}'\ntitle: '{'★' * (number + 1)}'\npeople: ['★★★', Index]\n"
                  "organisations: ['☆☆☆']\nplaces: ['◆◆◆']\n")
        body = BODY.replace("nhiệm vụ", f"nhiệm vụ số {number}")  # two articles, not one pasted twice
        (project / "corpus" / f"hostile-{number}.txt").write_text(article_text(header, body), encoding="utf-8")
    assert main(["--root", str(project), "--today", TODAY.isoformat()]) == 0
    docs = project / "docs"
    pages = [p for p in docs.rglob("*.md")]
    assert not [p for p in pages if p.stem == "" or p.name.startswith(".")]
    for section in ("outlets", "people", "organisations", "places", "years", "tags", "documents"):
        index = (docs / section / "index.md").read_text(encoding="utf-8")
        assert "Index" not in index.split("\n---\n", 1)[0], f"{section}/index.md was replaced"
    hostile_pages = [p for p in (docs / "articles" / "2020").glob("*.md")
                     if 'source_file: "corpus/hostile-' in p.read_text(encoding="utf-8")]
    assert len(hostile_pages) == 2
    for page in hostile_pages:
        text = page.read_text(encoding="utf-8")
        # Markdown links, and the generated lists' HTML links to the built page (x.html: docs/x.md)
        links = re.findall(r"\]\(([^)#\s]+\.md)", text) + [
            link[: -len(".html")] + ".md" for link in re.findall(r'href="([^"#:]+\.html)"', text)]
        targets = [(page.parent / link).resolve() for link in links]
        assert len(targets) >= 5 and all(t.is_file() and not t.name.startswith(".") for t in targets), links


# ---------------------------------------------------------------- any header at all

@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(header=header_text(), body=st.sampled_from([BODY, "", BODY + "\x07\n", "x\u202e"]))
def test_any_header_is_read_or_refused_with_file_and_line(header, body):
    text = f"---\n{header}\n---\n{body}"
    parsed, _, problems = split_header(text, FILE)
    for problem in problems:
        assert problem.file == FILE and problem.message
        assert problem.line is not None and 1 <= problem.line <= text.count("\n") + 1, (problem, text)
    for key, value in parsed.values.items():
        values = value if isinstance(value, tuple) else (value,)
        assert not any(isinstance(v, str) and any(c in v for c in CONTROL) for v in values), (key, value)
    try:
        parse_article(text, FILE, OUTLETS, TODAY)
    except ArchiveError as error:
        assert all(p.file == FILE for p in error.problems)
