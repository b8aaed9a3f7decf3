"""Write the generated pages into docs/ all at once, or not at all.

Pages are written to a staging folder beside docs/'s generated folders and
swapped in only when every page is written, so a failed build leaves docs/ as
it was. The build replaces only folders that carry its marker: a hand-made
folder of the same name makes it stop and say so.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from .errors import ArchiveError, Problem
from .paths import GENERATED

MARKER = ".generated"  # inside every generated folder, and docs/.generated lists top-level files
MARKER_TEXT = "Written by build_pages.py; regenerated on every build. Do not edit.\n"


@dataclass(frozen=True)
class WriteReport:
    written: int  # pages whose content changed (or are new)
    unchanged: int
    removed: int  # stale pages of the previous build that are gone now


def check_ownership(docs: Path) -> list[Problem]:
    """Problems for generated names in docs/ that the build did not create."""
    manifest = docs / MARKER
    owned_files = set(manifest.read_text(encoding="utf-8").split()) if manifest.exists() else set()
    problems = []
    for name in GENERATED:
        target = docs / name
        if target.is_dir() and not (target / MARKER).exists():
            problems.append(Problem(f"docs/{name}", "this folder was not made by the build, "
                                    "but the build needs the name", f"move your files out of docs/{name}/ "
                                    "(hand-written pages go elsewhere under docs/), then build again"))
        elif target.is_file() and name not in owned_files:
            problems.append(Problem(f"docs/{name}", "this file was not made by the build, but the build "
                                    "writes it", "move it away (the home page text lives in "
                                    "templates/home.md), then build again"))
    return problems


def _validate(pages: dict[str, str | bytes]) -> None:
    for page in pages:
        top = page.split("/", 1)[0]
        if top not in GENERATED or ".." in page.split("/"):
            raise ValueError(f"refusing to write {page!r}: not under a generated folder")


def write_pages(docs: Path, pages: dict[str, str | bytes]) -> WriteReport:
    """Replace docs/'s generated folders with exactly `pages` ({relative path: content})."""
    _validate(pages)
    problems = check_ownership(docs)
    if problems:
        raise ArchiveError(problems)
    staging = docs / f".staging-{os.getpid()}"
    retired = docs / f".retired-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        written, unchanged = _stage(docs, staging, pages)
        removed = _count_stale(docs, pages)
        _swap(docs, staging, retired, pages)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(retired, ignore_errors=True)
    return WriteReport(written, unchanged, removed)


def _stage(docs: Path, staging: Path, pages: dict[str, str | bytes]) -> tuple[int, int]:
    written = unchanged = 0
    for page in sorted(pages):
        content = pages[page]
        data = content.encode("utf-8") if isinstance(content, str) else content
        target = staging / page
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        old = docs / page
        if old.is_file() and old.read_bytes() == data:
            shutil.copystat(old, target)  # keep the old mtime: `mkdocs serve` sees no change
            unchanged += 1
        else:
            written += 1
    for name in GENERATED:
        if (staging / name).is_dir():
            (staging / name / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
    return written, unchanged


def _count_stale(docs: Path, pages: dict[str, str | bytes]) -> int:
    stale = 0
    for name in GENERATED:
        folder = docs / name
        if folder.is_dir():
            for path in folder.rglob("*"):
                rel = path.relative_to(docs).as_posix()
                if path.is_file() and path.name != MARKER and rel not in pages:
                    stale += 1
    return stale


def _swap(docs: Path, staging: Path, retired: Path, pages) -> None:
    """Move the old generated entries aside, the new ones in; undo on failure."""
    retired.mkdir()
    moved: list[str] = []
    try:
        for name in GENERATED:
            if (docs / name).exists():
                os.replace(docs / name, retired / name)
                moved.append(name)
            if (staging / name).exists():
                os.replace(staging / name, docs / name)
    except OSError:
        for name in GENERATED:  # put back what was there
            if (retired / name).exists():
                if (docs / name).is_dir():
                    shutil.rmtree(docs / name)
                os.replace(retired / name, docs / name)
        raise
    top_files = sorted(name for name in GENERATED if (docs / name).is_file())
    (docs / MARKER).write_text("\n".join(top_files) + "\n", encoding="utf-8")
