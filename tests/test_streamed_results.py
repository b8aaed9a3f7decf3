"""The result cache's fast path: a worker's result, pickled to cross to the parent,
goes to its shard as those very bytes while the other files are read (cache/results.py,
extraction.py), where the save used to pickle every article again. It must keep what
the plain path keeps, and read back what it would."""
import datetime as dt
import pickle
from pathlib import Path

from archive import extraction
from archive.cache.results import SHARDS, ResultCache, read_shard
from archive.registry.registries import load_registries
from benchmarks.corpus import write_corpus
from conftest import copy_project_to

TODAY = dt.date(2026, 11, 23)


def _corpus(tmp_path: Path, count: int) -> tuple[Path, list[tuple[Path, str]]]:
    project = copy_project_to(tmp_path / "project")
    write_corpus(project / "corpus", count)
    files = sorted((project / "corpus").glob("*.txt"))
    return project, [(path, f"corpus/{path.name}") for path in files]


def _saved(folder: Path) -> dict:
    out = {}
    for shard in sorted(folder.glob("*.pickle")):
        entries = read_shard(shard)
        assert entries is not None, shard
        out.update({display: (content, repr(result)) for display, (content, result) in entries.items()})
    return out


def test_workers_pickled_results_equal_the_in_process_ones(tmp_path, monkeypatch):
    """Read by two workers with pickled results, or in one process without: the same
    results, hashes and order; the pickled bytes load to the very result."""
    monkeypatch.setattr(extraction, "PARALLEL_FROM", 2)
    project, files = _corpus(tmp_path, 12)
    registries = load_registries(project / "corpus")
    plain = list(extraction._extract_many(files, registries, TODAY, workers=1, pickled=False))
    fast = list(extraction._extract_many(files, registries, TODAY, workers=2, pickled=True))
    assert [repr(r) for r, _, _ in plain] == [repr(r) for r, _, _ in fast]
    assert [c for _, c, _ in plain] == [c for _, c, _ in fast]
    assert all(p is None for _, _, p in plain)
    assert all(p is not None and repr(pickle.loads(p)) == repr(r) for r, _, p in fast)


def test_streamed_shards_hold_what_plain_shards_hold(tmp_path):
    """put() with the pickled bytes (written at once) and put() without (pickled at the
    save) leave shards that read back as the same entries."""
    project, files = _corpus(tmp_path, 30)
    registries = load_registries(project / "corpus")
    read = list(extraction._extract_many(files, registries, TODAY, workers=1))
    plain, streamed = ResultCache(tmp_path / "plain", "k"), ResultCache(tmp_path / "streamed", "k")
    for (path, display), (result, content, _) in zip(files, read):
        plain.put(display, content, result)
        streamed.put(display, content, result, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    keep = {display for _, display in files}
    plain.save(keep)
    streamed.save(keep)
    assert _saved(tmp_path / "plain" / "k") == _saved(tmp_path / "streamed" / "k")
    assert len(_saved(tmp_path / "plain" / "k")) == len(files)
    assert not list((tmp_path / "streamed" / "k").glob(".*"))  # no temporary file left


def test_an_edit_rewrites_its_shard_with_the_old_entries_and_the_new(tmp_path):
    """Loaded from disk, one entry replaced by a streamed one, one file gone: the shards
    read back as the plain cache's, and only the shards touched are written."""
    project, files = _corpus(tmp_path, 30)
    registries = load_registries(project / "corpus")
    read = list(extraction._extract_many(files, registries, TODAY, workers=1))
    first = ResultCache(tmp_path / "c", "k")
    for (_, display), (result, content, _) in zip(files, read):
        first.put(display, content, result, pickle.dumps(result))
    first.save({display for _, display in files})
    stamps = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "c" / "k").glob("*.pickle")}
    again = ResultCache(tmp_path / "c", "k")
    edited, gone = files[3][1], files[7][1]
    result, _, _ = read[3]
    again.put(edited, "f" * 64, result, pickle.dumps(result))
    again.save({display for _, display in files} - {gone})
    expected = {display: (content, repr(res)) for (_, display), (res, content, _) in zip(files, read)}
    expected[edited] = ("f" * 64, repr(result))
    del expected[gone]
    assert _saved(tmp_path / "c" / "k") == expected
    touched = {f"{ResultCache.shard(edited):02d}.pickle", f"{ResultCache.shard(gone):02d}.pickle"}
    now = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "c" / "k").glob("*.pickle")}
    assert {name for name in stamps if now.get(name) != stamps[name]} <= touched
    assert len(stamps) <= SHARDS


def test_a_build_stopped_before_the_save_leaves_no_shard_begun(tmp_path):
    project, files = _corpus(tmp_path, 3)
    registries = load_registries(project / "corpus")
    cache = ResultCache(tmp_path / "c", "k")
    result, content, _ = next(iter(extraction._extract_many(files, registries, TODAY, workers=1)))
    cache.put(files[0][1], content, result, pickle.dumps(result))
    assert list((tmp_path / "c" / "k").glob(".*.tmp"))
    cache.discard()
    assert not list((tmp_path / "c" / "k").iterdir())


def test_a_record_of_another_shape_is_damage(tmp_path):
    shard = tmp_path / "00.pickle"
    good = pickle.dumps(("corpus/a.txt", "0" * 64, pickle.dumps(("not an article", ()))))
    for data in (good, pickle.dumps({"corpus/a.txt": 1}), b"\x80\x05garbage", pickle.dumps(("a", "b"))):
        shard.write_bytes(data)
        assert read_shard(shard) is None
    shard.write_bytes(b"")
    assert read_shard(shard) == {}
