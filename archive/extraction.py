"""Every corpus file read and enriched: what a file holds, once per content.

Two things make this stage fast at 10,000 articles:
- a cache (`.cache/archive/` in the project, git-ignored) of each file's article,
  valid while the file's bytes, the registries and the code are the same: after
  a one-article edit only that file is read again, whatever day it is;
- on a clean build, the files are read by worker processes (one per core),
  forked after the registries are loaded, in the corpus's own order.

Problems are collected over all files and raised together, whatever the path.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Callable

from archive.cache import files as cachefiles
from archive import models
from archive import parallel
from archive.enrich.entities import abbreviations_in, check_header_entities, find_entities
from archive.errors import ArchiveError, Problem
from archive.text.normalize import fold_passage
from archive.read.reader import decode, parse_article, read_bytes
from archive.enrich.citations import extract_references
from archive.registry.registries import Registries
from archive.enrich.tagging import assign_tags, check_header_tags

Progress = Callable[[int, int, str], None]
CACHE_FOLDER = cachefiles.FOLDER
CACHE_SHARDS = 64  # a one-file edit rewrites one shard, not the whole cache
PARALLEL_FROM = 200  # fewer files than this are read in-process: forking costs more
# The code a result depends on: the read and enrich stages and what they stand on.
# Editing anything else (site, render, search, output) leaves cached results valid;
# tests/test_layers.py checks that this module imports nothing outside these parts.
EXTRACTION_CODE = ("errors.py", "models.py", "parallel.py", "extraction.py", "text", "registry", "read",
                   "enrich", "cache")

# One file's result: the article, or the problems that stop it.
Result = tuple[models.Article | None, tuple[Problem, ...]]


# ---------------------------------------------------------------- one file

def header_checks(registries: Registries):
    """Header tags and entities must be known to the registries."""
    def tags(header, display):
        return check_header_tags(header.get("tags", ()), registries.tags, display, header.key_lines.get("tags"))

    def entities(header, display):
        return [problem for key in ("people", "organisations", "places")
                for problem in check_header_entities(header.get(key, ()), registries.entities, display,
                                                     header.key_lines.get(key))]
    return (tags, entities)


def enrich(article: models.Article, registries: Registries) -> models.Article:
    people, organisations, places = find_entities(article, registries.entities)
    people, organisations, places = add_header_entities(article, registries, people, organisations, places)
    return replace(
        article,
        references=extract_references(article, registries.documents),
        tags=assign_tags(article, registries.tags),
        people=people, organisations=organisations, places=places,
        abbreviations=abbreviations_in(article, registries.entities),
    )


def add_header_entities(article, registries, people, organisations, places):
    """Entities a contributor named in the header join those found in the text."""
    found = {ref.key for ref in (*people, *organisations, *places)}
    people, organisations, places = list(people), list(organisations), list(places)
    for name in article.header_entities:
        entity = registries.entities.resolve(name)
        if entity is None or entity.key in found:
            continue
        found.add(entity.key)
        if entity.kind == "person":
            people.append(models.PersonMention(entity.key, entity.name, ()))
        else:
            (organisations if entity.kind == "organisation" else places).append(
                models.EntityRef(entity.key, entity.name))
    return tuple(people), tuple(organisations), tuple(places)


def extract(path: Path, display: str, registries: Registries, today: dt.date) -> tuple[Result, str]:
    """One file's result, and the hash of the bytes it was read from (for the cache)."""
    try:
        raw = read_bytes(path, display)
        content = hashlib.sha256(raw).hexdigest()
        article = parse_article(decode(raw, display), display, registries.outlets, today,
                                header_checks(registries))
    except ArchiveError as error:
        return (None, tuple(error.problems)), ""
    article = enrich(article, registries)
    return (replace(article, source_hash=content, text_digest=text_digest(article),
                    index_digest=index_digest(article)), ()), content


def index_digest(article: models.Article) -> str:
    """Everything extracted but the body: an edit to the body that leaves this
    unchanged leaves every index page unchanged too (render_cache.py)."""
    view = replace(article, blocks=(), source_hash="", text_digest="", index_digest="")
    return hashlib.sha256(repr(view).encode()).hexdigest()


def text_digest(article: models.Article) -> str:
    """The folded body: two files with one digest are a double paste."""
    folded = "\n".join(fold_passage(text) for text in article.passages()[1:])
    return hashlib.sha256(folded.encode()).hexdigest()


# ---------------------------------------------------------------- many files

def read_all(files: list[tuple[Path, str]], registries: Registries, today: dt.date, root: Path | None,
             progress: Progress | None = None, workers: int | None = None) -> list[Result]:
    """Results for `files` ([(path, display)]), in their order. With `root`, the
    project's cache is used and brought up to date."""
    cache = ResultCache(root / CACHE_FOLDER, cache_key(root)) if root else None
    stats = [_stat(path) for path, _ in files]
    results: list[Result | None] = [cache.get(path, display, stat, today) if cache else None
                                    for (path, display), stat in zip(files, stats)]
    todo = [i for i, result in enumerate(results) if result is None]
    fresh = _extract_many([files[i] for i in todo], registries, today, workers)
    for count, ((result, content), i) in enumerate(zip(fresh, todo), start=1):  # to the end of fresh
        results[i] = result
        if cache and result[0] is not None:  # problems are not kept: the file is read again
            cache.put(files[i][1], stats[i], content, result)
        if progress:
            progress(count, len(todo), files[i][1])
    if cache:
        cache.save({display for _, display in files})
    return results  # type: ignore[return-value]


def _stat(path: Path) -> tuple[int, int]:
    try:
        info = os.lstat(path)  # the entry itself: a link is refused by read_bytes, never followed
    except OSError:
        return 0, -1  # gone or unreachable: matches no cache entry, extract() reports it
    return info.st_mtime_ns, info.st_size


def _extract_shared(item: tuple[Path, str]) -> tuple[Result, str]:
    inherited = parallel.shared()
    return extract(item[0], item[1], inherited["registries"], inherited["today"])


def _extract_many(files: list[tuple[Path, str]], registries: Registries, today: dt.date,
                  workers: int | None):
    workers = workers if workers is not None else parallel.workers_available()
    if len(files) < PARALLEL_FROM:
        workers = 1
    return parallel.fork_imap(_extract_shared, files, workers, {"registries": registries, "today": today})


# ---------------------------------------------------------------- the cache

def cache_key(root: Path) -> str:
    """What every cached result depends on besides its own file: the registries and
    the code that reads and enriches. Not the build date, though a date in the future
    is an error: an article kept is one whose date had passed, and get() checks that
    it still has (a build may be run with an earlier --today)."""
    return cachefiles.inputs_digest(root, code=EXTRACTION_CODE)[:24]


class ResultCache:
    """Results by display path, checked by (mtime, size) and then by content hash."""

    def __init__(self, folder: Path, key: str):
        self.folder = folder / key
        self.entries: dict[str, tuple[tuple[int, int], str, Result]] = {}
        self.dirty: set[int] = set()
        self._load()

    @staticmethod
    def shard(display: str) -> int:
        return int(hashlib.sha256(display.encode()).hexdigest()[:8], 16) % CACHE_SHARDS

    def _load(self) -> None:
        if not self.folder.is_dir():
            return
        for path in sorted(self.folder.glob("*.pickle")):
            self.entries.update(cachefiles.load(path) or {})

    def get(self, path: Path, display: str, stat: tuple[int, int], today: dt.date) -> Result | None:
        entry = self.entries.get(display)
        if entry is None:
            return None
        old_stat, content, result = entry
        if result[0] is None or result[0].date > today:  # dated after today: read again, to report it
            return None
        if old_stat == stat:
            return result
        try:
            raw = read_bytes(path, display)
        except ArchiveError:
            return None  # read again by extract(), which reports it
        if hashlib.sha256(raw).hexdigest() == content:  # touched, not changed
            self.entries[display] = (stat, content, result)
            self.dirty.add(self.shard(display))
            return result
        return None

    def put(self, display: str, stat: tuple[int, int], content: str, result: Result) -> None:
        """`stat` is taken before the file was read: an edit made meanwhile shows as a new stat."""
        self.entries[display] = (stat, content, result)
        self.dirty.add(self.shard(display))

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
        shards: dict[int, dict] = {n: {} for n in self.dirty}
        for display, entry in self.entries.items():
            n = self.shard(display)
            if n in shards:
                shards[n][display] = entry
        for n, entries in shards.items():
            cachefiles.save(self.folder / f"{n:02d}.pickle", entries)
        self.dirty.clear()

