"""Faults (issue 16): a dead worker, a kill at any point, two builds at once, an
unreadable file. Each build under attack runs in its own process (a driver script
that patches the attack in), so that a kill or a hang cannot take the test run down."""
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from benchmarks.corpus import write_corpus
from conftest import ROOT, copy_project_to, tree_hash

TODAY = "2026-11-23"
TIMEOUT = 60  # seconds: a build here takes a few; a hang is a failure, not a stuck test run

# Runs one build in a child process: forced onto 3 workers from 10 files, with the
# attack (PATCH) applied first. argv: project, then build_pages.py's arguments.
DRIVER = """
import os, signal, sys
from pathlib import Path
from archive import extraction, parallel, pipeline
parallel.workers_available = lambda: int(os.environ.get("WORKERS", "3"))
extraction.PARALLEL_FROM = pipeline.PARALLEL_FROM = 10
{patch}
from archive.cli import main
sys.exit(main(["build", "--root", sys.argv[1], "--today", "{today}", *sys.argv[2:]]))
"""


def driver(patch: str = "") -> str:
    return DRIVER.format(patch=textwrap.dedent(patch), today=TODAY)


def start(project: Path, patch: str = "", *args: str, env: dict | None = None) -> subprocess.Popen:
    """The build, started in its own process group (killed whole if it hangs)."""
    return subprocess.Popen([sys.executable, "-c", driver(patch), str(project), *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, env={**os.environ, **(env or {})})


def finish(process: subprocess.Popen, timeout: float = TIMEOUT) -> tuple[int, str, str]:
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"the build hung for {timeout} s")
    return process.returncode, out, err


def run(project: Path, patch: str = "", *args: str, **kwargs) -> tuple[int, str, str]:
    return finish(start(project, patch, *args, **kwargs))


def no_process_left(group: int) -> bool:
    """True once no process of the group (the build's workers) is left."""
    for _ in range(100):
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A project with 40 generated articles, built once: copied by the tests below."""
    project = copy_project_to(tmp_path_factory.mktemp("generated") / "project")
    write_corpus(project / "corpus", 40)
    code, _, err = run(project)
    assert code == 0, err
    return project


def fresh(generated: Path, tmp_path: Path, name: str = "project") -> Path:
    import shutil
    target = tmp_path / name
    shutil.copytree(generated, target, symlinks=True)
    return target


def article_files(project: Path) -> list[Path]:
    return sorted((project / "corpus").glob("*.txt"))


# ------------------------------------------------------------------ item 4: a dead worker

DEATHS = {
    "SIGKILL": "os.kill(os.getpid(), signal.SIGKILL)",
    "SIGSEGV": "os.kill(os.getpid(), signal.SIGSEGV)",
    "exit-0": "os._exit(0)",
    "exit-3": "os._exit(3)",
}


@pytest.mark.parametrize("death", sorted(DEATHS))
def test_a_worker_that_dies_reading_a_file_is_an_error_naming_it(generated, tmp_path, death):
    project = fresh(generated, tmp_path)
    victim = article_files(project)[17]
    (project / "templates" / "home.md").write_text("changed {{ latest }}", encoding="utf-8")
    before = tree_hash(project / "docs")
    patch = f"""
    real = extraction.extract
    def extract(path, *rest):
        if path.name == {victim.name!r}:
            {DEATHS[death]}
        return real(path, *rest)
    extraction.extract = extract
    """
    process = start(project, patch, "--no-cache")
    code, out, err = finish(process)
    assert code == 1, err
    assert f"corpus/{victim.name}" in err and "worker process died" in err, (out, err)
    assert "Traceback" not in err
    assert tree_hash(project / "docs") == before  # nothing written
    assert no_process_left(process.pid)


@pytest.mark.parametrize("where", ["worker", "in-process"])
def test_a_file_the_reader_cannot_finish_is_stopped_and_named(generated, tmp_path, where):
    """A pattern sent into a near-endless search by one file's text (here: a
    catastrophic regex, in C) is stopped after the time limit, in a worker and in
    the parent alike; the file is named, the others are read, nothing is written."""
    project = fresh(generated, tmp_path)
    victim = article_files(project)[7]
    before = tree_hash(project / "docs")
    patch = f"""
    import re
    extraction.FILE_SECONDS = 1.0
    real = extraction.extract
    def extract(path, *rest):
        if path.name == {victim.name!r}:
            re.match(r"(a+)+$", "a" * 64 + "b")
        return real(path, *rest)
    extraction.extract = extract
    """
    started = time.monotonic()
    code, out, err = run(project, patch, "--no-cache", env={"WORKERS": "3" if where == "worker" else "1"})
    assert code == 1, (out, err)
    assert f"corpus/{victim.name}" in err and "reading this file was stopped: still running after 1 s" in err
    assert err.count("reading this file was stopped") == 1 and "Traceback" not in err
    assert time.monotonic() - started < TIMEOUT / 2
    assert tree_hash(project / "docs") == before


def test_every_file_that_kills_a_worker_is_named_and_the_others_are_read(generated, tmp_path):
    project = fresh(generated, tmp_path)
    victims = [f.name for f in article_files(project)[3:40:9]]
    patch = f"""
    real = extraction.extract
    def extract(path, *rest):
        if path.name in {victims!r}:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path, *rest)
    extraction.extract = extract
    """
    code, _, err = run(project, patch, "--no-cache")
    assert code == 1
    assert err.count("worker process died") == len(victims)
    assert all(f"corpus/{name}" in err for name in victims)


def test_a_worker_that_dies_rendering_names_the_article_and_writes_nothing(generated, tmp_path):
    project = fresh(generated, tmp_path)
    (project / "templates" / "home.md").write_text("changed {{ latest }}", encoding="utf-8")
    before = tree_hash(project / "docs")
    victim = article_files(project)[25]
    patch = f"""
    real = pipeline.render_article
    def render_article(article, site):
        if article.source_file.endswith({victim.name!r}):
            os.kill(os.getpid(), signal.SIGSEGV)
        return real(article, site)
    pipeline.render_article = render_article
    """
    code, _, err = run(project, patch, "--no-cache")
    assert code == 1, err
    assert f"corpus/{victim.name}" in err and "worker process died" in err and "SIGSEGV" in err
    assert tree_hash(project / "docs") == before
    assert not [p for p in (project / "docs").rglob("*") if p.name.endswith((".tmp", ".old"))]


# ------------------------------------------------------------------ item 7: a kill at any point

def side_files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if p.name.endswith((".tmp", ".old", ".new", ".trash")))


# Build-level kills: the build process itself (and so its workers) is SIGKILLed at the
# n-th time it passes a point; `count()` is that point.
KILLER = """
import time
import archive.output.writers as writers
MAIN = os.getpid()
calls, inside = [0], [False]
def count():
    calls[0] += 1
    if calls[0] == {n}:
        os.kill(MAIN, signal.SIGKILL)
        time.sleep(30)  # in a worker: the kernel kills it with its parent
def counted(module, name):
    real = getattr(module, name)
    def run(*args, **kwargs):
        count()
        return real(*args, **kwargs)
    setattr(module, name, run)
def within(name, *calls_):
    real = getattr(writers, name)
    def run(*args, **kwargs):
        inside[0] = True
        try:
            return real(*args, **kwargs)
        finally:
            inside[0] = False
    setattr(writers, name, run)
    for call in calls_:
        real_call = getattr(os, call)
        def counting(*args, _real=real_call, **kwargs):
            if inside[0]:
                count()
            return _real(*args, **kwargs)
        setattr(os, call, counting)
"""
KILL_POINTS = {  # point: (how the build is stopped there, the n-th passes to stop at)
    "reading": ("counted(extraction, 'extract')", (9,)),
    "rendering": ("counted(pipeline, 'render_article')", (12,)),
    "staging": ("writers.open = lambda *a, _open=open, **k: count() or _open(*a, **k)", (40,)),
    "swapping": ("within('_swap_in', 'replace', 'link', 'unlink')", (1, 60)),
    "removing": ("within('_remove_stale', 'unlink', 'rmdir', 'rename')", (3,)),
}


@pytest.fixture(scope="module")
def transition(tmp_path_factory, generated):
    """(a project built with corpus A and then given corpus B, docs/ of a clean build of B):
    B drops 8 articles, edits 4, adds 5 and changes the home page."""
    import shutil
    base = tmp_path_factory.mktemp("transition")
    project = base / "a-then-b"
    shutil.copytree(generated, project, symlinks=True)
    extra = base / "extra"
    write_corpus(extra, 45)
    files = article_files(project)
    for path in files[:8]:
        path.unlink()
    for path in files[10:14]:
        path.write_text(path.read_text(encoding="utf-8").replace("\n\n", "\n\nMột đoạn mới.\n\n", 1),
                        encoding="utf-8")
    for path in sorted(extra.glob("*.txt"))[40:]:
        shutil.copy(path, project / "corpus" / path.name)
    (project / "templates" / "home.md").write_text("Trang chủ mới {{ latest }}", encoding="utf-8")
    clean = copy_project_to(base / "clean")
    shutil.rmtree(clean / "corpus")
    shutil.copytree(project / "corpus", clean / "corpus")
    shutil.copy(project / "templates" / "home.md", clean / "templates" / "home.md")
    code, _, err = run(clean)
    assert code == 0, err
    return project, clean / "docs"


def same_tree(docs: Path, clean: Path) -> list[str]:
    """The paths whose bytes differ between two docs/ trees, or that only one has
    (folders included, empty ones too)."""
    def files(root):
        return {p.relative_to(root).as_posix(): p.read_bytes() if p.is_file() else b"folder"
                for p in root.rglob("*")}
    mine, theirs = files(docs), files(clean)
    return sorted(name for name in mine.keys() | theirs.keys() if mine.get(name) != theirs.get(name))


def all_side_files(project: Path) -> list[str]:
    return side_files(project / "docs") + side_files(project / ".cache")


@pytest.mark.parametrize("point,n", [(point, n) for point, (_, ns) in KILL_POINTS.items() for n in ns])
def test_after_a_kill_anywhere_the_next_build_is_a_clean_build(transition, tmp_path, point, n):
    import shutil
    source, clean = transition
    project = tmp_path / "project"
    shutil.copytree(source, project, symlinks=True)
    patch = KILLER.format(n=n) + KILL_POINTS[point][0]
    process = start(project, patch)
    code, _, err = finish(process)
    assert code == -signal.SIGKILL, f"the build was not stopped at {point} #{n}: {err}"
    assert no_process_left(process.pid), "a worker outlived the killed build"
    code, _, err = run(project)
    assert code == 0, err
    assert all_side_files(project) == []
    assert same_tree(project / "docs", clean) == []


def test_kills_at_random_moments_then_a_build_is_a_clean_build(transition, tmp_path):
    """Stopped again and again at random moments (both in-process and with workers),
    each time built again: every finished build is the clean build."""
    import random
    import shutil
    source, clean = transition
    project = tmp_path / "project"
    shutil.copytree(source, project, symlinks=True)
    chance = random.Random(16)
    for round_ in range(6):
        env = {"WORKERS": str(chance.choice([1, 3]))}
        process = start(project, "", env=env)
        time.sleep(chance.uniform(0.3, 2.5))
        os.killpg(process.pid, signal.SIGKILL)
        finish(process)
        if round_ % 2:  # and sometimes the next one is stopped too, before it is done
            continue
        code, _, err = run(project, "", env=env)
        assert code == 0, err
        assert all_side_files(project) == [] and same_tree(project / "docs", clean) == [], f"round {round_}"


# ------------------------------------------------------------------ item 8: two builds at once

def test_two_builds_at_once_both_succeed_and_build_what_one_does(transition, tmp_path):
    import shutil
    source, clean = transition
    project = tmp_path / "project"
    shutil.copytree(source, project, symlinks=True)
    first = start(project, "", "--no-cache")
    second = start(project, "", "--no-cache")
    results = [finish(first), finish(second)]
    assert [code for code, _, _ in results] == [0, 0], results
    assert any("waiting for another build" in err for _, _, err in results)
    assert all_side_files(project) == [] and same_tree(project / "docs", clean) == []


def test_a_second_build_waits_for_the_first_and_says_for_which(generated, tmp_path):
    from archive.output.lock import build_lock
    project = fresh(generated, tmp_path)
    with build_lock(project):
        process = start(project, "")
        line = process.stderr.readline()
        assert "waiting for another build of this checkout to finish" in line and f"pid {os.getpid()}" in line
        time.sleep(0.5)
        assert process.poll() is None  # still waiting
    code, _, err = finish(process)
    assert code == 0, err


def test_a_build_gives_up_waiting_with_a_clear_error(generated, tmp_path, capsys):
    import datetime as dt
    from archive.errors import ArchiveError
    from archive.output.lock import build_lock
    from archive.pipeline import Project, build
    project = fresh(generated, tmp_path)
    before = tree_hash(project / "docs")
    with build_lock(project):
        with pytest.raises(ArchiveError, match=f"another build \\(pid {os.getpid()}\\) has been running"):
            build(Project(project), dt.date(2026, 11, 23), lock_timeout=0.3)
    assert "waiting for another build" in capsys.readouterr().err
    assert tree_hash(project / "docs") == before


# ------------------------------------------------------------------ item 6: a long single line

def _long_line_article(size: int):
    """An article whose body is one line of `size` bytes, dense with citations and names."""
    import datetime as dt
    from archive import models
    unit = ("Thực hiện Nghị quyết số 18-NQ/TW và Quy định 105-QĐ/TW ngày 19/12/2017, đồng chí "
            "Phạm Minh Chính, Ban Tổ chức Thành ủy Hà Nội đã chỉ đạo; Kết luận 14 ")
    line = (unit * (size // len(unit.encode()) + 1)).encode()[:size].decode(errors="ignore")
    return models.Article(source_file="corpus/long.txt", title="Bài dài", date=dt.date(2020, 1, 1),
                          outlet="Báo Hànộimới", lead="Mở đầu.", blocks=(models.Block("paragraph", line, 8),))


def test_a_long_single_line_takes_time_in_proportion_to_its_length():
    """Issue 16, item 6: a 500 KB line took 44 s, quadratic in the citations' sentence
    finding (and in settling overlaps). Ten times the text may take about ten times as
    long, with a generous margin for a busy machine: never the hundred times of before."""
    from archive.enrich.citations import extract_references
    from archive.enrich.entities import find_entities
    from archive.enrich.tagging import assign_tags
    from archive.registry.registries import load_registries
    registries = load_registries(ROOT / "corpus")

    def seconds(size: int) -> float:
        """CPU seconds (other processes on the machine do not count), the best of three."""
        article = _long_line_article(size)
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            extract_references(article, registries.documents)
            find_entities(article, registries.entities)
            assign_tags(article, registries.tags)
            best = min(best, time.process_time() - started)
        return best
    seconds(5_000)  # patterns compiled, caches warm
    small, large = seconds(50_000), seconds(500_000)
    assert large / small < 30, f"50 KB: {small:.2f} s, 500 KB: {large:.2f} s"
