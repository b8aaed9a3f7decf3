"""End to end: the real build of the seeds into a temporary project, then MkDocs."""
import html
import json
import re
from pathlib import Path

import pytest

from archive.cli import main
from archive.render.export import read_export
from conftest import broken_links, build_seeds, copy_project_to as copy_project, mkdocs_build
from seeds import SEEDS, body_sentences, squash

TODAY = "2026-11-23"
@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_seeds(tmp_path_factory.mktemp("project"), TODAY)


def page_text(path: Path) -> str:
    """Visible text of a built page's article content."""
    content = path.read_text(encoding="utf-8")
    content = content.split('<article class="md-content__inner', 1)[-1].split("</article>", 1)[0]
    content = re.sub(r"</?(a|mark|strong|em|span|code)\b[^>]*>", "", content)  # inline: no gap
    return squash(html.unescape(re.sub(r"<[^>]+>", " ", content)))


def article_html(project: Path, slug: str) -> Path:
    return next((project / "site" / "articles").glob(f"*/{slug}.html"))


def export(project: Path) -> dict:
    return read_export(project / "docs")


def by_source(project: Path) -> dict:
    return {a["source_file"].split("/")[-1]: a for a in export(project)["articles"]}


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_every_sentence_reaches_the_built_page(built, name):
    record = by_source(built)[name]
    text = page_text(article_html(built, record["slug"]))
    missing = [s for s in body_sentences(name) if s not in text]
    assert not missing, missing[:3]


def test_export_has_every_article_and_field(built):
    data = export(built)
    assert data["version"] == 1 and data["count"] == len(SEEDS)
    required = {"slug", "url", "title", "kicker", "date", "outlet", "author", "lead", "tags",
                "references", "source_file"}
    for record in data["articles"]:
        assert required <= set(record)
        assert (built / "site" / record["url"]).is_file()
    assert read_export(built / "site") == data  # published as built
    dates = [r["date"] for r in data["articles"]]
    assert dates == sorted(dates, reverse=True)


def test_article_page_shows_metadata_and_links_indexes(built):
    record = by_source(built)["001_81575007fd454df7.txt"]
    page = article_html(built, record["slug"]).read_text(encoding="utf-8")
    assert "Thứ Hai, ngày 16/07/2018, 20:15" in page
    assert "Quốc Bình" in page and "corpus/001_81575007fd454df7.txt" in page
    assert 'href="../../outlets/bao-hanoimoi.html"' in page
    assert 'href="../../years/2018.html"' in page


def test_year_and_outlet_pages_link_back_to_articles(built):
    site = built / "site"
    for index in ("years/2023.html", "outlets/bao-hanoimoi.html"):
        assert (site / index).exists(), index
    year = (site / "years/2023.html").read_text(encoding="utf-8")
    assert "Tháng 4/2023" in year and "Tháng 1/2023" in year
    assert year.count("../articles/2023/") == 2
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "<strong>5</strong> bài viết" in home


def test_every_internal_link_resolves(built):
    site = built / "site"
    broken = broken_links(site)
    assert not broken, broken[:5]


def test_articles_stay_out_of_the_side_navigation(built):
    home = (built / "site/index.html").read_text(encoding="utf-8")
    nav_links = re.findall(r'<a href="([^"]*)" class="md-tabs__link', home)  # the tabs, the drawer's list too
    assert any("documents/" in link for link in nav_links)
    assert not any("articles/" in link for link in nav_links)


def test_second_build_is_byte_identical(built, tmp_path):
    first = {p.relative_to(built / "docs"): p.read_bytes() for p in (built / "docs").rglob("*") if p.is_file()}
    assert main(["--root", str(built), "--today", TODAY]) == 0
    second = {p.relative_to(built / "docs"): p.read_bytes() for p in (built / "docs").rglob("*") if p.is_file()}
    assert first == second
    other = copy_project(tmp_path / "again")
    assert main(["--root", str(other), "--today", TODAY]) == 0
    again = {p.relative_to(other / "docs"): p.read_bytes() for p in (other / "docs").rglob("*") if p.is_file()}
    assert again == first


def test_feed_and_sitemap_use_site_url(built):
    feed = (built / "site/feed.xml").read_text(encoding="utf-8")
    assert feed.count("<entry>") == len(SEEDS)
    assert "<link href=\"http://127.0.0.1:8000/articles/2023/" in feed
    sitemap = (built / "site/sitemap.xml").read_text(encoding="utf-8")
    assert "http://127.0.0.1:8000/articles/2018/" in sitemap


def test_citations_link_to_document_pages_and_back(built):
    site = built / "site"
    record = by_source(built)["004_fcee553b60d4e29b.txt"]
    page = article_html(built, record["slug"]).read_text(encoding="utf-8")
    assert "Văn bản được nhắc đến" in page
    assert 'href="../../documents/205-qd-tw-2019.html"' in page  # the citation in the text is a link
    document = (site / "documents/205-qd-tw-2019.html").read_text(encoding="utf-8")
    assert "<mark>Quy định số 205-QĐ/TW</mark>" in document
    assert record["slug"] in document and "23/09/2019" in document
    numbers = {r["number"] for r in record["references"]}
    assert {"18-NQ/TW", "19-NQ/TW", "39-NQ/TW", "35-CT/TW", "205-QĐ/TW"} <= numbers
    assert "80-QĐ/TW" not in numbers  # cited only in the removed list of other articles


def test_replaced_document_says_by_what(built):
    page = (built / "site/documents/105-qd-tw-2017.html").read_text(encoding="utf-8")
    assert "Được thay thế bởi" in page and "80-QĐ/TW" in page


def test_documents_index_lists_unresolved_and_counts(built):
    index = (built / "site/documents/index.html").read_text(encoding="utf-8")
    assert "Văn bản chưa có thông tin chính thức" in index and "22-KL/TW" in index
    assert "documents.yml" not in index  # the contributor's detail is in `check`, not on public pages
    documents = json.loads((built / "docs/data/documents.json").read_text(encoding="utf-8"))
    by_key = {d["key"]: d for d in documents["documents"]}
    assert len(by_key["18-nq-tw-2017"]["cited_by"]) == 2


@pytest.mark.parametrize("section, key", [("tags", "kiem-soat-quyen-luc"), ("people", "truong-thi-mai"),
                                          ("organisations", "bo-chinh-tri"), ("places", "ha-noi")])
def test_index_pages_link_both_ways(built, section, key):
    site = built / "site"
    entry = (site / section / f"{key}.html").read_text(encoding="utf-8")
    targets = re.findall(r'href="\.\./(articles/\d{4}/[^"/]+\.html)"', entry)
    assert targets, f"{section}/{key} lists no article"
    for target in targets:
        article = (site / target).read_text(encoding="utf-8")
        assert f"{section}/{key}.html" in article
    assert f'href="{key}.html"' in (site / section / "index.html").read_text(encoding="utf-8")


def test_related_articles_are_linked(built):
    record = by_source(built)["001_81575007fd454df7.txt"]
    page = article_html(built, record["slug"]).read_text(encoding="utf-8")
    related = page.split("Bài liên quan", 1)[1]
    assert "2020-06-01-giao-ban" in related  # shares kiem-soat-quyen-luc and cadre work


def test_built_site_is_byte_identical_across_builds(built, tmp_path):
    mkdocs_build(built, tmp_path / "again")
    first = {p.relative_to(built / "site"): p.read_bytes() for p in (built / "site").rglob("*") if p.is_file()}
    again = {p.relative_to(tmp_path / "again"): p.read_bytes() for p in (tmp_path / "again").rglob("*") if p.is_file()}
    assert first.keys() == again.keys()
    assert [name for name in first if first[name] != again[name]] == []


def test_every_page_announces_the_feed(built):
    home = (built / "site/index.html").read_text(encoding="utf-8")
    # "alternate feed": Material fetches sitemap.xml for a link whose rel is "alternate" alone
    assert '<link rel="alternate feed" type="application/atom+xml"' in home and 'href="feed.xml"' in home


# Issue 17's size budget: the theme's chrome written only where it serves (overrides/).

def _an_article(project: Path) -> Path:
    return article_html(project, export(project)["articles"][0]["slug"])


def _sidebar(page: str, kind: str) -> str:
    """The page's sidebar of that kind ("primary", "secondary"), up to the content; "" if none."""
    start = page.find(f'<div class="md-sidebar md-sidebar--{kind}"')
    return page[start:page.index('<div class="md-content"')] if start >= 0 else ""


_GENERATED_SECTIONS = {"van-ban-duoc-nhac-den", "chi-muc", "bai-lien-quan"}


def _own_headings(page: str) -> list[str]:
    """The anchors of an article page's own headings, not the generated sections at its foot."""
    return [a for a in re.findall(r'<h2 id="([^"]+)"', page) if a not in _GENERATED_SECTIONS]


def test_an_article_page_has_the_drawer_and_contents_only_for_its_own_headings(built):
    pages = [article_html(built, a["slug"]).read_text(encoding="utf-8") for a in export(built)["articles"]]
    plain = [page for page in pages if not _own_headings(page)]
    sectioned = [page for page in pages if _own_headings(page)]
    assert plain and sectioned  # the seeds have both kinds
    for page in plain:
        assert _sidebar(page, "secondary") == "" and 'aria-label="Mục lục"' not in page
        assert '<h2 id="bai-lien-quan"' in page  # the sections the contents would list are still there
    for page in sectioned:
        column = _sidebar(page, "secondary")
        assert 'aria-label="Mục lục"' in column
        assert all(f'href="#{anchor}" class="md-nav__link"' in column for anchor in _own_headings(page))
    for page in pages:
        drawer = _sidebar(page, "primary").split('<div class="md-sidebar md-sidebar--secondary"')[0]
        # The drawer's head (the site's name, a label that closes it) and no second list of the
        # tabs: the phone's drawer shows the tabs' own links (archive.css).
        assert 'class="md-nav__title" for="__drawer"' in drawer and "<a " not in drawer and "<nav" not in drawer
        assert page.count('class="md-tabs__link') >= 9  # every tab


@pytest.mark.parametrize("sections", [0, 1])
def test_a_page_of_one_section_or_none_keeps_the_column_but_no_landmark(built, sections):
    pages = [page for page in (p.read_text(encoding="utf-8") for p in sorted((built / "site").rglob("*.html")))
             if len(re.findall(r'<h2 id="', page)) == sections and '<h3 id="' not in page
             and "md-sidebar--secondary" in page]  # (a heading under the one section would be listed)
    assert pages
    for page in pages:
        column = _sidebar(page, "secondary")
        assert column.startswith('<div class="md-sidebar md-sidebar--secondary"')  # holds the layout
        assert "<nav" not in column and "Mục lục" not in column


def test_a_page_with_sections_lists_them(built):
    page = (built / "site" / "index.html").read_text(encoding="utf-8")
    column = _sidebar(page, "secondary")
    headings = re.findall(r'<h2 id="([^"]+)"', page)
    assert len(headings) >= 2 and 'aria-label="Mục lục"' in column
    assert all(f'href="#{anchor}" class="md-nav__link"' in column for anchor in headings)


def test_nav_items_carry_no_ellipsis_wrapper_and_pages_no_generator(built):
    for path in (built / "site" / "index.html", built / "site" / "tags" / "index.html",
                 _an_article(built)):
        page = path.read_text(encoding="utf-8")
        nav = _sidebar(page, "primary") + _sidebar(page, "secondary")
        assert re.search(r'class="md-tabs__link[^"]*">\nTrang chủ\n</a>', page) and 'class="md-ellipsis"' not in nav, path
        assert '<meta name="generator"' not in page, path


def test_the_logo_links_are_named_once(built):
    page = _an_article(built).read_text(encoding="utf-8")
    logos = re.findall(r'<a [^>]*class="md-(?:header|nav)__button md-logo"[^>]*>', page)
    assert len(logos) == 1  # the header's; the drawer's logo is no link ("Trang chủ" is right under it)
    assert all('aria-label="' in logo and " title=" not in logo for logo in logos)
    assert '<span class="md-nav__button md-logo">' in _sidebar(page, "primary")
