"""What the reader tests share: the pages they visit on both targets and at both widths,
a server that answers a missing address with the site's 404 page (as GitHub Pages does),
axe-core, and screenshots for review in test-artifacts/.

"served": the published site over http://127.0.0.1. "offline": the offline copy (what
the zip holds) opened from file://, where every page is a .html file.
"""
from __future__ import annotations

import functools
import http.server
import socketserver
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

from browser.conftest import unavailable

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "tools" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

TARGETS = ("served", "offline")
WIDTHS = {"desktop": (1366, 900), "phone": (390, 844)}

# Pages by their address under the site's root, the same served and from disk; "search" is the home page with
# the search open. The article has a caption, chips and related articles; the document a
# yearly chart with both markers; the tag and the person a chart each.
ARTICLE = "articles/2023/2023-01-30-thuc-hien-co-hieu-qua-cong-tac-to-chuc-xay-dung-dang-voi.html"
PAGES = {
    "home": "index.html",
    "article": ARTICLE,
    "document": "documents/18-nq-tw-2017.html",
    "tag": "tags/kiem-soat-quyen-luc.html",
    "person": "people/truong-thi-mai.html",
    "search": "index.html",
    "404": "404.html",
}
SEARCH_QUERY = "to chuc"


def address(target: str, path: str, sites, server: str) -> str:
    """The page at `path` (under the site's root) on one target."""
    if target == "served":
        return server + path
    return (sites.offline.resolve() / path).as_uri()


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Static files; a missing one gets the site's 404.html with status 404."""

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serving(folder: Path):
    """`folder` served on 127.0.0.1 (a free port), missing addresses answered by its 404.html."""
    httpd = socketserver.ThreadingTCPServer(("127.0.0.1", 0), functools.partial(_SiteHandler, directory=str(folder)))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


class Reader:
    """One browser context at one width and colour scheme, recording the requests made."""

    def __init__(self, browser, width: str, scheme: str = "light"):
        w, h = WIDTHS[width]
        self.width = width
        self.context = browser.new_context(viewport={"width": w, "height": h}, color_scheme=scheme)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def open(self, url: str):
        self.page.goto(url)
        self.page.wait_for_load_state("load")
        return self.page

    def open_search(self, query: str = SEARCH_QUERY) -> None:
        """Open the header's search as a reader does at this width, type, wait for results."""
        page = self.page
        if self.width == "phone":
            page.locator("label.md-header__button[for=__search]").click()
        else:
            page.locator("input.archive-search__input").click()
        page.locator("input.archive-search__input").press_sequentially(query, delay=10)
        page.wait_for_function(
            "q => { const b = document.querySelector('[data-archive-search]');"
            " return b.getAttribute('data-state') === 'done' && b.getAttribute('data-query') === q; }",
            arg=query, timeout=20_000)

    def search_open(self) -> bool:
        return self.page.evaluate("document.getElementById('__search').checked")

    def axe(self) -> list[dict]:
        """axe-core's WCAG 2.1 A and AA violations on the page as it is now."""
        if not AXE.is_file():
            unavailable(f"axe-core is not installed ({AXE.relative_to(ROOT)}): run `make install`")
        self.page.add_script_tag(path=str(AXE))
        return self.page.evaluate(
            """tags => axe.run(document, {runOnly: {type: 'tag', values: tags}}).then(r => r.violations.map(v => ({
                id: v.id, impact: v.impact, count: v.nodes.length,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary)})))""",
            AXE_TAGS)

    def shoot(self, artifacts: Path, name: str, full: bool = False) -> Path:
        path = artifacts / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=full)
        return path

    def close(self):
        self.context.close()


def describe(violations: list[dict]) -> str:
    return "\n".join(f"{v['id']} ({v['count']}): " + " | ".join(v["nodes"]) for v in violations)


# The fixtures the reader tests share (imported by each test module): every target, and
# a reader at every width whose page errors fail the test.

@pytest.fixture(params=TARGETS)
def target(request):
    return request.param


@pytest.fixture(params=list(WIDTHS))
def reader(request, browser):
    reader = Reader(browser, request.param)
    yield reader
    errors = reader.errors
    reader.close()
    assert not errors, errors
