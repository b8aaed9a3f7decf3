"""One search record per page a reader may look for, made by build_pages from the site
model beside the page it describes: articles, documents, people, organisations, places
and tags (page 1 of each; the later pages of a long list are reached from it).

A record holds the page's kind, title, date, outlet (or issuer, or article count), lead,
keywords (tags, people, organisations, places), document numbers in every spelling, and
body text: the page's own text, never its furniture (back links, meta lines, chips,
charts, pagers) nor other pages' titles (related or citing articles, the lists of
articles on entity pages). It is made from the same values the renderers show, so search
needs no parse of the built HTML (a fifth of `mkdocs build` before, issue 17).

The record of `docs/<page>.md` is the JSON file `docs/data/.search/<page>.json`
(`record_path`): MkDocs leaves dot-folders out of the site, and the page cache keeps a
record with its page. hooks/search.py adds the page's URL and indexes it.
"""
from __future__ import annotations

import json

from archive.models import Article
from archive.render.documents import (DATE_FACT, ISSUER_FACT, NUMBER_FACT, SUBJECT_FACT, YEAR_FACT,
                                      document_title, fact_rows)
from archive.render.pagination import number
from archive.search.folding import NUMBER_IN_TEXT, number_spellings, parse_number
from archive.site import paths
from archive.site.model import DocumentEntry, Site
from archive.text.dates import numeric_date
from archive.text.normalize import clean_line

RECORDS = "data/.search"
# The facts of a document the record keeps in fields of their own, not in its body.
OWN_FIELDS = (NUMBER_FACT, SUBJECT_FACT)


def record_path(page: str) -> str:
    """Where the record of the docs/ page `page` is kept, under docs/."""
    return f"{RECORDS}/{page.removesuffix('.md')}.json"


def _plain(value: str) -> str:
    """Text as the page shows it: runs of white space read as one space."""
    return clean_line(value)


def _record(kind: str, title: str, **fields) -> dict:
    record = {"k": kind, "t": _plain(title), "d": "", "o": "", "l": "", "w": "", "n": [], "b": ""}
    record.update(fields)
    return record


def _spellings(numbers) -> list[str]:
    """Every spelling's words of each document number (TƯ for TW), so "205 QD TU" finds it too."""
    return [form for found in numbers for form in number_spellings(found)]


def article_record(article: Article, site: Site) -> dict:
    names = site.registries
    tags = [names.tag_name(t) if names else t for t in article.tags]
    keywords = [*tags, *(e.name for group in (article.people, article.organisations, article.places)
                         for e in group)]
    numbers = [n for n in sorted({r.number or r.key for r in article.references}) if parse_number(n)]
    body = ([article.kicker] if article.kicker else []) + [block.text for block in article.blocks]
    return _record("article", article.title, d=numeric_date(article.date), o=article.outlet,
                   l=_plain(article.lead), w=" · ".join(dict.fromkeys(_plain(k) for k in keywords if k.strip())),
                   n=_spellings(numbers), b="\n".join(p for p in map(_plain, body) if p))


def document_record(entry: DocumentEntry, site: Site) -> dict:
    """A document's facts: the subject is its lead, the number its number field, the date
    and issuer shown with the result; its summary and the other facts its body."""
    facts = {name: _plain(value) for name, value, _ in fact_rows(entry, site, paths.document(entry.key))}
    title = document_title(entry)
    found = facts.get(NUMBER_FACT, "")
    numbers = [found] if parse_number(found) else list(dict.fromkeys(NUMBER_IN_TEXT.findall(title)))
    summary = [_plain(entry.info.summary)] if entry.info and entry.info.summary else []
    body = summary + [f"{name}: {value}" for name, value in facts.items() if name not in OWN_FIELDS]
    return _record("document", title, d=facts.get(DATE_FACT) or facts.get(YEAR_FACT, ""),
                   o=facts.get(ISSUER_FACT, ""), l=facts.get(SUBJECT_FACT, ""), n=_spellings(numbers),
                   b="\n".join(body))


def entity_record(kind: str, name: str, count: int, lead: str = "", roles: tuple[str, ...] = ()) -> dict:
    """A person, organisation, place or tag: its name, its description (a tag's), the roles
    the articles give a person; shown with the number of its articles. The lists of
    articles are other pages' titles, and stay out."""
    return _record(kind, name, o=f"{number(count)} bài viết" if count else "", l=_plain(lead),
                   b=", ".join(dict.fromkeys(_plain(r) for r in roles if r.strip())))


def _file(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"  # fields in RECORD_FIELDS order


def article_record_text(article: Article, site: Site) -> str:
    """The text of an article's record file (at record_path of its page)."""
    return _file(article_record(article, site))


def section_records(site: Site, section: str) -> dict[str, str]:
    """The records of a section's pages, by path under docs/ (none for other sections)."""
    records: dict[str, dict] = {}
    if section == "documents":
        records = {paths.document(key): document_record(entry, site) for key, entry in site.documents.items()}
    elif section == "people":
        records = {paths.person(key): entity_record("person", person.name, len(person.mentions),
                                                    roles=tuple(r for _, m in person.mentions for r in m.roles))
                   for key, person in site.people.items()}
    elif section in ("organisations", "places"):
        entries, page_of = ((site.organisations, paths.organisation) if section == "organisations"
                            else (site.places, paths.place))
        kind = "organisation" if section == "organisations" else "place"
        records = {page_of(key): entity_record(kind, entry.name, len(entry.articles))
                   for key, entry in entries.items()}
    elif section == "tags":
        names = site.registries
        records = {paths.tag(slug): entity_record("tag", names.tag_name(slug) if names else slug, len(items),
                                                  lead=names.tag_description(slug) if names else "")
                   for slug, items in site.tags.items()}
    return {record_path(page): _file(record) for page, record in records.items()}
