"""The files under .cache/archive/, where the build keeps what it need not compute
again (extraction.py, render_cache.py).

Read and written only here: a missing or damaged file reads as nothing (a slower
build, never a wrong one), and a file is replaced whole (a temporary file, renamed).
"""
from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
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
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.exists() else b"(missing)"))
    return digest.hexdigest()


def load(path: Path) -> Any | None:
    try:
        return pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - none yet, or damaged: as if none
        return None


def save(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
    os.replace(temporary, path)
