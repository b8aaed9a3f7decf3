"""The articles' export as gzip members (render/export.py, cache/members.py): the same JSON as
one stream, read whole by the usual tools, and an edit to one article compresses one member."""
from __future__ import annotations

import gzip
import json
import shutil
import subprocess

import pytest

from archive.cache import members as members_module
from archive.cache.members import MemberCache
from archive.cli import main
from archive.models import Article
from archive.render import export
from benchmarks.corpus import edit_one_article, write_corpus
from conftest import copy_project_to

TODAY = "2026-11-23"


def _articles(hashes: list[str]) -> list[Article]:
    return [Article(title=f"Bài {i}", date=None, outlet="", lead="", blocks=(), source_file=f"corpus/{i}.txt",
                    source_hash=h)
            for i, h in enumerate(hashes)]


def _hashes(count: int, seed: str = "") -> list[str]:
    import hashlib
    return [hashlib.sha256(f"{seed}{i}".encode()).hexdigest() for i in range(count)]


def test_an_article_added_or_removed_changes_only_its_own_member():
    """Members are cut where an article's hash falls on a boundary, not every N articles."""
    hashes = _hashes(3000)
    before = [[a.source_hash for a in g] for g in export._members(_articles(hashes))]
    assert 3000 / len(before) == pytest.approx(export.MEMBER_ARTICLES, rel=0.5)
    for where in (0, 1234, 2999):
        added = hashes[:where] + _hashes(1, "new") + hashes[where:]
        after = [[a.source_hash for a in g] for g in export._members(_articles(added))]
        assert len([g for g in after if g not in before]) <= 2, where  # its group, maybe split in two
        removed = hashes[:where] + hashes[where + 1:]
        after = [[a.source_hash for a in g] for g in export._members(_articles(removed))]
        assert len([g for g in after if g not in before]) <= 1, where


@pytest.fixture
def built(tmp_path):
    project = copy_project_to(tmp_path / "project")
    write_corpus(project / "corpus", 300)
    assert main(["--root", str(project), "--today", TODAY, "--no-cache"]) == 0
    return project


def test_the_members_make_the_json_one_stream_made_and_gzip_reads_whole(built, tmp_path):
    data = (built / "docs" / export.ARTICLES_EXPORT).read_bytes()
    assert data.count(b"\x1f\x8b\x08") >= 3  # a head, groups of articles, an end
    text = gzip.decompress(data).decode("utf-8")
    parsed = json.loads(text)
    assert parsed["count"] == len(parsed["articles"]) == 300
    # What _dump writes as one stream: the same text, record per line.
    records = parsed["articles"]
    stream = export._dump({"version": export.EXPORT_VERSION, "count": 300}, "articles", records).text()
    assert text == stream
    if shutil.which("gzip"):
        whole = subprocess.run(["gzip", "-dc"], input=data, capture_output=True, check=True).stdout
        assert whole.decode("utf-8") == text


def test_an_edit_compresses_one_member_again_and_the_export_is_what_a_clean_build_makes(built, tmp_path,
                                                                                      monkeypatch):
    assert main(["--root", str(built), "--today", TODAY]) == 0  # fills the caches
    log = tmp_path / "compressed.log"  # a file: the export may be made in a forked worker
    real = members_module.compress

    def counted(text: str) -> bytes:
        with open(log, "a", encoding="utf-8") as out:
            out.write(("edited" if "bench_00150.txt" in text else "other") + "\n")
        return real(text)
    monkeypatch.setattr(members_module, "compress", counted)
    edit_one_article(built / "corpus" / "bench_00150.txt")
    assert main(["--root", str(built), "--today", TODAY]) == 0
    assert log.read_text(encoding="utf-8").split() == ["edited"]
    incremental = (built / "docs" / export.ARTICLES_EXPORT).read_bytes()

    clean = copy_project_to(tmp_path / "clean")
    shutil.rmtree(clean / "corpus")
    shutil.copytree(built / "corpus", clean / "corpus")
    assert main(["--root", str(clean), "--today", TODAY, "--no-cache"]) == 0
    assert (clean / "docs" / export.ARTICLES_EXPORT).read_bytes() == incremental


def test_the_kept_members_are_this_builds_only_and_a_damaged_file_is_only_slower(tmp_path):
    root = tmp_path
    cache = MemberCache(root, "export", salt="code")
    first = [cache.member(["a"], lambda: "một"), cache.member(["b"], lambda: "hai")]
    cache.save()
    again = MemberCache(root, "export", salt="code")
    assert again.member(["a"], lambda: pytest.fail("kept: not compressed again")) == first[0]
    again.save()
    assert set(MemberCache(root, "export", salt="code").saved) == set(again.used)  # "b" is gone
    assert MemberCache(root, "export", salt="other code").member(["a"], lambda: "một!") != first[0]
    (root / ".cache" / "archive" / "export.pickle").write_bytes(b"not a pickle")
    damaged = MemberCache(root, "export", salt="code")
    assert damaged.saved == {} and gzip.decompress(damaged.member(["a"], lambda: "một")) == "một".encode()
