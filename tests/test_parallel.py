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


def test_workers_in_small_ranges_with_the_cache_build_what_one_process_builds(tmp_path, monkeypatch, capsys):
    """Files handed out a few at a time: the clean build, and the next one from the cache,
    make the docs/ of one process with no cache."""
    serial = build(tmp_path, "serial", monkeypatch, workers=1)
    monkeypatch.setattr(extraction, "FILES_PER_RANGE", 3)
    project = build(tmp_path, "cached", monkeypatch, workers=2)
    for _ in range(2):  # clean, then every result from the cache
        assert main(["--root", str(project), "--today", TODAY]) == 0
        assert tree_hash(project / "docs") == tree_hash(serial / "docs") != ""
    assert list((project / ".cache" / "archive").glob("*/*.pickle"))


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


# ------------------------------------------------------------------ dead workers (issue 16, item 4)

def _square_or_die(n):
    import os
    import signal
    if n in parallel.shared()["deadly"]:
        parallel.working_on(f"item {n}, half done")
        os.kill(os.getpid(), signal.SIGKILL)
    return n * n


def test_a_dead_worker_costs_its_item_only_and_never_hangs():
    items = list(range(60))
    deadly = {0, 7, 8, 33, 59}
    died = []
    results = parallel.fork_map(_square_or_die, items, 3, {"deadly": deadly}, chunksize=4,
                                on_death=lambda item, death: died.append((item, death.label, death.reason)) or -1)
    assert results == [-1 if n in deadly else n * n for n in items]
    assert sorted(died) == [(n, f"item {n}, half done", "killed by SIGKILL") for n in sorted(deadly)]


def test_without_on_death_a_dead_worker_is_an_error_naming_its_item():
    with pytest.raises(parallel.WorkerDied, match="item 5, half done: a worker process died"):
        parallel.fork_map(_square_or_die, list(range(20)), 2, {"deadly": {5}}, label=lambda n: f"number {n}")


def _fail_on_three(n):
    if n == 3:
        raise KeyError("three")
    return n


def test_an_exception_in_a_worker_is_raised_in_the_parent_with_its_traceback():
    with pytest.raises(KeyError, match="three") as error:
        parallel.fork_map(_fail_on_three, list(range(10)), 2, {})
    assert "_fail_on_three" in str(error.value.__cause__)


# ------------------------------------------------------------------ work set aside (the search index)

def _pid_and_sum(*numbers):
    import os
    return os.getpid(), sum(numbers)


def test_aside_runs_in_another_process_and_returns_its_result(monkeypatch):
    import os
    monkeypatch.setattr(parallel, "workers_available", lambda: 2)
    aside = parallel.Aside(_pid_and_sum, 1, 2, 3)
    assert aside.process is not None
    pid, total = aside.result()
    assert total == 6 and pid != os.getpid()


def test_aside_on_one_core_runs_in_result_in_process(monkeypatch):
    import os
    monkeypatch.setattr(parallel, "workers_available", lambda: 1)
    aside = parallel.Aside(_pid_and_sum, 4, 5)
    assert aside.process is None
    assert aside.result() == (os.getpid(), 9)


def _raise_archive_error():
    from archive.errors import ArchiveError, Problem
    raise ArchiveError(Problem("docs/data/.search/x.json", "this search record cannot be read", "run it again"))


def test_aside_raises_in_the_parent_what_it_raised(monkeypatch):
    from archive.errors import ArchiveError
    monkeypatch.setattr(parallel, "workers_available", lambda: 2)
    with pytest.raises(ArchiveError) as error:
        parallel.Aside(_raise_archive_error).result()
    assert error.value.problems[0].file == "docs/data/.search/x.json"
    assert "_raise_archive_error" in str(error.value.__cause__)


def _die():
    import os
    import signal
    os.kill(os.getpid(), signal.SIGKILL)


def test_an_aside_that_dies_is_an_error_naming_it(monkeypatch):
    monkeypatch.setattr(parallel, "workers_available", lambda: 2)
    with pytest.raises(parallel.WorkerDied, match="the search index: a worker process died .killed by SIGKILL"):
        parallel.Aside(_die, label="the search index").result()


def _hold_memory():
    block = bytearray(64 * 1024 * 1024)
    block[::4096] = b"x" * len(block[::4096])  # touched: resident
    return len(block)


def test_aside_reports_its_own_peak_memory(monkeypatch):
    monkeypatch.setattr(parallel, "workers_available", lambda: 2)
    idle = parallel.Aside(_pid_and_sum)
    idle.result()
    aside = parallel.Aside(_hold_memory)
    assert aside.result() == 64 * 1024 * 1024
    assert aside.peak_mb - idle.peak_mb >= 60  # its own memory, not the parent's
