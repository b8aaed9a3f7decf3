"""Compressed members of a large generated file, kept by what they hold.

The articles' export holds every article's whole text (render/export.py). An edit to one
article would otherwise compress it all again (2.3 s of an incremental build's 9 s at
10,000 articles); cut into gzip members, only the member holding the edited article is
compressed again, the others come from `.cache/archive/<name>.pickle`. A member's key is a
digest of its text's inputs, so a member kept is right whatever build made it.
"""
from __future__ import annotations

import gzip
import hashlib
from pathlib import Path
from typing import Callable

from archive.cache import files as cachefiles

GZIP_LEVEL = 6


def compress(text: str) -> bytes:
    """One gzip member of `text`, with no name or time in its header: the same text gives
    the same bytes."""
    return gzip.compress(text.encode("utf-8"), compresslevel=GZIP_LEVEL, mtime=0)


class MemberCache:
    """Members by key: those of the last build that are asked for again, plus the new ones.
    `salt` is a digest of what every member depends on besides its own inputs (the code and
    the registries: cache/files.py inputs_digest); with no `root`, nothing is kept."""

    def __init__(self, root: Path | None, name: str, salt: str = ""):
        self.salt = salt
        self.path = root / cachefiles.FOLDER / f"{name}.pickle" if root is not None else None
        saved = cachefiles.load(self.path, dict[str, bytes]) if self.path is not None else None
        self.saved: dict[str, bytes] = saved or {}
        self.used: dict[str, bytes] = {}

    def member(self, inputs: list[str], text: Callable[[], str]) -> bytes:
        """The member whose text is text(), made from `inputs` (digests of what it shows),
        compressed only when no build kept it."""
        key = hashlib.sha256("\0".join([self.salt, *inputs]).encode()).hexdigest()
        found = self.saved.get(key)
        if found is None:
            found = compress(text())
        self.used[key] = found
        return found

    def save(self) -> None:
        """Keep this build's members only: the file never grows past the export it mirrors."""
        if self.path is not None and self.used != self.saved:
            cachefiles.save(self.path, self.used)
