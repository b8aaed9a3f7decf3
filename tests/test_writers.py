"""docs/ gets exactly the generated pages, only changed ones are written, and only
folders the build made are touched."""
import os

import pytest

from archive.errors import ArchiveError
from archive.output.writers import MARKER, write_pages


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


def test_a_failed_write_leaves_every_old_page_whole(tmp_path, monkeypatch):
    write_pages(tmp_path, {"articles/a.md": "A", "articles/b.md": "B"})
    import archive.output.writers as writers

    real_replace = writers.os.replace

    def disk_full(source, target):
        if str(target).endswith("b.md"):
            raise OSError("disk full")
        return real_replace(source, target)
    monkeypatch.setattr(writers.os, "replace", disk_full)
    with pytest.raises(OSError):
        write_pages(tmp_path, {"articles/a.md": "A2", "articles/b.md": "B2"})
    assert (tmp_path / "articles/b.md").read_text() == "B"  # all pages or none
    assert (tmp_path / "articles/a.md").read_text() == "A"
    assert not list(tmp_path.rglob("*.tmp")) and not list(tmp_path.rglob("*.old"))
    monkeypatch.undo()
    report = write_pages(tmp_path, {"articles/a.md": "A2", "articles/b.md": "B2"})
    assert (report.written, report.unchanged) == (2, 0)
    assert (tmp_path / "articles/b.md").read_text() == "B2"


def test_a_full_disk_while_writing_changes_nothing(tmp_path, monkeypatch):
    write_pages(tmp_path, {"articles/a.md": "A"})
    import archive.output.writers as writers
    real_open = open

    def full(path, mode="r", *args, **kwargs):
        if "w" in mode and str(path).endswith(".tmp") and "c.md" in str(path):
            raise OSError(28, "No space left on device")
        return real_open(path, mode, *args, **kwargs)
    monkeypatch.setattr(writers, "open", full, raising=False)
    with pytest.raises(OSError):
        write_pages(tmp_path, {"articles/a.md": "A2", "articles/b.md": "B", "articles/c.md": "C"})
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == [MARKER, "a.md"]
    assert (tmp_path / "articles/a.md").read_text() == "A"


def test_only_changed_pages_are_written(tmp_path):
    pages = {f"articles/{i}.md": f"page {i}" for i in range(5)} | {"index.md": "home"}
    write_pages(tmp_path, pages)
    old = 1_000_000_000
    for path in tmp_path.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(old, old))
    report = write_pages(tmp_path, {**pages, "articles/3.md": "changed"})
    assert (report.written, report.unchanged, report.removed) == (1, 5, 0)
    touched = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")
                     if p.is_file() and p.stat().st_mtime_ns != old)
    assert touched == ["articles/3.md"]


def test_emptied_folders_are_removed(tmp_path):
    write_pages(tmp_path, {"people/a/b.md": "B", "people/c.md": "C", "tags/t.md": "T"})
    report = write_pages(tmp_path, {"people/c.md": "C"})
    assert report.removed == 2
    assert not (tmp_path / "people" / "a").exists() and not (tmp_path / "tags").exists()
    assert (tmp_path / "people" / MARKER).exists()


def test_a_page_written_in_pieces_is_compared_like_any_other(tmp_path):
    from archive.output.writers import Chunks
    write_pages(tmp_path, {"data/big.json": Chunks(iter(["[1,", "2]"]))})
    assert (tmp_path / "data/big.json").read_text() == "[1,2]"
    old = 1_000_000_000
    os.utime(tmp_path / "data/big.json", ns=(old, old))
    report = write_pages(tmp_path, {"data/big.json": Chunks(iter(["[1", ",2]"]))})
    assert (report.written, report.unchanged) == (0, 1)
    assert (tmp_path / "data/big.json").stat().st_mtime_ns == old and not list(tmp_path.rglob("*.tmp"))
    report = write_pages(tmp_path, {"data/big.json": Chunks(iter(["[1,", "3]"]))})
    assert report.written == 1 and (tmp_path / "data/big.json").read_text() == "[1,3]"
