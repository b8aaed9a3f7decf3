"""Both build targets, built once per test session from a copy of the project.

The published site (site/: one MkDocs build with the search index, and that tree zipped
under download/), built the way `make site` builds it, and the offline copy: that zip
unpacked, as a reader gets it. Used by the browser tests and test_no_external.py.
"""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from archive import publish
from conftest import copy_project_to

TODAY = "2026-11-23"
# The footer's repository links (hooks/site.py), the same on every machine: a reserved
# name, never fetched (a reader's link, not a resource).
REPO_URL = "https://git.example.org/kho-luu-tru"


@dataclass(frozen=True)
class Sites:
    project: Path
    site: Path      # published target
    offline: Path   # file:// target: the published zip, unpacked


_built: Sites | None = None


def build_sites(target: Path) -> Sites:
    """Build both targets under `target` (a fresh folder), as `make site` does."""
    from archive.cli import main

    project = copy_project_to(target / "project")
    if main(["--root", str(project), "--today", TODAY]) != 0:
        raise RuntimeError("build_pages failed")
    saved = os.environ.get("REPO_URL")
    os.environ["REPO_URL"] = REPO_URL
    try:
        site = publish.build_published(project)
    finally:
        if saved is None:
            os.environ.pop("REPO_URL", None)
        else:
            os.environ["REPO_URL"] = saved
    with zipfile.ZipFile(site / publish.OFFLINE_ZIP) as zipped:
        zipped.extractall(target / "unzipped")
    return Sites(project=project, site=site, offline=target / "unzipped" / publish.OFFLINE_NAME)


def built_sites() -> Sites:
    """The session's build (made on first use, removed at exit)."""
    global _built
    if _built is None:
        folder = Path(tempfile.mkdtemp(prefix="archive-sites-"))
        atexit.register(shutil.rmtree, folder, True)
        _built = build_sites(folder)
    return _built
