"""`build_pages.py new`: pasted text -> a new corpus file with placeholders for what is missing."""
import datetime as dt
import hashlib
import io
import re
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.cli import EXIT_BAD_INPUT, main
from archive.errors import ArchiveError
from archive.read.draft import create, draft
from archive.registry.outlets import load_outlets
from archive.read.reader import parse_article
from archive.read.header import split_header
from archive.text.normalize import clean_text
from conftest import ROOT, tree_hash
from test_reader_properties import article_text

TODAY = dt.date(2026, 11, 23)
OUTLETS = load_outlets(ROOT / "corpus" / "outlets.yml", "corpus/outlets.yml")

TITLE = "Giao ban trực tuyến Ngành Tổ chức xây dựng Đảng"
LEAD = "Sáng 1/6, Ban Tổ chức Trung ương tổ chức hội nghị giao ban trực tuyến toàn ngành."
BODY = "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ 5 tháng đầu năm 2020."
COMPLETE = f"{TITLE}\nThứ Hai, 01/06/2020\n(HNM) - {LEAD}\n{BODY}\nMinh Anh\n"
NO_OUTLET = f"{TITLE}\nThứ Hai, 01/06/2020\n{LEAD}\n{BODY}\n"
NO_DATE = f"{TITLE}\n{LEAD}\n{BODY}\n"


def parse(content: str):
    return parse_article(content, "corpus/new.txt", OUTLETS, TODAY)


def fill(content: str, **values: str) -> str:
    for key, value in values.items():
        content, count = re.subn(rf'^{key}: ""  # .*$', f"{key}: {value}", content, flags=re.M)
        assert count == 1, f"no placeholder for {key}"
    return content


def test_a_complete_paste_gets_its_name_from_date_and_title():
    found = draft(COMPLETE, OUTLETS, TODAY)
    assert found.name == "2020-06-01-giao-ban-truc-tuyen-nganh-to-chuc-xay-dung-dang.txt"
    assert found.found == {"title": TITLE, "date": "2020-06-01", "outlet": "Báo Hànộimới", "author": "Minh Anh"}
    assert found.missing == [] and found.notes == []
    assert found.content.endswith(COMPLETE)  # the paste, as pasted
    assert found.content.startswith('---\nurl: ""  # ')  # only the optional source address is asked for
    article = parse(found.content)
    assert (article.title, article.date, article.outlet, article.author) == (
        TITLE, dt.date(2020, 6, 1), "Báo Hànộimới", "Minh Anh")


def test_what_the_rules_cannot_find_becomes_a_commented_placeholder():
    found = draft(NO_OUTLET, OUTLETS, TODAY)
    assert found.missing == ["outlet"]
    header = found.content.split("---\n")[1]
    assert 'outlet: ""  # điền tên báo (xem corpus/outlets.yml) / fill in the outlet' in header
    assert 'author: ""  # ' in header and 'url: ""  # ' in header and "title:" not in header
    with pytest.raises(ArchiveError, match="no outlet found"):  # `check` fails until it is filled
        parse(found.content)
    article = parse(fill(found.content, outlet="Trang tin ngành Tổ chức xây dựng Đảng"))
    assert article.outlet == "Trang tin ngành Tổ chức xây dựng Đảng" and article.title == TITLE


def test_without_a_date_the_file_is_named_by_a_content_hash():
    found = draft(NO_DATE, OUTLETS, TODAY)
    assert found.missing == ["date", "outlet"]
    assert found.name == hashlib.sha256(NO_DATE.encode()).hexdigest()[:16] + ".txt"
    assert re.fullmatch(r"[0-9a-f]{16}\.txt", found.name)
    article = parse(fill(found.content, date="2020-06-01", outlet="Báo Hànộimới"))
    assert article.date == dt.date(2020, 6, 1)


def test_the_text_is_only_nfc_normalised():
    decomposed = unicodedata.normalize("NFD", COMPLETE) + "\n\n  trailing   spaces kept  \n"
    found = draft(decomposed, OUTLETS, TODAY)
    assert found.content.endswith(unicodedata.normalize("NFC", decomposed))
    assert found.found["title"] == TITLE


def test_windows_line_endings_are_kept_and_used_for_the_header():
    pasted = NO_OUTLET.replace("\n", "\r\n")
    found = draft(pasted, OUTLETS, TODAY)
    assert found.content.endswith(pasted) and found.content.startswith('---\r\noutlet: ""')
    assert "\n" not in found.content.replace("\r\n", "")
    assert parse(fill(found.content.replace("\r\n", "\n"), outlet="Báo Hànộimới")).title == TITLE


def test_an_existing_header_gets_the_placeholders_instead_of_a_second_header():
    pasted = f"---\nnote: dán từ trang in\ntags: [cong-tac-can-bo]\n---\n{NO_OUTLET}"
    found = draft(pasted, OUTLETS, TODAY)
    assert found.content.count("---\n") == 2
    assert found.content.startswith("---\nnote: dán từ trang in\ntags: [cong-tac-can-bo]\noutlet: \"\"")
    assert parse(fill(found.content, outlet="Báo Hànộimới")).outlet == "Báo Hànộimới"


def test_the_address_in_the_header_names_the_outlet():
    pasted = f"---\nurl: https://baonghean.vn/bai-viet-post1.html\n---\n{NO_OUTLET}"
    found = draft(pasted, OUTLETS, TODAY)
    assert found.missing == [] and found.found["outlet"] == "Báo Nghệ An"
    assert found.found["url"] == "https://baonghean.vn/bai-viet-post1.html" and "url: \"\"" not in found.content
    assert parse(found.content).outlet == "Báo Nghệ An"


def test_an_address_not_in_the_registry_stands_in_with_a_warning():
    pasted = f"---\nurl: https://www.example.org/a\n---\n{NO_OUTLET}"
    found = draft(pasted, OUTLETS, TODAY)
    assert found.missing == [] and found.found["outlet"] == "example.org"
    assert any("example.org" in n and "not in corpus/outlets.yml" in n for n in found.notes), found.notes
    assert parse(found.content).outlet == "example.org"  # never blocks a build


def test_new_url_puts_the_address_in_the_header_and_finds_the_outlet():
    found = draft(NO_OUTLET, OUTLETS, TODAY, url="https://baonghean.vn/bai-viet-post1.html")
    assert found.content.startswith('---\nurl: "https://baonghean.vn/bai-viet-post1.html"\nauthor: ""')
    assert found.missing == [] and found.found["outlet"] == "Báo Nghệ An"
    assert parse(found.content).url == "https://baonghean.vn/bai-viet-post1.html"
    with_header = draft(f"---\nnote: x\n---\n{NO_OUTLET}", OUTLETS, TODAY, url="https://baonghean.vn/a")
    assert with_header.content.startswith('---\nnote: x\nurl: "https://baonghean.vn/a"\nauthor: ""')


def test_header_values_count_as_found():
    pasted = f"---\ndate: 2020-06-01\noutlet: Báo Hànộimới\n---\n{TITLE}\n{LEAD}\n"
    found = draft(pasted, OUTLETS, TODAY)
    assert found.missing == [] and found.found["date"] == "2020-06-01"
    assert parse(found.content).title == TITLE


def test_a_flow_style_header_is_left_alone_and_the_missing_fields_named():
    pasted = f"---\n{{note: 'dán từ trang in'}}\n---\n{NO_OUTLET}"
    found = draft(pasted, OUTLETS, TODAY)
    assert found.content == pasted and found.missing == ["outlet"]
    assert any("add 'outlet:', 'author:', 'url:' yourself" in note for note in found.notes), found.notes


def test_a_broken_header_in_the_paste_is_an_error():
    with pytest.raises(ArchiveError) as error:
        draft(f"---\noutlett: x\n---\n{COMPLETE}", OUTLETS, TODAY, "<standard input>")
    assert "unknown header key 'outlett'" in str(error.value) and "did you mean 'outlet'?" in str(error.value)


@pytest.mark.parametrize("date_line, note", [
    ("Thứ Sáu, 31/02/2023", "impossible date"),
    ("Thứ Hai, 01/02/2055", "in the future"),
])
def test_doubtful_dates_are_pointed_out(date_line, note):
    found = draft(f"{TITLE}\n{date_line}\n(HNM) - {LEAD}\n", OUTLETS, TODAY)
    assert any(note in n for n in found.notes), found.notes


def test_an_unknown_lead_marker_is_pointed_out():
    found = draft(f"{TITLE}\nThứ Hai, 01/06/2020\n(XYZ) - {LEAD}\n", OUTLETS, TODAY)
    assert found.missing == ["outlet"] and any("(XYZ)" in n for n in found.notes)


def test_create_writes_the_file_and_never_overwrites(tmp_path):
    corpus = tmp_path / "corpus"
    path, found = create(COMPLETE.encode(), corpus, OUTLETS, TODAY)
    assert path == corpus / found.name and path.read_text(encoding="utf-8") == found.content
    before = tree_hash(corpus)
    with pytest.raises(ArchiveError) as error:
        create(COMPLETE.encode(), corpus, OUTLETS, TODAY)
    problem = error.value.problems[0]
    assert problem.file == f"corpus/{found.name}" and "already exists" in problem.message
    assert "--output" in problem.hint
    other = (COMPLETE + "Thêm một đoạn.\n").encode()  # a different article, same title and date
    with pytest.raises(ArchiveError, match="already exists"):
        create(other, corpus, OUTLETS, TODAY)
    assert tree_hash(corpus) == before
    path2, _ = create(other, corpus, OUTLETS, TODAY, output=corpus / "2020-06-01-giao-ban-2.txt")
    assert path2.read_text(encoding="utf-8").endswith("Thêm một đoạn.\n")


@pytest.mark.parametrize("raw, message", [
    (b"", "the file is empty"),
    (b"\n \n", "the file is empty"),
    (b"Ti\xeau \xf0\xe8\n", "not UTF-8: byte 0xea at line 1, column 3"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
    (b"x" * (600 * 1024), "the limit is"),
    (b"---\ntitle: a: b\n---\nx\n", "not valid YAML"),
])
def test_bad_pastes_are_refused_and_nothing_is_written(tmp_path, raw, message):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with pytest.raises(ArchiveError, match=re.escape(message)):
        create(raw, corpus, OUTLETS, TODAY, "<standard input>")
    assert list(corpus.iterdir()) == []


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_paste_gives_a_draft_or_an_archive_error(text):
    try:
        found = draft(text, OUTLETS, TODAY)
    except ArchiveError:
        return
    assert found.name.endswith(".txt") and "/" not in found.name
    assert unicodedata.normalize("NFC", text) in found.content


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_text())
def test_any_paste_with_any_header_keeps_one_valid_header(text):
    try:
        found = draft(text, OUTLETS, TODAY)
    except ArchiveError:
        return
    dummies = {"title": "X", "date": "2020-06-01", "outlet": "Báo Hànộimới", "author": "A",
               "url": "https://example.org/a"}
    filled = re.sub(r'^(\w+): ""  # .*$', lambda m: f"{m.group(1)}: {dummies[m.group(1)]}", found.content,
                    flags=re.M)
    header, _, problems = split_header(clean_text(filled), "corpus/new.txt")
    assert problems == []  # once filled in, the header is valid
    added = not any("yourself" in note for note in found.notes)
    for key in found.missing:
        assert key in header.values or not added  # its field (placeholder or theirs) is in the one header


# ------------------------------------------------------------------ the command


def run_new(project: Path, argv: list[str], stdin: bytes | None, monkeypatch, capsys):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    status = main(["new", *argv, "--root", str(project), "--today", TODAY.isoformat()])
    return status, *capsys.readouterr()


def test_new_from_standard_input_then_check_passes_once_filled(project_copy, monkeypatch, capsys):
    status, out, err = run_new(project_copy, [], NO_OUTLET.encode(), monkeypatch, capsys)
    assert status == 0, err
    name = "2020-06-01-giao-ban-truc-tuyen-nganh-to-chuc-xay-dung-dang.txt"
    assert f"created corpus/{name}" in out
    assert f"found   title:   {TITLE}" in out and "found   date:    2020-06-01" in out
    assert "missing outlet:" in out
    path = project_copy / "corpus" / name
    assert main(["check", "--root", str(project_copy), "--today", TODAY.isoformat()]) == EXIT_BAD_INPUT
    assert "no outlet found" in capsys.readouterr().err
    path.write_text(fill(path.read_text(encoding="utf-8"), outlet="Báo Hànộimới"), encoding="utf-8")
    assert main(["check", "--root", str(project_copy), "--today", TODAY.isoformat()]) == 0
    assert f"corpus/{name}\n  title:   {TITLE}" in capsys.readouterr().out


def test_new_from_a_path(project_copy, tmp_path, monkeypatch, capsys):
    pasted = tmp_path / "pasted.txt"
    pasted.write_text(COMPLETE, encoding="utf-8")
    status, out, _ = run_new(project_copy, [str(pasted)], None, monkeypatch, capsys)
    assert status == 0 and "missing" not in out
    assert main(["check", "--root", str(project_copy), "--today", TODAY.isoformat()]) == 0


def test_new_refuses_to_overwrite_and_says_so(project_copy, monkeypatch, capsys):
    assert run_new(project_copy, [], COMPLETE.encode(), monkeypatch, capsys)[0] == 0
    before = tree_hash(project_copy / "corpus")
    status, out, err = run_new(project_copy, [], COMPLETE.encode(), monkeypatch, capsys)
    assert status == EXIT_BAD_INPUT and "already exists" in err and "created" not in out
    assert tree_hash(project_copy / "corpus") == before


def test_new_with_a_missing_path_or_bad_bytes_is_a_clear_error(project_copy, tmp_path, monkeypatch, capsys):
    before = tree_hash(project_copy / "corpus")
    status, _, err = run_new(project_copy, [str(tmp_path / "nowhere.txt")], None, monkeypatch, capsys)
    assert status == EXIT_BAD_INPUT and "nowhere.txt: cannot read it" in err
    status, _, err = run_new(project_copy, [], b"abc \xff\n", monkeypatch, capsys)
    assert status == EXIT_BAD_INPUT and "<standard input>:1: not UTF-8: byte 0xff at line 1, column 5" in err
    assert tree_hash(project_copy / "corpus") == before


def test_only_new_takes_a_file_argument(capsys):
    assert main(["check", "some.txt"]) == 2  # click's usage error
    assert "unexpected extra argument (some.txt)" in capsys.readouterr().err
