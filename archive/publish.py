"""How the site is built from docs/: one definition, used by the command line (and so
the Makefile), the tests and the benchmarks.

- the published site: `mkdocs build --strict` with the link to the offline zip, into site/;
- the offline copy: the same with Material's offline plugin (works from file://),
  zipped into the published site as download/kho-luu-tru-offline.zip;
- each is built aside, in a folder of its own under build/, and swapped in whole:
  a failed or killed build, or two at once, never leave site/ half made or missing.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from archive.output.lock import build_lock
from archive.output.zipdir import zip_folder

OFFLINE_ZIP = "download/kho-luu-tru-offline.zip"  # where the published site offers the offline copy
OFFLINE_NAME = "kho-luu-tru-offline"  # the offline copy's folder, inside the zip too
ZIP_BYTES_ENV = "OFFLINE_ZIP_BYTES"  # the zip's size, shown beside its link (hooks/site.py)
WORK = "build"  # under the project root: where builds are made before they are swapped in
WORKSPACE_PREFIX = "publish."
PUBLISH_LOCK = Path(".cache") / "publish.lock"


class PublishError(Exception):
    """MkDocs failed or warned (a strict build allows no warning); carries its output."""


@dataclass(frozen=True)
class Target:
    """What one MkDocs build makes: the published site, or the copy that works from disk."""

    offline: bool = False
    zip_link: bool = False  # the footer offers download/kho-luu-tru-offline.zip


PUBLISHED = Target(zip_link=True)
OFFLINE = Target(offline=True)
PREVIEW = Target()  # tests and `serve`: no zip to link to


def source_date_epoch(root: Path) -> str:
    """The last commit's time: MkDocs stamps the sitemap with it instead of "now"."""
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=root, capture_output=True,
                             text=True, check=False).stdout.strip()
    except OSError:
        out = ""
    return out if out.isdigit() else "0"


def mkdocs_env(root: Path, target: Target = PREVIEW, zip_bytes: int | None = None) -> dict[str, str]:
    """The environment mkdocs.yml reads (!ENV OFFLINE; the site hook reads OFFLINE_ZIP
    and the zip's size)."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("OFFLINE", "OFFLINE_ZIP", ZIP_BYTES_ENV)}
    env.setdefault("SOURCE_DATE_EPOCH", source_date_epoch(root))
    env["NO_MKDOCS_2_WARNING"] = "1"
    if target.offline:
        env["OFFLINE"] = "true"
    if target.zip_link:
        env["OFFLINE_ZIP"] = "1"
        if zip_bytes is not None:
            env[ZIP_BYTES_ENV] = str(zip_bytes)
    return env


def mkdocs_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "mkdocs", *args]


def render(root: Path, site_dir: Path, target: Target = PREVIEW, dirty: bool = False,
           zip_bytes: int | None = None) -> str:
    """`mkdocs build --strict` of the project at `root` into `site_dir`; returns its output.

    Never with --quiet: with it, MkDocs 1.6 lets a strict build that warned exit 0
    (mkdocs/mkdocs#4126). Any WARNING line fails the build here too, whatever MkDocs says."""
    args = ["build", "--strict", "--site-dir", str(site_dir), *(["--dirty"] if dirty else [])]
    result = subprocess.run(mkdocs_command(*args), cwd=root, env=mkdocs_env(root, target, zip_bytes),
                            capture_output=True, text=True)
    output = result.stdout + result.stderr
    warnings = [line for line in output.splitlines() if line.startswith(("WARNING", "ERROR"))]
    if result.returncode or warnings:
        raise PublishError(f"mkdocs build failed ({len(warnings)} warnings or errors):\n{output}")
    return output


def build_published(root: Path, target: Path | None = None) -> Path:
    """The published site, the offline zip inside it, swapped into `target` (site/).
    The offline copy is zipped first, so the published pages show the zip's size."""
    target = target or root / "site"
    with _workspace(root) as work:
        render(root, work / OFFLINE_NAME, OFFLINE)
        zipped = work / f"{OFFLINE_NAME}.zip"
        zip_folder(work / OFFLINE_NAME, zipped)
        render(root, work / "site", PUBLISHED, zip_bytes=zipped.stat().st_size)
        (work / "site" / OFFLINE_ZIP).parent.mkdir(parents=True, exist_ok=True)
        os.replace(zipped, work / "site" / OFFLINE_ZIP)
        swap_in(work / "site", target)
    return target


def build_offline(root: Path, target: Path | None = None) -> Path:
    """The copy that works opened from disk, swapped into `target` (site-offline/),
    and its zip as build/kho-luu-tru-offline.zip."""
    target = target or root / "site-offline"
    with _workspace(root) as work:
        render(root, work / OFFLINE_NAME, OFFLINE)
        zip_folder(work / OFFLINE_NAME, work / f"{OFFLINE_NAME}.zip")
        os.replace(work / f"{OFFLINE_NAME}.zip", root / WORK / f"{OFFLINE_NAME}.zip")
        swap_in(work / OFFLINE_NAME, target)
    return target


@contextmanager
def _workspace(root: Path) -> Iterator[Path]:
    """A fresh folder under build/ for one publish, under the publish lock: a second
    `site` waits for the first. Workspaces a killed publish left are removed first
    (none can be in use: the lock is ours)."""
    parent = root / WORK
    with build_lock(root, lock_file=PUBLISH_LOCK):
        parent.mkdir(parents=True, exist_ok=True)
        for left in parent.glob(f"{WORKSPACE_PREFIX}*"):
            shutil.rmtree(left, ignore_errors=True)
        path = Path(tempfile.mkdtemp(prefix=WORKSPACE_PREFIX, dir=parent))
        try:
            yield path
        finally:
            shutil.rmtree(path, ignore_errors=True)


def swap_in(new: Path, target: Path) -> None:
    """Put the folder `new` at `target` in one step. The previous `target` stays whole
    until the new one is there: on Linux the two are exchanged atomically
    (renameat2 RENAME_EXCHANGE); elsewhere the old one is renamed aside first."""
    for _ in range(3):  # another build may put a target there meanwhile: then exchange with it
        if target.exists():
            if _exchange(new, target):
                shutil.rmtree(new, ignore_errors=True)  # `new` now holds the previous site
                return
            aside = target.with_name(f".{target.name}.old.{os.getpid()}")
            os.replace(target, aside)
            os.replace(new, target)
            shutil.rmtree(aside, ignore_errors=True)
            return
        try:
            os.replace(new, target)
            return
        except OSError:
            continue
    raise PublishError(f"could not put the new build at {target}: it kept changing")


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    if not hasattr(libc, "renameat2"):
        return False
    status = libc.renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return status == 0
