"""Search, navigation and privacy in a real browser, on both build targets.

"served": the published site over http://127.0.0.1.
"offline": the offline copy opened from file://.
Both load the same static index (assets/search/) with the same engine.
Queries are typed with real key events; every request the page makes is
recorded and must stay inside the site.
"""
from __future__ import annotations

import re
from urllib.parse import unquote, urlparse

import pytest

TARGETS = ("served", "offline")

ART_2018 = "2018-07-16-kiem-soat-chat-che"
ART_2020 = "2020-06-01-giao-ban-truc-tuyen"
ART_2023_01 = "2023-01-30-thuc-hien-co-hieu-qua"
ART_2023_04 = "2023-04-18-tu-quyet-tam-doi-moi"
DOC_205 = "documents/205-qd-tw-2019"
TAG_POWER = "tags/kiem-soat-quyen-luc"  # Kiểm soát quyền lực, chống "chạy chức, chạy quyền"
PERSON_MAI = "people/truong-thi-mai"

# query -> the results that must come first (in any order among themselves); every kind
# of page is searched (tests/browser/test_search_kinds.py): a tag or a person whose name
# is the query comes with the articles.
EXPECTED_FIRST = {
    "chay chuc chay quyen": {TAG_POWER, ART_2018, ART_2020},
    "truong thi mai": {PERSON_MAI, ART_2023_01},
    "205-QĐ/TW": {DOC_205, ART_2020},
    "205 QD TW": {DOC_205, ART_2020},
    "205 QĐ/TƯ": {DOC_205, ART_2020},
}


class Visit:
    """A browser page on one target, recording every request it makes."""

    def __init__(self, browser, target, sites, server):
        self.target = target
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        if target == "served":
            self.home = server
            self.root = server
        else:
            self.root = sites.offline.resolve().as_uri() + "/"
            self.home = self.root + "index.html"

    def outside_requests(self) -> list[str]:
        outside = []
        for url in self.requests:
            if url.startswith(("data:", "blob:", "about:")):
                continue
            if self.target == "served":
                if not url.startswith(self.root):
                    outside.append(url)
            elif not (url.startswith(self.root) or unquote(urlparse(url).path).startswith(
                    unquote(urlparse(self.root).path))):
                outside.append(url)
        return outside

    def search(self, query: str, typed: bool = True) -> list[dict]:
        """Results of `query`, typed key by key (or, `typed=False`, put in at once: on a
        loaded machine a pause between keys may run a search of the words so far)."""
        box = self.page.locator("[data-archive-search]")
        field = self.page.locator("input.md-search__input")
        field.click()
        field.press("Control+A")
        field.press("Backspace")
        if typed:
            field.press_sequentially(query, delay=10)
        else:
            field.fill(query)
        self.page.wait_for_function(
            "q => { const b = document.querySelector('[data-archive-search]');"
            " return b.getAttribute('data-state') === 'done' && b.getAttribute('data-query') === q; }",
            arg=query, timeout=20_000)
        assert box.get_attribute("data-engine") == "index"
        return self.page.eval_on_selector_all(
            ".archive-search__item",
            """items => items.map(item => ({
                href: item.querySelector('a').href,
                title: item.querySelector('.archive-search__title').textContent,
                meta: item.querySelector('.archive-search__meta').textContent,
                kind: item.getAttribute('data-kind'),
                snippet: (item.querySelector('.archive-search__snippet') || {innerHTML: ''}).innerHTML,
            }))""")


def visiting(kind: type, target: str, browser, sites, server):
    """A fresh page of `target` at the home page; afterwards, no request may have left
    the site and no script error may have happened (a fixture's body: `yield from`)."""
    visit = kind(browser, target, sites, server)
    visit.page.goto(visit.home)
    yield visit
    outside = visit.outside_requests()
    visit.page.close()
    assert not outside, f"requests left the site: {outside[:5]}"
    assert not visit.errors, visit.errors


@pytest.fixture(params=TARGETS)
def visit(request, browser, sites, server):
    yield from visiting(Visit, request.param, browser, sites, server)


def keys(results) -> list[str]:
    """Which seed or document each result is."""
    names = (ART_2018, ART_2020, ART_2023_01, ART_2023_04, DOC_205, TAG_POWER, PERSON_MAI)
    return [next((name for name in names if name in result["href"]), result["href"]) for result in results]


@pytest.mark.parametrize("query", sorted(EXPECTED_FIRST))
def test_expected_results_come_first(visit, query):
    results = visit.search(query)
    expected = EXPECTED_FIRST[query]
    assert set(keys(results)[: len(expected)]) == expected, keys(results)


def test_exact_diacritics_rank_the_articles_written_so_first(visit):
    """"Uỷ ban" (another tone placement of "Ủy ban"): the committees' own pages, then the
    articles that write "Ủy ban" before those that only have "uy ban" folded."""
    results = visit.search("Uỷ ban")
    articles = [r for r in results if r["kind"] == "article"]
    assert set(keys(articles)[:2]) == {ART_2023_04, ART_2020}, keys(articles)
    assert results[0]["title"].startswith("Ủy ban") and results[0]["kind"] == "organisation"


def test_a_query_nothing_matches_says_so(visit):
    assert visit.search("xyzzyq") == []
    status = visit.page.text_content("[data-archive-search]")
    assert "Không tìm thấy kết quả cho “xyzzyq”" in status


def test_unaccented_phrase_finds_several_articles(visit):
    results = visit.search("to chuc xay dung dang")
    articles = [r for r in results if "/articles/" in r["href"]]
    assert len(articles) >= 3
    assert "/articles/" in results[0]["href"]
    # The snippet highlights the accented words the unaccented query matched.
    assert re.search(r"<mark>[Tt]ổ</mark> <mark>chức</mark>", " ".join(r["snippet"] for r in results))


def test_a_query_loads_only_its_shards_and_the_records_shown(visit):
    before = len(visit.requests)
    visit.search("to chuc xay dung dang", typed=False)  # one query, not its prefixes too
    loaded = [url for url in visit.requests[before:] if "/assets/search/" in url]
    records = [url for url in loaded if "/assets/search/d/" in url]
    shards = [url for url in loaded if "/assets/search/s/" in url]
    assert 0 < len(records) <= 10
    assert 0 < len(shards) <= 10  # a few shards per word, not the whole index
    assert len(loaded) == len(set(loaded))


def test_result_shows_title_date_outlet_and_highlighted_snippet(visit, artifacts):
    results = visit.search("chay chuc chay quyen")
    first = next(r for r in results if r["kind"] == "article")
    assert first["title"].strip()
    assert re.search(r"\d{2}/\d{2}/\d{4}", first["meta"])
    assert "·" in first["meta"]
    assert "<mark>chạy</mark> <mark>chức</mark>" in first["snippet"]
    visit.page.screenshot(path=str(artifacts / f"search-{visit.target}.png"))


def test_exact_diacritics_rank_first(visit):
    # Same words folded; the record written with the query's diacritics (in any
    # tone placement) scores higher. Same function ranks both engines.
    scores = visit.page.evaluate("""() => {
        const s = window.archiveSearch, q = text => s.parseQuery(text);
        const rec = t => ({t: t, l: "", w: "", n: [], b: ""});
        return {
            dang: [s.score(rec("Đảng bộ"), q("Đảng")), s.score(rec("dạng bộ"), q("Đảng"))],
            uyban: [s.score(rec("Ủy ban Kiểm tra"), q("Uỷ ban")), s.score(rec("uy ban kiem tra"), q("Uỷ ban"))],
            plain: [s.score(rec("Ủy ban"), q("uy ban")), s.score(rec("uy ban"), q("uy ban"))],
        };
    }""")
    assert scores["dang"][0] > scores["dang"][1] > 0
    assert scores["uyban"][0] > scores["uyban"][1] > 0
    assert scores["plain"][0] == scores["plain"][1] > 0


SAMPLES = ["Ủy ban Kiểm tra", "Uỷ ban", "Đảng ĐẢNG đảng", "chạy chức, chạy quyền", "205-QĐ/TW",
           "Trương Thị Mai", "Thành ủy TP.HCM", "Hoà bình – hòa bình", "Ð ð (eth)", "naïve café",
           "Nghị quyết T.Ư 4 (khóa XI)", "ỨNG DỤNG", "Quốc hội khoá XV"]


def test_browser_folding_matches_python(visit):
    from archive.text.normalize import fold
    from archive.text.normalize import tone_key

    got = visit.page.evaluate(
        "samples => samples.map(t => [window.archiveSearch.fold(t), window.archiveSearch.toneKey(t)])",
        SAMPLES)
    assert got == [[fold(t), tone_key(t)] for t in SAMPLES]


def test_click_through_article_tag_and_document(visit, artifacts):
    page = visit.page
    page.screenshot(path=str(artifacts / f"home-{visit.target}.png"))
    results = visit.search("truong thi mai")
    page.locator(".archive-search__item[data-kind=article] a").first.click()
    page.wait_for_load_state()
    assert ART_2023_01 in page.url
    assert "Thực hiện có hiệu quả công tác tổ chức xây dựng Đảng" in page.locator("h1").first.inner_text()
    # A tag page from the article's index.
    page.locator("article a[href*='tags/']").first.click()
    page.wait_for_load_state()
    assert "/tags/" in page.url and page.locator("h1").first.inner_text()
    # A document page through search by number.
    visit.search("205 QD TW")
    page.locator(".archive-search__item a").first.click()
    page.wait_for_load_state()
    assert DOC_205 in page.url
    assert "205-QĐ/TW" in page.locator("h1").first.inner_text()
    assert results


def test_offline_zip_is_offered(visit, sites):
    link = visit.page.locator("a[href*='kho-luu-tru-offline.zip']")
    if visit.target == "offline":  # the copy holds no zip: the link is in the page, not shown
        assert not link.is_visible()
        return
    assert link.count() == 1 and link.is_visible()
    assert (sites.site / "download" / "kho-luu-tru-offline.zip").stat().st_size > 0
