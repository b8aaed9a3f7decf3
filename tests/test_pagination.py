"""Long lists split into numbered pages (archive/render/pagination.py): the seeds plus 40 written
articles, with page sizes cut small so every kind of list runs over several pages, built
and rendered by `mkdocs build --strict`. Every entry once and in order across the pages,
pager links to generated pages, page 1 at its old path, pages bounded, and only page 1
in the search index."""
from __future__ import annotations

import datetime as dt
import json
import posixpath
import re

import pytest

from archive.render import pagination
from archive.site import paths
from archive.cli import main
from archive.pipeline import Project, collect
from conftest import broken_links, copy_project_to, mkdocs_build

TODAY = "2026-11-23"
COUNT = 40
ARTICLES, CITING, ENTRIES = 7, 4, 4  # page sizes for this corpus
LINK = re.compile(r"\]\(([^()\s]+\.md)\)")
# A link in Markdown, or in a generated HTML block (archive/render/listing.py: to the built page).
ANY_LINK = re.compile(r'\]\(([^()\s]+\.md)\)|href="([^"#:]+)\.html"')


def article_text(i: int) -> str:
    """A Hà Nội portal article (layout 003): one a week and a half from January 2021,
    all about one person, organisation and place, citing one document."""
    day = dt.date(2021, 1, 5) + dt.timedelta(days=11 * i)
    tags = "[cong-tac-can-bo, dan-van]" if i % 2 else "[cong-tac-can-bo]"
    role = "Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương " if i % 3 == 0 else ""
    return f"""---
outlet: Cổng thông tin điện tử Thành ủy Hà Nội
tags: {tags}
people: [Trương Thị Mai]
organisations: [Bộ Chính trị]
places: [Hà Nội]
---
Sign In

Bài kiểm tra phân trang số {i} về công tác cán bộ

11:30 {day:%d/%m/%Y}
Hội nghị lần thứ {i} bàn việc thực hiện Quy định số 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị, do {role}Trương Thị Mai chủ trì.

Đoạn thân bài riêng của bài số {i}: đánh giá cán bộ theo tiêu chí và bằng sản phẩm cụ thể, lần {i * 7 + 3}.

Hoàng Lan
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(project root, build report): the corpus built with small pages, and MkDocs run on it."""
    root = copy_project_to(tmp_path_factory.mktemp("pagination"))
    for i in range(COUNT):
        (root / "corpus" / f"900_pagination_{i:03d}.txt").write_text(article_text(i), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pagination, "ARTICLES_PER_PAGE", ARTICLES)
        patch.setattr(pagination, "CITING_PER_PAGE", CITING)
        patch.setattr(pagination, "ENTRIES_PER_PAGE", ENTRIES)
        assert main(["--root", str(root), "--today", TODAY]) == 0
        report = collect(Project(root), dt.date.fromisoformat(TODAY))
    mkdocs_build(root, root / "site")
    return root, report


def list_pages(docs, first: str) -> list[str]:
    """The pages of the list whose page 1 is `first`, as generated: 1, 2, 3... until one is missing."""
    found = []
    while (docs / paths.numbered(first, len(found) + 1)).exists():
        found.append(paths.numbered(first, len(found) + 1))
    return found


def resolve(page: str, target: str) -> str:
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), target))


def linked(page: str, text: str) -> list[str]:
    """The docs/ pages `text` (of `page`) links to, in order, Markdown and HTML links alike."""
    return [resolve(page, md or html + ".md") for md, html in ANY_LINK.findall(text)]


def entries(docs, page: str, start: str = "") -> list[str]:
    """What a list page lists, in order: the first link of each list line ('- ...' or
    '<li>...') or citing-article heading ('<h3>...'), after the heading `start` if given."""
    text = (docs / page).read_text(encoding="utf-8")
    if start:
        text = text.split(start, 1)[1]
    found = []
    for line in text.splitlines():
        links = linked(page, line) if line.startswith(("- ", "<h3>", "<li>")) else []
        if links:
            found.append(links[0])
    return found


def article_lists(site) -> list[tuple[str, list[str], int, str]]:
    """(page 1, the pages it lists in order, page size, heading the list starts after) of
    every entry's list."""
    def arts(articles):
        return [paths.article(a) for a in articles]

    lists = [(paths.year(y), arts(items), ARTICLES, "") for y, items in site.years.items()]
    lists += [(paths.outlet(s), arts(o.articles), ARTICLES, "") for s, o in site.outlets.items()]
    lists += [(paths.tag(s), arts(items), ARTICLES, "") for s, items in site.tags.items()]
    lists += [(paths.person(k), arts(a for a, _ in p.mentions), ARTICLES, "## Bài viết nêu tên")
              for k, p in site.people.items()]
    lists += [(paths.organisation(k), arts(e.articles), ARTICLES, "") for k, e in site.organisations.items()]
    lists += [(paths.place(k), arts(e.articles), ARTICLES, "") for k, e in site.places.items()]
    for key, entry in site.documents.items():
        cited = list(dict.fromkeys(paths.article(c.article) for c in entry.citations))  # oldest first
        lists.append((paths.document(key), cited, CITING, "## Các bài viết trích dẫn"))
    return lists


def index_lists(site) -> list[tuple[str, list[str]]]:
    """(page 1, the pages it lists in order) of every section index but the documents'."""
    return [
        (paths.index("years"), [paths.year(y) for y in site.years]),
        (paths.index("outlets"), [paths.outlet(s) for s in site.outlets]),
        (paths.index("tags"), [paths.tag(s) for s in sorted(site.tags, key=lambda s: (-len(site.tags[s]), s))]),
        (paths.index("people"), [paths.person(k) for k in site.people]),
        (paths.index("organisations"), [paths.organisation(k) for k in site.organisations]),
        (paths.index("places"), [paths.place(k) for k in site.places]),
    ]


def every_list(site) -> list[tuple[str, list[str], int, str]]:
    return article_lists(site) + [(first, expected, ENTRIES, "") for first, expected in index_lists(site)]


# Paths and the pager, without a build.

def test_numbered_paths_are_one_folder_below_page_one():
    assert paths.numbered("tags/x.md", 1) == "tags/x.md"
    assert paths.numbered("tags/x.md", 2) == "tags/x/2.md"
    assert paths.numbered("people/index.md", 12) == "people/index/12.md"
    assert paths.url(paths.numbered("years/2020.md", 3)) == "years/2020/3.html"
    assert paths.rel("tags/x/2.md", "tags/x.md") == "../../tags/x.md"
    with pytest.raises(ValueError):
        paths.numbered("tags/x.md", 0)


@pytest.mark.parametrize("page, continuation", [
    ("tags/x/2.md", True), ("people/index/10.md", True), ("documents/18-nq-tw-2017/3.md", True),
    ("tags/x.md", False), ("people/index.md", False), ("years/2020.md", False), ("index.md", False),
    ("articles/2020/2020-01-01-x.md", False), ("tags/x/1.md", False), ("tags/x/02.md", False),
])
def test_continuation_pages_are_told_by_their_path(page, continuation):
    assert paths.is_continuation(page) is continuation


def test_paginate_keeps_every_item_in_order():
    items = list(range(23))
    parts = pagination.paginate("tags/x.md", items, 5)
    assert [p.path for p in parts] == ["tags/x.md"] + [f"tags/x/{n}.md" for n in range(2, 6)]
    assert [i for p in parts for i in p.items] == items
    assert [len(p.items) for p in parts] == [5, 5, 5, 5, 3]
    assert all(p.pages == 5 and p.total == 23 for p in parts)
    assert [p.path for p in pagination.paginate("tags/x.md", [], 5)] == ["tags/x.md"]  # still a page


def test_pager_stays_small_and_links_neighbours():
    parts = pagination.paginate("people/index.md", list(range(1000)), 1)
    middle = pagination.pager(parts[499])
    links = LINK.findall(middle)
    assert len(links) <= 2 * pagination.PAGER_WINDOW + 4
    assert "[← Trước](499.md)" in middle and "[Sau →](501.md)" in middle and "**500**" in middle
    assert "[1](../../people/index.md)" in middle and "[1000](1000.md)" in middle
    assert middle.count("…") == 2
    assert "Trước" not in pagination.pager(parts[0]) and "Sau" not in pagination.pager(parts[-1])
    assert pagination.pager(pagination.paginate("tags/x.md", [1], 5)[0]) == ""


def test_counts_are_written_the_vietnamese_way():
    part = pagination.paginate("tags/x.md", list(range(1234)), 100)[1]
    assert pagination.counted(part, "bài") == "Bài 101–200 trong số **1.234** bài (trang 2/13)."
    assert pagination.title("Chủ đề", part) == "Chủ đề (trang 2/13)"


# The built corpus.

def test_the_corpus_runs_every_kind_of_list_over_pages(built):
    root, report = built
    docs = root / "docs"
    long = [first for first, expected, size, _ in every_list(report.site) if len(expected) > size]
    sections = {first.split("/")[0] for first in long}
    assert sections == {"years", "outlets", "tags", "people", "organisations", "places", "documents"}
    assert all(len(list_pages(docs, first)) > 1 for first in long)
    assert len(list_pages(docs, paths.index("documents"))) > 1


def test_every_entry_once_in_order_across_the_pages(built):
    root, report = built
    docs = root / "docs"
    for first, expected, size, start in every_list(report.site):
        pages = list_pages(docs, first)
        assert len(pages) == max(1, -(-len(expected) // size)), first
        shown = [entries(docs, page, start) for page in pages]
        assert [e for page in shown for e in page] == expected, first
        assert all(1 <= len(page) <= size for page in shown) or not expected, first


def test_no_page_is_made_that_no_list_needs(built):
    root, report = built
    made = {p for p in report.pages if paths.is_continuation(p)}
    expected = {page for first, *_ in every_list(report.site) for page in list_pages(root / "docs", first)[1:]}
    expected |= set(list_pages(root / "docs", paths.index("documents"))[1:])
    assert made == expected
    on_disk = {p.relative_to(root / "docs").as_posix() for p in (root / "docs").rglob("*.md")}
    assert made <= on_disk


def test_later_pages_carry_title_count_and_back_link_but_no_header(built):
    root, report = built
    docs = root / "docs"
    tag = "cong-tac-can-bo"
    pages = list_pages(docs, paths.tag(tag))
    total = len(report.site.tags[tag])
    name = report.site.registries.tag_name(tag)
    description = report.site.registries.tag_description(tag)
    for number, page in enumerate(pages, start=1):
        text = (docs / page).read_text(encoding="utf-8")
        title = name if number == 1 else f"{name} (trang {number}/{len(pages)})"
        assert f'title: "{title}"' in text and f"\n# {title}\n" in text
        first, last = (number - 1) * ARTICLES + 1, min(number * ARTICLES, total)
        assert f"Bài {first}–{last} trong số **{total}** bài (trang {number}/{len(pages)})." in text
        assert "[← Mọi chủ đề](" in text
        assert ('id="chart-years"' in text) == (number == 1)
        body = text.split("\n---\n", 1)[1]  # the front matter's description is the page's meta tag
        assert (f"_{description}_" in body) == (number == 1)


def test_document_pages_keep_facts_and_chart_on_page_one(built):
    root, report = built
    docs = root / "docs"
    pages = list_pages(docs, paths.document("205-qd-tw-2019"))
    assert len(pages) > 2
    count = len(report.site.documents["205-qd-tw-2019"].articles)
    for number, page in enumerate(pages, start=1):
        text = (docs / page).read_text(encoding="utf-8")
        assert f"## Các bài viết trích dẫn ({count})" in text
        assert ("**Số hiệu:**" in text) == ('id="chart-citations"' in text) == (number == 1)


def test_person_roles_follow_their_articles_onto_each_page(built):
    root, report = built
    docs = root / "docs"
    person = report.site.people["truong-thi-mai"]
    pages = list_pages(docs, paths.person("truong-thi-mai"))
    assert len(pages) > 2
    for page, part in zip(pages, pagination.paginate("x.md", person.mentions, ARTICLES)):
        text = (docs / page).read_text(encoding="utf-8")
        roles = [a.date.strftime("%d/%m/%Y") for a, m in part.items if m.roles]
        assert roles, page
        shown = re.findall(r"^<li><strong>(\d\d/\d\d/\d{4})</strong>: ", text.split("## Bài viết nêu tên")[0], re.M)
        assert shown == roles, page


def test_a_month_cut_by_a_page_break_is_headed_on_both_pages(built):
    root, report = built
    docs = root / "docs"
    pages = list_pages(docs, paths.year(2021))
    assert len(pages) > 2
    months = [re.findall(r"^## Tháng (\d+)/2021$", (docs / p).read_text(encoding="utf-8"), re.M) for p in pages]
    flat = [m for page in months for m in page]
    assert [int(m) for m in flat] == sorted((int(m) for m in flat), reverse=True)  # newest first throughout
    assert any(a[-1] == b[0] for a, b in zip(months, months[1:]))


def test_documents_index_repeats_its_headings_and_lists_each_document(built):
    root, report = built
    docs = root / "docs"
    site = report.site
    pages = list_pages(docs, paths.index("documents"))
    listed = [e for page in pages for e in entries(docs, page)]
    expected = [paths.document(k) for k in site.documents] + [paths.document(d.key) for d in site.unresolved]
    assert sorted(listed) == sorted(expected)
    assert listed[-len(site.unresolved):] == [paths.document(d.key) for d in site.unresolved]
    for page in pages:
        text = (docs / page).read_text(encoding="utf-8")
        assert f"Kho nhắc đến **{len(site.documents)}** văn bản" in text
        assert len(entries(docs, page)) <= ENTRIES
        body = text.split("{ .archive-pager }", 1)[1]
        assert body.lstrip().startswith("## "), page  # a page opens with its section's heading


def test_pager_links_reach_the_neighbouring_generated_pages(built):
    root, report = built
    docs = root / "docs"
    for first, *_ in every_list(report.site) + [(paths.index("documents"),)]:
        pages = list_pages(docs, first)
        for number, page in enumerate(pages, start=1):
            text = (docs / page).read_text(encoding="utf-8")
            pagers = [line for line in text.splitlines() if line.startswith("Trang: ")]
            assert len(pagers) == (2 if len(pages) > 1 else 0), page
            for line in pagers:
                targets = {resolve(page, t) for t in LINK.findall(line)}
                assert targets <= set(pages) and page not in targets, page
                labelled = dict(re.findall(r"\[([^\]]+)\]\(([^)]+)\)", line))
                if number > 1:
                    assert resolve(page, labelled["← Trước"]) == pages[number - 2]
                if number < len(pages):
                    assert resolve(page, labelled["Sau →"]) == pages[number]


def test_page_one_keeps_its_url_and_later_pages_are_built(built):
    root, report = built
    site = root / "site"
    for first, *_ in every_list(report.site):
        pages = list_pages(root / "docs", first)
        assert pages[0] == first
        for page in pages:
            assert (site / paths.url(page)).is_file(), page
    assert (site / "tags/cong-tac-can-bo.html").is_file()
    assert (site / "tags/cong-tac-can-bo/2.html").is_file()
    assert (site / "people/index/2.html").is_file()


def test_every_internal_link_of_the_built_pages_resolves(built):
    root, _ = built
    site = root / "site"
    broken = broken_links(site)
    assert not broken, broken[:5]


def test_search_index_holds_page_one_of_each_document_only(built):
    root, _ = built
    urls = []
    for record in (root / "site/assets/search/d").rglob("*.js"):
        data = json.loads(re.fullmatch(r'window\.__archiveSearchLoad\("[^"]+",(.*)\);\n',
                                       record.read_text(encoding="utf-8"), re.S)[1])
        urls.append(data["u"])
    assert "documents/205-qd-tw-2019.html" in urls
    assert not [u for u in urls if paths.is_continuation(u.removesuffix(".html") + ".md")]
    assert len(urls) == len(set(urls))


def test_article_pages_do_not_grow_with_the_corpus(built):
    """An article shares its tag, person, organisation, place and document with 40 others:
    its page links a bounded number of other articles (the related list)."""
    root, report = built
    docs = root / "docs"
    for article in report.site.articles:
        page = paths.article(article)
        links = set(linked(page, (docs / page).read_text(encoding="utf-8")))
        others = {t for t in links if t.startswith("articles/") and t != page}
        assert len(others) <= 10, page
