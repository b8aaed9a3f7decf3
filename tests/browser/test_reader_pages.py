"""What a reader sees (issue 15, items 2, 5 and 6), in Chromium at desktop and phone
widths, served and from the offline copy: an article's origin, citation, chips and
captions; charts readable on a phone, labels clear of lines, no one-bar chart; the
Vietnamese 404 page with search and a way home; labels; light and dark schemes with a
toggle; the repository, contributing and offline-zip links; no sitemap.xml fetched.

Screenshots for review go to test-artifacts/ (reader-<page>-<width>-<target>.png).
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from archive import publish
from archive.cli import main
from browser.reader import ARTICLE, PAGES, TARGETS, Reader, address, reader, serving, target  # noqa: F401 - fixtures
from browser.sites import REPO_URL, TODAY
from conftest import copy_project_to

from hooks.site import human_size

ORIGINAL = "https://thanhuytphcm.vn/tin-tuc/thuc-hien-co-hieu-qua-cong-tac-to-chuc-xay-dung-dang"
CITATION = ("S. Hải (2023), “Thực hiện có hiệu quả công tác tổ chức xây dựng Đảng với thực tiễn phong phú, "
            "đa dạng của TPHCM”, Cổng thông tin điện tử Thành ủy TP.HCM, ngày 30/01/2023.")
CHART_PAGES = ("home", "document", "tag")


def _box(page, selector: str) -> dict:
    return page.locator(selector).first.evaluate("e => e.getBoundingClientRect().toJSON()")


def _rows(page, selector: str) -> int:
    """How many lines the elements matching `selector` take."""
    return len(set(page.eval_on_selector_all(selector, "els => els.map(e => Math.round(e.getBoundingClientRect().top))")))


# Articles.

def test_an_article_shows_meta_chips_caption_and_citation(reader, target, sites, server, artifacts):
    page = reader.open(address(target, ARTICLE, sites, server))
    order = page.eval_on_selector_all(
        "article.md-content__inner > *", "els => els.map(e => e.tagName + '.' + e.className)")
    at = {name: next(i for i, item in enumerate(order) if item.startswith(name))
          for name in ("H1", "P.article-meta", "P.chips chips--tags", "P.lead")}
    assert at["H1"] < at["P.article-meta"] < at["P.chips chips--tags"] < at["P.lead"], order
    tags = page.locator(".chips--tags a")
    assert tags.count() == 3 and _rows(page, ".chips--tags a") <= (2 if reader.width == "desktop" else 3)
    # People, organisations, places: chips sharing lines, not one name a line.
    chips = page.locator("h2#chi-muc ~ p.chips a")
    assert chips.count() >= 10 and page.locator("h2#chi-muc ~ ul a[href*='people/']").count() == 0
    if reader.width == "desktop":
        assert _rows(page, "h2#chi-muc ~ p.chips a") <= chips.count() * 0.7
        assert _box(page, "h2#bai-lien-quan")["top"] - _box(page, "h2#chi-muc")["top"] < 30 * chips.count()
    else:  # long names: about one a line, still without a heading per kind or a bullet
        assert _rows(page, "h2#chi-muc ~ p.chips a") < chips.count()
    # A photo's caption is a caption: small, upright, no quotation bar.
    caption = page.locator("p.caption").first.evaluate(
        """e => { const s = getComputedStyle(e), p = getComputedStyle(document.querySelector('.lead ~ p:not([class])'));
                  return {style: s.fontStyle, bar: s.borderLeftWidth, size: parseFloat(s.fontSize),
                          body: parseFloat(p.fontSize), quote: !!e.closest('blockquote')}; }""")
    assert caption["style"] == "normal" and caption["bar"] == "0px" and not caption["quote"]
    assert caption["size"] < caption["body"]
    assert page.locator(".cite").inner_text().strip() == CITATION
    reader.shoot(artifacts, f"reader-article-{reader.width}-{target}")
    reader.shoot(artifacts, f"reader-article-full-{reader.width}-{target}", full=True)


@pytest.fixture(scope="module")
def with_original(tmp_path_factory):
    """The seeds with the original address in one article's header, built once (served and
    opened from disk alike)."""
    project = copy_project_to(tmp_path_factory.mktemp("original") / "project")
    paste = next(p for p in (project / "corpus").glob("*.txt")
                 if "đa dạng của TPHCM" in p.read_text(encoding="utf-8"))
    text = paste.read_text(encoding="utf-8")
    header = f"url: {ORIGINAL}\n"
    paste.write_text(text.replace("---\n", "---\n" + header, 1) if text.startswith("---\n")
                     else f"---\n{header}---\n{text}", encoding="utf-8")
    assert main(["--root", str(project), "--today", TODAY]) == 0
    publish.render(project, project / "site", publish.PREVIEW)
    return project


@pytest.mark.parametrize("where", TARGETS)
def test_the_original_address_is_a_link_under_the_meta_line(browser, with_original, where, artifacts):
    reader = Reader(browser, "desktop")
    try:
        if where == "served":
            with serving(with_original / "site") as root:
                page = reader.open(root + ARTICLE)
                _check_original(page)
        else:
            page = reader.open((with_original / "site" / ARTICLE).as_uri())
            _check_original(page)
        reader.shoot(artifacts, f"reader-article-original-{where}")
    finally:
        reader.close()


def _check_original(page):
    source = page.locator("p.article-source a")
    assert source.get_attribute("href") == ORIGINAL
    assert source.inner_text() == ORIGINAL.removeprefix("https://")
    below = page.locator("p.article-meta + p.article-source")
    assert below.count() == 1
    assert page.locator(".cite").inner_text().strip() == CITATION.removesuffix(".") + f", {ORIGINAL}."


# Charts on a phone.

TEXTS = """svg => { const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  return [...svg.querySelectorAll('text')].map(t => ({text: t.textContent, marker: !!t.closest('.chart-marker'),
    size: parseFloat(getComputedStyle(t).fontSize) * scale, box: t.getBoundingClientRect().toJSON()})); }"""
LINES = """svg => [...svg.querySelectorAll('.chart-marker path, line')].map(l => l.getBoundingClientRect().toJSON())"""


def _overlap(a: dict, b: dict, slack: float = 0.5) -> bool:
    return (a["left"] < b["right"] - slack and b["left"] < a["right"] - slack
            and a["top"] < b["bottom"] - slack and b["top"] < a["bottom"] - slack)


@pytest.mark.parametrize("name", CHART_PAGES)
def test_charts_read_on_a_phone(browser, sites, server, target, name, artifacts):
    reader = Reader(browser, "phone")
    try:
        page = reader.open(address(target, PAGES[name], sites, server))
        charts = page.locator("figure.archive-chart svg")
        assert charts.count() >= 1, f"no chart on the {name} page"
        for n in range(charts.count()):
            svg = charts.nth(n)
            svg.scroll_into_view_if_needed()
            texts = svg.evaluate(TEXTS)
            small = [(t["text"], round(t["size"], 1)) for t in texts if t["size"] < 11 or t["box"]["height"] < 11]
            assert not small, f"text under 11 px at 390 px: {small}"
            assert svg.evaluate("s => s.querySelectorAll('.chart-bar').length") >= 2, "a chart of one bar"
            lines = svg.evaluate(LINES)
            for label in (t for t in texts if t["marker"]):
                crossing = [line for line in lines if _overlap(label["box"], line)]
                assert not crossing, f"{label['text']} is crossed by a line"
                touching = [t["text"] for t in texts if t is not label and _overlap(label["box"], t["box"])]
                assert not touching, f"{label['text']} runs into {touching}"
            box = svg.evaluate("s => s.getBoundingClientRect().toJSON()")
            assert box["right"] <= 390 and all(t["box"]["right"] <= box["right"] + 1 for t in texts)
        reader.shoot(artifacts, f"reader-chart-{name}-phone-{target}")
    finally:
        reader.close()


def test_no_built_page_draws_a_chart_of_one_bar(sites):
    for root in (sites.site, sites.offline):
        for html in root.rglob("*.html"):
            for figure in re.findall(r'<figure class="archive-chart".*?</figure>', html.read_text(encoding="utf-8"), re.S):
                assert figure.count('class="chart-bar') >= 2, html


# The 404 page.

def test_the_404_page_is_vietnamese_with_search_and_a_way_home(reader, sites, target, artifacts):
    """A mistyped address on a server that answers with 404.html (as GitHub Pages does)."""
    with serving(sites.site) as root:
        if target == "served":
            response = reader.page.goto(root + "articles/2023/2023-01-30-thuc-hien-co-hieu-qua.html")
            assert response.status == 404
            page = reader.page
        else:  # the zip's 404.html, opened from disk
            page = reader.open((sites.offline / "404.html").resolve().as_uri())
        assert page.locator("html").get_attribute("lang") == "vi"
        assert page.locator("h1").inner_text() == "Không tìm thấy trang"
        assert "Không tìm thấy trang" in page.title() and "Not found" not in page.content()
        header = page.locator(".md-header").evaluate("e => getComputedStyle(e).backgroundColor")
        assert header == "rgb(179, 38, 30)"  # the stylesheets loaded, from disk too
        field = page.locator("#archive-404-query")
        if target == "served":
            assert field.input_value() == "thuc hien co hieu qua"  # the missing address's words
        reader.shoot(artifacts, f"reader-404-{reader.width}-{target}")
        field.fill("chạy chức chạy quyền")
        page.locator(".archive-404__form button").click()
        page.wait_for_function("document.querySelector('[data-archive-search]').getAttribute('data-state') === 'done'")
        assert reader.search_open() and page.locator(".archive-search__item").count() >= 1
        page.keyboard.press("Escape")
        page.locator("article a", has_text="Về trang chủ").click()
        page.wait_for_load_state("load")
        assert page.locator("h1").first.inner_text() == "Kho lưu trữ công tác tổ chức xây dựng Đảng"


# Labels, schemes, footer links.

def test_labels_are_vietnamese(reader, sites, server, target):
    page = reader.open(address(target, ARTICLE, sites, server))
    assert page.locator("button.md-top").inner_text().strip() == "Về đầu trang"
    assert page.locator("a.md-skip").inner_text().strip() == "Chuyển đến nội dung chính"
    assert page.locator("label.md-header__button[for=__search]").inner_text().strip() == "Tìm kiếm"
    names = page.eval_on_selector_all("[data-md-component=palette] input", "els => els.map(e => e.getAttribute('aria-label'))")
    assert names == ["Chuyển sang nền tối", "Chuyển sang nền sáng"]


def test_the_scheme_follows_the_system_and_the_toggle(browser, sites, server, target, artifacts):
    for system, scheme, other in (("light", "default", "slate"), ("dark", "slate", "default")):
        reader = Reader(browser, "desktop", scheme=system)
        try:
            page = reader.open(address(target, ARTICLE, sites, server))
            current = "document.body.getAttribute('data-md-color-scheme')"
            assert page.evaluate(current) == scheme
            page.locator("[data-md-component=palette] label:not([hidden])").click()
            assert page.evaluate(current) == other
            page.reload()
            assert page.evaluate(current) == other  # the choice is kept, from disk too
            reader.shoot(artifacts, f"reader-scheme-{system}-toggled-{target}")
        finally:
            reader.close()


def test_the_footer_links_the_repository_how_to_contribute_and_the_zip(reader, sites, server, target):
    page = reader.open(address(target, ARTICLE, sites, server))
    footer = page.locator(".md-footer")
    assert footer.locator("a", has_text="Mã nguồn").get_attribute("href") == REPO_URL
    contributing = footer.locator("a", has_text="Hướng dẫn đóng góp").get_attribute("href")
    assert contributing == f"{REPO_URL}/blob/main/CONTRIBUTING.md"
    zip_link = footer.locator("a[href*='kho-luu-tru-offline.zip']")
    here = footer.locator(".archive-offline-here")  # what the offline copy says instead
    if target == "served":
        size = human_size((sites.site / publish.OFFLINE_ZIP).stat().st_size)
        assert zip_link.inner_text() == f"Tải bản đọc ngoại tuyến (.zip, {size})"
        assert re.fullmatch(r"\d+(,\d)? (KB|MB)", size)
        assert not here.is_visible()
    else:  # the copy holds no zip: the link is neither shown nor reachable
        assert zip_link.count() == 1 and not zip_link.is_visible()
        assert here.is_visible() and here.inner_text() == "Bản đọc ngoại tuyến: mở từ máy, không cần mạng."
    about = reader.open(address(target, "about.html", sites, server))
    assert about.locator("article a", has_text="hướng dẫn đóng góp").get_attribute("href") == contributing


@pytest.mark.parametrize("name", ["home", "article", "document", "tag", "person"])
def test_no_page_fetches_the_sitemap(reader, sites, server, target, name):
    page = reader.open(address(target, PAGES[name], sites, server))
    page.wait_for_load_state("networkidle")
    assert not [url for url in reader.requests if "sitemap" in url]
    feed = page.locator("link[type='application/atom+xml']")
    assert feed.get_attribute("rel") == "alternate feed" and feed.get_attribute("href").endswith("feed.xml")


# What an ordinary page loads.

@pytest.mark.parametrize("name", ["home", "article", "document", "tag", "person"])
def test_an_ordinary_page_loads_only_the_theme_and_its_own_scripts(reader, sites, server, target, name):
    """No search index, export, feed or sitemap until the reader searches; and nothing
    large: the page itself and the shared stylesheets, scripts and icon, each under
    the theme's own bundle's size."""
    page = reader.open(address(target, PAGES[name], sites, server))
    page.wait_for_load_state("networkidle")
    root = sites.site if target == "served" else sites.offline
    loaded = [unquote(urlparse(url).path) for url in reader.requests if not url.startswith("data:")]
    assert loaded, "no request seen"
    for path in loaded:
        assert not any(part in path for part in ("/assets/search/", "/data/", "sitemap", "feed.xml", ".zip")), path
        rel = path.lstrip("/") if target == "served" else str(Path(path).relative_to(root.resolve()))
        assert rel == PAGES[name] or rel.startswith("assets/"), path
        assert (root / rel).stat().st_size < 150_000, f"{path}: a large file on every page"
