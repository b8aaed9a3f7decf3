"""Each corpus file's extraction result, kept from one build to the next.

`.cache/archive/<key>/NN.pickle`: the key digests what every result depends on
besides its own file (the registries and the code that reads and enriches); each
entry is kept with the hash of the bytes it was read from, and given back only for
those very bytes. A shard is a run of records, (display path, hash, the result
pickled), one pickle each: a result that comes from a reading worker already pickled
is written as those bytes while the other files are still being read (put), so a
clean build's save only renames its shards, where it pickled every article again
(1.1 s at 10,000 articles, with both cores idle but one). A file's modification time and size are never trusted: an edit
that keeps both (or restores them) is still an edit. Files are hashed as they are
read for the check, so an unreadable file is reported, never published from here.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import pickle
import shutil
import stat
from pathlib import Path

from archive import models
from archive.cache import files as cachefiles
from archive.errors import Problem
from archive.read.reader import MAX_FILE_BYTES

SHARDS = 64  # a one-file edit rewrites one shard, not the whole cache
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)  # as read_bytes

# One file's result: the article, or the problems that stop it.
Result = tuple[models.Article | None, tuple[Problem, ...]]
# A shard's record on disk: (display path, hash of the file's bytes, the result read from
# them, pickled). Only articles are kept: a file with problems is read again, so that they
# are reported.
Record = tuple[str, str, bytes]
KEPT_RESULT = tuple[models.Article, tuple]


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def hash_of_file(path: Path) -> str | None:
    """content_hash() of a corpus file's bytes, read as the reader reads them (no link
    followed, a plain file within the size limit), or None when it cannot be: then the
    file is extracted again, and the reader reports why. Plain os calls: on an
    incremental build every file goes through here, and they take half the time."""
    try:
        fd = os.open(path, _READ_FLAGS)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            return None
        digest, size = hashlib.sha256(), 0
        while chunk := os.read(fd, max(info.st_size, 1 << 16)):
            digest.update(chunk)
            size += len(chunk)
            if size > MAX_FILE_BYTES:
                return None
        return digest.hexdigest()
    except OSError:
        return None
    finally:
        os.close(fd)


def key_for(root: Path, code) -> str:
    """What every cached result depends on besides its own file: the registries and the
    code (package parts `code`). Not the build date, though a date in the future is an
    error: an article kept is one whose date had passed, and get() checks that it still
    has (a build may be run with an earlier --today)."""
    return cachefiles.inputs_digest(root, code=code)[:24]


class ResultCache:
    """Results by display path, given back only for the bytes they were read from."""

    def __init__(self, folder: Path, key: str):
        self.folder = folder / key
        self.entries: dict[str, tuple[str, Result]] = {}
        self.dirty: set[int] = set()
        self._written: dict[int, io.BufferedWriter] = {}  # shard -> its temporary file, being written
        self._streamed: set[str] = set()  # entries already in those files
        self._load()

    @staticmethod
    def shard(display: str) -> int:
        return int(hashlib.sha256(display.encode()).hexdigest()[:8], 16) % SHARDS

    def _load(self) -> None:
        if not self.folder.is_dir():
            return
        for path in sorted(self.folder.glob("*.pickle")):
            entries = read_shard(path)
            if entries is None:  # damaged, or of another shape: as if empty, and rewritten
                path.unlink(missing_ok=True)
                continue
            self.entries.update(entries)

    def get(self, path: Path, display: str, today: dt.date) -> Result | None:
        """The kept result if the file's bytes are those it was read from (None: read it)."""
        entry = self.entries.get(display)
        if entry is None:
            return None
        content, result = entry
        if result[0] is None or result[0].date > today:  # dated after today: read again, to report it
            return None
        return result if hash_of_file(path) == content else None

    def put(self, display: str, content: str, result: Result, pickled: bytes | None = None) -> None:
        """`content` is the hash of the bytes `result` was read from; `pickled`, when
        given, is pickle.dumps(result) (a worker's), written to its shard now."""
        if result[0] is None:
            return  # problems are not kept: the file is read again, and they are reported
        self.entries[display] = (content, result)
        n = self.shard(display)
        self.dirty.add(n)
        if pickled is not None:
            self._write(n, display, content, pickled)

    def _write(self, n: int, display: str, content: str, pickled: bytes) -> None:
        handle = self._written.get(n)
        if handle is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle = self._written[n] = open(self._temporary(n), "wb")
        pickle.dump((display, content, pickled), handle, protocol=pickle.HIGHEST_PROTOCOL)
        self._streamed.add(display)

    def _temporary(self, n: int) -> Path:
        return self.folder / f".{n:02d}.pickle.{os.getpid()}.tmp"  # swept after a kill (files.sweep)

    def save(self, keep: set[str]) -> None:
        """Write the shards that changed; entries of files that are gone are dropped."""
        for display in [d for d in self.entries if d not in keep]:
            del self.entries[display]
            self.dirty.add(self.shard(display))
        if not self.dirty:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        for stale in self.folder.parent.iterdir():  # caches of other code or registries
            if stale != self.folder and stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
        for display, (content, result) in self.entries.items():  # what is not written yet
            n = self.shard(display)
            if n in self.dirty and display not in self._streamed:
                self._write(n, display, content, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        for n in sorted(self.dirty):
            handle = self._written.pop(n, None)
            if handle is None:  # every entry of it is gone
                (self.folder / f"{n:02d}.pickle").unlink(missing_ok=True)
                continue
            handle.close()
            os.replace(self._temporary(n), self.folder / f"{n:02d}.pickle")
        self.dirty.clear()
        self._streamed.clear()

    def discard(self) -> None:
        """Remove the shards begun and not saved (a build that stopped before the save)."""
        for n, handle in self._written.items():
            handle.close()
            self._temporary(n).unlink(missing_ok=True)
        self._written.clear()
        self._streamed.clear()


def read_shard(path: Path) -> dict[str, tuple[str, Result]] | None:
    """A shard's entries, or None when it is damaged or not of this shape."""
    entries: dict[str, tuple[str, Result]] = {}
    try:
        data = path.read_bytes()
        stream = io.BytesIO(data)
        while stream.tell() < len(data):
            record = pickle.load(stream)
            if not cachefiles.conforms(record, Record):
                return None
            result = pickle.loads(record[2])
            if not cachefiles.conforms(result, KEPT_RESULT):
                return None
            entries[record[0]] = (record[1], result)
    except Exception:  # noqa: BLE001 - damaged: as if none
        return None
    return entries
