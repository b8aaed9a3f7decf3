"""An Atom feed of the latest articles, with absolute URLs from mkdocs.yml's site_url."""
from __future__ import annotations

import re
from xml.sax.saxutils import escape as _escape

from archive.site import paths
from archive.render.article import describe
from archive.site.model import Site

FEED_SIZE = 30
# Characters XML 1.0 forbids (C0 controls but tab, newline and CR; surrogates; U+FFFE,
# U+FFFF): one of them makes the whole feed ill-formed, so a reader rejects it. The
# reader refuses them in articles; this keeps the feed valid whatever reaches it.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def escape(text: str) -> str:
    """Text for XML content."""
    return _escape(_NOT_XML.sub("", text))


def attribute(text: str) -> str:
    """Text for a double-quoted XML attribute."""
    return _escape(_NOT_XML.sub("", text), {'"': "&quot;"})


def render_feed(site: Site, site_url: str, site_name: str) -> str:
    base = site_url.rstrip("/") + "/"
    latest = site.articles[:FEED_SIZE]
    # The feed's date is the newest article's, never the build time: same input, same bytes.
    updated = f"{latest[0].date.isoformat()}T00:00:00+07:00" if latest else "1970-01-01T00:00:00Z"
    entries = []
    for article in latest:
        link = base + paths.url(paths.article(article))
        time = article.time or "00:00"
        entries.append(
            "  <entry>\n"
            f"    <title>{escape(article.title)}</title>\n"
            f"    <link href=\"{attribute(link)}\"/>\n"
            f"    <id>{escape(link)}</id>\n"
            f"    <updated>{article.date.isoformat()}T{escape(time)}:00+07:00</updated>\n"
            f"    <author><name>{escape(article.author or article.outlet)}</name></author>\n"
            f"    <summary>{escape(describe(article.lead, 400))}</summary>\n"
            "  </entry>\n")
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n"
            f"  <title>{escape(site_name)}</title>\n"
            f"  <link href=\"{attribute(base)}\"/>\n"
            f"  <link rel=\"self\" href=\"{attribute(base + 'feed.xml')}\"/>\n"
            f"  <id>{escape(base)}</id>\n"
            f"  <updated>{updated}</updated>\n"
            + "".join(entries) + "</feed>\n")
