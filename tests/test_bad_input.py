"""Bad input: every case gets a clear error (file, line, what to do), a non-zero exit,
and changes nothing on disk: docs/, site/ and corpus/ stay byte-for-byte the same."""
import datetime as dt
import html
import os
import re
import resource
import shutil
import subprocess
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

from archive.output import writers
from archive.cli import EXIT_BAD_INPUT, main
from archive.read.reader import MAX_FILE_BYTES, article_slug
from conftest import copy_project_to, mkdocs_build, tree_hash

TODAY = "2026-11-23"
ANY_LINE = -1  # the line is given, but where PyYAML gave up is not ours to pin down

# A small valid article; cases below break one thing at a time.
TITLE = "Giao ban công tác tổ chức xây dựng Đảng quý I"
LEAD = ("(HNM) - Sáng 1/6, Ban Tổ chức Thành ủy Hà Nội tổ chức hội nghị giao ban công tác "
        "tổ chức xây dựng Đảng quý I năm 2020.")
BODY = "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ và đề ra phương hướng cho thời gian tới."


def article(title=TITLE, date_line="Thứ Hai, 01/06/2020", lead=LEAD, body=BODY, header="") -> str:
    lines = [title, date_line, lead, body]
    text = "\n".join(line for line in lines if line is not None) + "\n"
    return f"---\n{header}---\n{text}" if header else text


@dataclass
class Expected:
    file: str
    message: str
    hint: str
    line: int | None = None


def insert_entry(path: Path, top: str, entry: str) -> str:
    """Insert a registry entry right under its top key; returns the new text."""
    text = path.read_text(encoding="utf-8")
    new = re.sub(rf"^{top}:[^\n]*\n", lambda m: m.group(0) + entry, text, count=1, flags=re.M)
    assert new != text, f"no '{top}:' in {path}"
    path.write_bytes(new.encode("utf-8"))
    return new


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    starts = [i for i, line in enumerate(text.split("\n"), start=1) if needle in line]
    return starts[occurrence - 1]


def write(project: Path, name: str, data: bytes | str) -> None:
    path = project / "corpus" / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


# Each case: (project) -> the problems it must cause.
def empty(p):
    write(p, "bad.txt", b"")
    return [Expected("corpus/bad.txt", "the file is empty", "paste the article text")]


def blank(p):
    write(p, "bad.txt", b" \n\t\r\n\n")
    return [Expected("corpus/bad.txt", "the file is empty", "paste the article text")]


def not_utf8(p):
    # the column counts characters, as an editor does: "Sáng" is 4 characters but 5 bytes
    write(p, "bad.txt", article().encode("utf-8").replace("Sáng 1/6, ".encode(), "Sáng 1/6, ".encode() + b"\xff"))
    return [Expected("corpus/bad.txt", "not UTF-8: byte 0xff at line 3, column 19",
                     "re-save the file as UTF-8", 3)]


def legacy_encoding(p):  # a paste saved as Windows-1252 / Latin-1
    write(p, "bad.txt", "Tiêu đề\nThứ Hai, 01/06/2020\n".encode("utf-8").replace("ê".encode(), b"\xea"))
    return [Expected("corpus/bad.txt", "not UTF-8: byte 0xea at line 1, column 3", "UTF-8", 1)]


def binary(p):
    write(p, "bad.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return [Expected("corpus/bad.txt", "this is a binary file", "paste the article text into a UTF-8 .txt")]


def header_not_yaml(p):
    write(p, "bad.txt", article(header="outlet: Báo Hànộimới\ntitle: Đảng: xây dựng: x\n"))
    return [Expected("corpus/bad.txt", "the header is not valid YAML", "quote values that contain ': '", 3)]


def header_not_closed(p):
    write(p, "bad.txt", "---\noutlet: Báo Hànộimới\n" + article())
    return [Expected("corpus/bad.txt", "the header starts with '---' but is never closed",
                     "add a line '---' after the last header field", 1)]


def unknown_key(p):
    write(p, "bad.txt", article(header="date: 2020-06-01\noutlett: Báo Hànộimới\n"))
    return [Expected("corpus/bad.txt", "unknown header key 'outlett'", "did you mean 'outlet'?", 3)]


def impossible_date_line(p):
    write(p, "bad.txt", article(date_line="Thứ Sáu, 31/02/2023"))
    return [Expected("corpus/bad.txt", "'31/02/2023' is not a real date", "correct the date", 2)]


def impossible_header_date(p):
    write(p, "bad.txt", article(date_line=None, header="date: 2023-02-31\n"))
    return [Expected("corpus/bad.txt", "header 'date': '2023-02-31' does not exist", "YYYY-MM-DD", 2)]


def future_date(p):
    write(p, "bad.txt", article(date_line="Thứ Hai, 01/02/2055"))
    return [Expected("corpus/bad.txt", "the date 2055-02-01 is in the future", "check the date", 2)]


def no_date(p):
    write(p, "bad.txt", article(date_line=None))
    return [Expected("corpus/bad.txt", "no publication date found", "add 'date: YYYY-MM-DD' to the header", 1)]


def no_title(p):
    write(p, "bad.txt", "---\noutlet: Báo Hànộimới\n---\nThứ Hai, 01/06/2020\n")
    return [Expected("corpus/bad.txt", "no title found", "add 'title: ...' to the header", 1)]


def same_text(p):  # the same paste saved twice
    source = sorted((p / "corpus").glob("*.txt"))[0]
    shutil.copy(source, p / "corpus" / "zz-copy.txt")
    return [Expected("corpus/zz-copy.txt", f"the same article text as corpus/{source.name}",
                     "this is a duplicate paste: delete one of the two files")]


def same_slug(p):  # two different articles, same title and date: one page would overwrite the other
    write(p, "dup-a.txt", article())
    write(p, "dup-b.txt", article(body="Một nội dung hoàn toàn khác về công tác cán bộ."))
    return [Expected("corpus/dup-b.txt", "same title and date as corpus/dup-a.txt",
                     "otherwise correct the title or date in the header")]


def tag_duplicate_slug(p):
    text = insert_entry(p / "corpus/tags.yml", "tags",
                        "  - slug: cong-tac-can-bo\n    name: Trùng lặp\n    description: x\n"
                        "    phrases: [abc def]\n")
    first, second = line_of(text, "- slug: cong-tac-can-bo"), line_of(text, "- slug: cong-tac-can-bo", 2)
    return [Expected("corpus/tags.yml", f"duplicate tag slug 'cong-tac-can-bo' (first at line {first})",
                     "give each tag its own slug", second)]


def document_malformed_number(p):
    text = insert_entry(p / "corpus/documents.yml", "documents",
                        "  - key: 99-nq-tw-2019\n    number: 99/NQ-TW\n    type: Nghị quyết\n"
                        "    kind: party\n    year: 2019\n")
    return [Expected("corpus/documents.yml", "malformed Party number '99/NQ-TW'", "e.g. 205-QĐ/TW",
                     line_of(text, "number: 99/NQ-TW"))]


def document_duplicate_key(p):
    original = (p / "corpus/documents.yml").read_text(encoding="utf-8")
    key = re.search(r"^  - key: (\S+)", original, re.M).group(1)
    text = insert_entry(p / "corpus/documents.yml", "documents",
                        f"  - key: {key}\n    number: 98-NQ/TW\n    type: Nghị quyết\n    kind: party\n"
                        "    year: 2019\n")
    first, second = line_of(text, f"- key: {key}"), line_of(text, f"- key: {key}", 2)
    return [Expected("corpus/documents.yml", f"duplicate key '{key}' (first used on line {first})",
                     "give each document its own key", second)]


def registry_not_yaml(p):
    insert_entry(p / "corpus/documents.yml", "documents", "  - key: [unclosed\n")
    return [Expected("corpus/documents.yml", "not valid YAML", "fix the YAML syntax", ANY_LINE)]


def huge_file(p):
    filler = (BODY + "\n") * (MAX_FILE_BYTES // len(BODY.encode("utf-8")) + 10)
    write(p, "bad.txt", article(body=filler))
    size = (p / "corpus/bad.txt").stat().st_size
    return [Expected("corpus/bad.txt", f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}",
                     "a corpus file holds one article: split it")]


def huge_sparse_file(p):  # 1 GB on paper, nothing on disk: refused by its size, never read
    with open(p / "corpus/big.txt", "wb") as file:
        file.truncate(1 << 30)
    return [Expected("corpus/big.txt", f"file is {1 << 30:,} bytes; the limit is {MAX_FILE_BYTES:,}",
                     "a corpus file holds one article")]


def link_out_of_corpus(p):  # would publish a file from anywhere on the machine
    secret = p.parent / "secret.txt"
    secret.write_text(article(), encoding="utf-8")
    (p / "corpus/evil.txt").symlink_to(secret)
    return [Expected("corpus/evil.txt", f"is a link (to {secret}), not a file", "copy the article in")]


def link_to_a_huge_file(p):
    with open(p.parent / "huge.bin", "wb") as file:
        file.truncate(1 << 30)
    (p / "corpus/huge.txt").symlink_to(p.parent / "huge.bin")
    return [Expected("corpus/huge.txt", "is a link", "copy the article in")]


def link_inside_corpus(p):  # a second name for an article is refused too
    (p / "corpus/again.txt").symlink_to("000_e356385aa196206d.txt")
    return [Expected("corpus/again.txt", "is a link (to 000_e356385aa196206d.txt)", "copy the article in")]


def linked_folder(p):
    outside = p.parent / "elsewhere"
    outside.mkdir(exist_ok=True)
    (outside / "a.txt").write_text(article(), encoding="utf-8")
    (p / "corpus/more").symlink_to(outside, target_is_directory=True)
    return [Expected("corpus/more", "is a link", "copy the article in")]


def fifo(p):  # opening a named pipe for reading would block the build for good
    os.mkfifo(p / "corpus/pipe.txt")
    return [Expected("corpus/pipe.txt", "not a plain file", "copy the article into corpus/")]


def unreadable(p):
    write(p, "locked.txt", article(title="Một bài không đọc được của Ban Tổ chức"))
    (p / "corpus/locked.txt").chmod(0)
    return [Expected("corpus/locked.txt", "permission denied", "chmod a+r corpus/locked.txt")]


def not_an_article_file(p):
    write(p, "bai-viet.docx", b"PK\x03\x04")
    return [Expected("corpus/bai-viet.docx", "not an article file", "rename it to .txt")]


def two_bad_files(p):  # every problem of every file in one run
    return empty(p) + [*unknown_key_in(p, "bad2.txt")]


def unknown_key_in(p, name):
    write(p, name, article(header="tittle: x\n"))
    return [Expected(f"corpus/{name}", "unknown header key 'tittle'", "did you mean 'title'?", 2)]


CASES = [empty, blank, not_utf8, legacy_encoding, binary, header_not_yaml, header_not_closed, unknown_key,
         impossible_date_line, impossible_header_date, future_date, no_date, no_title, same_text, same_slug,
         tag_duplicate_slug, document_malformed_number, document_duplicate_key, registry_not_yaml, huge_file,
         huge_sparse_file, link_out_of_corpus, link_to_a_huge_file, link_inside_corpus, linked_folder, fifo,
         *([unreadable] if os.geteuid() != 0 else []),  # root reads any file
         not_an_article_file, two_bad_files]


@pytest.fixture(scope="module")
def built_template(tmp_path_factory):
    """A project built once (docs/ full of pages) with a dummy site/ from an earlier `make site`."""
    project = copy_project_to(tmp_path_factory.mktemp("built") / "project")
    assert main(["--root", str(project), "--today", TODAY]) == 0
    (project / "site").mkdir()
    (project / "site" / "index.html").write_text("<p>the site as last published</p>", encoding="utf-8")
    return project


@pytest.fixture
def built(built_template, tmp_path):
    target = tmp_path / "project"
    shutil.copytree(built_template, target)
    return target


def snapshot(project: Path) -> dict[str, str]:
    return {name: tree_hash(project / name) for name in ("docs", "site", "corpus")}


def assert_reported(stderr: str, expected: Expected) -> None:
    if expected.line == ANY_LINE:
        where = re.escape(expected.file) + r":\d+: "
    elif expected.line:
        where = re.escape(f"{expected.file}:{expected.line}: ")
    else:
        where = re.escape(f"{expected.file}: ")
    pattern = where + r"[^\n]*" + re.escape(expected.message)
    assert re.search(pattern, stderr), f"expected {pattern!r} in:\n{stderr}"
    block = stderr[re.search(pattern, stderr).start():]
    hint = block.split("\n", 2)[1] if "\n" in block else ""
    assert hint.strip().startswith("->") and expected.hint in hint, f"hint {expected.hint!r} not in {hint!r}"


@pytest.mark.parametrize("command", ["build", "check"])
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.__name__)
def test_bad_input_is_reported_and_changes_nothing(built, case, command, capsys):
    expected = case(built)
    before = snapshot(built)
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    status = main([command, "--root", str(built), "--today", TODAY])
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before
    out, err = capsys.readouterr()
    assert grown_kb < 200_000, f"peak memory grew by {grown_kb:,} KB: a refused file was read"
    assert status == EXIT_BAD_INPUT != 0
    assert "nothing was written" in err
    for item in expected:
        assert_reported(err, item)
    assert "articles:" not in out  # no summary of a build that did not happen
    assert snapshot(built) == before
    assert not list((built / "docs").rglob("*.tmp"))


def test_two_bad_files_are_both_reported_in_one_run(built, capsys):
    expected = two_bad_files(built)
    assert main(["--root", str(built), "--today", TODAY]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert {e.file for e in expected} == {"corpus/bad.txt", "corpus/bad2.txt"}
    for item in expected:
        assert_reported(err, item)
    assert err.startswith("2 problems found")


def test_the_build_exits_non_zero_from_the_command_line(built):
    """The same through build_pages.py as a contributor runs it: status 1, problems on stderr."""
    expected = unknown_key(built)
    before = snapshot(built)
    result = subprocess.run([sys.executable, "build_pages.py", "--root", str(built), "--today", TODAY],
                            cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True)
    assert result.returncode == EXIT_BAD_INPUT
    assert_reported(result.stderr, expected[0])
    assert snapshot(built) == before


def test_a_hand_made_folder_with_a_generated_name_is_never_cleaned(project_copy, capsys):
    mine = project_copy / "docs" / "tags"
    mine.mkdir(parents=True)
    (mine / "ghi-chu.md").write_text("# Ghi chú của tôi\n", encoding="utf-8")
    (project_copy / "site").mkdir()
    (project_copy / "site" / "index.html").write_text("old", encoding="utf-8")
    before = snapshot(project_copy)
    assert main(["--root", str(project_copy), "--today", TODAY]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert_reported(err, Expected("docs/tags", "this folder was not made by the build",
                                  "move your files out of docs/tags/"))
    assert snapshot(project_copy) == before
    assert not (project_copy / "docs" / "articles").exists()  # nothing else was written either


def test_a_hand_made_file_with_a_generated_name_is_never_replaced(project_copy, capsys):
    (project_copy / "docs" / "index.md").write_text("# Trang chủ viết tay\n", encoding="utf-8")
    before = snapshot(project_copy)
    assert main(["--root", str(project_copy), "--today", TODAY]) == EXIT_BAD_INPUT
    assert_reported(capsys.readouterr().err, Expected("docs/index.md", "this file was not made by the build",
                                                      "templates/home.md"))
    assert snapshot(project_copy) == before


def test_a_build_that_fails_while_writing_leaves_the_previous_docs_intact(built, monkeypatch):
    """Even past validation (a disk error while replacing pages), the old docs/ comes back whole."""
    before = snapshot(built)
    (built / "corpus" / "new.txt").write_text(article(), encoding="utf-8")  # something new to write
    real_replace, calls = os.replace, []

    def failing_replace(src, dst):
        calls.append(dst)
        if len(calls) == 5:
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(writers.os, "replace", failing_replace)
    with pytest.raises(OSError):
        main(["--root", str(built), "--today", TODAY])
    assert len(calls) >= 5  # failed on the fifth page, then put everything back
    assert tree_hash(built / "docs") == before["docs"]
    assert not [p for p in (built / "docs").rglob(".*") if p.suffix in (".tmp", ".old")]
    assert tree_hash(built / "site") == before["site"]


def test_after_a_failed_build_the_next_good_build_succeeds(built, capsys):
    write(built, "bad.txt", b"")
    assert main(["--root", str(built), "--today", TODAY]) == EXIT_BAD_INPUT
    (built / "corpus" / "bad.txt").unlink()
    assert main(["--root", str(built), "--today", TODAY]) == 0
    assert "pages written: 0," in capsys.readouterr().out  # same corpus, same pages


# ------------------------------------------------------------------ Markdown and HTML in the text

HOSTILE_TITLE = 'Tiêu đề <script>alert("tieu-de")</script> {{ config.site_name }} *đậm*'
HOSTILE_LINES = [
    "(HNM) - Đoạn dẫn có [bấm vào đây](javascript:alert(1)) và <img src=x onerror=alert(2)> cùng "
    "{% include 'x' %} và **không đậm**.",
    "---",
    "# Không phải tiêu đề",
    '<script>alert("than-bai")</script>',
    "<a href=\"javascript:alert(4)\">liên kết</a> và [x]: javascript:alert(5)",
    "* không phải danh sách",
    "| a | b |",
    "{: onclick=\"alert(6)\" }",
    "<!-- bình luận --> &amp; &lt;b&gt; kết thúc.",
]


@dataclass
class Element:
    name: str
    attrs: dict
    text: str = ""


class ElementCollector(HTMLParser):
    """Every element a browser would build from the page, with its attributes and text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append(Element(tag, {k.lower(): v for k, v in attrs}))

    def handle_data(self, data):
        if self.elements and self.elements[-1].name == "script":
            self.elements[-1].text += data

    @classmethod
    def parse(cls, markup: str) -> list[Element]:
        parser = cls()
        parser.feed(markup)
        return parser.elements


def test_the_element_collector_sees_what_a_browser_would_run():
    tags = ElementCollector.parse('<p onclick="x">a</p><script>alert(1)</script><a href=" javascript:y">')
    assert [t.name for t in tags] == ["p", "script", "a"] and tags[1].text == "alert(1)"
    assert "onclick" in tags[0].attrs and tags[2].attrs["href"].strip().startswith("javascript:")


def test_markdown_and_html_in_an_article_render_literally_and_safely(project_copy, tmp_path):
    text = "\n".join([HOSTILE_TITLE, "Thứ Hai, 01/06/2020", *HOSTILE_LINES]) + "\n"
    (project_copy / "corpus" / "hostile.txt").write_text(text, encoding="utf-8")
    assert main(["--root", str(project_copy), "--today", TODAY]) == 0
    site = tmp_path / "site"
    mkdocs_build(project_copy, site)
    slug = article_slug(dt.date(2020, 6, 1), HOSTILE_TITLE)
    page = (site / "articles" / "2020" / f"{slug}.html").read_text(encoding="utf-8")
    content = page.split('<article class="md-content__inner', 1)[1].split("</article>", 1)[0]
    visible = html.unescape(re.sub(r"<[^>]+>", "\n", content))
    for line in [HOSTILE_TITLE, *HOSTILE_LINES[1:]]:
        assert line in visible, f"{line!r} not shown literally"
    assert "javascript:alert(1)" in visible and "{% include 'x' %}" in visible
    assert html.escape(HOSTILE_TITLE, quote=True) in page.split("</title>")[0]  # <title> and meta, escaped
    for built_page in site.rglob("*.html"):
        tags = ElementCollector.parse(built_page.read_text(encoding="utf-8"))
        assert not [t for t in tags if t.name == "img" and t.attrs.get("src") == "x"], built_page
        assert not [t for t in tags if t.name == "script" and "alert" in t.text], built_page
        assert not [t for t in tags for name, value in t.attrs.items()  # the theme may have handlers, not ours
                    if name.startswith("on") and "alert" in (value or "")], built_page
        assert not [t for t in tags for name in ("href", "src", "action")
                    if (t.attrs.get(name) or "").strip().lower().startswith("javascript:")], built_page
    feed = (site / "feed.xml").read_text(encoding="utf-8") if (site / "feed.xml").exists() else ""
    assert "<script>" not in feed


def test_subfolders_are_read_and_hidden_names_are_not(built, capsys):
    """The corpus rule (pipeline.corpus_files): .txt files in subfolders are articles;
    hidden files and folders are never read, whatever they hold."""
    (built / "corpus/2020").mkdir()
    write(built, "2020/giao-ban.txt", article())
    (built / "corpus/.drafts").mkdir()
    write(built, ".drafts/nua-chung.txt", b"\x00 not even text")
    write(built, ".chua-xong.txt", "")
    assert main(["--root", str(built), "--today", TODAY]) == 0
    out, err = capsys.readouterr()
    assert "articles: 6" in out, out + err
    page = next((built / "docs/articles/2020").glob("2020-06-01-*.md")).read_text(encoding="utf-8")
    assert 'source_file: "corpus/2020/giao-ban.txt"' in page
