"""Generic fixtures shared by the test files: a temporary copy of the project, tree hashes.

Fixtures that only one test file needs live in that file.
"""
import hashlib
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

from archive import publish
from archive.cli import main

ROOT = Path(__file__).resolve().parent.parent
# What a build reads; everything it writes (docs/'s generated folders, site/) is left out.
PROJECT_PARTS = ("corpus", "templates", "mkdocs.yml", "docs/about.md", "docs/assets", "overrides", "hooks")


# Left out of `make test-fast` (the `slow` marker): whole files that build sites with
# MkDocs, drive a browser, kill builds, build generated corpora at scale, attack whole
# builds or run long Hypothesis searches.
SLOW_FILES = {"browser", "test_preview.py", "test_search_dirty.py", "test_scaling.py", "test_no_external.py",
              "test_faults.py", "test_parallel.py", "test_golden.py", "test_bench_corpus.py", "test_related.py",
              "test_pagination.py", "test_charts.py", "test_build.py", "test_publish.py", "test_split_build.py",
              # whole-build input attacks and long Hypothesis runs: make test runs them
              "test_bad_input.py", "test_hostile_text.py", "test_reader_properties.py", "test_workflows.py"}


def pytest_collection_modifyitems(config, items):
    tests = Path(__file__).resolve().parent
    for item in items:
        if Path(item.fspath).resolve().relative_to(tests).parts[0] in SLOW_FILES:
            item.add_marker(pytest.mark.slow)


def copy_project_to(target: Path) -> Path:
    """Copy the build's inputs from the real project into `target`; returns `target`."""
    target.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_PARTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        elif source.exists():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def mkdocs_build(project: Path, site: Path, dirty: bool = False) -> str:
    """`mkdocs build --strict` of a temporary project into `site`, as `make site` runs it
    (archive/publish.py); returns MkDocs' output, raises PublishError on any warning."""
    return publish.render(project, site, dirty=dirty)


def build_seeds(target: Path, today: str) -> Path:
    """The project copied into `target`, built into docs/, then `mkdocs build --strict` into
    target/site, as `make site` does; returns `target`."""
    copy_project_to(target)
    assert main(["--root", str(target), "--today", today]) == 0
    mkdocs_build(target, target / "site")
    return target


HUGE = 64 << 20  # bytes: larger files are hashed by size and mtime, not read


def tree_hash(path: Path) -> str:
    """One digest of every entry's relative path and bytes under `path` ("" if it is
    missing). Links are hashed as links (never followed), files are streamed: a test
    may plant a link to, or a sparse file of, a gigabyte."""
    path = Path(path)
    if not path.exists():
        return ""
    if path.is_file():
        with open(path, "rb") as file:
            return hashlib.file_digest(file, "sha256").hexdigest()
    digest = hashlib.sha256()
    for folder, subfolders, names in os.walk(path):
        subfolders.sort()
        for name in sorted(subfolders + names):
            item = Path(folder) / name
            rel = item.relative_to(path).as_posix()
            if item.is_symlink():
                digest.update(f"L {rel} {os.readlink(item)}\n".encode())
            elif item.is_dir():
                digest.update(f"D {rel}\n".encode())
            elif item.is_file() and item.stat().st_size > HUGE:  # planted by a test, never built
                digest.update(f"H {rel} {item.stat().st_size} {item.stat().st_mtime_ns}\n".encode())
            elif item.is_file():
                with open(item, "rb") as file:
                    digest.update(f"F {rel} {hashlib.file_digest(file, 'sha256').hexdigest()}\n".encode())
            else:
                digest.update(f"S {rel}\n".encode())  # a FIFO or socket: never opened
    return digest.hexdigest()


@pytest.fixture
def project_copy(tmp_path) -> Path:
    """A fresh copy of the project's inputs (corpus/, templates/, mkdocs.yml, docs/about.md,
    docs/assets/) in a temporary folder, not yet built."""
    return copy_project_to(tmp_path / "project")


# ------------------------------------------------------------ the repository stands alone
# Every file any test opens, in this process, is seen here: one beside the checkout
# (a sibling folder or clone) means the suite needs more than a clone to pass.
_OUTSIDE_READS: list[str] = []
_BESIDE = str(ROOT.parent) + os.sep
_INSIDE = str(ROOT) + os.sep
_TEMPORARY = os.path.realpath(tempfile.gettempdir()) + os.sep  # the tests' own scratch folders


def _watch_opens(event: str, args: tuple) -> None:
    if event != "open" or not args or not isinstance(args[0], (str, bytes, os.PathLike)):
        return
    path = os.path.abspath(os.fsdecode(args[0]))
    if (path.startswith(_BESIDE) and not (path + os.sep).startswith(_INSIDE)
            and not path.startswith(_TEMPORARY) and len(_OUTSIDE_READS) < 20):
        _OUTSIDE_READS.append(path)


sys.addaudithook(_watch_opens)


def pytest_sessionfinish(session, exitstatus):
    if _OUTSIDE_READS:
        print("\nfiles read from outside the repository:\n  " + "\n  ".join(_OUTSIDE_READS), file=sys.stderr)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def broken_links(site: Path) -> list[str]:
    """Every internal link of a built site that leads nowhere ("page -> target"). A link
    must be relative (an absolute one breaks from disk) and name a file: a page is a
    file, there are no directory URLs."""
    broken = []
    for page in sorted(site.rglob("*.html")):
        for target in re.findall(r'href="([^"#]+)"', page.read_text(encoding="utf-8")):
            if re.match(r"[a-z]+:", target) or target.startswith("//"):
                continue
            assert not target.startswith("/"), f"{page}: {target} is not relative (breaks from disk)"
            if not (page.parent / target).resolve().is_file():
                broken.append(f"{page.relative_to(site)} -> {target}")
    return broken
