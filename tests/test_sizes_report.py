"""benchmarks/sizes.py sorts every byte of a built site into the right part (make sizes)."""
from __future__ import annotations

from benchmarks.sizes import part_of, folder_of, split_article, split_page
from archive import publish


def test_parts_are_make_bench_parts():
    assert part_of("articles/2020/a.html") == "article pages"
    assert part_of("tags/x/2.html") == "index pages" and part_of("index.html") == "index pages"
    assert part_of("assets/search/d/0/1.js") == "search"
    assert part_of(publish.OFFLINE_ZIP) == "zip"
    assert part_of("data/documents.json") == "other" and part_of("articles/2020/a.png") == "other"


def test_folders_split_search_from_assets():
    assert folder_of("assets/search/p/3.js") == "search" and folder_of("assets/stylesheets/a.css") == "assets"
    assert folder_of("people/x.html") == "people" and folder_of("404.html") == "(top files)"


def test_a_page_is_chrome_outside_its_article():
    html = "<html><nav>é</nav><article>abc</article></html>"
    assert split_page(html) == {"chrome": len(html.encode()) - len("<article>abc"), "inside": len("<article>abc")}
    assert split_page("<html>no article</html>") == {"chrome": 23, "inside": 0}


def test_an_article_is_cut_into_head_text_and_each_section():
    head = '<article class="x">\n<h1 id="t">T</h1>\n'
    text = "<p>Một đoạn.</p>\n"
    documents = '<h2 id="van-ban-duoc-nhac-den">V</h2>\n<ul><li>d</li></ul>\n'
    related = '<h2 id="bai-lien-quan">B</h2>\n<ul><li>r</li></ul>\n'
    note = '<div class="admonition note">n</div>\n'
    parts = split_article(f"<html>{head}{text}{documents}{related}{note}</article></html>")
    assert parts == {"head (kicker, title, meta, tag chips)": len(head.encode()), "own text": len(text.encode()),
                     "documents mentioned": len(documents), "related articles": len(related),
                     "source note": len(note)}
    assert "index chips" not in parts  # an article with no index section has none
