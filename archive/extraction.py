"""Every corpus file read and enriched: what a file holds, once per content.

Two things make this stage fast at 10,000 articles:
- the result cache (cache/results.py): each file's article, valid while the file's
  bytes, the registries and the code are the same; after a one-article edit only
  that file is read again, whatever day it is;
- on a clean build, the files are read by worker processes (one per core),
  forked after the registries are loaded, in the corpus's own order.

Problems are collected over all files and raised together, whatever the path; a
file that kills its worker process (a crash in C code) is one of them.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import pickle
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterator

from archive.cache import files as cachefiles
from archive import models
from archive import parallel
from archive.cache.results import Result, ResultCache, content_hash, key_for
from archive.enrich.entities import abbreviations_in, check_header_entities, find_entities
from archive.errors import ArchiveError, Problem
from archive.text.normalize import fold_passage
from archive.read.reader import decode, read_bytes, read_text
from archive.enrich.citations import extract_references
from archive.registry.registries import Registries
from archive.enrich.tagging import assign_tags, check_header_tags

Progress = Callable[[int, int, str], None]
CACHE_FOLDER = cachefiles.FOLDER
PARALLEL_FROM = 200  # fewer files than this are read in-process: forking costs more
FILES_PER_RANGE = 48  # files handed to a worker at once (a quarter second of reading)
FILE_SECONDS = 60.0  # one file's reading and enriching takes milliseconds; past this it is stuck
# The code a result depends on: the read and enrich stages and what they stand on.
# Editing anything else (site, render, search, output) leaves cached results valid;
# tests/test_layers.py checks that this module imports nothing outside these parts.
EXTRACTION_CODE = ("errors.py", "models.py", "parallel.py", "extraction.py", "text", "registry", "read",
                   "enrich", "cache")


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
        content = content_hash(raw)
        reading = read_text(decode(raw, display), display, registries.outlets, today, header_checks(registries))
    except ArchiveError as error:
        return (None, tuple(error.problems)), ""
    if reading.problems:
        return (None, tuple(reading.problems)), ""
    article = enrich(replace(reading.article, review_notes=tuple(reading.warnings)), registries)
    return (replace(article, source_hash=content, text_digest=text_digest(article),
                    index_digest=index_digest(article)), ()), content


def index_digest(article: models.Article) -> str:
    """Everything extracted but the body: an edit to the body that leaves this
    unchanged leaves every index page unchanged too (cache/pages.py)."""
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
    results: list[Result | None] = [cache.get(path, display, today) if cache else None for path, display in files]
    todo = [i for i, result in enumerate(results) if result is None]
    try:
        fresh = _extract_many([files[i] for i in todo], registries, today, workers, pickled=cache is not None)
        for count, ((result, content, pickled), i) in enumerate(zip(fresh, todo), start=1):  # to the end of fresh
            results[i] = result
            if cache:
                cache.put(files[i][1], content, result, pickled)
            if progress:
                progress(count, len(todo), files[i][1])
        if cache:
            cache.save({display for _, display in files})
    finally:
        if cache:
            cache.discard()  # shards begun and not saved (nothing, once saved)
    return results  # type: ignore[return-value]


def cache_key(root: Path) -> str:
    return key_for(root, EXTRACTION_CODE)


def _extract_shared(item: tuple[Path, str]) -> tuple[Result | bytes, str]:
    inherited = parallel.shared()
    try:
        with parallel.time_limit(FILE_SECONDS):
            result, content = extract(item[0], item[1], inherited["registries"], inherited["today"])
    except parallel.TookTooLong as late:
        problem = Problem(item[1], f"reading this file was stopped: {late} (an article takes milliseconds)",
                          "a line in it sends the reader into a near-endless search: move the file out of "
                          "corpus/ and report it, with the file, so that it gets a clear message")
        return (None, (problem,)), ""
    if inherited["pickled"] and result[0] is not None:
        # The result crosses to the parent pickled anyway: pickled here, those bytes
        # also go to the cache's shard as they are, never pickled again (cache/results.py).
        return pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), content
    return result, content


def _died(item: tuple[Path, str], death: parallel.WorkerDied) -> tuple[Result, str]:
    """A file that killed the process reading it is a problem of that file."""
    problem = Problem(item[1], f"the worker process died reading this file ({death.reason})",
                      "build again; if it dies on this file again, the reader crashes on it: move the "
                      "file out of corpus/ and report it, with the file, so that it gets a clear message")
    return (None, (problem,)), ""


def _extract_many(files: list[tuple[Path, str]], registries: Registries, today: dt.date,
                  workers: int | None, pickled: bool = False) -> Iterator[tuple[Result, str, bytes | None]]:
    """(result, hash of the file's bytes, the result pickled or None) for each file, in order.
    With `pickled`, a worker's result comes pickled (for the cache), and is loaded here."""
    workers = workers if workers is not None else parallel.workers_available()
    if len(files) < PARALLEL_FROM:
        workers = 1
    # Ranges of a few dozen files: a worker holds two at a time, so when the queue runs
    # dry the other core waits at most for those (at 625 files a range it waited seconds).
    chunksize = max(1, min(FILES_PER_RANGE, len(files) // (max(workers, 1) * 8)))
    inherit = {"registries": registries, "today": today, "pickled": pickled and workers > 1 and len(files) > 1}
    for result, content in parallel.fork_imap(_extract_shared, files, workers, inherit, chunksize=chunksize,
                                              label=lambda item: item[1], on_death=_died):
        if isinstance(result, bytes):
            yield pickle.loads(result), content, result
        else:
            yield result, content, None
