"""MkDocs hook: the archive's search (docs-dev/search.md). A thin adapter: MkDocs'
events go to archive.search.indexer, which does the work."""
from __future__ import annotations

import json
import os

from archive.search.index import FOLDER
from archive.search.indexer import SearchIndexer

_indexer = SearchIndexer()


def on_startup(command, dirty, **kwargs):
    _indexer.dirty = dirty
    _indexer.aside_allowed = command == "build" and not dirty  # serve runs threads: no fork


def on_config(config, **kwargs):
    config.extra["archive_search"] = {"index": FOLDER + "/"}
    _indexer.start_build(config.docs_dir)
    return config


def on_files(files, config, **kwargs):
    if _indexer.dirty:
        _indexer.keep_unrendered(files.documentation_pages(), config.site_dir)
    elif _indexer.aside_allowed:
        _indexer.index_aside(files.documentation_pages(), config.site_dir)
    return files


def on_page_content(html, page, config, files, **kwargs):
    _indexer.add_page(page)  # the record build_pages wrote beside the page
    return html


def on_post_build(config, **kwargs):
    stats = _indexer.write(config.site_dir)
    if os.environ.get("ARCHIVE_SEARCH_STATS"):  # a file for benchmarks/scale.py, which runs MkDocs apart
        with open(os.environ["ARCHIVE_SEARCH_STATS"], "w", encoding="utf-8") as out:
            json.dump(stats, out)
