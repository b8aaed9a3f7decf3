"""Both build targets, built once per test session from a copy of the project.

The published site (site/: MkDocs with the search index + the offline zip under download/)
and the offline copy (site-offline/: MkDocs with the offline plugin), the same
way `make site` builds them. Used by the browser tests and test_no_external.py.
"""
from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from conftest import ROOT, copy_project_to

TODAY = "2026-11-23"


@dataclass(frozen=True)
class Sites:
    project: Path
    site: Path      # published target
    offline: Path   # file:// target


_built: Sites | None = None


def _run(args: list[str], cwd: Path, **env: str) -> None:
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "0",
                "ARCHIVE_ROOT": str(ROOT), **env}
    full_env.pop("OFFLINE", None)
    full_env.update(env)
    result = subprocess.run(args, cwd=cwd, env=full_env, capture_output=True, text=True)
    if result.returncode:
        raise RuntimeError(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")


def zip_dir(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(source.rglob("*")):
            archive.write(path, Path(source.name) / path.relative_to(source))


def build_sites(target: Path) -> Sites:
    """Build both targets under `target` (a fresh folder)."""
    from archive.cli import main

    project = copy_project_to(target / "project")
    if main(["--root", str(project), "--today", TODAY]) != 0:
        raise RuntimeError("build_pages failed")
    site, offline = project / "site", project / "kho-luu-tru-offline"
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir"]
    _run([*mkdocs, str(site)], project, OFFLINE_ZIP="1")
    _run([*mkdocs, str(offline)], project, OFFLINE="true")
    zip_dir(offline, site / "download" / "kho-luu-tru-offline.zip")
    return Sites(project=project, site=site, offline=offline)


def built_sites() -> Sites:
    """The session's build (made on first use, removed at exit)."""
    global _built
    if _built is None:
        folder = Path(tempfile.mkdtemp(prefix="archive-sites-"))
        atexit.register(shutil.rmtree, folder, True)
        _built = build_sites(folder)
    return _built
