"""How the site is built from docs/: one definition, used by the command line (and so
the Makefile), the tests and the benchmarks.

- one `mkdocs build --strict` (`use_directory_urls: false`, relative links): a tree that
  works served and opened from disk (file://) as it is;
- that tree zipped is the offline copy, published inside it as
  download/kho-luu-tru-offline.zip; then the zip's size is written into the published
  pages' footer link (a marker the site hook leaves), so the zip holds the pages before
  that one string, and no page has to be rendered twice;
- built aside, in a folder of its own under build/, and swapped in whole: a failed or
  killed build, or two at once, never leave site/ half made or missing.
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
WORK = "build"  # under the project root: where builds are made before they are swapped in
WORKSPACE_PREFIX = "publish."
PUBLISH_LOCK = Path(".cache") / "publish.lock"


class PublishError(Exception):
    """MkDocs failed or warned (a strict build allows no warning); carries its output."""


ZIP_SIZE_MARK = "<!--archive:zip-size-->"  # hooks/site.py puts it where the zip's size goes
# Theme files no page of ours loads: Material's search (lunr and its worker: our search
# replaces it) and source maps. 2.5 MB of every site and zip otherwise.
UNUSED_THEME_FILES = ("assets/javascripts/lunr/", "assets/javascripts/workers/")


def unused_theme_file(src_uri: str) -> bool:
    return src_uri.startswith(UNUSED_THEME_FILES) or src_uri.endswith(".min.js.map") \
        or src_uri.endswith(".min.css.map")


@dataclass(frozen=True)
class Target:
    """What one MkDocs build makes: the site with the link to its zip, or without."""

    zip_link: bool = False  # the footer offers download/kho-luu-tru-offline.zip


PUBLISHED = Target(zip_link=True)
PREVIEW = Target()  # tests and `serve`: no zip to link to


def source_date_epoch(root: Path) -> str:
    """The last commit's time: MkDocs stamps the sitemap with it instead of "now"."""
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=root, capture_output=True,
                             text=True, check=False).stdout.strip()
    except OSError:
        out = ""
    return out if out.isdigit() else "0"


def mkdocs_env(root: Path, target: Target = PREVIEW) -> dict[str, str]:
    """The environment the site hook reads (OFFLINE_ZIP: link the zip)."""
    env = {key: value for key, value in os.environ.items() if key not in ("OFFLINE", "OFFLINE_ZIP")}
    env.setdefault("SOURCE_DATE_EPOCH", source_date_epoch(root))
    env["NO_MKDOCS_2_WARNING"] = "1"
    if target.zip_link:
        env["OFFLINE_ZIP"] = "1"
    return env


def mkdocs_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "mkdocs", *args]


def render(root: Path, site_dir: Path, target: Target = PREVIEW, dirty: bool = False) -> str:
    """`mkdocs build --strict` of the project at `root` into `site_dir`; returns its output.

    Never with --quiet: with it, MkDocs 1.6 lets a strict build that warned exit 0
    (mkdocs/mkdocs#4126). Any WARNING line fails the build here too, whatever MkDocs says."""
    args = ["build", "--strict", "--site-dir", str(site_dir), *(["--dirty"] if dirty else [])]
    result = subprocess.run(mkdocs_command(*args), cwd=root, env=mkdocs_env(root, target),
                            capture_output=True, text=True)
    output = result.stdout + result.stderr
    warnings = [line for line in output.splitlines() if line.startswith(("WARNING", "ERROR"))]
    if result.returncode or warnings:
        raise PublishError(f"mkdocs build failed ({len(warnings)} warnings or errors):\n{output}")
    return output


def build_published(root: Path, target: Path | None = None) -> Path:
    """The site, rendered once, with its own tree zipped inside it, swapped into `target`
    (site/); the pages then show the zip's size."""
    target = target or root / "site"
    with _workspace(root) as work:
        site = work / OFFLINE_NAME  # the zip's top folder is named by the offline copy
        render(root, site, PUBLISHED)
        zipped = work / f"{OFFLINE_NAME}.zip"
        zip_folder(site, zipped)
        write_zip_size(site, human_size(zipped.stat().st_size))
        (site / OFFLINE_ZIP).parent.mkdir(parents=True, exist_ok=True)
        os.replace(zipped, site / OFFLINE_ZIP)
        swap_in(site, target)
    return target


def build_offline(root: Path, target: Path | None = None) -> Path:
    """The same tree unzipped, as a reader gets it from the zip, swapped into `target`
    (site-offline/), and its zip as build/kho-luu-tru-offline.zip."""
    target = target or root / "site-offline"
    with _workspace(root) as work:
        render(root, work / OFFLINE_NAME, PUBLISHED)
        zip_folder(work / OFFLINE_NAME, work / f"{OFFLINE_NAME}.zip")
        os.replace(work / f"{OFFLINE_NAME}.zip", root / WORK / f"{OFFLINE_NAME}.zip")
        swap_in(work / OFFLINE_NAME, target)
    return target


def human_size(size: int) -> str:
    """Bytes as a Vietnamese reader writes them: "850 KB", "1,4 MB" (decimal comma)."""
    if size < 1000 * 1000:
        return f"{max(1, round(size / 1000))} KB"
    return f"{size / 1000 / 1000:.1f} MB".replace(".", ",")


def write_zip_size(site: Path, size: str) -> int:
    """Put the zip's size where the footer's marker is, in every HTML page of `site`
    (a page is rewritten only when it has the marker); returns the pages changed."""
    mark, text = ZIP_SIZE_MARK.encode(), f', <span class="archive-size">{size}</span>'.encode()
    changed = 0
    for page in site.rglob("*.html"):
        data = page.read_bytes()
        if mark in data:
            page.write_bytes(data.replace(mark, text))
            changed += 1
    return changed


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
