"""Forked workers (reading articles, rendering and staging pages) give the same
docs/, byte for byte, as one process; a failing worker leaves docs/ unchanged."""
import pytest

from archive import extraction
from archive import parallel
from archive import pipeline
from archive.cli import main
from benchmarks.corpus import write_corpus
from conftest import copy_project_to, tree_hash

TODAY = "2026-11-23"


def build(tmp_path, name, monkeypatch, workers):
    monkeypatch.setattr(parallel, "workers_available", lambda: workers)
    for module in (extraction, pipeline):
        monkeypatch.setattr(module, "PARALLEL_FROM", 10)  # parallel from 10 articles, not 200
    project = copy_project_to(tmp_path / name)
    write_corpus(project / "corpus", 40)
    assert main(["--root", str(project), "--today", TODAY, "--no-cache"]) == 0
    return project


def test_workers_build_what_one_process_builds(tmp_path, monkeypatch, capsys):
    serial = build(tmp_path, "serial", monkeypatch, workers=1)
    forked = build(tmp_path, "forked", monkeypatch, workers=3)
    assert tree_hash(forked / "docs") == tree_hash(serial / "docs") != ""
    assert not list((forked / "docs").rglob("*.tmp"))


def test_a_failing_worker_leaves_docs_as_they_were(tmp_path, monkeypatch, capsys):
    project = build(tmp_path, "project", monkeypatch, workers=3)
    before = tree_hash(project / "docs")
    (project / "templates" / "home.md").write_text("changed home {{ latest }}", encoding="utf-8")
    def broken(site):
        raise OSError("disk trouble while rendering tags")
    monkeypatch.setattr(pipeline, "render_tags", broken)
    with pytest.raises(RuntimeError, match="disk trouble"):
        main(["--root", str(project), "--today", TODAY, "--no-cache"])
    assert tree_hash(project / "docs") == before  # the other shares' pages were not swapped in



def test_the_cycle_collector_is_off_during_a_build_and_restored_after(monkeypatch):
    import gc
    seen = []

    @pipeline.without_cycle_collector
    def step(fail):
        seen.append(gc.isenabled())
        if fail:
            raise OSError("disk full")
        return "done"

    assert gc.isenabled()
    assert step(False) == "done"
    with pytest.raises(OSError):
        step(True)
    assert seen == [False, False] and gc.isenabled()  # restored, even after an error
    gc.disable()
    try:
        step(False)
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()
