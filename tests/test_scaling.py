"""Scaling properties that do not depend on the machine's speed (issue 7's guard):
page sizes that do not grow with the corpus, and incremental builds that rewrite
only the pages whose content changed. The speeds themselves are `make bench`'s."""
import datetime as dt
import os
import shutil
import statistics

import pytest

from archive.render import pagination
from archive.cli import main
from archive.extraction import extract
from archive.render.markup import escape
from archive.render.export import ARTICLES_EXPORT, DOCUMENTS_EXPORT
from archive.search.records import record_path
from archive.registry.registries import load_registries
from benchmarks.corpus import edit_one_article, write_corpus
from conftest import copy_project_to, tree_hash

TODAY = "2026-11-23"
# Small page sizes, so that lists are already cut into pages at a few dozen articles.
PAGE_SIZES = {"ARTICLES_PER_PAGE": 2, "CITING_PER_PAGE": 2, "ENTRIES_PER_PAGE": 5}


@pytest.fixture
def small_pages(monkeypatch):
    for name, size in PAGE_SIZES.items():
        monkeypatch.setattr(pagination, name, size)


def built_project(tmp_path, name: str, count: int):
    project = copy_project_to(tmp_path / name)
    write_corpus(project / "corpus", count)
    assert main(["--root", str(project), "--today", TODAY]) == 0
    return project


def page_sizes(docs, pattern: str) -> list[int]:
    return [p.stat().st_size for p in docs.glob(pattern) if p.name != ".generated"]


def test_page_sizes_do_not_grow_with_the_corpus(tmp_path, small_pages, capsys):
    small = built_project(tmp_path, "small", 40) / "docs"
    large = built_project(tmp_path, "large", 160) / "docs"
    # An article page holds that article and a bounded list of related ones.
    small_median = statistics.median(page_sizes(small, "articles/*/*.md"))
    large_median = statistics.median(page_sizes(large, "articles/*/*.md"))
    assert 0.9 <= large_median / small_median <= 1.1, (small_median, large_median)
    # Lists are cut into pages: four times the articles, more pages, not longer ones.
    for section in ("years", "outlets", "tags", "people", "organisations", "places", "documents"):
        small_pages_, large_pages_ = page_sizes(small, f"{section}/**/*.md"), page_sizes(large, f"{section}/**/*.md")
        assert len(large_pages_) > len(small_pages_), section
        assert max(large_pages_) <= 1.5 * max(small_pages_), (section, max(small_pages_), max(large_pages_))


def snapshot(docs) -> dict[str, tuple[int, bytes]]:
    return {p.relative_to(docs).as_posix(): (p.stat().st_mtime_ns, p.read_bytes())
            for p in docs.rglob("*") if p.is_file()}


def test_one_article_edit_rewrites_only_the_pages_that_show_it(tmp_path, small_pages, capsys):
    project = built_project(tmp_path, "project", 60)
    docs = project / "docs"
    old = 1_000_000_000_000_000_000
    for path in docs.rglob("*"):  # an old mtime, so a rewrite shows even within one clock tick
        if path.is_file():
            os.utime(path, ns=(old, old))
    before = snapshot(docs)

    assert main(["--root", str(project), "--today", TODAY]) == 0  # nothing changed: nothing written
    assert snapshot(docs) == before
    assert "pages written: 0," in capsys.readouterr().out

    source = sorted((project / "corpus").glob("*.txt"))[7]
    edit_one_article(source)
    assert main(["--root", str(project), "--today", TODAY]) == 0
    after = snapshot(docs)
    touched = {page for page in after if after[page][0] != old}
    changed = {page for page in after if before.get(page, (0, b""))[1] != after[page][1]}
    assert touched == changed, "a file was rewritten with the bytes it had"
    # The edited article's page is among them; every other changed page shows it
    # (lists, related articles, indexes of what it names) or is an export of everything.
    article_pages = [page for page in changed if page.startswith("articles/")
                     and f"Tệp nguồn: {escape(source.relative_to(project).as_posix())}" in after[page][1].decode()]
    assert len(article_pages) == 1
    slug = article_pages[0].rsplit("/", 1)[1].removesuffix(".md")
    for page in changed - set(article_pages):
        if page in (ARTICLES_EXPORT, DOCUMENTS_EXPORT, "feed.xml", record_path(article_pages[0])):
            continue  # an export of everything, or the article's search record
        assert slug in after[page][1].decode() or slug in before.get(page, (0, b""))[1].decode(), page
    assert len(changed) < len(after) // 4


def retitle(path):
    """Change an article's title where the file writes it (it is on lists, related
    articles and every index that shows the article)."""
    (article, _), _ = extract(path, "x", load_registries(path.parent), dt.date.fromisoformat(TODAY))
    text = path.read_text(encoding="utf-8")
    assert article.title in text
    path.write_text(text.replace(article.title, article.title + " được sửa", 1), encoding="utf-8")


@pytest.mark.parametrize("edit", [edit_one_article, retitle], ids=["body", "title"])
def test_an_incremental_build_makes_what_a_clean_build_makes(tmp_path, small_pages, edit, capsys):
    """The caches (extraction, article pages, index sections, related articles) may
    skip work, never change the result."""
    project = built_project(tmp_path, "project", 60)
    edit(sorted((project / "corpus").glob("*.txt"))[11])
    assert main(["--root", str(project), "--today", TODAY]) == 0
    clean = tmp_path / "clean"
    shutil.copytree(project, clean, ignore=shutil.ignore_patterns(".cache", "docs"))
    shutil.copytree(project / "docs", clean / "docs",
                    ignore=lambda folder, names: [n for n in names if folder == str(project / "docs")
                                                  and n not in ("about.md", "assets")])
    assert main(["--root", str(clean), "--today", TODAY, "--no-cache"]) == 0
    assert tree_hash(project / "docs") == tree_hash(clean / "docs")
