"""The search index of a dirty build: read back what the last build left, rewrite what changed.

`make serve` (`mkdocs serve --dirty`) renders only the changed pages. `read_index` reads
the index a build left in the site (meta.js, the word and pair shards) and the whole
records it left beside the site (the published ones hold only a snippet of the body);
`update_index` re-encodes only the postings of the keys whose best field changed in a
changed record and writes only the files whose text changed, meta.js last. The files are
the same as archive/search/index.py's `write_index` of every page.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass

from archive.search.index import (
    FOLDER, PAIR_CAP, RECORD_FIELDS, SHARD_CAP, order_records, page_keys, postings_files,
    meta_digest, record_file, record_name, records_path, save_records, write_files, write_index)
from archive.search.postings import decode, encode, load


@dataclass
class Index:
    """An index as a build left it on disk (read_index)."""
    records: list[dict]  # in page id order
    postings: dict[str, dict[str, str]]  # {folded word: {form: postings}}
    pairs: dict[str, str]  # {pair or name key: postings}
    files: dict[str, str]  # meta.js, s/<n>.js and p/<n>.js: their text
    size: int  # bytes, every file


def read_index(site_dir: str) -> Index | None:
    """The index a build left in `site_dir`, or None when there is none or it is not whole
    (or of another version, or its whole records are missing or of another build: written
    again then)."""
    root = os.path.join(site_dir, *FOLDER.split("/"))
    index = Index([], {}, {}, {}, 0)

    def read(path: str):
        with open(os.path.join(root, *path.split("/")), "rb") as handle:
            data = handle.read()
        index.size += len(data)
        return data.decode("utf-8")

    try:
        index.files["meta.js"] = read("meta.js")
        meta = load(index.files["meta.js"])[1]
        for folder, keys, target in (("s", meta["shards"], index.postings), ("p", meta["pairs"], index.pairs)):
            for number in range(len(keys)):
                index.files[f"{folder}/{number}.js"] = text = read(f"{folder}/{number}.js")
                target.update(load(text)[1])
        with open(records_path(site_dir), encoding="utf-8") as handle:
            kept = json.load(handle)
        if kept["meta"] != meta_digest(index.files["meta.js"]):
            return None
        index.records = kept["records"]
        if len(index.records) != meta["pages"]:
            return None
        for page_id in range(meta["pages"]):  # each published record is there (not read: a snippet)
            index.size += os.path.getsize(os.path.join(root, *record_name(page_id).split("/")) + ".js")
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return index


def _apply(current: str, changes: dict[int, int | None]) -> str:
    pages = dict(decode(current))
    pages.update(changes)
    return encode(sorted((i, c) for i, c in pages.items() if c is not None))


def update_index(site_dir: str, previous: Index, records: list[dict], cap: int = SHARD_CAP,
                 pair_cap: int = PAIR_CAP) -> int:
    """Bring the index `previous` (read_index of `site_dir`) up to `records`: the same files
    as write_index(site_dir, records). When the pages are the same, in the same order, only
    the postings of the keys of changed records are re-encoded and only the files that
    change are written; otherwise (a page added, removed, redated or of another kind: page
    ids move) all is written again. Returns the index's size in bytes."""
    old, postings, pairs = previous.records, previous.postings, previous.pairs
    ordered = [{f: r.get(f, "") for f in RECORD_FIELDS} for r in order_records(records)]
    if [r["u"] for r in ordered] != [r["u"] for r in old] or [r["k"] for r in ordered] != [r["k"] for r in old]:
        return write_index(site_dir, records, cap, pair_cap)
    before: dict[str, str] = {}
    files: dict[str, str] = {}
    word_edits: dict[tuple[str, str], dict[int, int | None]] = {}  # (word, form): {page id: new code}
    pair_edits: dict[str, dict[int, int | None]] = {}
    for page_id, (was, now) in enumerate(zip(old, ordered)):
        if was == now:
            continue
        path, before[path] = record_file(page_id, was)
        files[path] = record_file(page_id, now)[1]
        for edits, old_keys, new_keys in zip((word_edits, pair_edits), page_keys(was), page_keys(now)):
            for key in old_keys.keys() | new_keys.keys():
                if old_keys.get(key) != new_keys.get(key):
                    edits.setdefault(key, {})[page_id] = new_keys.get(key)
    for (word, form), changes in word_edits.items():
        forms = postings.setdefault(word, {})
        forms[form] = _apply(forms.get(form, ""), changes)
        if not forms[form]:
            del forms[form]
        if not forms:
            del postings[word]
    for key, changes in pair_edits.items():
        pairs[key] = _apply(pairs.get(key, ""), changes)
        if not pairs[key]:
            del pairs[key]
    shards = postings_files(dict(sorted(postings.items())), dict(sorted(pairs.items())), ordered, cap, pair_cap)
    meta = shards.pop("meta.js")
    before.update(previous.files)
    files.update((path, text) for path, text in shards.items() if previous.files.get(path) != text)
    root = os.path.join(site_dir, *FOLDER.split("/"))
    gone = [path for path in previous.files if path != "meta.js" and path not in shards]
    for path in gone:  # shards past the new count
        os.remove(os.path.join(root, *path.split("/")))
    write_files(root, files)
    save_records(site_dir, ordered, meta)
    write_files(root, {"meta.js": meta})  # always, and last: its time is the index's (hooks/search.py)
    written, size = {**files, "meta.js": meta}, previous.size
    for path in [*written, *gone]:
        size += len(written.get(path, "").encode()) - len(before.get(path, "").encode())
    return size
