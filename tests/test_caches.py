"""The build's caches (.cache/archive/) may only save work: they follow what they
depend on, and a damaged one costs time, never a wrong page."""
from archive.cli import main
from benchmarks.corpus import write_corpus
from conftest import copy_project_to, tree_hash

TODAY = "2026-11-23"


def test_the_cache_follows_the_registries_and_survives_damage(tmp_path, capsys):
    """A registry edit makes a new cache (the old one is removed, leftovers and all);
    a damaged cache file is only a slower build, never a wrong one."""
    project = copy_project_to(tmp_path / "project")
    write_corpus(project / "corpus", 12)
    assert main(["--root", str(project), "--today", TODAY]) == 0
    cache = project / ".cache" / "archive"
    first = [p for p in cache.iterdir() if p.is_dir()]
    assert len(first) == 1 and list(first[0].glob("*.pickle"))
    (first[0] / "leftover.tmp").write_bytes(b"from a build that was killed")
    tags = project / "corpus" / "tags.yml"
    tags.write_text(tags.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert main(["--root", str(project), "--today", TODAY]) == 0
    second = [p for p in cache.iterdir() if p.is_dir()]
    assert len(second) == 1 and second != first
    before = tree_hash(project / "docs")
    for shard in second[0].glob("*.pickle"):
        shard.write_bytes(b"not a pickle")
    (cache / "pages.pickle").write_bytes(b"nor this")
    assert main(["--root", str(project), "--today", TODAY]) == 0
    assert tree_hash(project / "docs") == before
