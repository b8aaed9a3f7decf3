"""One search record per article or document page, made from its rendered HTML and
its front matter (the renderers do not change for search).

A record holds the page's title, date, outlet, lead, keywords (tags, people,
organisations), document numbers in every spelling, and body text without the
sections that are not the article (its index, related articles, citing articles).
"""
from __future__ import annotations

import html as html_lib
import re
from html.parser import HTMLParser

from archive.render.article import INDEX_HEADING, RELATED_HEADING
from archive.render.documents import CITING_HEADING
from archive.search.folding import NUMBER_IN_TEXT, number_spellings, number_variants
from archive.site.paths import is_continuation

# Sections of an article page that are not the article: other articles' titles,
# the entity index. Matching on them would find the wrong article.
NOT_THE_ARTICLE = tuple(heading.lower() for heading in (RELATED_HEADING, INDEX_HEADING, CITING_HEADING))


def src_kind(src: str) -> str | None:
    if is_continuation(src):  # page 2, 3... of a long list: page 1 is the one indexed, if any
        return None
    if src.startswith("articles/") and not src.endswith("index.md"):
        return "article"
    if src.startswith("documents/") and not src.endswith("index.md"):
        return "document"
    return None


class _Text(HTMLParser):
    """Plain text of an HTML fragment, plus the text of links by target folder."""

    BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "tr", "br", "blockquote", "table", "ul", "ol"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None
        self._link_text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style") or "hidden" in attrs:
            self._skip += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")
        if tag == "a":
            self._href = attrs.get("href") or ""
            self._link_text = []

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        if tag == "a" and self._href is not None:
            self.links.append((self._href, "".join(self._link_text).strip()))
            self._href = None
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._skip:
            return
        self.parts.append(data)
        if self._href is not None:
            self._link_text.append(data)

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self.parts).split("\n"))
        return "\n".join(line for line in lines if line)


def _text(fragment: str) -> _Text:
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    return parser


_H2 = re.compile(r"<h2\b[^>]*>(.*?)</h2>", re.S)
_LEAD = re.compile(r'<p class="lead">(.*?)</p>', re.S)
_ADMONITION = re.compile(r'<div class="admonition[^"]*">.*?</div>\s*$', re.S)


def split_ignored(html: str, kind: str) -> tuple[str, str]:
    """(indexed part, ignored part) of a page's content HTML."""
    cut = len(html)
    for match in _H2.finditer(html):
        heading = " ".join(re.sub(r"<[^>]+>", "", match.group(1)).split()).lower()
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


def search_record(html: str, page, kind: str) -> tuple[dict, str, str]:
    """(record, indexed HTML, ignored HTML) for one article or document page."""
    meta = _front_matter(page)
    head, tail = split_ignored(html, kind)
    parsed = _text(head)
    full = _text(html)
    title = str(meta.get("title") or html_lib.unescape(page.title or ""))
    lead_match = _LEAD.search(head)
    lead = _text(lead_match.group(1)).text() if lead_match else ""
    if not lead and kind == "article" and meta.get("description"):
        lead = str(meta["description"])
    tags = [text for href, text in full.links if "/tags/" in href or href.startswith("../tags/") or "tags/" in href]
    keywords = list(dict.fromkeys([*tags, *map(str, meta.get("people") or []), *map(str, meta.get("organisations") or [])]))
    if kind == "document":
        numbers = list(dict.fromkeys(NUMBER_IN_TEXT.findall(title)))
    else:
        numbers = [str(ref) for ref in meta.get("references") or [] if number_variants(str(ref))]
    body = parsed.text()
    # The body without the title line (the title has its own field).
    if body.startswith(title):
        body = body[len(title):].lstrip("\n")
    record = {
        "u": page.url,
        "k": kind,
        "t": title,
        "d": _date(meta),
        "o": str(meta.get("outlet") or ""),
        "l": lead,
        "w": " · ".join(keywords),
        # Every spelling's words (TƯ for TW), so "205 QD TU" finds the number too.
        "n": [form for number in numbers for form in number_spellings(number)],
        "b": body,
    }
    return record, head, tail
