"""MkDocs hook: feeds the archive's search (docs-dev/search.md explains the design).

Each article and document page gives one search record (title, lead, tags, people,
organisations, document numbers, body text without the related-articles list and
the entity index). After the build, archive/search_index.py writes the sharded
index of those records to assets/search/ in the site, the same for the published
site, the offline copy and `mkdocs serve`.

A dirty build (`make serve` runs `mkdocs serve --dirty`; `mkdocs build --dirty`) renders
only the pages whose Markdown is newer than their HTML, so this hook sees only those.
The index must still hold every page: the others keep their records from the index
the last build left in the site, and the index is updated in place (on_files,
on_post_build). A full build writes it from this build's pages alone, as before.

The renderers do not change: everything here is derived from the rendered page and
its front matter.
"""
from __future__ import annotations

import html as html_lib
import json
import os
import re
import sys
import time
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

from archive.paths import is_continuation
from archive.search_index import FOLDER, read_index, update_index, write_index
from archive.search_text import NUMBER_IN_TEXT, number_spellings, number_variants

# Sections of an article page that are not the article: other articles' titles,
# the entity index, the source note. Matching on them would find the wrong article.
IGNORED_SECTIONS = ("bài liên quan", "chỉ mục", "các bài viết trích dẫn", "bài viết trích dẫn")
OFFLINE_ZIP = "download/kho-luu-tru-offline.zip"

_state: dict = {
    "dirty": False,
    "records": {},  # url: record, of the pages rendered in this build
    "kept": {},  # dirty build: url: record, of the other pages, from the last index
    "previous": None,  # dirty build: the last index (read_index), to update in place
    "stats": {},
    "record_seconds": 0.0,
}


def on_startup(command, dirty, **kwargs):
    _state["dirty"] = dirty


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
    _state.update(records={}, kept={}, previous=None, record_seconds=0.0)
    config.extra["archive_search"] = {"index": FOLDER + "/"}
    return config


def page_kind(page) -> str | None:
    return src_kind(page.file.src_uri)


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


def _front_matter(page) -> dict:
    """The page's front matter as plain text: build_pages HTML-escapes every value
    for the theme (archive/markdown.py), the search script escapes what it shows."""
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


def on_files(files, config, **kwargs):
    """Dirty build: keep the last index's record of each page MkDocs will not render.

    A record is kept only if the page's HTML is not newer than the index (a build that
    failed after writing pages leaves them so). A page without one loses its HTML:
    MkDocs then renders it (its HTML is missing), and this hook records it. So the
    first dirty build into a site without an index renders every page; pages gone
    from docs/ are not in `files` and leave the index."""
    if not _state["dirty"]:
        return files
    previous = read_index(config.site_dir)
    meta = os.path.join(config.site_dir, *FOLDER.split("/"), "meta.js")
    written = os.path.getmtime(meta) if previous else 0.0  # update_index writes meta.js last
    old = {record["u"]: record for record in previous.records} if previous else {}
    for file in files.documentation_pages():
        if not src_kind(file.src_uri):
            continue
        record, html = old.get(file.url), file.abs_dest_path
        if record and os.path.isfile(html) and os.path.getmtime(html) <= written:
            _state["kept"][file.url] = record
        elif os.path.exists(html):
            os.remove(html)
    _state["previous"] = previous
    return files


def on_page_content(html, page, config, files, **kwargs):
    kind = page_kind(page)
    if kind:
        started = time.perf_counter()
        _state["records"][page.url] = search_record(html, page, kind)[0]
        _state["record_seconds"] += time.perf_counter() - started
    return html


def on_post_build(config, **kwargs):
    started = time.perf_counter()
    # A rendered page's new record replaces its kept one.
    records = list({**_state["kept"], **_state["records"]}.values())
    if _state["previous"]:
        size = update_index(config.site_dir, _state["previous"], records)
    else:
        size = write_index(config.site_dir, records)
    _state["stats"] = {"pages": len(records), "rendered": len(_state["records"]), "bytes": size,
                       "seconds": time.perf_counter() - started, "record_seconds": _state["record_seconds"]}
    _state.update(records={}, kept={}, previous=None)  # not held while `mkdocs serve` waits
    if os.environ.get("ARCHIVE_SEARCH_STATS"):  # a file for benchmarks/scale.py, which runs MkDocs apart
        with open(os.environ["ARCHIVE_SEARCH_STATS"], "w", encoding="utf-8") as out:
            json.dump(_state["stats"], out)
