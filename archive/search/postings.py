"""How the search index encodes postings and groups them into shards (archive/search/index.py).

Postings of a key (a word in one written form, or a word pair): the page ids that hold
it, ascending, each with the best field it occurs in, as varint(delta * 5 + field code)
in DIGITS, 64 characters that need no escaping in JSON. The browser decodes them the
same way (docs/assets/javascripts/archive-search.js, `eachPosting`).

Shards: keys are prefixes of `key + "$"`, MIN_KEY characters long, lengthened one
character at a time where a shard of several keys would exceed its cap. So
the shard keys are prefix-free, a whole key lives in the one shard whose key starts
`key + "$"`, and every key with a prefix of >= MIN_KEY characters lives in the shards
whose keys start with it (or the one key it starts with).
"""
from __future__ import annotations

import json
from collections import defaultdict

MIN_KEY = 2
# value 0-31 ends a varint, 32-63 continues it
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_"
_VALUE = {ch: n for n, ch in enumerate(DIGITS)}


def varint(value: int, out: list[str]) -> None:
    """Append `value` in DIGITS, most significant 5 bits first."""
    chunks = [value & 31]
    value >>= 5
    while value:
        chunks.append(32 | (value & 31))
        value >>= 5
    out.extend(DIGITS[c] for c in reversed(chunks))


def encode(pairs) -> str:
    """Postings string of (page id, field code) pairs in ascending id order (decode's inverse)."""
    out: list[str] = []
    last = 0
    for page_id, code in pairs:
        varint((page_id - last) * 5 + code, out)
        last = page_id
    return "".join(out)


def decode(postings: str) -> list[tuple[int, int]]:
    """[(page id, field code)] of an encoded postings string (the browser does the same)."""
    out, value, last = [], 0, 0
    for ch in postings:
        digit = _VALUE[ch]
        value = value * 32 + (digit & 31)
        if digit < 32:
            last += value // 5
            out.append((last, value % 5))
            value = 0
    return out


class Lists:
    """Postings being built: page ids must come in ascending order for each key."""

    def __init__(self) -> None:
        self._lists: defaultdict = defaultdict(list)  # key: [page id * 5 + field code]

    def add(self, key, page_id: int, code: int) -> None:
        self._lists[key].append(page_id * 5 + code)

    def add_page(self, page_id: int, keys: dict) -> None:
        """Add page `page_id` to the postings of each key of `keys` ({key: field code})."""
        lists, base = self._lists, page_id * 5
        for key, code in keys.items():
            lists[key].append(base + code)

    def encoded(self) -> dict:
        out = {}
        digits = DIGITS
        for key, packed in self._lists.items():
            chars: list[str] = []
            last = 0
            for value in packed:
                delta = value - last  # (page id - last id) * 5 + code
                last = value - value % 5
                if delta < 32:
                    chars.append(digits[delta])
                else:
                    varint(delta, chars)
            out[key] = "".join(chars)
        return out


def entry_size(key: str, value) -> int:
    """Bytes a shard entry takes: `"key":"postings"` or `"word":{"form":"postings",...}`."""
    if isinstance(value, str):
        return len(key.encode()) + len(value) + 6
    return len(key.encode()) + sum(len(form.encode()) + len(p) + 6 for form, p in value.items()) + 4


def shard_keys(sizes: dict[str, int], cap: int, length: int = MIN_KEY) -> dict[str, list[str]]:
    """{shard key: keys}: shard keys are prefixes of `key + "$"`, lengthened where a shard
    of several keys would exceed `cap` bytes. A shard is over the cap only when it holds
    a single key."""
    groups: dict[str, list[str]] = {}
    for key in sorted(sizes):
        groups.setdefault((key + "$")[:length], []).append(key)
    out: dict[str, list[str]] = {}
    for prefix, members in groups.items():
        # Lengthened even when every key goes on alike ("nhieu a", "nhieu b"...: pairs
        # share their first word): one character more until they differ.
        if len(members) > 1 and sum(sizes[k] for k in members) > cap:
            out.update(shard_keys({k: sizes[k] for k in members}, cap, length + 1))
        else:
            out[prefix] = members
    return out


def shard_for(key: str, keys: list[str]) -> str | None:
    """The shard key of the shard that holds `key` (whole-key lookup)."""
    path = key + "$"
    return next((k for k in keys if path.startswith(k)), None)


def shards_for_prefix(prefix: str, keys: list[str]) -> list[str]:
    """Shard keys of the shards holding every key that starts with `prefix` (>= MIN_KEY chars)."""
    return [k for k in keys if k.startswith(prefix) or prefix.startswith(k)]


LOADER = "window.__archiveSearchLoad"


def script(name: str, data) -> str:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return f'{LOADER}("{name}",{body});\n'


def load(text: str) -> tuple[str, object]:
    """(name, data) of an index file's text: what it passes to window.__archiveSearchLoad."""
    head, _, body = text.partition(",")
    if not (head.startswith(LOADER + '("') and head.endswith('"') and body.endswith(");\n")):
        raise ValueError("not an index file")
    return head[len(LOADER) + 2:-1], json.loads(body[:-3])


def shard_files(entries: dict, cap: int, folder: str) -> tuple[list[str], dict[str, str]]:
    """(sorted shard keys, {"<folder>/<n>.js": text}) of `entries` ({key: value}) grouped by shard."""
    groups = shard_keys({k: entry_size(k, v) for k, v in entries.items()}, cap)
    keys = sorted(groups)
    files = {}
    for number, key in enumerate(keys):
        name = f"{folder}/{number}"
        files[name + ".js"] = script(name, {k: entries[k] for k in groups[key]})
    return keys, files
