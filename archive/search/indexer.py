"""The search index of one MkDocs build, fed page by page by hooks/search.py.

A full `mkdocs build` knows every page it will render once it has listed them, and
their records are already in docs/: the index is then written aside, in a process
of its own (archive/parallel.Aside), while MkDocs renders the pages on the other
core; the build waits for it at the end. `mkdocs serve` runs a server thread, so
it never forks and records the pages as they are rendered.

A dirty build (`make serve` runs `mkdocs serve --dirty`; `mkdocs build --dirty`) renders
only the pages whose Markdown is newer than their HTML, so only those are seen here.
The index must still hold every page: the others keep their records from the index
the last build left in the site, and the index is updated in place. A full build
writes it from this build's pages alone.
"""
from __future__ import annotations

import json
import os
import time

from archive.errors import ArchiveError, Problem
from archive.parallel import Aside
from archive.search.index import FOLDER, write_index
from archive.search.records import record_path
from archive.search.update import Index, read_index, update_index


class SearchIndexer:
    """Records of the pages rendered in one build, then the index written from them."""

    def __init__(self) -> None:
        self.dirty = False
        self.aside_allowed = False  # set by the hook: a full `mkdocs build`, where forking is safe
        self.docs_dir = ""
        self.stats: dict = {}
        self._reset()

    def _reset(self) -> None:
        self.records: dict[str, dict] = {}  # url: record, of the pages rendered in this build
        self.aside: Aside | None = None  # full build: the index being written in its own process
        self.kept: dict[str, dict] = {}  # dirty build: url: record, of the other pages, from the last index
        self.previous: Index | None = None  # dirty build: the last index, to update in place
        self.record_seconds = 0.0

    def start_build(self, docs_dir: str) -> None:
        self._reset()
        self.docs_dir = docs_dir

    def record_of(self, src: str) -> dict | None:
        """The search record build_pages wrote beside the docs/ page `src`, or None for a
        page a reader does not look for (archive/search/records.py)."""
        try:
            with open(os.path.join(self.docs_dir, *record_path(src).split("/")), encoding="utf-8") as handle:
                return json.load(handle)
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            raise ArchiveError(Problem(f"docs/{record_path(src)}", f"this search record cannot be read: {error}",
                                       "run `python build_pages.py` again: it writes docs/ whole")) from None

    def keep_unrendered(self, pages, site_dir: str) -> None:
        """Dirty build: keep the last index's record of each page MkDocs will not render.

        `pages` are MkDocs Files. A record is kept only if neither the page's HTML nor
        the record build_pages wrote beside its Markdown is newer than the index (a build
        that failed after writing pages leaves them so; a record can change while its
        page does not, as a person's roles in an article listed on page 2). A page
        without one loses its HTML: MkDocs then renders it (its HTML is missing), and it
        is recorded. So the first dirty build into a site without an index renders
        every page; pages gone from docs/ are not in `pages` and leave the index."""
        previous = read_index(site_dir)
        meta = os.path.join(site_dir, *FOLDER.split("/"), "meta.js")
        written = os.path.getmtime(meta) if previous else 0.0  # update_index writes meta.js last
        old = {record["u"]: record for record in previous.records} if previous else {}
        for file in pages:
            source = os.path.join(self.docs_dir, *record_path(file.src_uri).split("/"))
            if not os.path.isfile(source):
                continue
            record, html = old.get(file.url), file.abs_dest_path
            if record and os.path.isfile(html) and max(os.path.getmtime(html), os.path.getmtime(source)) <= written:
                self.kept[file.url] = record
            elif os.path.exists(html):
                os.remove(html)
        self.previous = previous

    def index_aside(self, pages, site_dir: str) -> None:
        """Full build: write the index of `pages` (MkDocs Files: every page this build
        renders) from their records in docs/, in a process of its own; write() waits."""
        listed = [(file.src_uri, file.url) for file in pages]
        self.aside = Aside(self._index_listed, listed, site_dir, label="the search index")

    def _index_listed(self, listed: list[tuple[str, str]], site_dir: str) -> dict:
        started = time.perf_counter()
        for src, url in listed:
            self._take(src, url)
        self.record_seconds = time.perf_counter() - started
        return self._write_now(site_dir)

    def add_page(self, page) -> None:
        if self.aside is not None:
            return  # its record is read by the index's own process
        started = time.perf_counter()
        self._take(page.file.src_uri, page.url)
        self.record_seconds += time.perf_counter() - started

    def _take(self, src: str, url: str) -> None:
        """The record of the docs/ page `src`, under its URL, when it has one."""
        record = self.record_of(src)
        if record is not None:
            self.records[url] = {"u": url, **record}

    def write(self, site_dir: str) -> dict:
        """Write the index into the site; returns the figures of this build."""
        if self.aside is not None:
            waited = time.perf_counter()
            stats = self.aside.result()
            # peak_mb: its own peak memory, which the benchmark prints beside MkDocs'
            self.stats = {**stats, "waited": time.perf_counter() - waited, "peak_mb": self.aside.peak_mb}
            self._reset()
            return self.stats
        return self._write_now(site_dir)

    def _write_now(self, site_dir: str) -> dict:
        started = time.perf_counter()
        records = list({**self.kept, **self.records}.values())  # a rendered page's new record wins
        if self.previous:
            size = update_index(site_dir, self.previous, records)
        else:
            size = write_index(site_dir, records)
        self.stats = {"pages": len(records), "rendered": len(self.records), "bytes": size,
                      "seconds": time.perf_counter() - started, "record_seconds": self.record_seconds}
        self._reset()  # not held while `mkdocs serve` waits
        return self.stats
