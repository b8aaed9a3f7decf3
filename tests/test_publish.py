"""Publishing (archive/publish.py, `build_pages.py site` / `make site`): a build that
warns fails, site/ is replaced whole or not at all, two builds at once or a killed one
never leave it half made, and the offline copy's 404 page works from disk."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive import publish
from archive.cli import EXIT_SITE_FAILED, main
from conftest import ROOT, copy_project_to, tree_hash

TODAY = "2026-11-23"


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """A project copy with site/ and site-offline/ built as `make site` / `make offline` do."""
    project = copy_project_to(tmp_path_factory.mktemp("published") / "project")
    assert main(["site", "--root", str(project), "--today", TODAY]) == 0
    assert main(["offline", "--root", str(project), "--today", TODAY]) == 0
    return project


def test_a_broken_link_fails_the_site_build_and_keeps_the_last_site(published, capsys):
    """MkDocs 1.6 exits 0 on a strict warning under --quiet (mkdocs/mkdocs#4126)."""
    about = published / "docs" / "about.md"
    before, text = tree_hash(published / "site"), about.read_text(encoding="utf-8")
    try:
        about.write_text(text + "\n[hỏng](khong-co-trang-nay.md)\n", encoding="utf-8")
        assert main(["site", "--root", str(published), "--today", TODAY]) == EXIT_SITE_FAILED
        err = capsys.readouterr().err
        assert "khong-co-trang-nay.md" in err and "the previous site is left as it was" in err
        assert tree_hash(published / "site") == before
        with pytest.raises(publish.PublishError):
            publish.render(published, published / "build" / "any", publish.PREVIEW)
    finally:
        about.write_text(text, encoding="utf-8")


def test_the_offline_404_page_links_only_to_files_of_the_copy(published):
    offline = published / "site-offline"
    page = (offline / "404.html").read_text(encoding="utf-8")
    targets = re.findall(r'(?:href|src)="([^"#?]+)', page)
    local = [t for t in targets if not re.match(r"[a-z]+:", t)]
    assert len(local) > 10
    for target in local:
        assert not target.startswith("/"), f"root-relative link {target} does not work from disk"
        if target.endswith(publish.OFFLINE_ZIP):
            continue  # the footer's zip link: from disk a script replaces it (tests/browser)
        assert (offline / target).resolve().is_file(), f"404.html links to missing {target}"


def test_the_published_site_offers_the_offline_zip(published):
    assert (published / "site" / publish.OFFLINE_ZIP).stat().st_size > 0
    assert (published / "build" / f"{publish.OFFLINE_NAME}.zip").is_file()
    assert not list((published / "build").glob("publish.*")), "a finished build left its workspace"


def test_two_site_builds_at_once_both_succeed_and_leave_a_whole_site(published):
    expected = tree_hash(published / "site")
    runs = [subprocess.Popen([sys.executable, str(ROOT / "build_pages.py"), "site", "--root", str(published),
                              "--today", TODAY], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            for _ in range(2)]
    outputs = [run.communicate(timeout=300)[0].decode() for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert tree_hash(published / "site") == expected


def test_a_killed_site_build_leaves_the_previous_site_whole(published):
    """Killed at several moments (while MkDocs runs, while zipping, while swapping),
    site/ is always a whole site: the previous one, byte for byte (same corpus)."""
    expected = tree_hash(published / "site")
    # Once before publishing starts, then at moments after its workspace appeared (the
    # render, the zip, the swap take about a second each on the seeds; on a quiet machine
    # a late one may finish first). The last kill comes as its workspace appears, so a
    # workspace is surely left for the next build to sweep.
    for delay in (None, 0.3, 0.8, 1.5, 2.5, 0.0):
        run = subprocess.Popen([sys.executable, str(ROOT / "build_pages.py"), "site", "--root", str(published),
                                "--today", TODAY], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
        if delay is None:
            time.sleep(0.5)
        else:  # wait for this run's own workspace (one a killed run left may be there)
            left = set((published / "build").glob("publish.*"))
            deadline = time.monotonic() + 120
            while not set((published / "build").glob("publish.*")) - left and run.poll() is None \
                    and time.monotonic() < deadline:
                time.sleep(0.02)
            time.sleep(delay)
        os.killpg(run.pid, signal.SIGKILL)
        run.wait()
        assert tree_hash(published / "site") == expected, f"site/ changed after a kill at {delay} s"
    assert list((published / "build").glob("publish.*")) != [], "the kills left no workspace to clean"
    assert main(["site", "--root", str(published), "--today", TODAY]) == 0
    assert tree_hash(published / "site") == expected
    assert not list((published / "build").glob("publish.*")), "workspaces of killed builds were left"


def test_swap_in_replaces_a_folder_in_one_step(tmp_path):
    target, new = tmp_path / "site", tmp_path / "new"
    target.mkdir()
    (target / "old.html").write_text("old")
    new.mkdir()
    (new / "index.html").write_text("new")
    publish.swap_in(new, target)
    assert sorted(p.name for p in target.iterdir()) == ["index.html"]
    assert not new.exists()
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    publish.swap_in(fresh, tmp_path / "absent")  # no previous folder: a plain rename
    assert (tmp_path / "absent").is_dir()
