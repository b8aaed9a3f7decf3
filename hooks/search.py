"""MkDocs hook: feeds the archive's search (docs-dev/search.md explains the design).

- Article and document pages get `data-pagefind-body` (only they are indexed) and a
  hidden block of index text Pagefind cannot derive itself: folded title, lead,
  tags, people and organisations (weighted above body text), every written form of
  the document numbers, and the folded form of body words that contain đ.
  Related-article lists and the index of entities are kept out of the body index.
- Metadata for result rendering (date, outlet, kind, lead, keywords) goes to
  `data-pagefind-meta`, which lives in the page's fragment, not in the index.
- For the offline copy (Material's offline plugin on) and for `mkdocs serve`, where
  Pagefind cannot run, the same records go to assets/javascripts/search-index.js,
  a plain script the browser loads from file://.

The renderers do not change: everything here is derived from the rendered page and
its front matter.
"""
from __future__ import annotations

import html as htmllib
import json
import os
import re
import sys
from html.parser import HTMLParser


def _find_archive_package() -> None:
    """Make `archive` importable: MkDocs loads a hook from its file path, and a build
    may run from a copy of the project's inputs (tests, benchmarks) that has no
    archive/. Looked for in: ARCHIVE_ROOT, this project, the project of the
    virtualenv that runs MkDocs (.venv/ lives in the project root)."""
    try:
        import archive  # noqa: F401
        return
    except ImportError:
        pass
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for root in (os.environ.get("ARCHIVE_ROOT"), here, os.path.dirname(sys.prefix)):
        if root and os.path.isfile(os.path.join(root, "archive", "normalize.py")):
            sys.path.insert(0, root)
            return


_find_archive_package()

from archive.normalize import fold
from archive.search_text import NUMBER_IN_TEXT, folded_words_with_d, number_terms, number_variants

# Sections of an article page that are not the article: other articles' titles,
# the entity index, the source note. Matching on them would find the wrong article.
IGNORED_SECTIONS = ("bài liên quan", "chỉ mục", "các bài viết trích dẫn", "bài viết trích dẫn")
# Marks where the hidden index text starts in the page text Pagefind returns
# (archive-search.js cuts there); punctuation, so it is never a search word.
SENTINEL = "\u2042"
OFFLINE_ZIP = "download/kho-luu-tru-offline.zip"
FALLBACK_FILE = "assets/javascripts/search-index.js"
ARTICLE_TAG = '<article class="md-content__inner md-typeset">'

_state: dict = {"command": "build", "records": [], "fallback": False}


def on_startup(command, dirty=False, **kwargs):
    _state["command"] = command


def _offline_enabled(config) -> bool:
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(plugin and plugin.config.enabled)


def on_config(config, **kwargs):
    offline = _offline_enabled(config)
    config.extra["archive_offline"] = offline
    # `make site` puts the offline copy's zip at download/ and says so (OFFLINE_ZIP=1);
    # other builds (tests, mkdocs serve) have no zip and show no link to it.
    config.extra["archive_offline_zip"] = (
        None if offline or os.environ.get("OFFLINE_ZIP", "") in ("", "0", "false") else OFFLINE_ZIP
    )
    # The fallback index: needed where Pagefind is not (file://, mkdocs serve).
    _state["fallback"] = offline or _state["command"] == "serve"
    _state["records"] = []
    config.extra["archive_search"] = {"fallback": FALLBACK_FILE if _state["fallback"] else None}
    return config


def page_kind(page) -> str | None:
    src = page.file.src_uri
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
        if kind == "document" or heading in IGNORED_SECTIONS:
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


def _attr(value: str) -> str:
    return htmllib.escape(value, quote=True)


def search_record(html: str, page, kind: str) -> tuple[dict, str, str]:
    """(record, indexed HTML, ignored HTML) for one article or document page."""
    meta = page.meta or {}
    head, tail = split_ignored(html, kind)
    parsed = _text(head)
    full = _text(html)
    title = str(meta.get("title") or page.title or "")
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
        "n": numbers,
        "b": body,
    }
    return record, head, tail


def hidden_block(record: dict) -> str:
    """Index-only text (hidden from readers), weighted like the field it stands for.

    Only what Pagefind cannot derive: it folds tone and vowel marks itself, so the
    title (h1), lead and body need just their đ-words folded; tags, people and
    organisations are not in the indexed body at all; document numbers need the
    folded form (qđ -> qd) and the TƯ spelling. Every extra word costs index size,
    which is what a first query downloads.
    """
    kind = record["k"]
    number_weight = 10 if kind == "document" else 3
    numbers = " ; ".join(
        " ".join(v for v in number_variants(n) if re.fullmatch(r"[0-9a-z ]+", v)) for n in record["n"]
    )
    keywords = record["w"]
    lines = [
        (7, " ".join(folded_words_with_d(record["t"]))),
        (number_weight, numbers),
        (5, " ".join(folded_words_with_d(record["l"]))),
        (5, " ; ".join(filter(None, [keywords, " ".join(folded_words_with_d(keywords))]))),
        (1, " ".join(folded_words_with_d(record["b"]))),
    ]
    # SENTINEL first: the browser cuts Pagefind's page text there for snippets.
    out = ['<div class="archive-search-index" hidden aria-hidden="true">', f"<p>{SENTINEL}</p>"]
    for weight, text in lines:
        if text.strip():
            out.append(f'<p data-pagefind-weight="{weight}">{htmllib.escape(text)}</p>')
    out.append("</div>")
    return "\n".join(out)


def meta_block(record: dict) -> str:
    """Result metadata, outside the indexed body: stored in the page's fragment only."""
    out = ['<div class="archive-search-meta" hidden aria-hidden="true">']
    for key, value in (("date", record["d"]), ("outlet", record["o"]), ("kind", record["k"]),
                       ("lead", record["l"]), ("keywords", record["w"]), ("numbers", " ".join(record["n"]))):
        if value:
            out.append(f'<span data-pagefind-meta="{key}">{htmllib.escape(value)}</span>')
    out.append("</div>")
    return "\n".join(out)


def on_page_content(html, page, config, files, **kwargs):
    kind = page_kind(page)
    if not kind:
        return html
    record, head, tail = search_record(html, page, kind)
    if _state["fallback"]:
        _state["records"].append(record)
    page.meta["_archive_search"] = kind
    page.meta["_archive_search_meta"] = meta_block(record)
    ignored = f'<div data-pagefind-ignore="all">{tail}</div>' if tail.strip() else ""
    # The lead ranks above body text in Pagefind too.
    head = head.replace('<p class="lead">', '<p class="lead" data-pagefind-weight="5">', 1)
    return head + hidden_block(record) + ignored


def on_post_page(output, page, config, **kwargs):
    kind = (page.meta or {}).get("_archive_search")
    if kind and ARTICLE_TAG in output:
        output = output.replace(
            ARTICLE_TAG,
            page.meta.get("_archive_search_meta", "") + f'<article class="md-content__inner md-typeset" data-pagefind-body '
            f'data-pagefind-filter="kind:{kind}">',
            1,
        )
    return output


def fallback_script(records: list[dict]) -> str:
    """The offline index: one JSON array in a plain script (works from file://)."""
    fields = ["u", "k", "t", "d", "o", "l", "w", "n", "b"]
    rows = [[record[f] for f in fields] for record in sorted(records, key=lambda r: r["u"])]
    data = json.dumps({"fields": fields, "rows": rows}, ensure_ascii=False, separators=(",", ":"))
    return "window.__archiveSearchIndex=" + data + ";\n"


def on_post_build(config, **kwargs):
    if not _state["fallback"]:
        return
    path = os.path.join(config.site_dir, *FALLBACK_FILE.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(fallback_script(_state["records"]))
