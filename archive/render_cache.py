"""What an incremental build need not compute again: article pages whose inputs
have not changed since the last build (the page on disk is the one that build
wrote), and results kept by fingerprint (memo()).

An article page is a function of the article (its source file's bytes, hashed at
extraction), the articles listed as related to it, the registries and the code.
Their digest is the page's key; `.cache/archive/pages.pickle` keeps, per page,
the key and the size and mtime the file had when written. After a one-article
edit, only the pages whose key moved are rendered and compared again.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from .models import Article
from .registries import DATA_FILES

CODE = Path(__file__).resolve().parent
MANIFEST = Path(".cache") / "archive" / "pages.pickle"


def build_salt(root: Path) -> str:
    """What every article page depends on besides its own articles: all the code and the registries."""
    digest = hashlib.sha256()
    for path in [*sorted(CODE.glob("*.py")), *(root / "corpus" / name for name in DATA_FILES)]:
        digest.update(path.name.encode() + b"\0" + (path.read_bytes() if path.exists() else b"(missing)"))
    return digest.hexdigest()


class PageCache:
    def __init__(self, root: Path, docs: Path):
        self.path = root / MANIFEST
        self.docs = docs
        self.salt = build_salt(root)
        self.pages: dict[str, tuple[str, int, int]] = {}  # page -> (key, size, mtime_ns)
        try:
            saved = pickle.loads(self.path.read_bytes())
            if saved.get("salt") == self.salt:
                self.pages = saved["pages"]
        except Exception:  # noqa: BLE001 - no manifest or a damaged one: render everything
            pass

    def key(self, article: Article, related: list[Article]) -> str:
        parts = [self.salt, article.source_file, article.source_hash]
        for other in related:
            parts += [other.source_file, other.source_hash]
        if not all(parts):  # an article not read from a file (tests): never reuse
            return ""
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    def unchanged(self, page: str, key: str) -> bool:
        entry = self.pages.get(page)
        if not key or entry is None or entry[0] != key:
            return False
        try:
            info = os.stat(self.docs / page)
        except OSError:
            return False
        return (info.st_size, info.st_mtime_ns) == entry[1:]

    def save(self, keys: dict[str, str]) -> None:
        """Record the pages as they are now on disk (after the writer ran)."""
        pages = {}
        for page, key in keys.items():
            if key:
                info = os.stat(self.docs / page)
                pages[page] = (key, info.st_size, info.st_mtime_ns)
        if pages == self.pages:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(pickle.dumps({"salt": self.salt, "pages": pages}, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, self.path)


def memo(root: Path | None, name: str, fingerprint: str, compute):
    """compute(), or its result from the last build when `fingerprint` (a digest of
    everything the result depends on) is the same; kept in .cache/archive/<name>.pickle."""
    if root is None:
        return compute()
    path = root / MANIFEST.parent / f"{name}.pickle"
    try:
        saved = pickle.loads(path.read_bytes())
        if saved["fingerprint"] == fingerprint:
            return saved["result"]
    except Exception:  # noqa: BLE001 - none yet, or damaged: compute
        pass
    result = compute()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_bytes(pickle.dumps({"fingerprint": fingerprint, "result": result},
                                       protocol=pickle.HIGHEST_PROTOCOL))
    os.replace(temporary, path)
    return result
