"""The archive's static search index: sharded postings plus one small file per page.

Written by hooks/search.py after each MkDocs build into `assets/search/`, read by
docs/assets/javascripts/archive-search.js (docs-dev/search.md has the design).
Every file is a script, `window.__archiveSearchLoad(name, data)`, so the same files
load over http and from file:// (where fetch() does not work).

- `meta.js`: the page count and the sorted list of shard keys.
- `s/<n>.js`: shard n: {folded word: {form: postings}} for the words whose
  `word + "$"` starts with shard key n. Keys start at 2 characters and grow by one
  where a shard exceeds SHARD_CAP, so a shard holds at most SHARD_CAP bytes of
  postings, or one word's. All words sharing a prefix of >= 2 characters sit in
  the shards whose keys start with it (or the one key it starts with).
- `d/<id // 1000>/<id>.js`: page `id`'s record (url, kind, title, date, outlet,
  lead, keywords, numbers, body), fetched only for the results shown.

A form is the word as written with its tone mark moved to the end (`tone_key`), ""
when that equals the folded word, and "#" for words from document numbers (not
part of the exact-diacritics text). Postings of a (word, form): page ids ascending
with the best field the word occurs in, each as varint(delta * 5 + field code).
Page ids run newest first, so a lower id wins a tie.

A dirty build (`make serve`) renders only the changed pages: `read_index` reads back the
index a build left, `update_index` rewrites the postings and records of the pages that
changed, giving the same files as `write_index` of every page.
"""
from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import dataclass
from functools import lru_cache

from archive.text.normalize import fold
from archive.search.folding import tone_key

# Field codes; the browser's WEIGHTS = [1, 4, 6, 9, 10] is indexed by them.
FIELDS = ("b", "l", "w", "n", "t")  # body, lead, keywords, numbers, title
RECORD_FIELDS = ("u", "k", "t", "d", "o", "l", "w", "n", "b")
SHARD_CAP = 24 * 1024
MIN_KEY = 2
NUMBER_FORM = "#"
# 64 characters that need no escaping in JSON: value 0-31 ends a varint, 32-63 continues it.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_"
LOADER = "window.__archiveSearchLoad"
FOLDER = "assets/search"

_WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+|\d+")
_FOLDED_WORD = re.compile(r"[^\W\d_]+|\d+")


@lru_cache(maxsize=200_000)
def _word_forms(word: str) -> tuple[tuple[str, str], ...]:
    """((folded, form), ...) for one written word; usually one pair."""
    folded = fold(word)
    if _FOLDED_WORD.fullmatch(folded):
        form = tone_key(word)
        return ((folded, "" if form == folded else form),)
    # Folding split it (rare letters): its pieces, without an exact form.
    return tuple((piece, "") for piece in _FOLDED_WORD.findall(folded))


def words_with_forms(text: str) -> list[tuple[str, str]]:
    """(folded word, form) for each word of `text`, as the browser's tokens() splits it."""
    out: list[tuple[str, str]] = []
    for word in _WORD.findall(text.lower()):
        out.extend(_word_forms(word))
    return out


def field_text(record: dict, field: str) -> str:
    value = record.get(field) or ""
    return " ; ".join(value) if isinstance(value, list) else str(value)


def page_terms(record: dict) -> dict[tuple[str, str], int]:
    """{(folded word, form): best field code} for one page."""
    terms: dict[tuple[str, str], int] = {}
    for code, field in enumerate(FIELDS):
        for folded, form in words_with_forms(field_text(record, field)):
            key = (folded, NUMBER_FORM if field == "n" else form)
            if terms.get(key, -1) < code:
                terms[key] = code
    return terms


def varint(value: int, out: list[str]) -> None:
    """Append `value` in DIGITS, most significant 5 bits first."""
    chunks = [value & 31]
    value >>= 5
    while value:
        chunks.append(32 | (value & 31))
        value >>= 5
    out.extend(DIGITS[c] for c in reversed(chunks))


def decode(postings: str) -> list[tuple[int, int]]:
    """[(page id, field code)] of an encoded postings string (the browser does the same)."""
    out, value, last = [], 0, 0
    for ch in postings:
        digit = DIGITS.index(ch)
        value = value * 32 + (digit & 31)
        if digit < 32:
            last += value // 5
            out.append((last, value % 5))
            value = 0
    return out


def order_records(records: list[dict]) -> list[dict]:
    """Newest first (ISO date from "dd/mm/yyyy"), then by url: the id order."""
    def iso(record: dict) -> str:
        day, month, year = (str(record.get("d") or "").split("/") + ["", "", ""])[:3]
        return f"{year}{month}{day}"
    return sorted(sorted(records, key=lambda r: r["u"]), key=iso, reverse=True)


def build_postings(records: list[dict]) -> dict[str, dict[str, str]]:
    """{folded word: {form: encoded postings}} for records in id order."""
    lists: dict[str, dict[str, list]] = {}
    for page_id, record in enumerate(records):
        for (folded, form), code in page_terms(record).items():
            state = lists.setdefault(folded, {}).setdefault(form, [0, []])
            varint((page_id - state[0]) * 5 + code, state[1])
            state[0] = page_id
    return {word: {form: "".join(chars) for form, (_, chars) in sorted(forms.items())}
            for word, forms in sorted(lists.items())}


def entry_size(word: str, forms: dict[str, str]) -> int:
    return len(word.encode()) + sum(len(form.encode()) + len(p) + 6 for form, p in forms.items()) + 4


def shard_keys(sizes: dict[str, int], cap: int = SHARD_CAP, length: int = MIN_KEY) -> dict[str, list[str]]:
    """{shard key: words}: keys are prefixes of `word + "$"`, lengthened where a shard
    would exceed `cap` bytes and its words still differ at the next character."""
    groups: dict[str, list[str]] = {}
    for word in sorted(sizes):
        groups.setdefault((word + "$")[:length], []).append(word)
    out: dict[str, list[str]] = {}
    for key, members in groups.items():
        too_big = sum(sizes[w] for w in members) > cap
        if too_big and len({(w + "$")[: length + 1] for w in members}) > 1:
            out.update(shard_keys({w: sizes[w] for w in members}, cap, length + 1))
        else:
            out[key] = members
    return out


def shard_for(word: str, keys: list[str]) -> str | None:
    """The key of the shard that holds `word` (whole-word lookup)."""
    path = word + "$"
    return next((key for key in keys if path.startswith(key)), None)


def shards_for_prefix(prefix: str, keys: list[str]) -> list[str]:
    """Keys of the shards holding every word that starts with `prefix` (>= MIN_KEY chars)."""
    return [key for key in keys if key.startswith(prefix) or prefix.startswith(key)]


def script(name: str, data) -> str:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return f'{LOADER}("{name}",{body});\n'


def postings_files(postings: dict[str, dict[str, str]], pages: int, cap: int = SHARD_CAP) -> dict[str, str]:
    """meta.js and the shards s/<n>.js of the postings of `pages` pages."""
    groups = shard_keys({w: entry_size(w, f) for w, f in postings.items()}, cap)
    keys = sorted(groups)
    files = {"meta.js": script("meta", {"v": 1, "pages": pages, "shards": keys})}
    for number, key in enumerate(keys):
        files[f"s/{number}.js"] = script(f"s/{number}", {w: postings[w] for w in groups[key]})
    return files


def record_name(page_id: int) -> str:
    return f"d/{page_id // 1000}/{page_id}"


def record_file(page_id: int, record: dict) -> tuple[str, str]:
    """(path, text) of page `page_id`'s record."""
    name = record_name(page_id)
    return name + ".js", script(name, {f: record.get(f, "") for f in RECORD_FIELDS})


def build_index(records: list[dict], cap: int = SHARD_CAP) -> dict[str, str]:
    """{path under assets/search/: file text} for the indexed pages."""
    ordered = order_records(records)
    files = postings_files(build_postings(ordered), len(ordered), cap)
    files.update(record_file(page_id, record) for page_id, record in enumerate(ordered))
    return files


def _write(root: str, files: dict[str, str]) -> int:
    total = 0
    for path, text in files.items():
        target = os.path.join(root, *path.split("/"))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        data = text.encode("utf-8")
        with open(target, "wb") as handle:
            handle.write(data)
        total += len(data)
    return total


def write_index(site_dir: str, records: list[dict], cap: int = SHARD_CAP) -> int:
    """Replace `site_dir`/assets/search/ with the index; returns its size in bytes."""
    root = os.path.join(site_dir, *FOLDER.split("/"))
    shutil.rmtree(root, ignore_errors=True)
    return _write(root, build_index(records, cap))


def load(text: str) -> tuple[str, object]:
    """(name, data) of an index file's text: what it passes to window.__archiveSearchLoad."""
    head, _, body = text.partition(",")
    if not (head.startswith(LOADER + '("') and head.endswith('"') and body.endswith(");\n")):
        raise ValueError("not an index file")
    return head[len(LOADER) + 2:-1], json.loads(body[:-3])


@dataclass
class Index:
    """An index as a build left it on disk (read_index)."""
    records: list[dict]  # in page id order
    postings: dict[str, dict[str, str]]  # {folded word: {form: postings}}
    files: dict[str, str]  # meta.js and s/<n>.js: their text
    size: int  # bytes, every file


def read_index(site_dir: str) -> Index | None:
    """The index a build left in `site_dir`, or None when there is none or it is not whole."""
    root = os.path.join(site_dir, *FOLDER.split("/"))
    index = Index([], {}, {}, 0)

    def read(path: str):
        with open(os.path.join(root, *path.split("/")), "rb") as handle:
            data = handle.read()
        index.size += len(data)
        return data.decode("utf-8")

    try:
        index.files["meta.js"] = read("meta.js")
        meta = load(index.files["meta.js"])[1]
        for number in range(len(meta["shards"])):
            index.files[f"s/{number}.js"] = text = read(f"s/{number}.js")
            index.postings.update(load(text)[1])
        index.records = [load(read(record_name(page_id) + ".js"))[1] for page_id in range(meta["pages"])]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return index


def encode(pairs: list[tuple[int, int]]) -> str:
    """Postings string of (page id, field code) pairs in ascending id order (decode's inverse)."""
    out: list[str] = []
    last = 0
    for page_id, code in pairs:
        varint((page_id - last) * 5 + code, out)
        last = page_id
    return "".join(out)


def update_index(site_dir: str, previous: Index, records: list[dict], cap: int = SHARD_CAP) -> int:
    """Bring the index `previous` (read_index of `site_dir`) up to `records`: the same files
    as write_index(site_dir, records). When the pages are the same, in the same order, only
    the postings of the words of changed records are re-encoded and only the files that
    change are written; otherwise (a page added, removed or redated: page ids move) all is
    written again. Returns the index's size in bytes."""
    old, postings = previous.records, previous.postings
    ordered = [{f: r.get(f, "") for f in RECORD_FIELDS} for r in order_records(records)]
    if [r["u"] for r in ordered] != [r["u"] for r in old]:
        return write_index(site_dir, records, cap)
    before: dict[str, str] = {}
    files: dict[str, str] = {}
    edits: dict[tuple[str, str], dict[int, int | None]] = {}  # (word, form): {page id: new code}
    for page_id, (was, now) in enumerate(zip(old, ordered)):
        if was == now:
            continue
        path, before[path] = record_file(page_id, was)
        files[path] = record_file(page_id, now)[1]
        old_terms, new_terms = page_terms(was), page_terms(now)
        for term in old_terms.keys() | new_terms.keys():
            if old_terms.get(term) != new_terms.get(term):
                edits.setdefault(term, {})[page_id] = new_terms.get(term)
    for (word, form), changes in edits.items():
        pages = dict(decode(postings.get(word, {}).get(form, "")))
        pages.update(changes)
        forms = postings.setdefault(word, {})
        forms[form] = encode(sorted((i, c) for i, c in pages.items() if c is not None))
        if not forms[form]:
            del forms[form]
        if not forms:
            del postings[word]
    shards = postings_files(postings, len(ordered), cap)
    meta = shards.pop("meta.js")
    before.update(previous.files)
    files.update((path, text) for path, text in shards.items() if previous.files.get(path) != text)
    root = os.path.join(site_dir, *FOLDER.split("/"))
    gone = [path for path in previous.files if path.startswith("s/") and path not in shards]
    for path in gone:  # shards past the new count
        os.remove(os.path.join(root, *path.split("/")))
    _write(root, files)
    _write(root, {"meta.js": meta})  # always, and last: its time is the index's (hooks/search.py)
    written, size = {**files, "meta.js": meta}, previous.size
    for path in [*written, *gone]:
        size += len(written.get(path, "").encode()) - len(before.get(path, "").encode())
    return size
