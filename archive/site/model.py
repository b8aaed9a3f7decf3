"""All articles -> the site model: every index the pages need. Pure: no I/O.

Everything is sorted explicitly (newest first, then slug) so output never
depends on file-system or dict order.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property

from archive.models import Article, DocumentRef, EntityRef, PersonMention
from archive.registry.documents import Document
from archive.site.documents import Identity, distinct_labels, identity
from archive.registry.registries import Registries
from archive.text.normalize import fold, slug


def newest_first(articles) -> list[Article]:
    return sorted(articles, key=lambda a: (a.date, a.time, a.slug), reverse=True)


@dataclass(frozen=True)
class Citation:
    article: Article
    ref: DocumentRef


@dataclass(frozen=True)
class DocumentEntry:
    """A cited document and every citation of it, in date order."""

    key: str
    first: DocumentRef  # the canonical facts come from the citations...
    info: Document | None = None  # ...and from the registry when it knows the document
    citations: tuple[Citation, ...] = ()
    identity: Identity = Identity("", "", False)  # issuing body and term (site/documents.py)
    label: str = ""  # what readers see, told apart from documents of the same number

    @cached_property  # asked for again by every list, count and sort of documents: sorted once
    def articles(self) -> list[Article]:
        seen: dict[str, Article] = {}
        for citation in self.citations:
            seen.setdefault(citation.article.slug, citation.article)
        return newest_first(seen.values())


@dataclass(frozen=True)
class OutletEntry:
    name: str
    articles: tuple[Article, ...]  # newest first


@dataclass(frozen=True)
class PersonEntry:
    key: str
    name: str
    mentions: tuple[tuple[Article, PersonMention], ...] = ()


@dataclass(frozen=True)
class EntityEntry:
    key: str
    name: str
    articles: tuple[Article, ...] = ()


@dataclass(frozen=True)
class Site:
    """Everything the pages show, grouped every way they need. Built once, never changed."""

    articles: tuple[Article, ...]  # newest first
    years: Mapping[int, tuple[Article, ...]]
    outlets: Mapping[str, OutletEntry]  # by outlet slug, in name order
    documents: Mapping[str, DocumentEntry]
    tags: Mapping[str, tuple[Article, ...]]  # by tag slug
    people: Mapping[str, PersonEntry]
    organisations: Mapping[str, EntityEntry]
    places: Mapping[str, EntityEntry]
    related: Mapping[str, tuple[str, ...]]
    by_slug: Mapping[str, Article]
    registries: Registries | None = None  # for names and descriptions

    @property
    def reference_count(self) -> int:
        return sum(len(a.references) for a in self.articles)

    @property
    def unresolved(self) -> list[DocumentEntry]:
        return [d for d in self.documents.values() if not d.first.resolved]


def outlet_slug(name: str) -> str:
    return slug(name)


def build_site(articles: list[Article], related: Mapping[str, tuple[str, ...]],
               document_info: Callable[[str], Document | None] | None = None,
               registries: Registries | None = None) -> Site:
    """Group the articles every way the pages need. `document_info(key)` returns
    the registry's record of a document, or None."""
    ordered = newest_first(articles)
    years: dict[int, list[Article]] = defaultdict(list)
    outlets: dict[str, tuple[str, list[Article]]] = {}
    tags: dict[str, list[Article]] = defaultdict(list)
    for article in ordered:
        years[article.year].append(article)
        outlets.setdefault(outlet_slug(article.outlet), (article.outlet, []))[1].append(article)
        for tag in article.tags:
            tags[tag].append(article)
    return Site(
        articles=tuple(ordered),
        years={year: tuple(items) for year, items in sorted(years.items(), reverse=True)},
        outlets={key: OutletEntry(name, tuple(items))
                 for key, (name, items) in sorted(outlets.items(), key=lambda kv: fold(kv[1][0]))},
        documents=_documents(ordered, document_info),
        tags={slug_: tuple(items) for slug_, items in sorted(tags.items())},
        people=_people(ordered),
        organisations=_entities(ordered, lambda a: a.organisations),
        places=_entities(ordered, lambda a: a.places),
        related=related,
        by_slug={a.slug: a for a in ordered},
        registries=registries,
    )


def _documents(ordered: list[Article], document_info) -> dict[str, DocumentEntry]:
    citations: dict[str, list[Citation]] = {}
    for article in reversed(ordered):  # oldest first: citations in date order
        for ref in article.references:
            citations.setdefault(ref.key, []).append(Citation(article, ref))
    rows = []
    for key, found in sorted(citations.items()):
        ref, info = found[0].ref, document_info(key) if document_info else None
        rows.append((key, ref, info, identity(ref, info, found[0].article.year), found[0].article.year))
    labels = distinct_labels(rows)
    return {key: DocumentEntry(key, ref, info, tuple(citations[key]), ident, labels[key])
            for key, ref, info, ident, _ in rows}


def _people(ordered: list[Article]) -> dict[str, PersonEntry]:
    mentions: dict[str, tuple[str, list[tuple[Article, PersonMention]]]] = {}
    for article in ordered:
        for mention in article.people:
            mentions.setdefault(mention.key, (mention.name, []))[1].append((article, mention))
    entries = {key: PersonEntry(key, name, tuple(found)) for key, (name, found) in mentions.items()}
    return dict(sorted(entries.items(), key=lambda kv: (fold(kv[1].name), kv[0])))


def _entities(ordered: list[Article], pick: Callable[[Article], tuple[EntityRef, ...]]) -> dict[str, EntityEntry]:
    found: dict[str, tuple[str, list[Article]]] = {}
    for article in ordered:
        for entity in pick(article):
            found.setdefault(entity.key, (entity.name, []))[1].append(article)
    entries = {key: EntityEntry(key, name, tuple(items)) for key, (name, items) in found.items()}
    return dict(sorted(entries.items(), key=lambda kv: (fold(kv[1].name), kv[0])))
