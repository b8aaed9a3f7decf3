"""The static search index (archive/search/index.py): postings, shards, forms, size cap."""
import json
import re

import pytest

from hypothesis import given, strategies as st

from archive.search import index as si
from archive.search.postings import shard_keys
from archive.text.normalize import tone_key


def record(url, title="", body="", date="01/01/2020", lead="", keywords="", numbers=(), kind="article"):
    return {"u": url, "k": kind, "t": title, "d": date, "o": "Báo", "l": lead, "w": keywords,
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


def pair_entries(files):
    """{pair or name key: [(page id, field code)]} over all pair shards, and their keys."""
    meta = load(files["meta.js"])[1]
    out = {}
    for n in range(len(meta["pairs"])):
        name, data = load(files[f"p/{n}.js"])
        assert name == f"p/{n}"
        out.update({key: si.decode(p) for key, p in data.items()})
    return out, meta["pairs"]


KINDS_RECORDS = [
    record("tags/can-bo/", title="Công tác cán bộ", lead="Đánh giá cán bộ.", date="", kind="tag"),
    record("people/mai/", title="Trương Thị Mai", body="Trưởng Ban Tổ chức Trung ương", date="", kind="person"),
    record("documents/205/", title="Quy định 205-QĐ/TW (23/09/2019)", numbers=["205-QĐ/TW", "205-qđ/tu"],
           lead="Về kiểm soát quyền lực", date="23/09/2019", kind="document"),
    record("documents/nq/", title="Nghị quyết Đại hội XIII (2021)", date="2021", kind="document"),
    record("articles/b/", title="Tin", body="Đồng chí Trương Thị Mai; khẩn trương. Thị xã Mai Châu", date="30/01/2023"),
    record("articles/a/", title="Tin cũ", body="chạy chức, chạy quyền\nmới đoạn", date="16/07/2018",
           keywords="Công tác cán bộ · Trương Thị Mai"),
]


def test_pages_are_numbered_by_kind_then_newest_first_and_runs_say_kind_and_year():
    files = si.build_index(KINDS_RECORDS)
    meta = load(files["meta.js"])[1]
    urls = [load(files[f"d/0/{i}.js"])[1]["u"] for i in range(meta["pages"])]
    assert urls == ["articles/b/", "articles/a/", "documents/nq/", "documents/205/", "people/mai/", "tags/can-bo/"]
    assert meta["kinds"] == list(si.KINDS)
    kinds = {k: i for i, k in enumerate(si.KINDS)}
    assert meta["runs"] == [[0, kinds["article"], 2023], [1, kinds["article"], 2018], [2, kinds["document"], 2021],
                            [3, kinds["document"], 2019], [4, kinds["person"], 0], [5, kinds["tag"], 0]]


def test_pairs_hold_words_that_follow_each_other_in_a_field():
    pairs, keys = pair_entries(si.build_index(KINDS_RECORDS))
    # body of page 0, keywords of page 1, title of page 4; best field each
    assert pairs["truong thi"] == [(0, 0), (1, 2), (4, 4)] and pairs["thi mai"] == [(0, 0), (1, 2), (4, 4)]
    assert pairs["chuc chay"] == [(1, 0)]  # across a comma: still the phrase "chạy chức, chạy quyền"
    assert "quyen moi" not in pairs  # not across paragraphs
    assert "bo truong" not in pairs  # nor from one keyword to the next
    assert pairs["205 qd"] == [(3, 4)]  # in the title, and the number field
    for key in pairs:
        assert si.shard_for(key, keys) is not None
    # The last query word may be a prefix: "thi m" finds the shard of "thi mai".
    assert si.shard_for("thi mai", keys) in si.shards_for_prefix("thi m", keys)


def test_names_key_a_page_by_what_it_is_called():
    pairs, _ = pair_entries(si.build_index(KINDS_RECORDS))
    names = {key: [page for page, _ in found] for key, found in pairs.items() if key.startswith(si.NAME)}
    assert names == {"=truong thi mai": [4], "=cong tac can bo": [5], "=205 qd tw": [3], "=205 qd tu": [3],
                     "=quy dinh 205 qd tw": [3], "=nghi quyet dai hoi xiii": [2]}


@pytest.mark.parametrize("value, key", [("23/09/2019", "20190923"), ("2019", "20190000"), ("", ""),
                                        ("nhắc đến năm 2019", ""), ("9/2019", "")])
def test_sort_date(value, key):
    assert si.sort_date(value) == key


def test_keys_that_go_on_alike_are_still_split_under_the_cap():
    """Pairs share their first word ("nhieu a", "nhieu b"...): the shard key grows past
    the shared part, so no shard of several keys is over the cap."""
    sizes = {f"nhieu {a}{b}": 300 for a in "abcdefgh" for b in "aeiou"}
    sizes.update({"nhieu": 5000, "nhin": 100, "nho": 100})
    groups = shard_keys(sizes, 2000)
    keys = sorted(groups)
    assert not any(b.startswith(a) for a, b in zip(keys, keys[1:]))  # prefix-free
    for key, members in groups.items():
        assert len(members) == 1 or sum(sizes[m] for m in members) <= 2000, key
    for key in sizes:
        assert key in groups[si.shard_for(key, keys)]
    found = {m for k in si.shards_for_prefix("nhieu c", keys) for m in groups[k]}
    assert {k for k in sizes if k.startswith("nhieu c")} <= found
