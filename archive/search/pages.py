"""One search record per page a reader may look for, made from its rendered HTML and its
front matter (the renderers do not change for search): articles, documents, people,
organisations, places and tags (page 1 of each; index pages are reached by navigation).

A record holds the page's kind, title, date, outlet (or issuer, or article count), lead,
keywords (tags, people, organisations, places), document numbers in every spelling, and
body text: the page's own text, never its furniture (back links, meta lines, chips,
charts, pagers) nor other pages' titles (related or citing articles, the entity index,
the lists of articles on entity pages).
"""
from __future__ import annotations

import html as html_lib
import re

from archive.render.article import INDEX_HEADING, RELATED_HEADING
from archive.render.documents import (CITING_HEADING, DATE_FACT, ISSUER_FACT, NUMBER_FACT, SUBJECT_FACT,
                                        YEAR_FACT)
from archive.search.folding import NUMBER_IN_TEXT, number_spellings, number_variants
from archive.search.html_text import Block, blocks
from archive.site.paths import is_continuation

# The list of documents an article mentions (render/article.py `_documents_block`): their
# titles are not the article's text.
DOCUMENTS_HEADING = "Văn bản được nhắc đến"
# Sections of an article page that are not the article: other articles' titles,
# the entity index, the documents mentioned. Matching on them would find the wrong article.
NOT_THE_ARTICLE = tuple(h.lower() for h in (RELATED_HEADING, INDEX_HEADING, CITING_HEADING, DOCUMENTS_HEADING))
# Paragraphs of an article page with a class are furniture (meta line, original address,
# chips, abbreviations, citation), except these, which are the article's text.
ARTICLE_TEXT_CLASSES = ("lead", "caption", "kicker")
# The facts of a document page that the record keeps apart, by the names render/documents.py gives them.
DATE_FACTS = (DATE_FACT, YEAR_FACT)

SECTIONS = {"articles": "article", "documents": "document", "people": "person",
            "organisations": "organisation", "places": "place", "tags": "tag"}
KIND_LABELS = {"article": "Bài viết", "document": "Văn bản", "person": "Nhân vật",
               "organisation": "Tổ chức", "place": "Địa danh", "tag": "Chủ đề"}


def src_kind(src: str) -> str | None:
    """The kind of record of a docs/ page, or None for pages left out of search."""
    if is_continuation(src):  # page 2, 3... of a long list: page 1 is the one indexed
        return None
    section, _, rest = src.partition("/")
    if not rest or rest.endswith("index.md") or not rest.endswith(".md"):
        return None
    return SECTIONS.get(section)


_H2 = re.compile(r"<h2\b[^>]*>(.*?)</h2>", re.S)
_ADMONITION = re.compile(r'<div class="admonition[^"]*">.*?</div>\s*$', re.S)


def split_ignored(html: str, kind: str) -> tuple[str, str]:
    """(indexed part, ignored part) of an article's or a document's content HTML."""
    cut = len(html)
    for match in _H2.finditer(html):
        heading = " ".join(html_lib.unescape(re.sub(r"<[^>]+>", "", match.group(1))).split()).lower()
        heading = re.sub(r"\s*\(\d+\)$", "", heading)
        if kind == "document" or heading in NOT_THE_ARTICLE:
            cut = match.start()
            break
    head, tail = html[:cut], html[cut:]
    if cut == len(html):
        admonition = _ADMONITION.search(html)
        if admonition:
            head, tail = html[: admonition.start()], html[admonition.start():]
    return head, tail


def _date(meta) -> str:
    value = str(meta.get("date") or "")
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    return f"{match[3]}/{match[2]}/{match[1]}" if match else ""


def _front_matter(page) -> dict:
    """The page's front matter as plain text: build_pages HTML-escapes every value
    for the theme (archive/render/markup.py), the search script escapes what it shows."""
    def plain(value):
        if isinstance(value, str):
            return html_lib.unescape(value)
        if isinstance(value, list):
            return [plain(item) for item in value]
        return value
    return {key: plain(value) for key, value in (page.meta or {}).items()}


def _links_to(block: Block, section: str) -> list[str]:
    return [text for href, text in block.links if re.search(rf"(^|/){section}/", href)]


# A link to a tag's page, as listing.anchor writes it: the page's chips name its tags.
_TAG_LINK = re.compile(r'<a href="(?:[^"]*/)?tags/[^"]*">([^<]*)</a>')


def tag_names(html: str) -> list[str]:
    """The names of the tags an article page links to, read without parsing the page again."""
    return [" ".join(html_lib.unescape(name).split()) for name in _TAG_LINK.findall(html)]


def _record(page, meta: dict, kind: str, **fields) -> dict:
    record = {"u": page.url, "k": kind, "t": str(meta.get("title") or html_lib.unescape(page.title or "")),
              "d": "", "o": "", "l": "", "w": "", "n": [], "b": ""}
    record.update(fields)
    return record


def article_record(html: str, page, meta: dict) -> dict:
    head, _ = split_ignored(html, "article")
    own = blocks(head)
    text = [b for b in own if b.tag != "h1" and all(c in ARTICLE_TEXT_CLASSES for c in b.classes)]
    lead = " ".join(b.text for b in text if "lead" in b.classes)
    if not lead and meta.get("description"):
        lead = str(meta["description"])
    tags = tag_names(html)
    keywords = [*tags, *(str(v) for key in ("people", "organisations", "places") for v in meta.get(key) or [])]
    numbers = [str(ref) for ref in meta.get("references") or [] if number_variants(str(ref))]
    return _record(page, meta, "article", d=_date(meta), o=str(meta.get("outlet") or ""), l=lead,
                   w=" · ".join(dict.fromkeys(k for k in keywords if k)),
                   # Every spelling's words (TƯ for TW), so "205 QD TU" finds the number too.
                   n=[form for number in numbers for form in number_spellings(number)],
                   b="\n".join(b.text for b in text if "lead" not in b.classes))


def document_record(html: str, page, meta: dict) -> dict:
    """A document's facts: the subject is its lead, the number its number field, the date
    and issuer shown with the result; the other facts (and any plain paragraph) its body."""
    head, _ = split_ignored(html, "document")
    facts: dict[str, str] = {}
    body: list[str] = []
    for block in blocks(head):
        if block.tag == "li" and block.label:
            value = block.text[len(block.label) + 1:].strip() if block.text.startswith(block.label) else block.text
            facts.setdefault(block.label, value)
            if block.label not in (NUMBER_FACT, SUBJECT_FACT):
                body.append(f"{block.label}: {value}")
        elif block.tag == "p" and not block.classes and not block.links:
            body.append(block.text)
    record = _record(page, meta, "document")
    number = facts.get(NUMBER_FACT, "")
    numbers = [number] if number_variants(number) else list(dict.fromkeys(NUMBER_IN_TEXT.findall(record["t"])))
    date = next((facts[f] for f in DATE_FACTS if f in facts), "")
    record.update(d=date if re.fullmatch(r"\d{2}/\d{2}/\d{4}|\d{4}", date) else "",
                  o=facts.get(ISSUER_FACT, ""), l=facts.get(SUBJECT_FACT, ""),
                  n=[form for n in numbers for form in number_spellings(n)], b="\n".join(body))
    return record


_ROLE = re.compile(r"^(?:\d{1,2}/\d{1,2}/\d{4}\s*:\s*)?(.+?)\s*\(\s*\)$")
_TOTAL = re.compile(r"trong số\s+([\d.]+)")


def entity_record(html: str, page, meta: dict, kind: str) -> dict:
    """A person, organisation, place or tag: its name, its description (a tag's), the roles
    the articles give a person; shown with the number of its articles. The lists of
    articles are other pages' titles, and stay out."""
    roles: list[str] = []
    listed, total = 0, ""
    for block in blocks(html):
        linked = _links_to(block, "articles")
        role = _ROLE.match(block.outside) if block.tag == "li" and len(linked) == 1 else None
        if role:
            roles.extend(r.strip() for r in role[1].split(",") if r.strip())
        elif block.tag == "li" and linked:
            listed += 1
        found = _TOTAL.search(block.text) if block.tag == "p" and not total else None
        if found:
            total = found[1]  # as the page writes it: "1.234"
    lead = str(meta.get("description") or "") if kind == "tag" else ""
    count = total or (str(listed) if listed else "")
    return _record(page, meta, kind, o=f"{count} bài viết" if count else "", l=lead,
                   b=", ".join(dict.fromkeys(roles)))


def search_record(html: str, page, kind: str) -> tuple[dict, str, str]:
    """(record, indexed HTML, ignored HTML) of one page of `kind` (src_kind)."""
    meta = _front_matter(page)
    if kind == "article":
        return (article_record(html, page, meta), *split_ignored(html, kind))
    if kind == "document":
        return (document_record(html, page, meta), *split_ignored(html, kind))
    return entity_record(html, page, meta, kind), html, ""
