"""docs/ is replaced whole or not at all, and only folders the build made."""
import pytest

from archive.errors import ArchiveError
from archive.writers import MARKER, write_pages


def test_writes_pages_and_marks_folders(tmp_path):
    report = write_pages(tmp_path, {"articles/2020/a.md": "A", "index.md": "home", "data/x.json": "{}"})
    assert (tmp_path / "articles/2020/a.md").read_text() == "A"
    assert (tmp_path / "articles" / MARKER).exists()
    assert (tmp_path / MARKER).read_text().split() == ["index.md"]
    assert (report.written, report.unchanged, report.removed) == (3, 0, 0)


def test_second_build_removes_stale_pages_and_counts_unchanged(tmp_path):
    write_pages(tmp_path, {"articles/a.md": "A", "articles/b.md": "B"})
    report = write_pages(tmp_path, {"articles/a.md": "A", "articles/c.md": "C"})
    assert sorted(p.name for p in (tmp_path / "articles").glob("*.md")) == ["a.md", "c.md"]
    assert (report.written, report.unchanged, report.removed) == (1, 1, 1)


def test_hand_written_pages_are_never_touched(tmp_path):
    (tmp_path / "about.md").write_text("mine")
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "x.css").write_text("css")
    write_pages(tmp_path, {"articles/a.md": "A"})
    write_pages(tmp_path, {"tags/t.md": "T"})
    assert (tmp_path / "about.md").read_text() == "mine"
    assert (tmp_path / "assets" / "x.css").read_text() == "css"
    assert not (tmp_path / "articles").exists()


def test_refuses_a_folder_it_did_not_create(tmp_path):
    (tmp_path / "tags").mkdir()
    (tmp_path / "tags" / "notes.md").write_text("hand-written")
    with pytest.raises(ArchiveError) as error:
        write_pages(tmp_path, {"tags/t.md": "T"})
    assert "docs/tags" in str(error.value) and "not made by the build" in str(error.value)
    assert (tmp_path / "tags" / "notes.md").read_text() == "hand-written"


def test_refuses_a_hand_written_home_page(tmp_path):
    (tmp_path / "index.md").write_text("hand-written home")
    with pytest.raises(ArchiveError, match="templates/home.md"):
        write_pages(tmp_path, {"index.md": "generated"})
    assert (tmp_path / "index.md").read_text() == "hand-written home"


def test_refuses_paths_outside_generated_folders(tmp_path):
    with pytest.raises(ValueError):
        write_pages(tmp_path, {"about.md": "x"})
    with pytest.raises(ValueError):
        write_pages(tmp_path, {"articles/../about.md": "x"})


def test_failure_while_staging_leaves_docs_as_it_was(tmp_path, monkeypatch):
    write_pages(tmp_path, {"articles/a.md": "A"})
    import archive.writers as writers

    def broken(*args):
        raise OSError("disk full")
    monkeypatch.setattr(writers, "_swap", broken)
    with pytest.raises(OSError):
        write_pages(tmp_path, {"articles/b.md": "B"})
    assert sorted(p.name for p in tmp_path.rglob("*")) == sorted(["articles", "a.md", MARKER, MARKER])
