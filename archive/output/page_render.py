"""One Python-Markdown per process, reset for each page (perf round 11).

MkDocs 1.6's `Page.render` builds a new `markdown.Markdown` with every extension for
every page, then registers its own per-page processors on it (the anchors in raw HTML,
the anchors and links the page has, relative links, the title). At 10,000 articles,
18,003 pages, building the instance is about a sixth of a page's conversion. Here the
instance is made once for a config and `reset()` before each page (Python-Markdown's
own way to convert many documents: the HTML stash, the references and every extension
with a `reset`, such as toc's ids, start empty again), and MkDocs' four per-page
processors are made anew for each page and registered under their own names, which
replaces the last page's. The rest is MkDocs' render, line for line.

Installed only while `Page.render` is the code this was written against (its source's
digest, RENDER_DIGEST) and its helpers are there; otherwise MkDocs' own render runs.
A conversion that raises drops the instance (its state is then unknown). The built
site is the same bytes (tests/test_page_render.py: pages through one instance against
fresh ones; a strict build's warnings).
"""
from __future__ import annotations

import hashlib
import inspect
import logging

import markdown
from mkdocs.structure import pages
from mkdocs.structure.toc import get_toc

from archive.output import inline_triggers

# sha256 of `inspect.getsource(Page.render)` in MkDocs 1.6.1.
RENDER_DIGEST = "320529348f7a8af152073d0a3ab02960ccce91f9204716144e51b20931983cc6"
_HELPERS = ("_RawHTMLPreprocessor", "_ExtractAnchorsTreeprocessor", "_RelativePathTreeprocessor",
            "_ExtractTitleTreeprocessor")
_MKDOCS_RENDER = pages.Page.render
_cached: tuple = (None, None)  # (config, its Markdown instance)


def render_digest(render=None) -> str:
    source = inspect.getsource(render or _MKDOCS_RENDER)
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def fits() -> bool:
    """MkDocs' render is still the one `render` below copies."""
    try:
        return render_digest() == RENDER_DIGEST and all(hasattr(pages, name) for name in _HELPERS)
    except (OSError, TypeError):  # no source to read
        return False


def install() -> bool:
    """Page.render through one instance, when MkDocs' render is the known one."""
    if not fits():
        pages.Page.render = _MKDOCS_RENDER
        return False
    pages.Page.render = render
    return True


def uninstall() -> None:
    global _cached
    pages.Page.render = _MKDOCS_RENDER
    _cached = (None, None)


def instance(config) -> markdown.Markdown:
    """The config's Markdown, reset for a new page; its inline step skips the tries that
    cannot match (archive/output/inline_triggers.py)."""
    global _cached
    if _cached[0] is not config:
        md = markdown.Markdown(extensions=config["markdown_extensions"],
                               extension_configs=config["mdx_configs"] or {})
        inline_triggers.install(md)
        _cached = (config, md)
    return _cached[1].reset()


def render(self, config, files) -> None:
    """`Page.render` of MkDocs 1.6.1, with the Markdown instance reused."""
    global _cached
    if self.markdown is None:
        raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
    md = instance(config)
    raw_html_ext = pages._RawHTMLPreprocessor()
    raw_html_ext._register(md)
    extract_anchors_ext = pages._ExtractAnchorsTreeprocessor(self.file, files, config)
    extract_anchors_ext._register(md)
    relative_path_ext = pages._RelativePathTreeprocessor(self.file, files, config)
    relative_path_ext._register(md)
    extract_title_ext = pages._ExtractTitleTreeprocessor()
    extract_title_ext._register(md)
    try:
        self.content = md.convert(self.markdown)
    except BaseException:
        _cached = (None, None)
        raise
    self.toc = get_toc(getattr(md, "toc_tokens", []))
    self._title_from_render = extract_title_ext.title
    self.present_anchor_ids = extract_anchors_ext.present_anchor_ids | raw_html_ext.present_anchor_ids
    if pages.log.getEffectiveLevel() > logging.DEBUG:
        self.links_to_anchors = relative_path_ext.links_to_anchors
