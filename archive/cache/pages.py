"""What an incremental build need not compute again: pages whose inputs have not
changed since the last build (the files on disk are the ones that build wrote),
and results kept by fingerprint (memo()).

An article page is a function of the article (its source file's bytes, hashed at
extraction), the articles listed as related to it, the registries and the code; a
section of index pages (years, tags, documents...), of what was extracted from
every article except the bodies. Their digest is the key; `.cache/archive/
pages.pickle` keeps, per article page or section, the key and the size and mtime
its files had when written. After an edit to one article's body, only that
article's page (and the export, which holds the bodies) is rendered again.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from archive.cache import files as cachefiles
from archive.models import Article

MANIFEST = cachefiles.FOLDER / "pages.pickle"


Unit = str  # an article page's path, or "section:<name>" for a section's pages
Made = dict[Unit, tuple[str, list[str]]]  # unit -> (key, its pages)
# pages.pickle: per unit, its key and (page, size, mtime) of each of its pages.
Units = dict[Unit, tuple[str, tuple[tuple[str, int, int], ...]]]


class PageCache:
    """Per unit of rendering, the key it was rendered with and the size and mtime its
    pages had once written. A unit is reused when its key is the same and its pages
    are on disk as written."""

    def __init__(self, root: Path, docs: Path):
        self.path = root / MANIFEST
        self.docs = docs
        self.salt = cachefiles.inputs_digest(root)  # every page depends on all the code and the registries
        saved = cachefiles.load(self.path, dict[str, Any])
        fits = saved is not None and saved.get("salt") == self.salt and cachefiles.conforms(saved.get("units"), Units)
        self.units: Units = saved["units"] if fits else {}

    def article_key(self, article: Article, related: list[Article]) -> str:
        """An article page shows the article and the titles and dates of its related ones."""
        parts = [self.salt, article.source_file, article.source_hash]
        for other in related:
            parts += [other.source_file, other.source_hash]
        return _digest(parts, parts)

    def section_key(self, name: str, articles: list[Article], extra: str = "", whole: bool = False) -> str:
        """A section of index pages shows what was extracted from every article, but
        not their bodies (`whole`: the export, which shows the bodies too)."""
        digests = [a.source_hash if whole else a.index_digest for a in articles]
        return _digest([self.salt, name, extra, *digests], digests)

    def reusable(self, unit: Unit, key: str) -> tuple[str, ...] | None:
        """The unit's pages if they need no rendering, else None."""
        entry = self.units.get(unit)
        if not key or entry is None or entry[0] != key:
            return None
        for page, size, mtime in entry[1]:
            try:
                info = os.stat(self.docs / page)
            except OSError:
                return None
            if (info.st_size, info.st_mtime_ns) != (size, mtime):
                return None
        return tuple(page for page, _, _ in entry[1])

    def save(self, made: Made) -> None:
        """Record the units as their pages are now on disk (after the writer ran)."""
        units = {}
        for unit, (key, pages) in sorted(made.items()):
            if key:
                stats = []
                for page in pages:
                    info = os.stat(self.docs / page)
                    stats.append((page, info.st_size, info.st_mtime_ns))
                units[unit] = (key, tuple(stats))
        if units != self.units:
            cachefiles.save(self.path, {"salt": self.salt, "units": units})


def _digest(parts: list[str], required: list[str]) -> str:
    if not all(required):
        return ""  # an article not read from a file (tests): never reuse
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def memo(root: Path | None, name: str, fingerprint: str, compute, shape: Any = Any):
    """compute(), or its result from the last build when `fingerprint` (a digest of
    everything the result depends on) is the same and the result kept has `shape`
    (a type hint); kept in .cache/archive/<name>.pickle."""
    if root is None:
        return compute()
    path = root / cachefiles.FOLDER / f"{name}.pickle"
    saved = cachefiles.load(path, dict[str, Any])
    if saved is not None and saved.get("fingerprint") == fingerprint and cachefiles.conforms(saved.get("result"), shape):
        return saved["result"]
    result = compute()
    cachefiles.save(path, {"fingerprint": fingerprint, "result": result})
    return result
