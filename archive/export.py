"""The machine-readable export: data/articles.json and data/documents.json.

Shape (version 1) is documented in README.md; add fields, never rename them.
"""
from __future__ import annotations

import json

from . import paths
from .models import Article, DocumentRef
from .site import DocumentEntry, Site

EXPORT_VERSION = 1


def _dump(data: dict) -> str:
    """JSON with one record per line: diffable, and written by json's C encoder
    (indent= switches to the pure-Python one, the slowest part of a build)."""
    lines = ["{"]
    for n, (key, value) in enumerate(data.items()):
        comma = "," if n < len(data) - 1 else ""
        if isinstance(value, list) and value:
            records = ",\n".join(" " + json.dumps(item, ensure_ascii=False) for item in value)
            lines.append(f"{json.dumps(key)}: [\n{records}\n]{comma}")
        else:
            lines.append(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


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
    info, ref = entry.info, entry.first
    date = getattr(info, "date", None) if info else None
    return {
        "key": entry.key, "number": ref.number, "type": ref.type, "kind": ref.kind,
        "issuer": ref.issuer, "year": ref.year, "resolved": ref.resolved,
        "date": date.isoformat() if date else None,
        "title": getattr(info, "title", "") if info else "",
        "url": paths.url(paths.document(entry.key)),
        "cited_by": [a.slug for a in entry.articles],
    }


def render_export(site: Site) -> dict[str, str]:
    articles = {"version": EXPORT_VERSION, "count": len(site.articles),
                "articles": [article_record(a) for a in site.articles]}
    documents = {"version": EXPORT_VERSION, "count": len(site.documents),
                 "documents": [document_record(e) for e in site.documents.values()]}
    return {"data/articles.json": _dump(articles), "data/documents.json": _dump(documents)}
