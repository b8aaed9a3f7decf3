"""The machine-readable export: data/articles.json.gz and data/documents.json.

Shape (version 1) is documented in README.md; add fields, never rename them. The articles'
export holds every article's whole text, most of the site's data: it is published gzipped
(a fifth of its size on real text, and the offline zip cannot shrink it further), as gzip
members of about MEMBER_ARTICLES articles each, so that an edit compresses one member again
(cache/members.py).
"""
from __future__ import annotations

import gzip
import json
from contextlib import nullcontext
from pathlib import Path
from typing import Callable, Iterable, Iterator

from archive.cache.members import MemberCache
from archive.site import paths
from archive.models import Article, DocumentRef
from archive.registry.documents import RELATIONS
from archive.site.model import DocumentEntry, Site

EXPORT_VERSION = 1
ARTICLES_EXPORT = "data/articles.json.gz"
DOCUMENTS_EXPORT = "data/documents.json"


class Chunks:
    """A page too large to build as one string: its text, piece by piece (render/export.py).
    `gzipped`: the writer stores it gzip-compressed, with no name or time in the header
    (the same text gives the same bytes)."""

    def __init__(self, pieces: Iterable[str], gzipped: bool = False):
        self.pieces = pieces
        self.gzipped = gzipped

    def text(self) -> str:
        return "".join(self.pieces)

    def write(self, handle) -> None:
        """The pieces into the binary file `handle`, gzipped if asked."""
        with gzip_writer(handle) if self.gzipped else nullcontext(handle) as out:
            for piece in self.pieces:
                out.write(piece.encode("utf-8"))


class GzipMembers(Chunks):
    """A gzip file made of members compressed apart and written one after the other: still
    one gzip file, whose text is the members' texts joined (RFC 1952, 2.2; gzip, zcat and
    Python's gzip read it so). Its pieces are (inputs, text) pairs: `members` compresses a
    piece, or finds it kept from a build whose piece had the same inputs."""

    def __init__(self, pieces: Iterable[tuple[list[str], Callable[[], str]]], members: MemberCache):
        super().__init__(pieces, gzipped=True)
        self.members = members

    def text(self) -> str:
        return "".join(text() for _, text in self.pieces)

    def write(self, handle) -> None:
        for inputs, text in self.pieces:
            handle.write(self.members.member(inputs, text))
        self.members.save()


def gzip_writer(handle):
    """A file object that gzips into `handle`, byte for byte the same for the same input."""
    return gzip.GzipFile(filename="", fileobj=handle, mode="wb", compresslevel=6, mtime=0)


def read_export(docs: Path, name: str = ARTICLES_EXPORT) -> dict:
    """An export file of `docs` (or of a built site) as JSON, gzipped or not."""
    data = (docs / name).read_bytes()
    return json.loads(gzip.decompress(data) if name.endswith(".gz") else data)


def _dump(head: dict, key: str, records: Iterable[dict], gzipped: bool = False) -> Chunks:
    """{head..., key: [records]} as JSON with one record per line: diffable, written
    by json's C encoder (indent= switches to the pure-Python one), and produced a
    record at a time, so the export of a large archive is never in memory whole."""
    def pieces() -> Iterator[str]:
        yield "{\n"
        for name, value in head.items():
            yield f"{json.dumps(name)}: {json.dumps(value, ensure_ascii=False)},\n"
        yield f"{json.dumps(key)}: ["
        separator = "\n "
        for record in records:
            yield separator + json.dumps(record, ensure_ascii=False)
            separator = ",\n "
        yield "\n]\n}\n" if separator != "\n " else "]\n}\n"
    return Chunks(pieces(), gzipped)


def reference_record(ref: DocumentRef) -> dict:
    return {
        "key": ref.key, "number": ref.number, "type": ref.type, "kind": ref.kind,
        "issuer": ref.issuer, "year": ref.year, "text": ref.text, "resolved": ref.resolved,
        "url": paths.url(paths.document(ref.key)),
    }


def article_record(article: Article) -> dict:
    return {
        "slug": article.slug,
        "url": paths.url(paths.article(article)),
        "title": article.title,
        "kicker": article.kicker,
        "date": article.date.isoformat(),
        "time": article.time,
        "outlet": article.outlet,
        "author": article.author,
        "lead": article.lead,
        "source_url": article.url,
        "source_file": article.source_file,
        "tags": list(article.tags),
        "references": [reference_record(r) for r in article.references],
        "people": [{"key": p.key, "name": p.name, "roles": list(p.roles),
                    "url": paths.url(paths.person(p.key))} for p in article.people],
        "organisations": [{"key": o.key, "name": o.name} for o in article.organisations],
        "places": [{"key": p.key, "name": p.name} for p in article.places],
        "abbreviations": [{"short": short, "full": full} for short, full in article.abbreviations],
        "body": [{"kind": b.kind, "text": b.text, **({"number": b.number} if b.number else {})}
                 for b in article.blocks],
    }


def document_record(entry: DocumentEntry) -> dict:
    info, ref, ident = entry.info, entry.first, entry.identity
    date = info.date if info else None
    return {
        "key": entry.key, "label": entry.label, "number": ref.number, "type": ref.type, "kind": ref.kind,
        "issuer": ref.issuer, "issuing_body": ident.issuing_body, "place": ref.place,
        "term": ident.term, "term_from_citation": ident.term_from_citation, "local_term": ident.local,
        "year": ref.year, "resolved": ref.resolved,
        "date": date.isoformat() if date else None,
        "title": info.title if info else "",
        "summary": info.summary if info else "", "signer": info.signer if info else "",
        "source": info.source if info else "", "status": info.status if info else "",
        **{field: list(getattr(info, field)) if info else [] for pair in RELATIONS for field in pair},
        "url": paths.url(paths.document(entry.key)),
        "cited_by": [a.slug for a in entry.articles],
    }


# Articles in a member, on average. A member starts at an article whose source hash falls on
# a boundary (cut by content, as rsync cuts files), not every N articles, so an article added
# or removed changes its own member, not every member after it.
MEMBER_ARTICLES = 128


def _members(articles: list[Article]) -> list[list[Article]]:
    groups: list[list[Article]] = []
    for article in articles:
        if not groups or int(article.source_hash[:8] or "0", 16) % MEMBER_ARTICLES == 0:
            groups.append([])
        groups[-1].append(article)
    return groups


def _articles_export(articles: list[Article], members: MemberCache) -> GzipMembers:
    """The text _dump makes of the articles, in pieces of gzip members: the head, one piece
    per group of articles (known by the sources it shows), the end."""
    head = _dump({"version": EXPORT_VERSION, "count": len(articles)}, "articles", ())
    *opening, empty_end = list(head.pieces)

    def pieces() -> Iterator[tuple[list[str], Callable[[], str]]]:
        yield ["head", *opening], lambda: "".join(opening)
        for index, group in enumerate(_members(articles)):
            first = "\n " if index == 0 else ",\n "

            def text(group=group, first=first) -> str:
                return first + ",\n ".join(json.dumps(article_record(a), ensure_ascii=False) for a in group)
            yield [first, *(f"{a.source_file}\0{a.source_hash}" for a in group)], text
        yield ["end"], lambda: "\n]\n}\n" if articles else empty_end
    return GzipMembers(pieces(), members)


def render_export(site: Site, members: MemberCache | None = None) -> dict[str, Chunks]:
    """The two export files; `members` keeps the articles' export's members between builds."""
    articles = _articles_export(site.articles, members or MemberCache(None, "export"))
    documents = _dump({"version": EXPORT_VERSION, "count": len(site.documents)}, "documents",
                      (document_record(e) for e in site.documents.values()))
    return {ARTICLES_EXPORT: articles, DOCUMENTS_EXPORT: documents}
