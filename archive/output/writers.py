"""Write the generated pages into docs/, touching only what changed.

The build writes only into folders that carry its marker (and the top-level
files it listed): a hand-made folder or file of the same name makes it stop and
say so before anything is written.

A build killed at any point leaves docs/ for the next build to finish: a generated
folder appears with its marker already inside, a top-level file is listed before
it appears, markers are replaced whole, and the next build removes what the killed
one left (sweep() at the top level, _remove_stale() inside the generated folders).
"""
from __future__ import annotations

import filecmp
import os
import re
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from archive.errors import ArchiveError, Problem
from archive.render.export import Chunks
from archive.site.paths import GENERATED

MARKER = ".generated"  # inside every generated folder, and docs/.generated lists top-level files
MARKER_TEXT = "Written by build_pages.py; regenerated on every build. Do not edit.\n"


class Keep:
    """A page value meaning: the file on disk is already this page (cache/pages.py)."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = Keep()


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
    removed. Bad input never gets here: the pipeline raises before writing.
    Like the build, the caller holds the build lock: what a killed write left is swept."""
    sweep(docs)
    check_writable(docs)
    return commit(docs, [stage(docs, pages)])


def check_writable(docs: Path) -> None:
    problems = check_ownership(docs)
    if problems:
        raise ArchiveError(problems)


@dataclass
class Staged:
    """One stager's share: pages written to temporary files, and every page path seen."""

    files: list[tuple[str, str]]  # (target, temporary): plain strings, which cross from a
    seen: set[str]  # worker to the parent at the cost of a copy (a Path is parsed again)


def stage(docs: Path, pages: Mapping[str, Page] | Iterable[tuple[str, Page]]
          ) -> Staged:
    """Write the pages whose bytes changed to temporary files beside their targets.
    Several stagers (processes) may share the work; commit() joins them."""
    staged = Staged([], set())
    made_dirs: set[str] = set()
    root = str(docs)
    try:
        for page, content in (pages.items() if isinstance(pages, Mapping) else pages):
            _validate(page)
            if page in staged.seen:
                raise ValueError(f"page {page!r} made twice")
            staged.seen.add(page)
            if content is KEEP:
                continue
            target = os.path.join(root, page)
            data = None
            if not isinstance(content, Chunks):
                data = content.encode("utf-8") if isinstance(content, str) else content
                if _same_bytes(target, data):
                    continue
            folder = os.path.dirname(target)
            if folder not in made_dirs:
                _make_folder(docs, page)
                made_dirs.add(folder)
            temporary = _side_name(target, "tmp")
            staged.files.append((target, temporary))
            with open(temporary, "wb") as handle:
                if data is not None:
                    handle.write(data)
                else:
                    content.write(handle)
            if data is None and _same_file(target, temporary):  # written to be compared
                staged.files.pop()
                os.unlink(temporary)
    except BaseException:
        discard([staged])
        raise
    return staged


def discard(shares: list[Staged]) -> None:
    for share in shares:
        for _, temporary in share.files:
            _unlink(temporary)


def commit(docs: Path, shares: list[Staged]) -> WriteReport:
    """Swap every staged page in, then remove the pages no share made."""
    files = [item for share in shares for item in share.files]
    seen = set().union(*(share.seen for share in shares))
    if sum(len(share.seen) for share in shares) != len(seen):
        discard(shares)
        raise ValueError("a page was made by two stagers")
    _own_top_files(docs, {os.path.basename(target) for target, _ in files if os.path.dirname(target) == str(docs)})
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
    return Path(_side_name(str(target), kind))


def _side_name(target: str, kind: str) -> str:
    folder, name = os.path.split(target)
    return os.path.join(folder, f".{name}.{os.getpid()}.{kind}")


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def _swap_in(staged: list[tuple[str, str]]) -> None:
    """Rename every staged page over its old version; if a rename fails, the old
    versions (kept as hard links until the end) are put back."""
    done: list[tuple[str, str | None]] = []
    backup = None
    try:
        for target, temporary in staged:
            backup = None
            if os.path.exists(target):
                backup = _side_name(target, "old")
                _unlink(backup)  # left by a killed build that had our pid
                os.link(target, backup)
            os.replace(temporary, target)
            done.append((target, backup))
            backup = None
    except BaseException:
        for target, old in reversed(done):
            if old is not None:
                os.replace(old, target)
            else:
                _unlink(target)
        for _, temporary in staged:
            _unlink(temporary)
        if backup is not None:
            _unlink(backup)
        raise
    for _, old in done:
        if old is not None:
            os.unlink(old)


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
            under = os.path.relpath(folder, docs).replace(os.sep, "/") + "/"  # once a folder, not once a file
            for file in files:
                path = os.path.join(folder, file)
                rel = under + file
                if rel not in pages and not (file == MARKER and folder == str(target)):
                    os.unlink(path)
                    removed += file != MARKER and not file.endswith((".tmp", ".old"))
            if folder != str(target) and not os.listdir(folder):
                os.rmdir(folder)
        if not any(page.startswith(name + "/") for page in pages):
            _remove_folder(target)
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
    """Replaced whole: a marker cut short by a kill would disown what it marks."""
    data = text.encode("utf-8")
    if not _same_bytes(path, data):
        temporary = _side_file(path, "tmp")
        temporary.write_bytes(data)
        os.replace(temporary, path)


def _make_folder(docs: Path, page: str) -> None:
    """The folder of `page`; a generated top-level folder is made aside with its marker
    and renamed into place, so that no kill leaves it looking hand-made."""
    top = docs / page.split("/", 1)[0]
    if "/" in page and not top.is_dir():
        aside = _side_file(top, "new")
        shutil.rmtree(aside, ignore_errors=True)
        aside.mkdir(parents=True)
        (aside / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
        try:
            os.rename(aside, top)
        except OSError:  # made meanwhile by another worker of this build
            shutil.rmtree(aside, ignore_errors=True)
        if not (top / MARKER).is_file():
            raise OSError(f"could not create {top}")
    (docs / page).parent.mkdir(parents=True, exist_ok=True)


def _own_top_files(docs: Path, names: set[str]) -> None:
    """List new top-level files in docs/'s manifest before they appear (_mark() writes
    the exact list at the end): a kill between must not leave one unlisted."""
    manifest = docs / MARKER
    owned = set(manifest.read_text(encoding="utf-8").split()) if manifest.exists() else set()
    if not names <= owned:
        _write_if_changed(manifest, "\n".join(sorted(owned | names)) + "\n")


def _remove_folder(folder: Path) -> None:
    """Renamed aside first: a kill during the removal leaves no unmarked folder behind."""
    aside = _side_file(folder, "trash")
    os.rename(folder, aside)
    shutil.rmtree(aside)


# What _side_file() names: ".<name>.<pid>.<kind>".
_SIDE_FILE = re.compile(r"\.(?P<name>.+)\.\d+\.(?:tmp|old|new|trash)")


def sweep(docs: Path, deep: bool = False) -> int:
    """Remove what killed or failed builds left at docs/'s top level (temporary files,
    backups, folders being made or removed), and with `deep` inside the generated
    folders too (else _remove_stale() does it there); returns how many. Run under
    the build lock only: any such file is then a leftover."""
    if not docs.is_dir():
        return 0
    ours = set(GENERATED) | {MARKER}
    removed = 0
    for entry in os.scandir(docs):
        found = _SIDE_FILE.fullmatch(entry.name)
        if found and found["name"] in ours:
            removed += _remove_entry(entry.path)
        elif deep and entry.name in GENERATED and entry.is_dir(follow_symlinks=False):
            for folder, subfolders, files in os.walk(entry.path):
                removed += sum(_remove_entry(os.path.join(folder, name)) for name in files + subfolders
                               if _SIDE_FILE.fullmatch(name))
    return removed


def _remove_entry(path: str) -> int:
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    else:
        os.unlink(path)
    return 1
