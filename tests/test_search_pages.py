"""Search records from rendered pages (archive/search/pages.py): what a result shows is
the text as written, never escaped twice, and the sections that are not the article
stay out of its body."""
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from archive.render.article import INDEX_HEADING, RELATED_HEADING
from archive.render.markup import front_matter
from archive.search.pages import search_record, split_ignored, src_kind
import yaml


def page_from(meta: dict, src: str = "articles/2020/2020-06-01-x.md"):
    """A page as MkDocs hands it to the hook: front matter as build_pages wrote it."""
    loaded = yaml.safe_load(front_matter(meta)[4:-5])
    return SimpleNamespace(meta=loaded, title=loaded.get("title"), url=src.replace(".md", "/"),
                           file=SimpleNamespace(src_uri=src))


def test_a_title_with_quotes_and_ampersands_is_recorded_as_written():
    """Issue 16 item 14: results showed &quot;Tiêu đề&quot; &amp;."""
    title = '"Tiêu đề" & <b>không đậm</b> của Đảng'
    meta = {"title": title, "date": "2020-06-01", "outlet": "Báo A & B", "people": ["Nguyễn \"Văn\" A"],
            "references": ["105-QĐ/TW"], "description": "Mở đầu <i>nghiêng</i> & hết"}
    record = search_record("<p>nội dung</p>", page_from(meta), "article")[0]
    assert record["t"] == title
    assert record["o"] == "Báo A & B"
    assert "Nguyễn \"Văn\" A" in record["w"]
    assert record["l"] == "Mở đầu <i>nghiêng</i> & hết"


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(str.strip))
def test_any_title_reaches_the_record_unchanged(title):
    record = search_record("<p>x</p>", page_from({"title": title, "date": "2020-06-01"}), "article")[0]
    assert record["t"] == title


def test_the_article_body_leaves_out_its_index_and_related_articles():
    html = (f"<p class=\"lead\">Mở đầu</p><p>Thân bài</p><h2>{INDEX_HEADING}</h2><ul><li>chủ đề</li></ul>"
            f"<h2>{RELATED_HEADING}</h2><ul><li>bài khác</li></ul>")
    head, tail = split_ignored(html, "article")
    assert "Thân bài" in head and "bài khác" in tail and "chủ đề" in tail
    record = search_record(html, page_from({"title": "T", "date": "2020-06-01"}), "article")[0]
    assert "bài khác" not in record["b"] and record["l"] == "Mở đầu"


def test_only_first_pages_of_articles_and_documents_are_indexed():
    assert src_kind("articles/2020/2020-01-01-x.md") == "article"
    assert src_kind("documents/18-nq-tw-2017.md") == "document"
    assert src_kind("documents/18-nq-tw-2017/2.md") is None
    assert src_kind("tags/cong-tac-can-bo.md") is None
    assert src_kind("articles/index.md") is None
