"""Document pages as a researcher reads them (issue 15, item 1), in Chromium at desktop and
phone widths, served and from the offline copy: the facts of a legal database, the
summary and the official text, status and relations that lead both ways, the quoted
citing sentence, no contributor notes, and two documents of one number told apart.

Screenshots for review go to test-artifacts/ (document-<page>-<width>-<target>.png).
"""
from __future__ import annotations

import pytest

from browser.reader import address, describe, reader, target  # noqa: F401 - fixtures

KNOWN = "documents/105-qd-tw-2017.html"  # replaced, with signer, summary and official text
LOCAL = "documents/01-ctr-tu-ha-noi-2021.html"  # a city committee's programme, guiding the congress resolution
UNKNOWN = "documents/01-ctr-tu-khoa-xi.html"  # cited, not in the registry; shares its number with LOCAL
INDEX = "documents/index.html"


def _facts(page) -> dict[str, str]:
    """The page's facts list: the bold name of each item -> the rest of its text."""
    items = page.eval_on_selector_all(
        "article li:has(> strong)", "els => els.map(e => [e.querySelector('strong').innerText, e.innerText])")
    return {name.rstrip(":"): text[len(name):].strip() for name, text in items}


def test_a_known_document_shows_its_facts_summary_and_official_text(reader, target, sites, server, artifacts):
    page = reader.open(address(target, KNOWN, sites, server))
    facts = _facts(page)
    assert facts["Số hiệu"] == "105-QĐ/TW" and facts["Cơ quan ban hành"] == "Bộ Chính trị"
    assert facts["Ngày ban hành"] == "19/12/2017" and facts["Khóa"] == "XII"
    assert facts["Người ký"] == "Nguyễn Phú Trọng" and facts["Tình trạng"] == "Đã được thay thế"
    assert facts["Được thay thế bởi"] == "Quy định 80-QĐ/TW"
    official = page.locator("article li:has(> strong:text-is('Toàn văn (trang ngoài):')) a")
    assert official.inner_text() == "thuvienphapluat.vn"
    assert official.get_attribute("href").startswith("https://thuvienphapluat.vn/van-ban/")
    # the summary is the first thing read under the title, before the facts
    first = page.locator("article h1 ~ p:not(:has(a[href$='index.html'], a[href='./'], a[href='../']))").first
    assert first.inner_text().startswith("Bộ Chính trị quy định nội dung, nguyên tắc quản lý cán bộ")
    # the citing sentence, quoted with the citation marked
    assert page.locator("article blockquote mark").first.inner_text() == "Quy định số 105-QĐ/TƯ ngày 19-12-2017"
    assert not any(url.startswith("https://thuvienphapluat.vn") for url in reader.requests)  # a link, never fetched
    violations = reader.axe()  # the new parts (summary, official link) keep WCAG 2.1 AA
    assert not violations, describe(violations)
    reader.shoot(artifacts, f"document-known-{reader.width}-{target}", full=True)


def test_relations_lead_both_ways(reader, target, sites, server):
    page = reader.open(address(target, LOCAL, sites, server))
    assert _facts(page)["Khóa"] == "XVII (khóa của Thành ủy Hà Nội)"
    page.locator("article li:has(> strong:text-is('Hướng dẫn, triển khai thực hiện:')) a").click()
    page.wait_for_load_state("load")
    assert page.locator("article h1").inner_text().startswith("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII")
    back = page.locator("article li:has(> strong:text-is('Văn bản hướng dẫn, triển khai:')) a")
    assert back.inner_text() == "Chương trình 01-CTr/TU của Thành ủy Hà Nội (khóa XVII)"
    back.click()
    page.wait_for_load_state("load")
    assert page.locator("article h1").inner_text() == "Chương trình 01-CTr/TU của Thành ủy Hà Nội (khóa XVII)"


def test_an_unknown_document_speaks_to_readers_not_contributors(reader, target, sites, server, artifacts):
    page = reader.open(address(target, UNKNOWN, sites, server))
    text = page.locator("article").inner_text()
    assert page.locator("article h1").inner_text() == "Chương trình 01-CTr/TU (nhắc đến năm 2012)"
    assert "Kho chưa có thông tin chính thức về văn bản này" in text
    assert _facts(page)["Cơ quan ban hành"] == "Tỉnh ủy hoặc Thành ủy (các bài viết trích dẫn không nêu địa phương)"
    for note in ("documents.yml", "corpus/", "danh mục", "Cơ quan ban hành: TU"):
        assert note not in text, note
    violations = reader.axe()
    assert not violations, describe(violations)
    reader.shoot(artifacts, f"document-unknown-{reader.width}-{target}", full=True)


def test_the_index_tells_documents_of_one_number_apart_in_reader_words(reader, target, sites, server):
    page = reader.open(address(target, INDEX, sites, server))
    names = page.eval_on_selector_all("article li a", "els => els.map(e => e.innerText)")
    same = sorted({n for n in names if "01-CTr/TU" in n})
    assert same == ["Chương trình 01-CTr/TU (nhắc đến năm 2012)",
                    "Chương trình 01-CTr/TU của Thành ủy Hà Nội (khóa XVII)"]
    text = page.locator("article").inner_text()
    assert "Văn bản chưa có thông tin chính thức" in text
    assert "documents.yml" not in text and "bổ sung" not in text
