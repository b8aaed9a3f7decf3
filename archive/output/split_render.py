"""MkDocs' pages converted and rendered on both cores (perf round 10).

A full `mkdocs build` converts every page (Python-Markdown), then renders each through
the theme's template and writes it, one page after another on one core: at 10,000
articles that is nearly all of the publish step, while the other core only writes the
search index (archive/search/indexer.py) and then idles. Once MkDocs has made the nav,
a forked process (archive/parallel.Aside) takes a share of the pages, by cost, and
does for them what MkDocs would, with MkDocs' own two page steps and the same hooks:
read, convert, render, write. The parent's build skips those pages (its two page steps
are wrapped for the build's length) and, after its last page, waits for the child and
takes back what the rest of the build reads from them: their anchors and links to
anchors (MkDocs checks them once every page is built), the child's log records
(logged again in the parent, so a warning fails a strict build there with MkDocs'
own message) and what the hooks carry (the icons the templates drew).

The built site is the same bytes either way (tests/test_split_render.py). One process
where fork is missing, for `mkdocs serve` and dirty builds, and for sites under
MIN_PAGES pages, and when a plugin other than hooks is on. A child that dies or fails fails the build: no page is rendered twice
and nothing is swapped in.
"""
from __future__ import annotations

import inspect
import logging
import os
import time
from types import ModuleType
from typing import Any, Callable

import mkdocs.commands.build as mkdocs_build
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import InclusionLevel
from mkdocs.structure.pages import Page

from archive.parallel import Aside, WorkerDied, workers_available

# Under this many pages the fork, the child's own Jinja environment and its copy of
# the nav's pages cost more than half the pages save (measured: README Performance,
# perf round 10).
MIN_PAGES = 300
# The child's share of the pages' cost, a page costing its bytes and PAGE_BYTES more
# (timed page by page at 10,000 articles: 3.7 ms + 0.2 us a byte for an article, 2.5 ms
# + 0.07 us a byte for an index page). Under half: the parent also copies the theme's
# files and writes the sitemap; the search index's process slows both alike.
CHILD_SHARE = 0.48
PAGE_BYTES = 20_000
_POPULATE = mkdocs_build._populate_page
_BUILD = mkdocs_build._build_page
_SIGNATURES = {"_populate_page": ["page", "config", "files", "dirty"],
               "_build_page": ["page", "config", "doc_files", "nav", "env", "dirty", "excluded"]}
_active: "SplitRender | None" = None  # the split of the build under way, read by the wrapped steps


def hookable() -> bool:
    """MkDocs still has the two page steps this module wraps, as it calls them."""
    for name, params in _SIGNATURES.items():
        step = getattr(mkdocs_build, name, None)
        if step is None or list(inspect.signature(step).parameters) != params:
            return False
    return True


def only_hooks(config) -> bool:
    """No MkDocs plugin but hooks: a plugin may gather every page in its own state
    (Material's search: its index from each page's content), which the child's pages
    would not reach. A hook hands back what it gathers through `carry`."""
    return all(isinstance(plugin, ModuleType) for plugin in config.plugins.values())


def share_of(pages: list, weights: list[int], fraction: float | None = None) -> list:
    """The pages the child takes, spread through the list: each page goes to the child
    while the child's weight stays under `fraction` of the weight seen so far."""
    fraction = CHILD_SHARE if fraction is None else fraction
    taken, child, seen = [], 0, 0
    for page, weight in zip(pages, weights):
        seen += weight
        if child + weight <= fraction * seen:
            taken.append(page)
            child += weight
    return taken


class _Collect(logging.Handler):
    """The child's log records, to be logged again in the parent."""

    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.name, record.levelno, record.getMessage()))


class SplitRender:
    """One build's split. `carry`: name -> (get, merge) of hook state the child's pages
    add to (got in the child, merged into the parent's)."""

    def __init__(self, carry: dict[str, tuple[Callable[[], Any], Callable[[Any], None]]] | None = None):
        self.carry = carry or {}
        self.enabled = False  # set by the hook: a full `mkdocs build`
        self.stats: dict = {}
        self._reset()

    def _reset(self) -> None:
        self.child: Aside | None = None
        self.elsewhere: frozenset[str] = frozenset()
        self.last = ""
        self.files = None

    def start(self, config, files, nav) -> None:
        """After the nav is made: fork the child with its share, when it pays."""
        global _active
        self.abandon()
        self.stats = {}
        pages = list(files.documentation_pages(inclusion=InclusionLevel.is_included))
        if not self.enabled or len(pages) < MIN_PAGES or workers_available() < 2 or not hookable() \
                or not only_hooks(config):
            return
        in_nav = {page.file.src_uri for page in nav.pages}
        free = [file for file in pages if file.src_uri not in in_nav]
        share = share_of(free, [_weight(file) for file in free])
        if not share:
            return
        self.elsewhere = frozenset(file.src_uri for file in share)
        self.last, self.files = pages[-1].src_uri, files
        self.stats = {"pages": len(pages), "child_pages": len(share), "started": time.perf_counter()}
        mkdocs_build._populate_page, mkdocs_build._build_page = _populate_page, _build_page
        _active = self
        self.child = Aside(_render_share, config, files, nav, [file.src_uri for file in share],
                           list(self.carry.values()), label=f"the second render process ({len(share)} pages)")

    def finish(self) -> None:
        """Wait for the child; log its records here; take back its pages' anchors and
        the hooks' state. Raises PluginError (MkDocs then aborts) if it failed or died."""
        child, files = self.child, self.files
        if child is None:
            return
        self._unwrap()
        self._reset()
        waited = time.perf_counter()
        try:
            result = child.result()
        except WorkerDied as died:
            raise PluginError(f"{died}: its pages were not all written, so this build failed") from None
        self.stats.update(parent_seconds=waited - self.stats.pop("started"), waited=time.perf_counter() - waited,
                          child_seconds=result["seconds"], child_peak_mb=child.peak_mb)
        for name, level, message in result["logs"]:
            logging.getLogger(name).log(level, "%s", message)
        if result["error"]:
            raise PluginError(f"a page rendered in the second render process failed: {result['error']}")
        for src, (anchors, links) in result["anchors"].items():
            page = files.get_file_from_path(src).page
            page.present_anchor_ids = anchors
            page.links_to_anchors = {files.get_file_from_path(to): found for to, found in links.items()} \
                if links is not None else None
        for (_, merge), value in zip(self.carry.values(), result["carried"]):
            merge(value)

    def abandon(self) -> None:
        """The build failed elsewhere: stop the child, unwrap MkDocs' steps."""
        child = self.child
        self._unwrap()
        self._reset()
        if child is not None and child.process is not None and child.process.is_alive():
            child.process.kill()
            child.process.join()

    def _unwrap(self) -> None:
        global _active
        if _active is self:
            mkdocs_build._populate_page, mkdocs_build._build_page = _POPULATE, _BUILD
            _active = None


def _weight(file) -> int:
    try:
        return PAGE_BYTES + os.path.getsize(file.abs_src_path)
    except (OSError, TypeError):  # a generated page has no source file
        return PAGE_BYTES


def _populate_page(page, config, files, dirty=False):
    if _active is None or page.file.src_uri not in _active.elsewhere:
        _POPULATE(page, config, files, dirty)


def _build_page(page, config, doc_files, nav, env, dirty=False, excluded=False):
    split = _active
    if split is None or page.file.src_uri not in split.elsewhere:
        _BUILD(page, config, doc_files, nav, env, dirty, excluded)
    if split is not None and page.file.src_uri == split.last:
        split.finish()  # before MkDocs checks the anchors of every page


def _render_share(config, files, nav, sources: list[str], carry: list) -> dict:
    """In the child: the nav's pages read (templates print their titles and meta), then
    each page of the share converted, rendered and written, as MkDocs does."""
    logger = logging.getLogger("mkdocs")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    collect = _Collect()
    logger.addHandler(collect)
    started = time.perf_counter()
    result: dict = {"logs": collect.records, "anchors": {}, "carried": [], "error": "", "seconds": 0.0}
    try:
        for page in nav.pages:
            _POPULATE(page, config, files)
        env = config.plugins.on_env(config.theme.get_env(), config=config, files=files)
        doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
        for src in sources:
            file = files.get_file_from_path(src)
            page = file.page if file.page is not None else Page(None, file, config)
            _POPULATE(page, config, files)
            _BUILD(page, config, doc_files, nav, env, excluded=file.inclusion.is_excluded())
            links = page.links_to_anchors
            result["anchors"][src] = (page.present_anchor_ids,
                                      None if links is None else {to.src_uri: found for to, found in links.items()})
            page.content = ""  # written: the child holds no page it is done with
        result["carried"] = [get() for get, _ in carry]
    except Exception as exc:  # noqa: BLE001 - the parent fails the build with it, after the logs
        result["error"] = f"{type(exc).__name__}: {exc}"
    result["seconds"] = time.perf_counter() - started
    return result
