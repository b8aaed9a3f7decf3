"""Golden output: the seeds' generated docs/, byte for byte, as committed under
tests/golden/docs/. Any change to a page shows here as a list of files that differ.

After an intended change, regenerate it on purpose and review the diff in git:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py
"""
from __future__ import annotations

import difflib
import gzip
import os
import shutil
from pathlib import Path

import pytest

from archive.cli import main
from archive.site.paths import GENERATED
from conftest import copy_project_to

GOLDEN = Path(__file__).resolve().parent / "golden" / "docs"
TODAY = "2026-11-23"


def generated_files(docs: Path) -> dict[str, bytes]:
    """Every file the build generates under docs/, by its path relative to docs/; a
    gzipped one as its text, without ".gz", so that a change reads as a diff (its bytes
    follow from its text: tests/test_writers.py)."""
    files = {}
    for name in GENERATED:
        path = docs / name
        found = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else []
        for item in found:
            data, name = item.read_bytes(), item.relative_to(docs).as_posix()
            files[name.removesuffix(".gz")] = gzip.decompress(data) if name.endswith(".gz") else data
    return files


@pytest.fixture(scope="module")
def built_docs(tmp_path_factory) -> Path:
    project = copy_project_to(tmp_path_factory.mktemp("golden") / "project")
    assert main(["--root", str(project), "--today", TODAY]) == 0
    return project / "docs"


def test_the_seeds_build_the_golden_docs(built_docs):
    made = generated_files(built_docs)
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for name, data in made.items():
            (GOLDEN / name).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / name).write_bytes(data)
        pytest.skip("golden docs/ regenerated: review `git diff tests/golden`")
    expected = generated_files(GOLDEN)
    assert sorted(made) == sorted(expected), "pages made and golden pages differ in name"
    changed = [name for name in made if made[name] != expected[name]]
    if changed:
        first = changed[0]
        diff = "".join(list(difflib.unified_diff(
            expected[first].decode("utf-8", "replace").splitlines(keepends=True),
            made[first].decode("utf-8", "replace").splitlines(keepends=True),
            f"golden/{first}", f"built/{first}"))[:40])
        pytest.fail(f"{len(changed)} generated files differ from tests/golden/docs/ "
                    f"(UPDATE_GOLDEN=1 to accept): {changed[:10]}\n{diff}")


def test_the_golden_check_sees_a_one_byte_change(built_docs, tmp_path):
    """The comparison can fail: one byte changed in one page is reported."""
    copy = tmp_path / "docs"
    shutil.copytree(built_docs, copy)
    page = next((copy / "articles").rglob("*.md"))
    page.write_bytes(page.read_bytes().replace(b"---", b"--- ", 1))
    assert generated_files(copy) != generated_files(built_docs)
