"""No built page of either target loads anything from outside the site.

Scans every built HTML file for scripts, styles, fonts, images, media, frames
and preloads whose address leaves the site, and every CSS file for url()/@import.
Links a reader follows (<a href>) may point anywhere and are not checked.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from browser.sites import built_sites

EXTERNAL = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)  # http://, https://, //host
RESOURCE_ATTRS = {
    "script": ("src",), "img": ("src", "srcset"), "source": ("src", "srcset"),
    "video": ("src", "poster"), "audio": ("src",), "iframe": ("src",), "embed": ("src",),
    "object": ("data",), "input": ("src",), "image": ("href", "xlink:href"), "use": ("href", "xlink:href"),
}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+['"]([^'"]+)""", re.I)


class _Resources(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link":  # stylesheet, icon, preload, manifest, font...
            rel = (attrs.get("rel") or "").lower()
            if rel and rel.split()[0] not in ("canonical", "alternate", "prev", "next", "author", "license"):
                self.found.append(attrs.get("href") or "")
        for name in RESOURCE_ATTRS.get(tag, ()):
            value = attrs.get(name) or ""
            self.found.extend(part.split()[0] for part in value.split(",") if part.strip()) if "srcset" in name \
                else self.found.append(value)
        if attrs.get("style"):
            self.found.extend(a or b for a, b in CSS_URL.findall(attrs["style"]))
        self._style = tag == "style"

    def handle_data(self, data):
        if self._style:
            self.found.extend(a or b for a, b in CSS_URL.findall(data))

    def handle_endtag(self, tag):
        if tag == "style":
            self._style = False


def external_resources(root) -> list[str]:
    bad = []
    for path in sorted(root.rglob("*")):
        if path.suffix == ".html":
            parser = _Resources()
            parser.feed(path.read_text(encoding="utf-8"))
            urls = parser.found
        elif path.suffix == ".css":
            urls = [a or b for a, b in CSS_URL.findall(path.read_text(encoding="utf-8", errors="replace"))]
        else:
            continue
        bad.extend(f"{path.relative_to(root)}: {url}" for url in urls if EXTERNAL.match(url))
    return bad


@pytest.fixture(scope="module")
def sites():
    return built_sites()


@pytest.mark.parametrize("target", ["site", "offline"])
def test_no_built_file_loads_from_outside_the_site(sites, target):
    root = getattr(sites, target)
    assert list(root.rglob("*.html")), "nothing was built"
    bad = external_resources(root)
    assert not bad, bad[:10]


def test_the_scanner_sees_external_resources(tmp_path):
    (tmp_path / "a.html").write_text(
        '<link rel="stylesheet" href="https://cdn.example/x.css"><script src="//unpkg.com/shim"></script>'
        '<img src="/local.png" srcset="local.png 1x, https://x.example/a.png 2x"><a href="https://ok.example">ok</a>',
        encoding="utf-8")
    (tmp_path / "b.css").write_text("@font-face{src:url(https://fonts.example/f.woff2)}", encoding="utf-8")
    assert len(external_resources(tmp_path)) == 4


def test_no_page_loads_a_search_worker_shim(sites):
    """Material's offline plugin and its iframe-worker shim (from unpkg.com by default) are
    gone: our search reads its index as scripts, over http and from file:// alike."""
    for root in (sites.site, sites.offline):
        index = (root / "index.html").read_text(encoding="utf-8")
        assert "iframe-worker" not in index and "unpkg" not in index
