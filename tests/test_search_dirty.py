"""Search under dirty builds (hooks/search.py, archive/search/index.py update_index):
`mkdocs build --dirty` and `make serve` (`mkdocs serve --dirty`) render only the changed
pages, and the search index must still hold every page, the same as a full build's."""
import os
import shutil
from pathlib import Path

import pytest

from archive.search import index as si
from archive.search import update as su
from archive.cli import main
from archive.text.normalize import fold
from conftest import copy_project_to, mkdocs_build, tree_hash
from test_preview import SEED, article_url, preview, save  # noqa: F401 (preview: a fixture)

TODAY = "2026-11-23"
ORIGINAL = "đã dành gần một năm"
EDITED = "đã dành gần một năm rưỡi cùng Tổ khảo sát Quỳnhxuyên"  # a word no page has
NEW_WORD = fold("Quỳnhxuyên")


def mkdocs_dirty(project: Path, site: Path) -> None:
    """`mkdocs build --strict --dirty` into `site`, as `mkdocs serve --dirty` rebuilds."""
    mkdocs_build(project, site, dirty=True)


def build_pages(project: Path) -> None:
    assert main(["--root", str(project), "--today", TODAY]) == 0


def pages(site: Path) -> int:
    return si.load((site / si.FOLDER / "meta.js").read_text(encoding="utf-8"))[1]["pages"]


def find(site: Path, word: str) -> list[dict]:
    """The records of the pages whose postings hold the folded `word`, as the browser looks it up."""
    root = site / si.FOLDER
    keys = si.load((root / "meta.js").read_text(encoding="utf-8"))[1]["shards"]
    key = si.shard_for(word, keys)
    shard = si.load((root / f"s/{keys.index(key)}.js").read_text(encoding="utf-8"))[1] if key else {}
    ids = sorted({page_id for postings in shard.get(word, {}).values() for page_id, _ in si.decode(postings)})
    return [si.load((root / f"{si.record_name(i)}.js").read_text(encoding="utf-8"))[1] for i in ids]


def edit_seed(project: Path, old: str, new: str) -> None:
    source = project / "corpus" / SEED
    text = source.read_text(encoding="utf-8")
    assert text.count(old) == 1
    save(source, text.replace(old, new))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The seeds built in full, once: (project, site)."""
    project = copy_project_to(tmp_path_factory.mktemp("dirty") / "project")
    build_pages(project)
    mkdocs_build(project, project / "site")
    return project, project / "site"


@pytest.fixture
def project(built, tmp_path):
    """A fresh copy of the built project (its site/ included), for one test to change."""
    source, _ = built
    target = tmp_path / "project"
    shutil.copytree(source, target, copy_function=shutil.copy2)  # times kept: site/ stays newer than docs/
    return target


def full_index(project: Path, tmp_path: Path) -> Path:
    """A full build of the project's docs/ as it now is, into a site of its own."""
    site = tmp_path / "full-site"
    mkdocs_build(project, site)
    return site


def test_dirty_build_after_an_edit_indexes_every_page_and_the_new_text(project, tmp_path):
    site = project / "site"
    url = article_url(project)
    untouched = site / "about.html"
    before = untouched.stat().st_mtime_ns
    count = pages(site)

    edit_seed(project, ORIGINAL, EDITED)
    build_pages(project)
    mkdocs_dirty(project, site)

    assert untouched.stat().st_mtime_ns == before  # a dirty build: unchanged pages not rendered
    assert pages(site) == count
    found = find(site, NEW_WORD)
    assert [r["u"] for r in found] == [url]
    assert EDITED in found[0]["b"]
    # The same index, file for file, as a full build of the same docs/.
    assert tree_hash(site / si.FOLDER) == tree_hash(full_index(project, tmp_path) / si.FOLDER)


def test_dirty_build_takes_a_record_that_changed_while_its_page_did_not(project, tmp_path):
    """A person's record holds the roles of every article naming them, page 1 shows only
    its own articles: a record can change with its page's Markdown as it was. A record
    newer than the index has its page rendered again, and the index takes it."""
    import json
    from archive.search.records import record_path
    site = project / "site"
    record_file = next((project / "docs" / "data" / ".search" / "people").glob("*.json"))
    page = "people/" + record_file.stem + ".md"
    assert (project / "docs" / record_path(page)) == record_file
    record = json.loads(record_file.read_text(encoding="utf-8"))
    record_file.write_text(json.dumps({**record, "b": record["b"] + ", Trưởng ban Quỳnhxuyên"},
                                      ensure_ascii=False), encoding="utf-8")
    index_time = (site / si.FOLDER / "meta.js").stat().st_mtime_ns
    os.utime(record_file, ns=(index_time + 10**9,) * 2)
    mkdocs_dirty(project, site)
    assert [r["u"] for r in find(site, NEW_WORD)] == [page.replace(".md", ".html")]
    assert tree_hash(site / si.FOLDER) == tree_hash(full_index(project, tmp_path) / si.FOLDER)


def test_dirty_build_drops_a_removed_article(project, tmp_path):
    site = project / "site"
    url = article_url(project)
    count = pages(site)
    (project / "corpus" / SEED).unlink()
    build_pages(project)
    mkdocs_dirty(project, site)
    full = full_index(project, tmp_path)
    assert pages(site) == pages(full) < count
    assert url not in {r["u"] for r in find(site, fold("năm"))}
    assert tree_hash(site / si.FOLDER) == tree_hash(full / si.FOLDER)


def test_dirty_build_without_a_usable_index_renders_every_page(project, tmp_path):
    """No index to take records from (deleted, or a build that failed after writing pages):
    the pages concerned are rendered again, and the index is whole."""
    site = project / "site"
    shutil.rmtree(site / si.FOLDER)
    mkdocs_dirty(project, site)
    full = full_index(project, tmp_path)
    assert tree_hash(site / si.FOLDER) == tree_hash(full / si.FOLDER)

    # A build that failed after writing a page leaves its HTML newer than the index, whose
    # record for it may be stale: the page is rendered again.
    url = article_url(project)
    records = su.read_index(str(site)).records
    page_id = [r["u"] for r in records].index(url)
    stale = [*records[:page_id], {**records[page_id], "b": "stale"}, *records[page_id + 1:]]
    path, text = si.record_file(page_id, stale[page_id])
    (site / si.FOLDER / path).write_text(text, encoding="utf-8")
    si.save_records(str(site), stale, (site / si.FOLDER / "meta.js").read_text(encoding="utf-8"))
    index_time = (site / si.FOLDER / "meta.js").stat().st_mtime_ns
    os.utime(site / url, ns=(index_time + 10**9,) * 2)
    mkdocs_dirty(project, site)
    assert tree_hash(site / si.FOLDER) == tree_hash(full / si.FOLDER)


def record(url, body, date="01/01/2020", title="Tin", kind="article"):
    return {"u": url, "k": kind, "t": title, "d": date, "o": "Báo", "l": "", "w": "", "n": [], "b": body}


RECORDS = [record("a/", "Ủy ban Kiểm tra tổ chức", "02/03/2021"),
           record("b/", "Uỷ ban nhân dân; to chuc", "01/01/2019"),
           record("c/", "chạy chức chạy quyền", "05/05/2023"),
           record("people/x/", "Bí thư", "", "Trương Thị Mai", "person")]


@pytest.mark.parametrize("change", [
    lambda rs: rs[0].update(b="Ủy ban Kiểm tra Quỳnhxuyên"),  # a word added, one gone
    lambda rs: rs[1].update(t="Ủy ban", b=""),  # a word's best field changes, words gone
    lambda rs: rs[2].update(b="chạy chức chạy quyền"),  # nothing changes
    lambda rs: rs.append(record("d/", "mới", "01/01/2022")),  # page ids move: all rewritten
    lambda rs: rs.pop(0),
    lambda rs: rs[3].update(t="Trương Mai"),  # a name changes: its name key and pairs
    lambda rs: rs[2].update(b="chạy quyền chạy chức"),  # same words, other pairs
    lambda rs: rs[3].update(k="place"),  # another kind: page ids move
], ids=["edit", "fields", "same", "added", "removed", "renamed", "reordered", "kind"])
def test_update_index_gives_the_files_of_a_full_write(tmp_path, change):
    site = tmp_path / "site"
    si.write_index(str(site), RECORDS, cap=40, pair_cap=40)  # a small cap: several shards, some split
    records = [dict(r) for r in RECORDS]
    change(records)
    size = su.update_index(str(site), su.read_index(str(site)), records, cap=40, pair_cap=40)
    si.write_index(str(tmp_path / "full"), records, cap=40, pair_cap=40)
    assert tree_hash(site / si.FOLDER) == tree_hash(tmp_path / "full" / si.FOLDER)
    assert size == sum(p.stat().st_size for p in (site / si.FOLDER).rglob("*") if p.is_file())


def test_read_index_refuses_an_index_that_is_not_whole(tmp_path):
    si.write_index(str(tmp_path), RECORDS)
    assert [r["u"] for r in su.read_index(str(tmp_path)).records] == ["c/", "a/", "b/", "people/x/"]
    (tmp_path / si.FOLDER / "d/0/2.js").unlink()
    assert su.read_index(str(tmp_path)) is None
    si.write_index(str(tmp_path), RECORDS)
    (tmp_path / si.FOLDER / "p/0.js").unlink()  # a pair shard
    assert su.read_index(str(tmp_path)) is None
    assert su.read_index(str(tmp_path / "nothing")) is None


def test_serve_dirty_updates_the_page_and_the_search_index(preview):
    """`make serve` (`mkdocs serve --dirty`): the edited page reloads and search finds its
    new text, with every page still in the index."""
    project = preview.project
    url = article_url(project)
    count = si.load(preview.get(si.FOLDER + "/meta.js"))[1]["pages"]
    edit_seed(project, ORIGINAL, EDITED)
    preview.wait(lambda: EDITED in (preview.get(url) or ""), "edited text on the page")

    def served_index_finds_it() -> bool:
        meta = si.load(preview.get(si.FOLDER + "/meta.js") or 'window.__archiveSearchLoad("meta",{});\n')[1]
        key = si.shard_for(NEW_WORD, meta.get("shards", []))
        if meta.get("pages") != count or key is None:
            return False
        shard = si.load(preview.get(f"{si.FOLDER}/s/{meta['shards'].index(key)}.js"))[1]
        ids = [i for postings in shard.get(NEW_WORD, {}).values() for i, _ in si.decode(postings)]
        return len(ids) == 1 and si.load(preview.get(f"{si.FOLDER}/{si.record_name(ids[0])}.js"))[1]["u"] == url

    preview.wait(served_index_finds_it, "the new text in the served search index")
    assert "dirty" in preview.log()  # it is the dirty preview
