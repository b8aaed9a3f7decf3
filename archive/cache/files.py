"""The files under .cache/archive/, where the build keeps what it need not compute
again (results.py, pages.py).

Read and written only here: a missing or damaged file reads as nothing (a slower
build, never a wrong one), and a file is replaced whole (a temporary file, renamed).
Damaged includes a valid pickle of the wrong shape (another version's, or a stray
file): load() checks what it read against the shape its caller expects.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
import types
import typing
from typing import Any, Collection

from archive.registry.registries import DATA_FILES

FOLDER = Path(".cache") / "archive"  # under the project root
PACKAGE = Path(__file__).resolve().parent.parent  # archive/
EVERY_PART = ("",)  # the whole package


def code_files(parts: Collection[str] = EVERY_PART) -> list[Path]:
    """The .py files of the named parts of the package: a sub-package ("read"), a
    top-level module ("models.py"), or "" for all of it."""
    files: set[Path] = set()
    for part in parts:
        where = PACKAGE / part
        files.update(where.rglob("*.py") if where.is_dir() else [where])
    return sorted(files)


def inputs_digest(root: Path, extra: str = "", code: Collection[str] = EVERY_PART) -> str:
    """A digest of what a cached thing depends on: the registries, the code of the
    package parts named in `code` (sub-packages or modules), and `extra`."""
    digest = hashlib.sha256(extra.encode() + b"\n")
    sources = [(f"corpus/{name}", root / "corpus" / name) for name in DATA_FILES]
    sources += [(path.relative_to(PACKAGE).as_posix(), path) for path in code_files(code)]
    for name, path in sources:
        digest.update(name.encode() + b"\0" + _bytes_or_mark(path))
    return digest.hexdigest()


def _bytes_or_mark(path: Path) -> bytes:
    """A file's bytes; a missing or unreadable one is marked (the registry loader reports it)."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return b"(missing)"
    except OSError:
        return b"(unreadable)"


def load(path: Path, shape: Any = Any) -> Any | None:
    """What `path` holds if it conforms to `shape` (a type hint: dict[str, int]...), else None."""
    try:
        data = pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - none yet, or damaged: as if none
        return None
    return data if conforms(data, shape) else None


def conforms(value: Any, shape: Any) -> bool:
    """Whether `value` has the shape of the type hint `shape`, all the way down: classes,
    Any, X | Y, tuple[X, ...], tuple[X, Y], list[X], set[X], dict[K, V]."""
    if shape is Any:
        return True
    origin, args = typing.get_origin(shape), typing.get_args(shape)
    if origin in (typing.Union, types.UnionType):
        return any(conforms(value, arg) for arg in args)
    if origin is None:
        return isinstance(value, shape)
    if not isinstance(value, origin):
        return False
    if origin is dict:
        return all(conforms(k, args[0]) and conforms(v, args[1]) for k, v in value.items())
    if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
        return len(value) == len(args) and all(map(conforms, value, args))
    return all(conforms(item, args[0]) for item in value)


def sweep(folder: Path) -> None:
    """Remove the temporary files of saves cut short by a kill (run under the build lock)."""
    if folder.is_dir():
        for leftover in folder.rglob(".*.tmp"):
            leftover.unlink(missing_ok=True)


def save(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
    os.replace(temporary, path)
