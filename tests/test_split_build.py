"""MkDocs' pages rendered on two processes (archive/output/split_render.py), on a made-up
project built by `mkdocs build --strict`: the same bytes as one process; a warning, an
error or a crash in the child fails the build."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

PAGES = 60
# The project's own hook: the split with its threshold lowered, SPLIT=0 for one process,
# and a page set (seen) that the child's pages add to and must come back from it.
HOOK = '''
import json, os, signal
from pathlib import Path
from archive.output import split_render
from archive.output.split_render import SplitRender

split_render.MIN_PAGES = 0
_seen = set()
_split = SplitRender(carry={"seen": (lambda: sorted(_seen), _seen.update)})
_parent = os.getpid()

def on_startup(command, dirty, **kwargs):
    _split.enabled = command == "build" and not dirty and os.environ.get("SPLIT") != "0"

def on_nav(nav, config, files, **kwargs):
    _split.start(config, files, nav)
    Path(config.config_file_path).with_name("elsewhere.json").write_text(json.dumps(sorted(_split.elsewhere)))
    return nav

def on_page_content(html, page, **kwargs):
    _seen.add(page.file.src_uri)
    if os.getpid() != _parent and "CRASH-IN-CHILD" in html:
        os.kill(os.getpid(), signal.SIGKILL)
    if "FAIL-IN-CHILD" in html:
        raise ValueError("this page cannot be made")
    return html

def on_build_error(error, **kwargs):
    _split.abandon()

def on_post_build(config, **kwargs):
    _split.finish()
    Path(config.site_dir, "seen.txt").write_text("\\n".join(sorted(_seen)))
'''


def make_project(root: Path, extra: dict[int, str] | None = None) -> Path:
    docs = root / "docs"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text("---\ntitle: Trang chủ\n---\n# Trang chủ\n\n[Trang 1](p01.md#muc-1)\n")
    for n in range(1, PAGES + 1):
        nxt = n % PAGES + 1
        body = (f"---\ndescription: trang {n}\n---\n# Trang {n}\n\n## Mục {n} {{#muc-{n}}}\n\n"
                f"Câu {n} " * (n % 7 + 1) + f"\n\n[tiếp](p{nxt:02}.md#muc-{nxt}) [đầu](index.md)\n\n"
                "| a | b |\n|---|---|\n| 1 | 2 |\n" + (extra or {}).get(n, ""))
        (docs / f"p{n:02}.md").write_text(body, encoding="utf-8")
    (root / "hook.py").write_text(HOOK, encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        "site_name: Thử\nsite_url: http://127.0.0.1:8000/\nstrict: true\nuse_directory_urls: false\n"
        "theme:\n  name: material\n  language: vi\n  font: false\nnav:\n  - Trang chủ: index.md\n"
        "plugins: []\nhooks:\n  - hook.py\nmarkdown_extensions:\n  - attr_list\n  - tables\n  - toc\n", encoding="utf-8")
    return root


def build(project: Path, site: str, split: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SPLIT": "1" if split else "0",
           "SOURCE_DATE_EPOCH": "0", "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", site],
                          cwd=project, env=env, capture_output=True, text=True, timeout=300)


def tree(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


def elsewhere(project: Path) -> list[str]:
    return json.loads((project / "elsewhere.json").read_text())


def test_the_split_build_is_the_same_bytes_as_one_process(tmp_path):
    project = make_project(tmp_path / "project")
    one = build(project, "one", split=False)
    assert one.returncode == 0, one.stderr
    assert elsewhere(project) == []
    two = build(project, "two")
    assert two.returncode == 0, two.stderr
    child = elsewhere(project)
    assert 10 < len(child) < PAGES and "index.md" not in child  # the nav's pages stay in the parent
    a, b = tree(project / "one"), tree(project / "two")
    assert sorted(a) == sorted(b)
    assert [name for name in a if a[name] != b[name]] == []
    assert len(a["seen.txt"].splitlines()) == PAGES + 1  # the child's hook state came back


def test_no_split_with_a_plugin_that_may_gather_every_page(tmp_path):
    project = make_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("plugins: []", "plugins:\n  - search"))
    assert build(project, "site").returncode == 0
    assert elsewhere(project) == []


def page_in_child(project: Path) -> int:
    """A page the child renders in this project's split (the split does not depend on text added below)."""
    assert build(project, "probe").returncode == 0
    return int(elsewhere(project)[2][1:3])


@pytest.fixture
def child_page(tmp_path) -> int:
    return page_in_child(make_project(tmp_path / "probe"))


def test_a_broken_link_in_a_page_the_child_renders_fails_the_strict_build(tmp_path, child_page):
    project = make_project(tmp_path / "project", {child_page: "\n[hỏng](khong-co.md)\n"})
    result = build(project, "site")
    assert f"p{child_page:02}.md" in elsewhere(project)
    assert result.returncode != 0
    assert f"Doc file 'p{child_page:02}.md' contains a link 'khong-co.md'" in result.stderr
    assert "Aborted with 1 warnings in strict mode!" in result.stdout  # as one process says it


def test_a_page_that_fails_in_the_child_fails_the_build_with_its_error(tmp_path, child_page):
    project = make_project(tmp_path / "project", {child_page: "\nFAIL-IN-CHILD\n"})
    result = build(project, "site")
    assert result.returncode != 0
    assert f"Error reading page 'p{child_page:02}.md': this page cannot be made" in result.stderr
    assert "second render process failed: ValueError: this page cannot be made" in result.stderr


def test_a_child_that_dies_fails_the_build_with_a_clear_message(tmp_path, child_page):
    project = make_project(tmp_path / "project", {child_page: "\nCRASH-IN-CHILD\n"})
    result = build(project, "site")
    assert result.returncode != 0
    assert "the second render process" in result.stderr and "killed by SIGKILL" in result.stderr
    assert "its pages were not all written, so this build failed" in result.stderr
