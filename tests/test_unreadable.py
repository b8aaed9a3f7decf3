"""An unreadable corpus file, folder, registry or template (issue 16, item 11): an error
naming it, with nothing written, whether the cache is warm or not; never a traceback, and
never a page published from the cache of a file the build may no longer read."""
import os
from pathlib import Path

import pytest

from archive.cli import main
from benchmarks.corpus import write_corpus
from conftest import copy_project_to, tree_hash

TODAY = "2026-11-23"


def article_files(project: Path) -> list[Path]:
    return sorted((project / "corpus").glob("*.txt"))


@pytest.fixture
def make_unreadable(monkeypatch):
    """Make a file or folder unreadable: chmod 0 for an ordinary user; as root (whom
    chmod does not stop), os.open, open and os.scandir refuse it as the kernel would."""
    import builtins
    import errno
    import io
    refused: set[str] = set()
    chmodded: list[tuple[Path, int]] = []
    if os.geteuid() == 0:
        def refusing(real):
            def call(path, *args, **kwargs):
                if not isinstance(path, int) and os.fspath(path) in refused:
                    raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
                return real(path, *args, **kwargs)
            return call
        monkeypatch.setattr(os, "open", refusing(os.open))
        monkeypatch.setattr(os, "scandir", refusing(os.scandir))
        monkeypatch.setattr(io, "open", refusing(io.open))
        monkeypatch.setattr(builtins, "open", io.open)

    def unreadable(path: Path) -> None:
        if os.geteuid() == 0:
            refused.add(os.fspath(path))
        else:
            chmodded.append((path, path.stat().st_mode))
            path.chmod(0)
    yield unreadable
    for path, mode in chmodded:
        path.chmod(mode)


@pytest.mark.parametrize("cache", ["warm cache", "--no-cache"])
def test_an_unreadable_file_is_an_error_naming_it_never_published(tmp_path, make_unreadable, capsys, cache):
    project = copy_project_to(tmp_path / "project")
    write_corpus(project / "corpus", 12)
    assert main(["build", "--root", str(project), "--today", TODAY]) == 0
    before = tree_hash(project / "docs")
    victim = article_files(project)[5]
    make_unreadable(victim)
    capsys.readouterr()
    extra = ["--no-cache"] if cache == "--no-cache" else []
    assert main(["build", "--root", str(project), "--today", TODAY, *extra]) == 1
    err = capsys.readouterr().err
    assert f"corpus/{victim.name}: " in err and "permission denied" in err and "Traceback" not in err
    assert tree_hash(project / "docs") == before


def test_an_unreadable_folder_in_the_corpus_is_an_error_not_a_gap(tmp_path, make_unreadable, capsys):
    project = copy_project_to(tmp_path / "project")
    write_corpus(project / "corpus" / "2020", 12)
    assert main(["build", "--root", str(project), "--today", TODAY]) == 0
    before = tree_hash(project / "docs")
    make_unreadable(project / "corpus" / "2020")
    capsys.readouterr()
    assert main(["build", "--root", str(project), "--today", TODAY]) == 1
    err = capsys.readouterr().err
    assert "corpus/2020: the build cannot read this folder" in err
    assert tree_hash(project / "docs") == before


@pytest.mark.parametrize("name", ["corpus/tags.yml", "templates/home.md"])
def test_an_unreadable_registry_or_template_is_an_error_naming_it(tmp_path, make_unreadable, capsys, name):
    project = copy_project_to(tmp_path / "project")
    assert main(["build", "--root", str(project), "--today", TODAY]) == 0
    before = tree_hash(project / "docs")
    make_unreadable(project / name)
    capsys.readouterr()
    assert main(["build", "--root", str(project), "--today", TODAY]) == 1
    err = capsys.readouterr().err
    assert f"{name}: " in err and "Traceback" not in err
    assert tree_hash(project / "docs") == before
