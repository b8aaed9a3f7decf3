"""All articles -> the site model: every index the pages need. Pure: no I/O.

Everything is sorted explicitly (newest first, then slug) so output never
depends on file-system or dict order.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from archive.models import Article, DocumentRef, EntityRef, PersonMention
from archive.text.normalize import fold, slug


def newest_first(articles) -> list[Article]:
    return sorted(articles, key=lambda a: (a.date, a.time, a.slug), reverse=True)


@dataclass(frozen=True)
class Citation:
    article: Article
    ref: DocumentRef


@dataclass
class DocumentEntry:
    """A cited document and every citation of it, in date order."""

    key: str
    first: DocumentRef  # the canonical facts come from the citations...
    info: Any = None  # ...and from the registry when it knows the document
    citations: list[Citation] = field(default_factory=list)

    @property
    def articles(self) -> list[Article]:
        seen: dict[str, Article] = {}
        for citation in self.citations:
            seen.setdefault(citation.article.slug, citation.article)
        return newest_first(seen.values())


@dataclass
class PersonEntry:
    key: str
    name: str
    mentions: list[tuple[Article, PersonMention]] = field(default_factory=list)


@dataclass
class EntityEntry:
    key: str
    name: str
    articles: list[Article] = field(default_factory=list)


@dataclass
class Site:
    articles: list[Article]  # newest first
    years: dict[int, list[Article]]
    outlets: dict[str, tuple[str, list[Article]]]  # outlet slug -> (name, articles)
    documents: dict[str, DocumentEntry]
    tags: dict[str, list[Article]]  # tag slug -> articles
    people: dict[str, PersonEntry]
    organisations: dict[str, EntityEntry]
    places: dict[str, EntityEntry]
    related: dict[str, tuple[str, ...]]
    by_slug: dict[str, Article]
    registries: Any = None  # the loaded registries, for names and descriptions

    @property
    def reference_count(self) -> int:
        return sum(len(a.references) for a in self.articles)

    @property
    def unresolved(self) -> list[DocumentEntry]:
        return [d for d in self.documents.values() if not d.first.resolved]


def outlet_slug(name: str) -> str:
    return slug(name)


def build_site(articles: list[Article], related: dict[str, tuple[str, ...]],
               document_info=None, registries=None) -> Site:
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
        articles=ordered,
        years=dict(sorted(years.items(), reverse=True)),
        outlets=dict(sorted(outlets.items(), key=lambda kv: fold(kv[1][0]))),
        documents=_documents(ordered, document_info),
        tags=dict(sorted(tags.items())),
        people=_people(ordered),
        organisations=_entities(ordered, lambda a: a.organisations),
        places=_entities(ordered, lambda a: a.places),
        related=related,
        by_slug={a.slug: a for a in ordered},
        registries=registries,
    )


def _documents(ordered: list[Article], document_info) -> dict[str, DocumentEntry]:
    entries: dict[str, DocumentEntry] = {}
    for article in reversed(ordered):  # oldest first: citations in date order
        for ref in article.references:
            entry = entries.get(ref.key)
            if entry is None:
                info = document_info(ref.key) if document_info else None
                entry = entries[ref.key] = DocumentEntry(ref.key, ref, info)
            entry.citations.append(Citation(article, ref))
    return dict(sorted(entries.items()))


def _people(ordered: list[Article]) -> dict[str, PersonEntry]:
    people: dict[str, PersonEntry] = {}
    for article in ordered:
        for mention in article.people:
            entry = people.setdefault(mention.key, PersonEntry(mention.key, mention.name))
            entry.mentions.append((article, mention))
    return dict(sorted(people.items(), key=lambda kv: (fold(kv[1].name), kv[0])))


def _entities(ordered: list[Article], pick) -> dict[str, EntityEntry]:
    found: dict[str, EntityEntry] = {}
    for article in ordered:
        for entity in pick(article):
            entity: EntityRef
            found.setdefault(entity.key, EntityEntry(entity.key, entity.name)).articles.append(article)
    return dict(sorted(found.items(), key=lambda kv: (fold(kv[1].name), kv[0])))
