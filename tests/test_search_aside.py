"""A full `mkdocs build` writes the search index aside (archive/search/indexer.py
index_aside): in a process of its own, from the records build_pages left in docs/,
while MkDocs renders. It must be the index the page-by-page path writes, file for
file, and a record it cannot read must still fail the build, naming the record."""
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from archive import parallel
from archive.cli import main
from archive.errors import ArchiveError
from archive.search import index as si
from archive.search.indexer import SearchIndexer
from archive.search.records import record_path
from conftest import copy_project_to, tree_hash


@dataclass
class File:  # what the indexer reads of an MkDocs File
    src_uri: str
    url: str


@dataclass
class Page:  # what the indexer reads of an MkDocs Page
    file: File
    url: str


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    project = copy_project_to(tmp_path_factory.mktemp("aside") / "project")
    assert main(["--root", str(project), "--today", "2026-11-23"]) == 0
    return project / "docs"


def listed(docs: Path) -> list[File]:
    """Every Markdown page of docs/, with its URL as MkDocs makes it (use_directory_urls: false)."""
    return [File(path.relative_to(docs).as_posix(), path.relative_to(docs).with_suffix(".html").as_posix())
            for path in sorted(docs.rglob("*.md"))]


def page_by_page(docs: Path, site: Path) -> dict:
    indexer = SearchIndexer()
    indexer.start_build(str(docs))
    for file in listed(docs):
        indexer.add_page(Page(file, file.url))
    return indexer.write(str(site))


def aside(docs: Path, site: Path) -> tuple[SearchIndexer, dict]:
    indexer = SearchIndexer()
    indexer.start_build(str(docs))
    indexer.index_aside(listed(docs), str(site))
    for file in listed(docs):
        indexer.add_page(Page(file, file.url))  # MkDocs renders meanwhile: nothing recorded here
    assert indexer.records == {}
    return indexer, indexer.write(str(site))


def test_the_index_written_aside_is_the_page_by_page_index(docs, tmp_path, monkeypatch):
    monkeypatch.setattr(parallel, "workers_available", lambda: 2)
    expected = page_by_page(docs, tmp_path / "one")
    indexer, stats = aside(docs, tmp_path / "two")
    assert stats["pages"] == expected["pages"] > 50 and "waited" in stats
    assert tree_hash(tmp_path / "two" / si.FOLDER) == tree_hash(tmp_path / "one" / si.FOLDER)
    assert Path(si.records_path(str(tmp_path / "two"))).read_bytes() == \
        Path(si.records_path(str(tmp_path / "one"))).read_bytes()
    assert indexer.aside is None  # not held after the build


def test_a_record_the_aside_cannot_read_fails_the_build_naming_it(docs, tmp_path, monkeypatch):
    monkeypatch.setattr(parallel, "workers_available", lambda: 2)
    broken = tmp_path / "docs"
    shutil.copytree(docs, broken)
    victim = next(file for file in listed(broken) if (broken / record_path(file.src_uri)).is_file())
    (broken / record_path(victim.src_uri)).write_text("{not json", encoding="utf-8")
    indexer = SearchIndexer()
    indexer.start_build(str(broken))
    indexer.index_aside(listed(broken), str(tmp_path / "site"))
    with pytest.raises(ArchiveError) as error:
        indexer.write(str(tmp_path / "site"))
    assert error.value.problems[0].file == f"docs/{record_path(victim.src_uri)}"
