"""Article -> its Markdown page. Pure: returns strings, writes nothing."""
from __future__ import annotations

import re

from archive import models
from archive.site import paths
from archive.text.dates import numeric_date, vietnamese_date
from archive.render import listing
from archive.render.markup import address_target, escape, front_matter, link, text
from archive.site.documents import base_label
from archive.site.model import Site, outlet_slug

DESCRIPTION_CHARS = 200
# Sections after the article's own text (not in its search record: archive/search/records.py).
INDEX_HEADING = "Chỉ mục"
RELATED_HEADING = "Bài liên quan"
SOURCE_HEADING = "Nguồn và trích dẫn"


def describe(text: str, limit: int = DESCRIPTION_CHARS) -> str:
    """A summary cut at a word boundary, for <meta name="description"> and lists."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def article_front_matter(article: models.Article) -> dict:
    """What was extracted, for the theme and for anyone reading the Markdown."""
    data = {
        "title": article.title,
        "description": describe(article.lead),
        "date": article.date.isoformat(),
    }
    optional = {
        "time": article.time, "kicker": article.kicker, "outlet": article.outlet,
        "author": article.author, "url": article.url, "source_file": article.source_file,
    }
    data.update({k: v for k, v in optional.items() if v})
    data["tags"] = list(article.tags)
    data["references"] = sorted({r.number or r.key for r in article.references})
    data["people"] = [p.name for p in article.people]
    data["organisations"] = [o.name for o in article.organisations]
    data["places"] = [p.name for p in article.places]
    # Articles are not in the side navigation: its column would stand empty beside the text.
    # An article without headings of its own has no table of contents either: it would list
    # only the generated sections at the foot, the same three on every article (issue 17's
    # size budget). One with headings keeps it: a reader jumps between its parts.
    own_headings = any(block.kind == models.HEADING for block in article.blocks)
    data["hide"] = ["navigation"] if own_headings else ["navigation", "toc"]
    return data


def linked_passage(text: str, refs: list[models.DocumentRef], page: str) -> str:
    """Escaped text with each citation linked to its document page."""
    out, position = [], 0
    for ref in sorted(refs, key=lambda r: (r.start, -r.end)):
        if ref.start < position:  # overlapping citations: keep the first
            continue
        out.append(escape(text[position:ref.start]))
        out.append(link(text[ref.start:ref.end], paths.rel(page, paths.document(ref.key))))
        position = ref.end
    out.append(escape(text[position:]))
    return "".join(out)


def render_body(article: models.Article, page: str) -> list[str]:
    """Lead and body blocks; passage numbers match Article.passages()."""
    by_passage: dict[int, list[models.DocumentRef]] = {}
    for ref in article.references:
        by_passage.setdefault(ref.passage, []).append(ref)
    parts = [linked_passage(article.lead, by_passage.get(1, []), page) + "\n{ .lead }"]
    previous_item = False
    for index, block in enumerate(article.blocks, start=2):
        text = linked_passage(block.text, by_passage.get(index, []), page)
        if block.kind == models.HEADING:
            parts.append(f"## {text}")
        elif block.kind == models.CAPTION:
            parts.append(f"{text}\n{{ .caption }}")
        elif block.kind == models.ITEM:
            item = f"{block.number}. {text}"
            if previous_item:  # consecutive items form one list
                parts[-1] += "\n" + item
            else:
                parts.append(item)
        else:
            parts.append(text)
        previous_item = block.kind == models.ITEM
    return parts


def _meta_line(article: models.Article, page: str) -> str:
    bits = [f"{escape(vietnamese_date(article.date, article.time))}"]
    bits.append(link(article.outlet, paths.rel(page, paths.outlet(outlet_slug(article.outlet)))))
    if article.author:
        bits.append(f"Tác giả: {escape(article.author)}")
    bits.append(link(f"Năm {article.year}", paths.rel(page, paths.year(article.year))))
    return " · ".join(bits) + "\n{ .article-meta }"


def shown_address(url: str) -> str:
    """An address as a reader reads it: no scheme, no "www.", no trailing slash."""
    return re.sub(r"^https?://(www\.)?", "", url).rstrip("/")


def _original_line(article: models.Article) -> list[str]:
    """The original article's address, under the meta line, when the header gives it."""
    if not article.url:
        return []
    return [f"Bài gốc: [{escape(shown_address(article.url))}]({address_target(article.url)})\n{{ .article-source }}"]


def citation(article: models.Article) -> str:
    """A reference in the style Vietnamese theses and journals use for a newspaper article:
    Author (year), “Title”, *Outlet*, ngày dd/mm/yyyy, address. Without an author, the
    outlet stands first, as the author, and is not repeated."""
    title = f"“{escape(article.title)}”"
    outlet = f"*{escape(article.outlet)}*"
    head = [f"{escape(article.author)} ({article.year})", title, outlet] if article.author \
        else [f"{outlet} ({article.year})", title]
    tail = [f"ngày {numeric_date(article.date)}"] + ([escape(article.url)] if article.url else [])
    return ", ".join(head + tail) + "."


def _chips(label: str, page: str, items: list[tuple[str, str]], kind: str = "") -> list[str]:
    """The chips of (name, docs/ page) `items`, linked from `page` (HTML: listing.chips)."""
    folders = paths.folders(page)[0]
    return listing.chips(label, [_chip(folders, name, target, page) for name, target in items], kind)


def _chip(folders: tuple[str, ...], name: str, target: str, page: str) -> str:
    """listing.anchor(name, page, target), kept: a link depends on the page's folders alone
    (paths.href), every article page sits two folders down, and a person, a place or a tag
    is a chip on many articles: made once for all of them (the page is not in the key)."""
    key = (folders, name, target)
    found = _CHIPS.get(key)
    if found is None:
        if len(_CHIPS) >= _CHIPS_KEPT:
            _CHIPS.clear()
        found = _CHIPS[key] = listing.anchor(name, page, target)
    return found


_CHIPS: dict[tuple[tuple[str, ...], str, str], str] = {}
_CHIPS_KEPT = 20_000  # a few thousand names and tags in an archive: a bound, not a working size


def _documents_block(article: models.Article, site: Site, page: str) -> list[str]:
    seen: dict[str, models.DocumentRef] = {}
    for ref in article.references:
        seen.setdefault(ref.key, ref)
    lines = []
    for key, ref in sorted(seen.items(), key=lambda kv: kv[1].passage * 10**6 + kv[1].start):
        entry = site.documents.get(key)
        info = entry.info if entry else None
        line = listing.anchor(entry.label if entry else base_label(ref, info), page, paths.document(key))
        title = info.title if info else ""
        lines.append(line + (f" — {text(title)}" if title and ref.number else ""))
    return ["## Văn bản được nhắc đến", listing.items(lines)] if lines else []


def render_article(article: models.Article, site: Site) -> str:
    page = paths.article(article)
    parts = []
    if article.kicker:
        parts.append(f"{escape(article.kicker)}\n{{ .kicker }}")
    parts.append(f"# {escape(article.title)}")
    parts.append(_meta_line(article, page))
    parts += _original_line(article)
    parts += _chips("Chủ đề", page, _tag_links(article, site), "tags")
    parts += render_body(article, page)
    parts += _documents_block(article, site, page)
    parts += _navigation(article, site, page)
    parts += _source_block(article)
    return front_matter(article_front_matter(article)) + "\n\n".join(parts) + "\n"


def _tag_links(article: models.Article, site: Site) -> list[tuple[str, str]]:
    names = site.registries
    tag_name = (lambda s: names.tag_name(s)) if names else (lambda s: s)
    return [(tag_name(t), paths.tag(t)) for t in article.tags]


def _navigation(article: models.Article, site: Site, page: str) -> list[str]:
    """The index (people, organisations, places as chips; the tags are under the title),
    abbreviations, then related articles."""
    parts = _chips("Nhân vật", page, [(p.name, paths.person(p.key)) for p in article.people])
    parts += _chips("Tổ chức", page, [(o.name, paths.organisation(o.key)) for o in article.organisations])
    parts += _chips("Địa danh", page, [(p.name, paths.place(p.key)) for p in article.places])
    if article.abbreviations:
        parts += ["**Chữ viết tắt:** " + " · ".join(f"{escape(short)}: {escape(full)}"
                                                    for short, full in article.abbreviations)
                  + "\n{ .abbreviations }"]
    if parts:
        parts.insert(0, f"## {INDEX_HEADING}")
    related = [site.by_slug[s] for s in site.related.get(article.slug, ()) if s in site.by_slug]
    if related:
        parts.append(f"## {RELATED_HEADING}")
        parts.append(listing.items(
            listing.line(listing.anchor(r.title, page, paths.article(r)), text(numeric_date(r.date)))
            for r in related))
    return parts


def _source_block(article: models.Article) -> list[str]:
    """Where the text comes from and how to cite it, in an admonition (search leaves it
    out, archive/search/records.py)."""
    blocks = []
    if article.url:
        blocks.append(f"Bài gốc: [{escape(article.url)}]({address_target(article.url)})")
    blocks += ["Trích dẫn bài này:", f"{citation(article)}\n{{ .cite }}",
               f"Tệp nguồn: {escape(article.source_file)}\n{{ .source-file }}"]
    body = "\n\n".join(blocks)
    return [f'!!! note "{SOURCE_HEADING}"', "\n".join(("    " + line) if line else "" for line in body.split("\n"))]
