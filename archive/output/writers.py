"""Write the generated pages into docs/, touching only what changed.

The build writes only into folders that carry its marker (and the top-level
files it listed): a hand-made folder or file of the same name makes it stop and
say so before anything is written.
"""
from __future__ import annotations

import filecmp
import os
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from archive.errors import ArchiveError, Problem
from archive.site.paths import GENERATED

MARKER = ".generated"  # inside every generated folder, and docs/.generated lists top-level files
MARKER_TEXT = "Written by build_pages.py; regenerated on every build. Do not edit.\n"


class Keep:
    """A page value meaning: the file on disk is already this page (render_cache.py)."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = Keep()


class Chunks:
    """A page too large to build as one string: its text, piece by piece (export.py)."""

    def __init__(self, pieces: Iterable[str]):
        self.pieces = pieces

    def text(self) -> str:
        return "".join(self.pieces)


Page = "str | bytes | Chunks | Keep"  # a page's content, as the writer takes it


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


def _validate(page: str) -> None:
    top = page.split("/", 1)[0]
    if top not in GENERATED or ".." in page.split("/"):
        raise ValueError(f"refusing to write {page!r}: not under a generated folder")


def write_pages(docs: Path, pages: Mapping[str, Page] | Iterable[tuple[str, Page]]
                ) -> WriteReport:
    """Make docs/'s generated folders hold exactly `pages` ({relative path: content},
    or (path, content) pairs as they are rendered, so that a large site is never
    held in memory whole).

    Only pages whose bytes changed are written, all of them or none: each new
    version goes to a temporary file first (where a full disk fails), and only
    when every page is staged are they renamed over the old ones (_swap_in). An
    unchanged page keeps its bytes and its modification time, so `mkdocs serve`
    rebuilds only what changed; then pages the build no longer makes are
    removed. Bad input never gets here: the pipeline raises before writing."""
    check_writable(docs)
    return commit(docs, [stage(docs, pages)])


def check_writable(docs: Path) -> None:
    problems = check_ownership(docs)
    if problems:
        raise ArchiveError(problems)


@dataclass
class Staged:
    """One stager's share: pages written to temporary files, and every page path seen."""

    files: list[tuple[Path, Path]]  # (target, temporary)
    seen: set[str]


def stage(docs: Path, pages: Mapping[str, Page] | Iterable[tuple[str, Page]]
          ) -> Staged:
    """Write the pages whose bytes changed to temporary files beside their targets.
    Several stagers (processes) may share the work; commit() joins them."""
    staged = Staged([], set())
    made_dirs: set[Path] = set()
    try:
        for page, content in (pages.items() if isinstance(pages, Mapping) else pages):
            _validate(page)
            if page in staged.seen:
                raise ValueError(f"page {page!r} made twice")
            staged.seen.add(page)
            if content is KEEP:
                continue
            target = docs / page
            data = None
            if not isinstance(content, Chunks):
                data = content.encode("utf-8") if isinstance(content, str) else content
                if _same_bytes(target, data):
                    continue
            if target.parent not in made_dirs:
                target.parent.mkdir(parents=True, exist_ok=True)
                made_dirs.add(target.parent)
            temporary = _side_file(target, "tmp")
            staged.files.append((target, temporary))
            with open(temporary, "wb") as handle:
                if data is not None:
                    handle.write(data)
                else:
                    for piece in content.pieces:
                        handle.write(piece.encode("utf-8"))
            if data is None and _same_file(target, temporary):  # written to be compared
                staged.files.pop()
                temporary.unlink()
    except BaseException:
        discard([staged])
        raise
    return staged


def discard(shares: list[Staged]) -> None:
    for share in shares:
        for _, temporary in share.files:
            temporary.unlink(missing_ok=True)


def commit(docs: Path, shares: list[Staged]) -> WriteReport:
    """Swap every staged page in, then remove the pages no share made."""
    files = [item for share in shares for item in share.files]
    seen = set().union(*(share.seen for share in shares))
    if sum(len(share.seen) for share in shares) != len(seen):
        discard(shares)
        raise ValueError("a page was made by two stagers")
    _swap_in(files)
    removed = _remove_stale(docs, seen)
    _mark(docs)
    return WriteReport(len(files), len(seen) - len(files), removed)


def _same_bytes(target: Path, data: bytes) -> bool:
    try:
        if os.stat(target).st_size != len(data):
            return False
        with open(target, "rb") as handle:
            return handle.read() == data
    except (FileNotFoundError, NotADirectoryError):
        return False


def _same_file(target: Path, other: Path) -> bool:
    try:
        return os.stat(target).st_size == os.stat(other).st_size and filecmp.cmp(target, other, shallow=False)
    except FileNotFoundError:
        return False


def _side_file(target: Path, kind: str) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.{kind}")


def _swap_in(staged: list[tuple[Path, Path]]) -> None:
    """Rename every staged page over its old version; if a rename fails, the old
    versions (kept as hard links until the end) are put back."""
    done: list[tuple[Path, Path | None]] = []
    backup = None
    try:
        for target, temporary in staged:
            backup = None
            if target.exists():
                backup = _side_file(target, "old")
                os.link(target, backup)
            os.replace(temporary, target)
            done.append((target, backup))
            backup = None
    except BaseException:
        for target, old in reversed(done):
            if old is not None:
                os.replace(old, target)
            else:
                target.unlink(missing_ok=True)
        for _, temporary in staged:
            temporary.unlink(missing_ok=True)
        if backup is not None:
            backup.unlink(missing_ok=True)
        raise
    for _, old in done:
        if old is not None:
            old.unlink()


def _remove_stale(docs: Path, pages: set[str]) -> int:
    """Delete generated files the build no longer makes, and folders left empty."""
    removed = 0
    for name in GENERATED:
        target = docs / name
        if target.is_file() and name not in pages:
            target.unlink()
            removed += 1
        if not target.is_dir():
            continue
        for folder, subfolders, files in os.walk(target, topdown=False):
            for file in files:
                path = os.path.join(folder, file)
                rel = os.path.relpath(path, docs).replace(os.sep, "/")
                if rel not in pages and not (file == MARKER and folder == str(target)):
                    os.unlink(path)
                    removed += file != MARKER and not file.endswith((".tmp", ".old"))
            if folder != str(target) and not os.listdir(folder):
                os.rmdir(folder)
        if not any(page.startswith(name + "/") for page in pages):
            shutil.rmtree(target)
    return removed


def _mark(docs: Path) -> None:
    """A marker in every generated folder and the list of generated top-level
    files, written only when they change."""
    for name in GENERATED:
        if (docs / name).is_dir():
            _write_if_changed(docs / name / MARKER, MARKER_TEXT)
    top_files = sorted(name for name in GENERATED if (docs / name).is_file())
    _write_if_changed(docs / MARKER, "\n".join(top_files) + "\n")


def _write_if_changed(path: Path, text: str) -> None:
    if not _same_bytes(path, text.encode("utf-8")):
        path.write_text(text, encoding="utf-8")
