"""The benchmarks' corpus generator (benchmarks/corpus.py): deterministic, all five seed
layouts, and every file accepted by the real build with citations, tags and people found."""
import unicodedata

import pytest

from archive.cli import main
from archive.render.export import read_export
from benchmarks.corpus import LAYOUTS, edit_one_article, generate, write_corpus
from conftest import copy_project_to

COUNT = 30


def files(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.txt"))}


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path):
    write_corpus(tmp_path / "a", COUNT, seed=7)
    write_corpus(tmp_path / "b", COUNT, seed=7)
    write_corpus(tmp_path / "c", COUNT, seed=8)
    a, b, c = files(tmp_path / "a"), files(tmp_path / "b"), files(tmp_path / "c")
    assert len(a) == COUNT and a == b
    assert a.keys() == c.keys() and all(a[name] != c[name] for name in a)


def test_every_seed_layout_with_its_marks():
    marks = {"000": "(HNM) - ", "001": "(HNMO) - ", "002": "(Thanhuytphcm.vn) - ", "003": "Sign In",
             "004": " | "}
    seen = set()
    for _, text, layout in generate(10, seed=3):
        text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))  # a few are pasted in NFD, CRLF
        seen.add(layout)
        assert marks[layout] in text
        # a header only where the layout has no lead marker to name the outlet
        assert text.startswith("---\noutlet: ") == (layout in ("003", "004"))
    assert seen == set(LAYOUTS)


def test_generated_corpus_builds_with_citations_tags_and_people(tmp_path):
    project = copy_project_to(tmp_path / "project")
    written = write_corpus(project / "corpus", COUNT, seed=11)
    edit_one_article(written[3])
    assert main(["--root", str(project)]) == 0
    articles = read_export(project / "docs")["articles"]
    assert len(articles) == COUNT
    assert len({a["outlet"] for a in articles}) >= 4
    references = [r for a in articles for r in a["references"]]
    assert any(r["resolved"] for r in references) and any(not r["resolved"] for r in references)
    assert sum(1 for a in articles if a["tags"]) >= COUNT - 2
    people = {p["name"] for a in articles for p in a["people"]}
    # registry people and new names anchored by a role ("Trưởng Ban Tổ chức Tỉnh ủy ... Nguyễn Văn An")
    assert people & {"Trương Thị Mai", "Phạm Minh Chính", "Nguyễn Phú Trọng", "Hoàng Trung Hải", "Nguyễn Văn Nên",
                     "Đinh Tiến Dũng"}
    assert len(people) >= 10
    assert sum(1 for a in articles if a["author"]) >= COUNT * 3 // 5


def test_the_floor_times_every_step_over_the_real_files(tmp_path):
    import re
    from archive.text.normalize import fold
    from benchmarks.floor import STEPS, floor
    paths = write_corpus(tmp_path / "corpus", 12, seed=5)
    figures = floor(paths)
    words = sum(len(re.findall(r"[^\W_]+", fold(p.read_text(encoding="utf-8")))) for p in paths) / len(paths)
    assert figures["words"] == words > 300  # it did scan every article's words
    assert all(figures[step] >= 0 for step in STEPS)
    assert abs(figures["total"] - sum(figures[step] for step in STEPS)) < 1e-9


def test_the_command_line_prints_its_help_and_writes_nowhere(tmp_path, monkeypatch, capsys):
    # "--help" was once taken for the folder to fill: a folder named "--help" with 1,000 files
    from benchmarks.corpus import main as corpus_main
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as ended:
        corpus_main(["--help"])
    assert ended.value.code == 0
    assert "FOLDER" in capsys.readouterr().out.upper()
    assert list(tmp_path.iterdir()) == []


def test_the_command_line_writes_the_count_it_is_given(tmp_path):
    from benchmarks.corpus import main as corpus_main
    assert corpus_main([str(tmp_path / "corpus"), "3", "7"]) == 0
    assert len(list((tmp_path / "corpus").glob("*.txt"))) == 3
