"""docs/ gets exactly the generated pages, only changed ones are written, and only
folders the build made are touched."""
import os
import shutil
import signal
from pathlib import Path

import pytest

from conftest import tree_hash

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


def test_a_gzipped_page_is_the_same_bytes_for_the_same_text(tmp_path):
    """The published export is gzipped with no name or time in its header: two builds
    of one text give one file, which is then left alone."""
    import gzip
    from archive.output.writers import Chunks
    text = ["[", '"Đảng viên"', "]"]
    write_pages(tmp_path / "a", {"data/x.json.gz": Chunks(iter(text), gzipped=True)})
    write_pages(tmp_path / "b", {"data/x.json.gz": Chunks(iter(text), gzipped=True)})
    packed = (tmp_path / "a/data/x.json.gz").read_bytes()
    assert packed == (tmp_path / "b/data/x.json.gz").read_bytes()
    assert gzip.decompress(packed).decode("utf-8") == '["Đảng viên"]'
    assert packed[4:8] == bytes(4) and not packed[3] & 0x08  # no time, no file name
    report = write_pages(tmp_path / "a", {"data/x.json.gz": Chunks(iter(text), gzipped=True)})
    assert (report.written, report.unchanged) == (0, 1)


def test_a_killed_write_leaves_nothing_the_next_one_keeps(tmp_path):
    """What a killed build leaves at docs/'s top level (its temporary files, backups,
    folders half made or half removed) goes at the next write; hand-made files whose
    names look alike but are not the build's stay."""
    from archive.output.writers import sweep
    write_pages(tmp_path, {"articles/a.md": "A", "index.md": "home"})
    leftovers = [".index.md.123.tmp", ".feed.xml.9.old", "..generated.77.tmp"]
    for name in leftovers:
        (tmp_path / name).write_text("left by a killed build")
    for name in (".tags.5.new", ".people.6.trash"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "x.md").write_text("half")
    (tmp_path / "articles" / ".a.md.4.tmp").write_text("half")
    mine = [".about.md.1.tmp", ".notes.txt", "index.md.1.tmp"]
    for name in mine:
        (tmp_path / name).write_text("hand-made")
    report = write_pages(tmp_path, {"articles/a.md": "A", "index.md": "home"})
    assert (report.written, report.removed) == (0, 0)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted([*mine, MARKER, "articles", "index.md"])
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == [MARKER, "a.md"]
    assert sweep(tmp_path / "missing") == 0


def test_a_new_generated_folder_appears_with_its_marker(tmp_path, monkeypatch):
    """Made aside and renamed into place: never, even for an instant, without its marker."""
    import archive.output.writers as writers
    seen = []
    real_rename = os.rename

    def rename(source, target):
        seen.append(sorted(os.listdir(source)))
        return real_rename(source, target)
    monkeypatch.setattr(writers.os, "rename", rename)
    write_pages(tmp_path, {"tags/t.md": "T", "people/a/b.md": "B"})
    assert seen == [[MARKER], [MARKER]]


# ------------------------------------------------------------------ a kill at any point (issue 16, item 7)

# The writer's moves from one docs/ to the next: pages changed, kept, new and gone, a
# folder of the year new and one gone, generated folders and top-level files appearing
# and disappearing.
PAGES_A = {"articles/2020/a.md": "A", "articles/2020/b.md": "B", "articles/2021/c.md": "C", "tags/t.md": "T",
           "tags/u.md": "U", "people/p.md": "P", "feed.xml": "F", "index.md": "I"}
PAGES_B = {"articles/2020/a.md": "A2", "articles/2020/b.md": "B", "articles/2022/d.md": "D", "tags/t.md": "T",
           "data/x.json": "{}", "outlets/o.md": "O", "index.md": "I2"}
MUTATING = ("replace", "rename", "link", "unlink", "rmdir", "mkdir")


def killed_at(n: int, work) -> int:
    """Run `work` in a forked child that SIGKILLs itself at its n-th call that changes the
    disk (0: never); returns how many such calls it made if it was not killed, else -1."""
    import builtins
    import io
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read)
            calls = [0]

            def counted(function):
                def run(*args, **kwargs):
                    calls[0] += 1
                    if calls[0] == n:
                        os.kill(os.getpid(), signal.SIGKILL)
                    return function(*args, **kwargs)
                return run
            for name in MUTATING:
                setattr(os, name, counted(getattr(os, name)))
            real_open = builtins.open

            def opened(file, mode="r", *args, **kwargs):
                return (counted(real_open) if set(mode) & set("wax+") else real_open)(file, mode, *args, **kwargs)
            builtins.open = io.open = opened
            work()
            os.write(write, str(calls[0]).encode())
        finally:
            os._exit(0)
    os.close(write)
    _, status = os.waitpid(pid, 0)
    out = os.read(read, 64)
    os.close(read)
    if os.WIFSIGNALED(status):
        assert os.WTERMSIG(status) == signal.SIGKILL
        return -1
    assert out, "the child failed before it finished"
    return int(out)


def side_files(docs: Path) -> list[str]:
    return sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*")
                  if p.name.endswith((".tmp", ".old", ".new", ".trash")))


@pytest.mark.parametrize("before,after", [({}, PAGES_B), (PAGES_A, PAGES_B), (PAGES_B, PAGES_A)],
                         ids=["first", "a-to-b", "b-to-a"])
def test_a_kill_at_any_write_is_repaired_by_the_next_write(tmp_path, before, after):
    """Every call that changes the disk, in turn, is where the writer dies; the next
    write then leaves exactly what a write into an empty docs/ leaves."""
    from archive.output.writers import write_pages
    clean = tmp_path / "clean"
    write_pages(clean, after)
    start_from = tmp_path / "start"
    start_from.mkdir()
    if before:
        write_pages(start_from, before)
    (start_from / "about.md").write_text("hand-written", encoding="utf-8")
    (clean / "about.md").write_text("hand-written", encoding="utf-8")
    docs = tmp_path / "docs"

    def fresh():
        shutil.rmtree(docs, ignore_errors=True)
        shutil.copytree(start_from, docs)
    fresh()
    calls = killed_at(0, lambda: write_pages(docs, after))
    assert calls > 5 and tree_hash(docs) == tree_hash(clean)
    for n in range(1, calls + 1):
        fresh()
        assert killed_at(n, lambda: write_pages(docs, after)) == -1
        write_pages(docs, after)
        assert side_files(docs) == [], n
        assert tree_hash(docs) == tree_hash(clean), f"killed at call {n} of {calls}"


def test_shares_staged_apart_and_sent_across_commit_like_one_write(tmp_path):
    """A share crosses from a render worker to the parent pickled: its paths are plain
    strings, and two shares committed after the trip make what one write makes, the
    stale page of the last build removed in both."""
    import pickle
    from archive.output.writers import check_writable, commit, stage, sweep
    old = {"articles/gone.md": "old", "articles/kept.md": "same"}
    new = {"articles/a.md": "# A\n", "articles/kept.md": "same", "tags/t.md": "# T\n", "index.md": "# Home\n"}
    one, two = tmp_path / "one" / "docs", tmp_path / "two" / "docs"
    for docs in (one, two):
        docs.mkdir(parents=True)
        write_pages(docs, old)
    write_pages(one, new)
    sweep(two)
    check_writable(two)
    items = list(new.items())
    shares = [pickle.loads(pickle.dumps(stage(two, items[:2]))), pickle.loads(pickle.dumps(stage(two, items[2:])))]
    assert all(isinstance(path, str) for share in shares for pair in share.files for path in pair)
    report = commit(two, shares)
    assert (report.written, report.unchanged, report.removed) == (3, 1, 1)
    assert tree_hash(two) == tree_hash(one)
    assert not (two / "articles" / "gone.md").exists() and (two / "index.md").read_text() == "# Home\n"
