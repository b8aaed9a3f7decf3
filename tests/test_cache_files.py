"""The cache's files (archive/cache/files.py): damage reads as nothing, a digest follows
the code and the registries."""
import pickle

from archive.cache import files


def test_a_damaged_or_wrong_shaped_file_reads_as_nothing(tmp_path):
    path = tmp_path / "x.pickle"
    assert files.load(path) is None  # none yet
    path.write_bytes(b"not a pickle")
    assert files.load(path) is None
    files.save(path, {"a": 1})
    assert files.load(path) == {"a": 1}
    path.write_bytes(pickle.dumps([1, 2]))
    assert files.load(path, dict) is None  # a valid pickle of the wrong shape is damage too


def test_the_digest_follows_the_registries_and_the_code_parts(tmp_path):
    (tmp_path / "corpus").mkdir()
    before = files.inputs_digest(tmp_path, code=("text",))
    (tmp_path / "corpus" / "tags.yml").write_text("tags: []\n", encoding="utf-8")
    after = files.inputs_digest(tmp_path, code=("text",))
    assert before != after
    assert files.inputs_digest(tmp_path, code=("text",)) != files.inputs_digest(tmp_path, code=("read",))
    assert all(path.suffix == ".py" for path in files.code_files(("text", "models.py")))
