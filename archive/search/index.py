"""The archive's static search index: sharded postings plus one small file per page.

Written by hooks/search.py after each MkDocs build into `assets/search/`, read by
docs/assets/javascripts/archive-search.js (docs-dev/search.md has the design).
Every file is a script, `window.__archiveSearchLoad(name, data)`, so the same files
load over http and from file:// (where fetch() does not work).

- `meta.js`: the page count, the kinds, the runs of page ids by kind and year (the
  filters), and the sorted shard keys of the words and of the pairs.
- `s/<n>.js`: word shard n: {folded word: {form: postings}}.
- `p/<n>.js`: pair shard n: {"w1 w2": postings} for every two words that follow each
  other in a field (phrases), and {"=name words": postings} for a page's own name
  (a person's, organisation's, place's or tag's name, a document's number or label).
- `d/<id // 1000>/<id>.js`: page `id`'s record (url, kind, title, date, outlet,
  lead, keywords, numbers, and the body's first words as a snippet: SNIPPET), fetched
  only for the results shown. The postings hold every word of the body; the whole
  records are kept beside the site, not in it (`records_path`), for the next dirty build.

A form is the word as written with its tone mark moved to the end (`tone_key`), ""
when that equals the folded word, and "#" for words from document numbers (not
part of the exact-diacritics text). Postings and shards: archive/search/postings.py.
Page ids run by kind (articles first), then newest first, then by url: a lower id
wins a tie, and each kind's pages of one year are one run of ids.

A dirty build (`make serve`) renders only the changed pages: archive/search/update.py
reads back the index a build left and rewrites what changed.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from functools import lru_cache
from itertools import chain

from archive.text.normalize import fold, tone_key
from archive.search.postings import (  # noqa: F401  (re-exported: the index's one interface)
    LOADER, MIN_KEY, Lists, decode, encode, entry_size, load, script, shard_files, shard_for,
    shards_for_prefix, varint)

# Field codes; the browser's FIELD_WEIGHTS = [1, 4, 6, 9, 10] is indexed by them.
FIELDS = ("b", "l", "w", "n", "t")  # body, lead, keywords, numbers, title
RECORD_FIELDS = ("u", "k", "t", "d", "o", "l", "w", "n", "b")
KINDS = ("article", "document", "person", "organisation", "place", "tag")
NAMED_KINDS = ("person", "organisation", "place", "tag")  # their title is their name
SNIPPET = 240  # characters of a body a published record keeps (the rest is in the postings)
SHARD_CAP = 24 * 1024
PAIR_CAP = 16 * 1024
NUMBER_FORM = "#"
NAME = "="  # starts a pair-shard key that is a page's own name
FOLDER = "assets/search"
VERSION = 2

_WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+|\d+")
_RUN = re.compile(r"[\w\u0300-\u036f]+")
_FOLDED_WORD = re.compile(r"[^\W\d_]+|\d+")
_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")  # "(23/09/2019)" after a document's label


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
    return list(chain.from_iterable(map(_word_forms, _words(text.lower()))))


def _words(text: str) -> list[str]:
    """_WORD.findall(text), faster: runs of word characters, split only when not all letters."""
    out: list[str] = []
    for run in _RUN.findall(text):
        if run.isalpha():
            out.append(run)
        else:
            out.extend(_WORD.findall(run))
    return out


def field_text(record: dict, field: str) -> str:
    value = record.get(field) or ""
    return " ; ".join(value) if isinstance(value, list) else str(value)


def _segments(record: dict, field: str) -> list[str]:
    """The runs of text of a field whose words may form a phrase: list items, keywords,
    paragraphs (a phrase does not run from one into the next)."""
    value = record.get(field) or ""
    if isinstance(value, list):
        return [str(v) for v in value]
    return re.split(r"\n| · ", str(value)) if field in ("w", "b", "l") else [str(value)]


def names(record: dict) -> list[str]:
    """The folded words of what a page is called, when it is the page of that name: a
    person, organisation, place or tag by its name; a document by its number (every
    spelling) and its label without the date ("Quy định 205-QĐ/TW")."""
    kind, title = record.get("k"), str(record.get("t") or "")
    if kind in NAMED_KINDS:
        found = [title]
    elif kind == "document":
        found = [*map(str, record.get("n") or []), _QUALIFIER.sub("", title)]
    else:
        return []
    keys = (" ".join(word for word, _ in words_with_forms(name)) for name in found)
    return list(dict.fromkeys(key for key in keys if key))


def page_terms(record: dict) -> dict[tuple[str, str], int]:
    """{(folded word, form): best field code} for one page."""
    return page_keys(record)[0]


def page_keys(record: dict) -> tuple[dict[tuple[str, str], int], dict[str, int]]:
    """({(folded word, form): best field code}, {pair or name key: best field code}) of a page."""
    terms: dict[tuple[str, str], int] = {}
    pairs: dict[str, int] = {}
    # Fields in ascending code order: a later field's code is the better one, so assigning
    # keeps each key's best field.
    for code, field in enumerate(FIELDS):
        for segment in _segments(record, field):
            found = words_with_forms(segment)
            folded = [word for word, _ in found]
            if field == "n":
                found = [(word, NUMBER_FORM) for word in folded]
            terms.update(dict.fromkeys(found, code))
            pairs.update(dict.fromkeys(map(" ".join, zip(folded, folded[1:])), code))
    for name in names(record):
        pairs[NAME + name] = FIELDS.index("t")
    return terms, pairs


def sort_date(value: str) -> str:
    """"dd/mm/yyyy" -> "yyyymmdd", "yyyy" -> "yyyy0000", else ""."""
    parts = str(value or "").split("/")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{parts[2]}{parts[1]}{parts[0]}"
    return f"{parts[0]}0000" if len(parts) == 1 and parts[0].isdigit() and len(parts[0]) == 4 else ""


def year_of(record: dict) -> int:
    return int(sort_date(record.get("d", ""))[:4] or 0)


def kind_index(record: dict) -> int:
    kind = record.get("k")
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


def order_records(records: list[dict]) -> list[dict]:
    """By kind (KINDS order), then newest first, then by url: the id order."""
    ordered = sorted(records, key=lambda r: r["u"])
    ordered.sort(key=lambda r: sort_date(r.get("d", "")), reverse=True)
    ordered.sort(key=kind_index)
    return ordered


def runs(records: list[dict]) -> list[list[int]]:
    """[[first page id, kind index, year (0: none)], ...]: where each kind's year starts."""
    out: list[list[int]] = []
    for page_id, record in enumerate(records):
        run = [kind_index(record), year_of(record)]
        if not out or out[-1][1:] != run:
            out.append([page_id, *run])
    return out


def build_postings(records: list[dict]) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """({folded word: {form: postings}}, {pair or name key: postings}) of records in id order."""
    words, pairs = Lists(), Lists()
    for page_id, record in enumerate(records):
        terms, page_pairs = page_keys(record)
        words.add_page(page_id, terms)
        pairs.add_page(page_id, page_pairs)
    nested: dict[str, dict[str, str]] = {}
    for (word, form), postings in sorted(words.encoded().items()):
        nested.setdefault(word, {})[form] = postings
    return nested, dict(sorted(pairs.encoded().items()))


def postings_files(words: dict[str, dict[str, str]], pairs: dict[str, str], records: list[dict],
                   cap: int = SHARD_CAP, pair_cap: int = PAIR_CAP) -> dict[str, str]:
    """meta.js, the word shards s/<n>.js and the pair shards p/<n>.js."""
    word_keys, files = shard_files(words, cap, "s")
    pair_keys, pair_files = shard_files(pairs, pair_cap, "p")
    files.update(pair_files)
    meta = {"v": VERSION, "pages": len(records), "kinds": list(KINDS), "runs": runs(records),
            "shards": word_keys, "pairs": pair_keys}
    return {"meta.js": script("meta", meta), **files}


def record_name(page_id: int) -> str:
    return f"d/{page_id // 1000}/{page_id}"


def snippet(text: str, limit: int = SNIPPET) -> str:
    """The start of `text`, at most `limit` characters, cut at a space (a word is whole)."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit + 1)
    return text[: cut if cut > limit // 2 else limit].rstrip()


def record_file(page_id: int, record: dict) -> tuple[str, str]:
    """(path, text) of page `page_id`'s published record: the body as a snippet."""
    name = record_name(page_id)
    published = {f: record.get(f, "") for f in RECORD_FIELDS}
    published["b"] = snippet(str(published["b"]))
    return name + ".js", script(name, published)


def records_path(site_dir: str) -> str:
    """Where a build keeps its whole records, beside the site (never published): 'site' ->
    'site.search-records.json'. Only a dirty build reads them (archive/search/update.py)."""
    return os.path.normpath(site_dir) + ".search-records.json"


def meta_digest(meta: str) -> str:
    """What ties the whole records kept beside a site to the index they were written with."""
    return hashlib.sha256(meta.encode("utf-8")).hexdigest()


def save_records(site_dir: str, records: list[dict], meta: str) -> None:
    """The whole records, in page id order, with the digest of the meta.js they go with."""
    # One record at a time, each by json's C encoder: json.dump of the whole list runs
    # the pure-Python encoder (seconds at 10,000 articles), json.dumps of it holds the
    # whole text in memory at the build's peak.
    with open(records_path(site_dir), "w", encoding="utf-8") as out:
        out.write(f'{{"meta":"{meta_digest(meta)}","records":[')
        for number, record in enumerate(records):
            out.write(("," if number else "") + json.dumps(record, ensure_ascii=False, separators=(",", ":")))
        out.write("]}")


def build_index(records: list[dict], cap: int = SHARD_CAP, pair_cap: int = PAIR_CAP) -> dict[str, str]:
    """{path under assets/search/: file text} for the indexed pages."""
    ordered = order_records(records)
    files = postings_files(*build_postings(ordered), ordered, cap, pair_cap)
    files.update(record_file(page_id, record) for page_id, record in enumerate(ordered))
    return files


def write_files(root: str, files: dict[str, str]) -> int:
    total = 0
    for path, text in files.items():
        target = os.path.join(root, *path.split("/"))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        data = text.encode("utf-8")
        with open(target, "wb") as handle:
            handle.write(data)
        total += len(data)
    return total


def write_index(site_dir: str, records: list[dict], cap: int = SHARD_CAP, pair_cap: int = PAIR_CAP) -> int:
    """Replace `site_dir`/assets/search/ with the index; returns its size in bytes."""
    root = os.path.join(site_dir, *FOLDER.split("/"))
    shutil.rmtree(root, ignore_errors=True)
    files = build_index(records, cap, pair_cap)
    size = write_files(root, files)
    save_records(site_dir, [{f: r.get(f, "") for f in RECORD_FIELDS} for r in order_records(records)],
                 files["meta.js"])
    return size
