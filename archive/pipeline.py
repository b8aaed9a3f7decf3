"""The whole build in one place: read -> enrich -> collect -> render -> write.

Disk is touched only by the readers (corpus/) and the writers (docs/); every
stage between takes and returns plain objects.
"""
from __future__ import annotations

import datetime as dt
import functools
import gc
import os
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from archive import models
from archive import parallel
from archive.site import paths
from archive.mkdocs_config import read_config
from archive.errors import ArchiveError, Problem
from archive.render.export import render_export
from archive.extraction import PARALLEL_FROM, read_all, text_digest
from archive.render.feed import render_feed
from archive.read.reader import link_problem
from archive.registry.registries import DATA_FILES, Registries, load_registries
from archive.site.related import fingerprint as related_fingerprint
from archive.site.related import related_articles
from archive.render.article import render_article
from archive.render.documents import render_documents
from archive.render.indexes import (render_entities, render_home, render_outlets, render_people,
                             render_tags, render_years)
from archive.search.records import article_record_text, record_path, section_records
from archive.cache import files as cachefiles
from archive.cache.members import MemberCache
from archive.cache.pages import Made, PageCache, memo
from archive.site.model import Site, build_site
from archive.output.lock import TIMEOUT as LOCK_TIMEOUT, build_lock
from archive.output.writers import (KEEP, Chunks, Keep, Staged, WriteReport, check_writable, commit, discard, stage,
                                    sweep)

ARTICLE_SUFFIX = ".txt"
IGNORED_NAMES = {"README.md", ".gitkeep"}

Progress = Callable[[int, int, str], None]


@dataclass
class Project:
    """Where things are. Tests point it at temporary folders."""

    root: Path
    docs: Path | None = None
    corpus: Path | None = None

    def __post_init__(self):
        self.docs = self.docs or self.root / "docs"
        self.corpus = self.corpus or self.root / "corpus"

    def config(self) -> dict:
        return _readable(self.root, "mkdocs.yml", read_config)

    def home_template(self) -> str:
        return _readable(self.root, "templates/home.md", lambda path: path.read_text(encoding="utf-8"))


def _readable(root: Path, name: str, read: Callable[[Path], Any]) -> Any:
    """read(root / name), or a clear error when the file cannot be read."""
    try:
        return read(root / name)
    except OSError as error:
        raise ArchiveError(Problem(name, f"the build cannot read this file: {error.strerror or error}",
                                   f"make it readable (chmod a+r {name})")) from None


@dataclass
class BuildReport:
    articles: list[models.Article] = field(default_factory=list)
    site: Site | None = None
    pages: dict[str, str] = field(default_factory=dict)
    written: WriteReport | None = None
    seconds: float = 0.0

    @property
    def references(self) -> int:
        return sum(len(a.references) for a in self.articles)

    @property
    def unresolved(self) -> int:
        return sum(1 for a in self.articles for r in a.references if not r.resolved)

    @property
    def warnings(self) -> list[Problem]:
        return article_warnings(self.articles)


def article_warnings(articles: list[models.Article]) -> list[Problem]:
    """What is worth a contributor's look but does not stop the build."""
    notes = []
    for article in sorted(articles, key=lambda a: a.source_file):
        notes += article.review_notes
        if not article.author and not any("byline" in note.message for note in article.review_notes):
            notes.append(Problem(article.source_file, "no byline found",
                                 "add 'author: ...' to the header if the source names one"))
        unknown = sorted({r.number or r.text for r in article.references if not r.resolved})
        if unknown:
            notes.append(Problem(article.source_file, f"cited documents not in the registry: {', '.join(unknown)}",
                                 "add them to corpus/documents.yml when their facts are known"))
    return notes


def corpus_files(corpus: Path) -> tuple[list[Path], list[Problem]]:
    """Article files in a stable order, and problems for entries that do not belong.

    The rule: every `.txt` file under corpus/, subfolders included (they may group
    articles); names starting with "." (hidden files and folders: .git, editor swap
    files) are not read. Links are refused, never followed: a link could publish
    any file on the machine. A folder that cannot be listed is a problem, not a
    silent gap in the site."""
    articles, problems = [], []

    def unlisted(error: OSError) -> None:
        problems.append(_unreadable(Path(error.filename), corpus, error, "folder"))

    for folder, subfolders, names in os.walk(corpus, onerror=unlisted, followlinks=False):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        here = Path(folder)
        for name in sorted(subfolders):
            if (here / name).is_symlink():
                problems.append(link_problem(here / name, _display(here / name, corpus)))
        for name in sorted(n for n in names if not n.startswith(".")):
            try:
                _sort_entry(here / name, corpus, articles, problems)
            except OSError as error:  # a folder listed but not searchable: no entry can be looked at
                problems.append(_unreadable(here / name, corpus, error, "file"))
    return sorted(articles), problems


def _sort_entry(path: Path, corpus: Path, articles: list[Path], problems: list[Problem]) -> None:
    display = _display(path, corpus)
    if path.is_symlink():
        problems.append(link_problem(path, display))
    elif path.suffix == ARTICLE_SUFFIX:
        articles.append(path)
    elif path.parent != corpus or path.name not in IGNORED_NAMES | set(DATA_FILES):
        problems.append(Problem(display, "not an article file (articles are UTF-8 .txt files)",
                                "rename it to .txt if it is a pasted article, or move it out of corpus/"))


def _unreadable(path: Path, corpus: Path, error: OSError, what: str) -> Problem:
    display = _display(path, corpus) if path.is_relative_to(corpus.parent) else str(path)
    return Problem(display, f"the build cannot read this {what}: {error.strerror or error}",
                   f"make it readable (chmod a+rX {display}), or move it out of corpus/")


def _display(path: Path, corpus: Path) -> str:
    return path.relative_to(corpus.parent).as_posix()


def read_corpus(project: Project, registries: Registries, today: dt.date,
                progress: Progress | None = None, use_cache: bool = True) -> list[models.Article]:
    """Read and enrich every article; all problems of all files are raised together."""
    files, problems = corpus_files(project.corpus)
    named = [(path, path.relative_to(project.root).as_posix() if path.is_relative_to(project.root) else str(path))
             for path in files]
    articles = []
    for article, file_problems in read_all(named, registries, today, project.root if use_cache else None,
                                           progress):
        problems += file_problems
        if article is not None:
            articles.append(article)
    problems += duplicate_problems(articles)
    if problems:
        raise ArchiveError(problems)
    return articles


def duplicate_problems(articles: list[models.Article]) -> list[Problem]:
    """Two files with one slug would overwrite each other's page; two with one text are a double paste."""
    problems = []
    by_slug: dict[str, models.Article] = {}
    by_text: dict[str, models.Article] = {}
    for article in articles:
        other = by_slug.setdefault(article.slug, article)
        if other is not article:
            problems.append(Problem(article.source_file, f"same title and date as {other.source_file} "
                                    f"(page {article.slug})", "if it is the same article, delete one file; "
                                    "otherwise correct the title or date in the header"))
        other = by_text.setdefault(article.text_digest or text_digest(article), article)
        if other is not article:
            problems.append(Problem(article.source_file, f"the same article text as {other.source_file}",
                                    "this is a duplicate paste: delete one of the two files"))
    return problems


# A part of the rendering work: ("articles", start, stop) or ("section", name).
Part = tuple
SECTIONS = ("home", "years", "outlets", "documents", "tags", "people", "organisations", "places", "export", "feed")
HEAVY_FIRST = ("documents", "people", "years", "tags", "outlets", "export", "organisations", "places", "home",
               "feed")  # the order workers take sections in, so that none is left for last alone


def render_parts(site: Site, workers: int) -> list[Part]:
    """The rendering cut into parts for `workers` processes to take in turn:
    every section, heaviest first, then the articles in slices."""
    count = len(site.articles)
    size = max(1, -(-count // (workers * 4)))
    return [("section", name) for name in HEAVY_FIRST] + \
        [("articles", start, min(count, start + size)) for start in range(0, count, size)]


def iter_pages(site: Site, project: Project, config: dict, page_cache: PageCache | None = None,
               made: Made | None = None, part: Part | None = None
               ) -> Iterator[tuple[str, str | Chunks | Keep]]:
    """Every generated page as (path under docs/, content), one section at a time
    (or only those of `part`, see render_parts). With `page_cache`, pages whose
    inputs are unchanged are KEEP (their files are already right), and `made`
    receives every unit's key and pages (cache/pages.py)."""
    if part is None or part[0] == "articles":
        start, stop = (part[1], part[2]) if part else (0, len(site.articles))
        for article in site.articles[start:stop]:
            parallel.working_on(article.source_file)  # named if this worker dies on it
            page = paths.article(article)
            record = record_path(page)  # its search record, beside it
            if page_cache is not None and made is not None:
                related = [site.by_slug[s] for s in site.related.get(article.slug, ()) if s in site.by_slug]
                key = page_cache.article_key(article, related)
                made[page] = (key, [page, record])
                if page_cache.reusable(page, key):
                    yield page, KEEP
                    yield record, KEEP
                    continue
            yield page, render_article(article, site)
            yield record, article_record_text(article, site)
        if part is not None:
            return
    home = project.home_template()
    feed = (config.get("site_url") or "http://localhost:8000/", config.get("site_name", ""))
    sections = {  # name: (what else its pages show, whole articles?, renderer)
        "home": (home, False, lambda: {"index.md": render_home(site, home, len(site.documents))}),
        "years": ("", False, lambda: render_years(site)),
        "outlets": ("", False, lambda: render_outlets(site)),
        "documents": ("", False, lambda: render_documents(site)),
        "tags": ("", False, lambda: render_tags(site)),
        "people": ("", False, lambda: render_people(site)),
        "organisations": ("", False, lambda: render_entities(site, "organisations", "Tổ chức",
                                                              "Các cơ quan, tổ chức được nhắc đến.")),
        "places": ("", False, lambda: render_entities(site, "places", "Địa danh",
                                                       "Các tỉnh, thành phố được nhắc đến.")),
        "export": ("", True, lambda: render_export(site, MemberCache(project.root, "export", page_cache.salt)
                                                  if page_cache is not None else None)),
        "feed": ("\0".join(feed), False, lambda: {"feed.xml": render_feed(site, *feed)}),
    }
    for name in (SECTIONS if part is None else (part[1],)):
        parallel.working_on(f"docs/ ({name} pages)")
        extra, whole, render = sections[name]

        def make(render=render, name=name) -> dict:  # the section's pages and their search records
            return {**render(), **section_records(site, name)}
        if page_cache is not None and made is not None:
            unit = f"section:{name}"
            key = page_cache.section_key(name, site.articles, extra, whole)
            kept = page_cache.reusable(unit, key)
            if kept is not None:
                made[unit] = (key, list(kept))
                yield from ((page, KEEP) for page in kept)
                continue
            pages = make()
            made[unit] = (key, list(pages))
            yield from pages.items()
        else:
            yield from make().items()


def render_site(site: Site, project: Project, config: dict) -> dict[str, str]:
    """Every generated page, keyed by its path under docs/."""
    return {page: content.text() if isinstance(content, Chunks) else content  # type: ignore[misc]
            for page, content in iter_pages(site, project, config)}


def prepare(project: Project, today: dt.date, progress: Progress | None = None,
            use_cache: bool = True) -> BuildReport:
    """Read, check and enrich everything, and build the site model: all but rendering."""
    started = time.perf_counter()
    registries = load_registries(project.corpus)
    articles = read_corpus(project, registries, today, progress, use_cache)
    related = memo(project.root if use_cache else None, "related", related_fingerprint(articles),
                   lambda: related_articles(articles), shape=dict[str, tuple[str, ...]])
    site = build_site(articles, related, registries.document, registries)
    report = BuildReport(articles=site.articles, site=site)
    report.seconds = time.perf_counter() - started
    return report


def without_cycle_collector(function: Callable) -> Callable:
    """A build makes millions of small objects, none in reference cycles, and frees
    few before it ends: the cyclic collector would only walk them again and again
    (about 5% of a 10,000-article build). Forked workers inherit the setting."""
    @functools.wraps(function)
    def run(*args, **kwargs):
        enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()
    return run


@without_cycle_collector
def collect(project: Project, today: dt.date, progress: Progress | None = None,
            use_cache: bool = True) -> BuildReport:
    """Everything short of writing: the `check` command stops here."""
    started = time.perf_counter()
    report = prepare(project, today, progress, use_cache)
    report.pages = render_site(report.site, project, project.config())
    report.seconds = time.perf_counter() - started
    return report


def _render_part(part: Part | None) -> tuple[Staged, Made, str]:
    """One part of the pages, rendered and staged: (staged, units made, error)."""
    inherited = parallel.shared()
    made: Made = {}
    pages = iter_pages(inherited["site"], inherited["project"], inherited["config"], inherited["page_cache"],
                       made, part)
    try:
        return stage(inherited["project"].docs, pages), made, ""
    except Exception:  # noqa: BLE001 - reported by the parent, after every share is discarded
        return Staged([], set()), made, traceback.format_exc()


@without_cycle_collector
def build(project: Project, today: dt.date, progress: Progress | None = None,
          use_cache: bool = True, lock_timeout: float = LOCK_TIMEOUT) -> BuildReport:
    """collect, then write; with the caches, unchanged files are neither read again
    nor their pages rendered again (extraction.py, cache/pages.py). One build at a time
    (output/lock.py); each starts by removing what a killed one left."""
    with build_lock(project.root, lock_timeout):
        started = time.perf_counter()
        sweep(project.docs)
        cachefiles.sweep(project.root / cachefiles.FOLDER)
        report = prepare(project, today, progress, use_cache)
        project.home_template()  # read by the renderers: unreadable, it is an error before any writing
        page_cache = PageCache(project.root, project.docs) if use_cache else None
        made: Made = {}
        check_writable(project.docs)
        shares = _render_and_stage(report.site, project, page_cache, made)
        report.written = commit(project.docs, shares)
        if page_cache is not None:
            page_cache.save(made)
        report.seconds = time.perf_counter() - started
        return report


def _render_and_stage(site: Site, project: Project, page_cache: PageCache | None, made: Made) -> list[Staged]:
    """Every page rendered and the changed ones staged; nothing is left staged on failure.
    Pages stream from the renderers into the writer: the site is never held whole; on a
    large site, forked workers take parts of it in turn, render and stage them."""
    workers = parallel.workers_available() if len(site.articles) >= PARALLEL_FROM else 1
    parts = render_parts(site, workers) if workers > 1 else [None]
    inherit = {"site": site, "project": project, "config": project.config(), "page_cache": page_cache}
    results = parallel.fork_map(_render_part, parts, workers, inherit, chunksize=1,
                                on_death=lambda part, death: (Staged([], set()), {}, death))
    shares = [share for share, _, _ in results]
    failures = [error for _, _, error in results if error]
    if failures:
        discard(shares)
        sweep(project.docs, deep=True)  # a dead worker's own staged files
        deaths = [error for error in failures if isinstance(error, parallel.WorkerDied)]
        if deaths:
            raise ArchiveError([Problem(death.label, f"the worker process died rendering this ({death.reason})",
                                        "build again; if it dies here again, the renderer crashes on it: "
                                        "report it, with this file") for death in deaths])
        raise RuntimeError(f"rendering failed:\n{failures[0]}")
    for _, share_made, _ in results:
        made.update(share_made)
    return shares
