"""The build's caches (.cache/archive/) may only save work: they follow what they
depend on, and a damaged one costs time, never a wrong page."""
from archive.cli import main
from archive.render.export import read_export
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


def newest(project):
    export = read_export(project / "docs")
    return max((a["date"], a["source_file"]) for a in export["articles"])


def test_a_new_day_keeps_the_cache_and_an_earlier_one_still_finds_future_dates(tmp_path, monkeypatch, capsys):
    """The build date is not in the cache's key: the next day reads no file again.
    A date in the future is still an error when the build is run with an earlier --today."""
    import datetime as dt
    from archive import extraction
    project = copy_project_to(tmp_path / "project")
    write_corpus(project / "corpus", 12)
    assert main(["--root", str(project), "--today", TODAY]) == 0
    before = tree_hash(project / "docs")
    read = []
    real_extract = extraction.extract
    monkeypatch.setattr(extraction, "extract", lambda path, *rest: read.append(path.name) or real_extract(path, *rest))
    assert main(["--root", str(project), "--today", "2026-11-24"]) == 0
    assert read == [] and tree_hash(project / "docs") == before

    date, source = newest(project)
    day_before = (dt.date.fromisoformat(date) - dt.timedelta(days=1)).isoformat()
    capsys.readouterr()
    assert main(["--root", str(project), "--today", day_before]) == 1
    err = capsys.readouterr().err
    assert source in err and f"the date {date} is in the future" in err
    assert tree_hash(project / "docs") == before
    assert source.rsplit("/", 1)[-1] in read  # read again, not taken from the cache
    read.clear()
    assert main(["--root", str(project), "--today", TODAY]) == 0  # the error was not kept either
    assert read == [] and tree_hash(project / "docs") == before


def test_an_edit_that_keeps_size_and_modification_time_is_still_read(tmp_path, capsys):
    """The cache follows a file's bytes: same length, mtime put back, yet a new page."""
    import os
    project = copy_project_to(tmp_path / "project")
    write_corpus(project / "corpus", 12)
    assert main(["build", "--root", str(project), "--today", TODAY]) == 0
    path = sorted((project / "corpus").glob("*.txt"))[4]
    before = os.stat(path)
    text = path.read_text(encoding="utf-8")
    paragraph = max(text.split("\n"), key=len)  # a body paragraph, shown on the page
    edited = text.replace(paragraph, paragraph.replace("a", "o", 1))
    assert edited != text and len(edited.encode()) == before.st_size
    path.write_text(edited, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(path).st_mtime_ns == before.st_mtime_ns
    assert main(["build", "--root", str(project), "--today", TODAY]) == 0
    cached = tree_hash(project / "docs")
    assert main(["build", "--root", str(project), "--today", TODAY, "--no-cache"]) == 0
    assert tree_hash(project / "docs") == cached


def wrong_shapes(cache, display):
    """Valid pickles of the wrong shape for each cache file, as another version or a
    stray tool could leave them."""
    import pickle
    shards = sorted(p for p in cache.glob("*/*.pickle"))
    pages = pickle.loads((cache / "pages.pickle").read_bytes())
    related = pickle.loads((cache / "related.pickle").read_bytes())
    yield {shard: pickle.dumps([1, 2, 3]) for shard in shards}
    yield {shard: pickle.dumps({display: "not an entry"}) for shard in shards}
    yield {shard: pickle.dumps({display: ("0" * 64, ("not an article", ()))}) for shard in shards}
    yield {shard: pickle.dumps((display, "0" * 64, "not pickled bytes")) for shard in shards}
    yield {shard: pickle.dumps((display, "0" * 64, pickle.dumps(("not an article", ())))) for shard in shards}
    yield {shard: shard.read_bytes() + pickle.dumps((display, "0" * 64)) for shard in shards}
    yield {shard: shard.read_bytes()[:-7] for shard in shards}
    yield {cache / "pages.pickle": pickle.dumps(["salt", "units"])}
    yield {cache / "pages.pickle": pickle.dumps({"salt": pages["salt"], "units": {"articles/x.md": 5}})}
    yield {cache / "related.pickle": pickle.dumps(42)}
    yield {cache / "related.pickle": pickle.dumps({"fingerprint": related["fingerprint"], "result": [1, 2]})}
    yield {cache / "related.pickle": pickle.dumps({"fingerprint": related["fingerprint"],
                                                   "result": {"a": [1]}})}


def test_a_cache_file_of_the_wrong_shape_is_damage_not_a_traceback(tmp_path, capsys):
    project = copy_project_to(tmp_path / "project")
    write_corpus(project / "corpus", 12)
    assert main(["build", "--root", str(project), "--today", TODAY]) == 0
    before = tree_hash(project / "docs")
    cache = project / ".cache" / "archive"
    display = "corpus/" + sorted((project / "corpus").glob("*.txt"))[0].name
    for planted in list(wrong_shapes(cache, display)):
        for path, data in planted.items():
            path.write_bytes(data)
        assert main(["build", "--root", str(project), "--today", TODAY]) == 0, planted
        assert tree_hash(project / "docs") == before
        assert main(["build", "--root", str(project), "--today", TODAY]) == 0  # and it was rewritten
        assert tree_hash(project / "docs") == before
