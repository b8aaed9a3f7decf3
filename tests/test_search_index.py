"""The static search index (archive/search/index.py): postings, shards, forms, size cap."""
import json
import re

from hypothesis import given, strategies as st

from archive.search import index as si
from archive.search.folding import tone_key


def record(url, title="", body="", date="01/01/2020", lead="", keywords="", numbers=()):
    return {"u": url, "k": "article", "t": title, "d": date, "o": "Báo", "l": lead, "w": keywords,
            "n": list(numbers), "b": body}


def load(text):
    """The (name, data) a file passes to window.__archiveSearchLoad."""
    match = re.fullmatch(r'window\.__archiveSearchLoad\("([^"]+)",(.*)\);\n', text, re.S)
    return match[1], json.loads(match[2])


def shard_entries(files):
    """{word: {form: [(page id, field code)]}} over all shards, and the shard keys."""
    keys = load(files["meta.js"])[1]["shards"]
    words = {}
    for n in range(len(keys)):
        name, data = load(files[f"s/{n}.js"])
        assert name == f"s/{n}"
        for word, forms in data.items():
            words[word] = {form: si.decode(p) for form, p in forms.items()}
    return words, keys


RECORDS = [
    record("a/", title="Ủy ban Kiểm tra", body="Đảng bộ tổ chức", date="02/03/2021"),
    record("b/", title="Tin", body="Uỷ ban nhân dân; to chuc", date="01/01/2019", numbers=["205-QĐ/TW"]),
    record("c/", title="Tổ chức", lead="chạy chức chạy quyền", date="05/05/2023"),
]


def test_pages_are_numbered_newest_first_and_records_kept():
    files = si.build_index(RECORDS)
    assert load(files["meta.js"])[1]["pages"] == 3
    assert [load(files[f"d/0/{i}.js"])[1]["u"] for i in range(3)] == ["c/", "a/", "b/"]
    name, rec = load(files["d/0/2.js"])
    assert name == "d/0/2" and rec["n"] == ["205-QĐ/TW"] and rec["b"].startswith("Uỷ ban")


def test_postings_hold_best_field_per_page_and_forms():
    words, _ = shard_entries(si.build_index(RECORDS))
    # "uy": page 1 (a/) in the title, page 2 (b/) in the body; both tone placements share a form.
    assert words["uy"] == {"uỷ": [(1, 4), (2, 0)]}
    # Folded words without marks have form ""; numbers have their own form "#".
    assert words["chuc"][tone_key("chức")] == [(0, 4), (1, 0)] and words["chuc"][""] == [(2, 0)]
    assert words["qd"] == {"#": [(2, 3)]} and words["205"] == {"#": [(2, 3)]}
    assert words["dang"] == {tone_key("đảng"): [(1, 0)]}
    assert words["quyen"] == {tone_key("quyền"): [(0, 1)]}


def test_every_word_is_in_the_shard_its_key_names():
    words, keys = shard_entries(si.build_index(RECORDS))
    for word in words:
        assert si.shard_for(word, keys) is not None
    assert si.shards_for_prefix("chu", keys) == [si.shard_for("chuc", keys)]


def test_size_cap_splits_shards_and_prefix_lookup_still_finds_every_word():
    body = " ".join(f"to{c}{d}" for c in "abcdefgh" for d in "aeiou") + " to tom tomb"
    records = [record(f"p{i}/", body=body, date=f"{i % 28 + 1:02d}/01/2020") for i in range(200)]
    files = si.build_index(records, cap=2000)
    words, keys = shard_entries(files)
    assert len([k for k in keys if k.startswith("to")]) > 3  # "to" was split
    assert all(len(k) >= si.MIN_KEY for k in keys)
    assert not any(a != b and b.startswith(a) for a in keys for b in keys)  # prefix-free
    for prefix in ("to", "tom", "tob", "toba"):
        found = set()
        for key in si.shards_for_prefix(prefix, keys):
            found |= set(load(files[f"s/{keys.index(key)}.js"])[1])
        assert {w for w in words if w.startswith(prefix)} <= found, prefix
    # Bounded: a shard is over the cap only when it holds a single word.
    for n, key in enumerate(keys):
        data = load(files[f"s/{n}.js"])[1]
        if sum(si.entry_size(w, f) for w, f in data.items()) > 2000:
            assert len(data) == 1, key


@given(st.lists(st.tuples(st.integers(0, 3000), st.integers(0, 4)), max_size=50))
def test_varint_postings_round_trip(pairs):
    ids = sorted({i for i, _ in pairs})
    codes = dict(pairs)
    out, last = [], 0
    for page_id in ids:
        si.varint((page_id - last) * 5 + codes[page_id], out)
        last = page_id
    assert si.decode("".join(out)) == [(i, codes[i]) for i in ids]


def test_words_with_forms_match_the_browser_split():
    assert si.words_with_forms("205-QĐ/TW Hoà") == [("205", ""), ("qd", "qđ"), ("tw", ""), ("hoa", tone_key("hoà"))]


def test_write_index_replaces_the_folder(tmp_path):
    stale = tmp_path / "assets" / "search" / "s" / "999.js"
    stale.parent.mkdir(parents=True)
    stale.write_text("old")
    size = si.write_index(str(tmp_path), RECORDS)
    assert not stale.exists() and (tmp_path / "assets/search/meta.js").is_file() and size > 0
