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

from .registries import DATA_FILES

FOLDER = Path(".cache") / "archive"  # under the project root
CODE = Path(__file__).resolve().parent


def inputs_digest(root: Path, extra: str = "", skip_code: Collection[str] = ()) -> str:
    """A digest of what every cached thing depends on: the registries and the
    package's code (but the modules named in `skip_code`), and `extra`."""
    digest = hashlib.sha256(extra.encode() + b"\n")
    code = [path for path in sorted(CODE.glob("*.py")) if path.name not in skip_code]
    for path in [*(root / "corpus" / name for name in DATA_FILES), *code]:
        digest.update(path.name.encode() + b"\0" + (path.read_bytes() if path.exists() else b"(missing)"))
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
