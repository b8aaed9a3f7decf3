"""Search over every kind of page (issue 15, item 3), in a real browser, on both targets
("served": http://127.0.0.1; "offline": the offline copy from file://).

- articles, documents, people, organisations, places and tags are found, each result
  labelled with its kind, and the results can be filtered by kind and by year;
- the query's words as a phrase come first, the scattered words after, set apart;
- a person's, tag's, organisation's, place's or document's own page comes first for its
  exact name or number;
- snippets are the page's text, never its furniture;
- a first query downloads its shards, its pairs and at most 10 records.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from browser.test_search_browser import TARGETS, Visit, visiting

ART_2023_04 = "articles/2023/2023-04-18-tu-quyet-tam-doi-moi"
APART = "Các kết quả khớp từng từ"
LABELS = {"article": "Bài viết", "document": "Văn bản", "person": "Nhân vật", "organisation": "Tổ chức",
          "place": "Địa danh", "tag": "Chủ đề"}
SECTIONS = {"article": "/articles/", "document": "/documents/", "person": "/people/",
            "organisation": "/organisations/", "place": "/places/", "tag": "/tags/"}


class KindsVisit(Visit):
    def results(self) -> list[dict]:
        """Every line of the result list in order: results, and the line that sets the
        scattered ones apart ({"apart": text})."""
        return self.page.eval_on_selector_all(
            ".archive-search__list > li",
            """items => items.map(item => item.classList.contains('archive-search__apart')
                ? {apart: item.textContent.trim()}
                : {href: item.querySelector('a').href, kind: item.getAttribute('data-kind'),
                   group: item.getAttribute('data-group'),
                   title: item.querySelector('.archive-search__title').textContent,
                   label: item.querySelector('.archive-search__kind').textContent,
                   meta: item.querySelector('.archive-search__meta').textContent,
                   snippet: (item.querySelector('.archive-search__snippet') || {textContent: ''}).textContent})""")

    def filter(self, name: str, value: str) -> list[dict]:
        """Choose `value` in the filter labelled `name` and wait for the results."""
        query = self.page.get_attribute("[data-archive-search]", "data-query")
        self.page.get_by_label(name, exact=True).select_option(value)
        self.page.wait_for_function(
            "q => { const b = document.querySelector('[data-archive-search]');"
            " return b.getAttribute('data-state') === 'done' && b.getAttribute('data-query') === q; }",
            arg=query, timeout=20_000)
        return [r for r in self.results() if "href" in r]


@pytest.fixture(params=TARGETS)
def visit(request, browser, sites, server):
    yield from visiting(KindsVisit, request.param, browser, sites, server)


def found(visit, query: str) -> list[dict]:
    visit.search(query)
    return [r for r in visit.results() if "href" in r]


@pytest.mark.parametrize("query, kind, page", [
    ("Trương Thị Mai", "person", "people/truong-thi-mai"),
    ("Bộ Chính trị", "organisation", "organisations/bo-chinh-tri"),
    ("Hà Nội", "place", "places/ha-noi"),
    ("Công tác cán bộ", "tag", "tags/cong-tac-can-bo"),
    ("205-QĐ/TW", "document", "documents/205-qd-tw-2019"),
])
def test_every_kind_of_page_is_found_and_labelled(visit, query, kind, page):
    results = found(visit, query)
    mine = [r for r in results if r["kind"] == kind]
    assert mine and page in mine[0]["href"], [r["href"] for r in results]
    for result in results:
        assert result["label"] == LABELS[result["kind"]]
        assert result["meta"].startswith(LABELS[result["kind"]])
        assert SECTIONS[result["kind"]] in result["href"]
    for article in (r for r in results if r["kind"] == "article"):  # with their dates and outlets
        assert re.search(r"^Bài viết · \d{2}/\d{2}/\d{4} · .", article["meta"])


@pytest.mark.parametrize("query, page", [
    ("Trương Thị Mai", "people/truong-thi-mai"),
    ("truong thi mai", "people/truong-thi-mai"),
    ("Dinh Tien Dung", "people/dinh-tien-dung"),
    ("cong tac can bo", "tags/cong-tac-can-bo"),
    ("Chuyển đổi số", "tags/chuyen-doi-so"),
    ("205 QD TW", "documents/205-qd-tw-2019"),
    ("205/QĐ-TƯ", "documents/205-qd-tw-2019"),
    ("Quy định 205-QĐ/TW", "documents/205-qd-tw-2019"),
    ("Bộ Chính trị", "organisations/bo-chinh-tri"),
    ("ha noi", "places/ha-noi"),
])
def test_a_page_comes_first_for_its_exact_name_or_number(visit, query, page):
    results = found(visit, query)
    assert page in results[0]["href"], [r["href"] for r in results[:3]]


@pytest.mark.parametrize("query", ["Dinh Tien Dung", "Đinh Tiến Dũng", "dinh tien dung"])
def test_the_phrase_comes_first_and_scattered_words_after_set_apart(visit, query):
    """Each of "Đinh", "Tiến", "Dũng" occurs in every seed article; only one names him."""
    visit.search(query)
    lines = visit.results()
    apart = [i for i, line in enumerate(lines) if "apart" in line]
    assert len(apart) == 1 and lines[apart[0]]["apart"] == APART
    phrase, words = lines[:apart[0]], lines[apart[0] + 1:]
    assert [r["href"] for r in phrase if "people/dinh-tien-dung" in r["href"]] and phrase[0]["kind"] == "person"
    assert {r["kind"] for r in phrase} == {"person", "article"} and ART_2023_04 in phrase[1]["href"]
    assert all(r["group"] == "phrase" for r in phrase) and all(r["group"] == "words" for r in words)
    assert len(words) >= 3
    for result in words:  # scattered: the name is not in them
        assert "Đinh Tiến Dũng" not in result["snippet"] + result["title"]
    status = visit.page.text_content(".archive-search__status")
    assert f"{len(lines) - 1} kết quả, {len(phrase)} khớp cả cụm từ" in status


def test_a_word_inside_another_phrase_does_not_rank_with_the_name(visit):
    """"Trương Thị Mai": an article with only "khẩn trương" ... never ranks with the
    pages that name her; every result before the line apart has the name."""
    visit.search("Trương Thị Mai")
    lines = visit.results()
    cut = next((i for i, line in enumerate(lines) if "apart" in line), len(lines))
    assert cut >= 2
    for result in lines[:cut]:
        assert "Trương Thị Mai" in result["title"] + result["snippet"], result


def test_one_word_has_no_line_apart(visit):
    visit.search("Đảng")
    assert visit.page.locator(".archive-search__apart").count() == 0
    assert visit.page.locator(".archive-search__item").count() == 10


def test_results_filter_by_kind_and_year(visit, artifacts):
    results = found(visit, "Hà Nội")
    kinds = {r["kind"] for r in results}
    assert {"place", "organisation"} <= kinds
    # Labelled controls inside the search overlay, with the counts of this query.
    kind = visit.page.get_by_label("Loại trang", exact=True)
    year = visit.page.get_by_label("Năm", exact=True)
    assert kind.evaluate("e => !!e.closest('[data-archive-search]')")
    assert year.evaluate("e => !!e.closest('[data-archive-search]')")
    options = kind.evaluate("e => Array.from(e.options).map(o => o.textContent)")
    assert options[0] == "Mọi loại trang" and any(re.fullmatch(r"Địa danh \(\d+\)", o) for o in options)
    years = year.evaluate("e => Array.from(e.options).map(o => o.value)")
    assert years[0] == "" and {"2023", "2020", "2018", "2012"} <= set(years)

    places = visit.filter("Loại trang", "place")
    assert places and {r["kind"] for r in places} == {"place"} and "places/ha-noi" in places[0]["href"]
    articles = visit.filter("Loại trang", "article")
    assert {r["kind"] for r in articles} == {"article"} and len(articles) >= 3
    in_2023 = visit.filter("Năm", "2023")
    assert in_2023 and all(r["meta"].split(" · ")[1].endswith("/2023") for r in in_2023)
    assert len(in_2023) < len(articles)
    status = visit.page.text_content(".archive-search__status")
    assert status.startswith(f"{len(in_2023)} kết quả")
    visit.page.screenshot(path=str(artifacts / f"search-kinds-{visit.target}.png"))
    documents = visit.filter("Loại trang", "document")
    assert all(r["kind"] == "document" and r["meta"].split(" · ")[1].endswith("2023") for r in documents)
    everything = visit.filter("Năm", "")
    assert {r["kind"] for r in everything} == {"document"}
    assert {r["kind"] for r in visit.filter("Loại trang", "")} == kinds


def test_snippets_are_the_text_not_the_page_furniture(visit):
    document = found(visit, "205 QD TW")[0]
    assert document["kind"] == "document"
    assert document["snippet"].startswith("Về việc kiểm soát quyền lực"), document["snippet"]
    for furniture in ("←", "Mọi văn bản", "Số hiệu", "bài viết trích dẫn"):
        assert furniture not in document["snippet"]
    person = found(visit, "Trương Thị Mai")[0]
    assert person["kind"] == "person" and "Trưởng Ban Tổ chức Trung ương" in person["snippet"]
    assert "←" not in person["snippet"] and "Bài viết nêu tên" not in person["snippet"]
    # What only the page's furniture says finds nothing: the back links, the source box,
    # an author named in the meta line.
    for query in ("Mọi nhân vật", "Tệp nguồn", "Trích dẫn bài này", "Hoàng Lan"):
        results = found(visit, query)
        assert all(query.lower() not in (r["snippet"] + r["title"]).lower() for r in results), query
    assert found(visit, "Tệp nguồn") == []
    assert all(r["group"] == "words" for r in found(visit, "Hoàng Lan"))  # the author, in the meta line only
    for result in found(visit, "to chuc xay dung dang"):
        for furniture in ("Tác giả:", "Chủ đề:", "Bài gốc:", "Thứ Hai, ngày", "←"):
            assert furniture not in result["snippet"], (furniture, result["href"])


def test_a_first_query_loads_its_shards_pairs_and_ten_records_at_most(visit, sites):
    before = len(visit.requests)
    visit.search("to chuc xay dung dang")
    loaded = [url for url in visit.requests[before:] if "/assets/search/" in url]
    assert len(loaded) == len(set(loaded))
    by_folder = {folder: [u for u in loaded if f"/assets/search/{folder}/" in u] for folder in "spd"}
    assert 0 < len(by_folder["d"]) <= 10
    assert 0 < len(by_folder["s"]) <= 10  # a few shards per word
    assert 0 < len(by_folder["p"]) <= 10  # the four pairs and the name, not every pair
    path = unquote(urlparse(loaded[0]).path)
    files = [sites.site / unquote(urlparse(u).path).lstrip("/") if visit.target == "served"
             else Path(unquote(urlparse(u).path)) for u in loaded]
    assert path and sum(f.stat().st_size for f in files) < 500 * 1024
