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
    return SimpleNamespace(meta=loaded, title=loaded.get("title"), url=src.replace(".md", ".html"),
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


def test_page_one_of_every_kind_of_page_is_indexed():
    assert src_kind("articles/2020/2020-01-01-x.md") == "article"
    assert src_kind("documents/18-nq-tw-2017.md") == "document"
    assert src_kind("people/truong-thi-mai.md") == "person"
    assert src_kind("organisations/bo-chinh-tri.md") == "organisation"
    assert src_kind("places/ha-noi.md") == "place"
    assert src_kind("tags/cong-tac-can-bo.md") == "tag"
    for left_out in ("documents/18-nq-tw-2017/2.md", "tags/x/2.md", "people/index.md", "people/index/2.md",
                     "articles/index.md", "years/2020.md", "outlets/x.md", "index.md", "about.md"):
        assert src_kind(left_out) is None, left_out


ARTICLE_HTML = (
    '<p class="kicker">Trên đường</p><h1 id="t">Tiêu đề</h1>'
    '<p class="article-meta">Thứ Hai, ngày 30/01/2023 · <a href="../../outlets/x.html">Báo X</a> · Tác giả: Hoàng Mai</p>'
    '<p class="article-source">Bài gốc: <a href="https://x.vn/a">x.vn/a</a></p>'
    '<p class="chips chips--tags"><strong>Chủ đề:</strong> <a href="../../tags/can-bo.html">Cán bộ</a></p>'
    '<p class="lead">Mở đầu bài.</p><p class="caption">Ảnh: hội nghị</p><p>Thân bài có khẩn trương.</p>'
    '<h2 id="v">Văn bản được nhắc đến</h2><ul><li><a href="../../documents/d.html">Quy định 205-QĐ/TW</a></li></ul>'
    f'<h2 id="i">{INDEX_HEADING}</h2><p class="chips"><strong>Nhân vật:</strong> <a href="../../people/p.html">Người</a></p>'
    '<div class="admonition note"><p class="admonition-title">Nguồn</p><p class="cite">Trích dẫn</p></div>')


def test_an_article_body_is_its_own_text_without_furniture():
    """Meta line, original address, chips, the documents list, the index and the source box
    are the page's furniture: not in the body, not in snippets."""
    record = search_record(ARTICLE_HTML, page_from({"title": "Tiêu đề", "date": "2023-01-30"}), "article")[0]
    assert record["b"] == "Trên đường\nẢnh: hội nghị\nThân bài có khẩn trương."
    assert record["l"] == "Mở đầu bài." and record["w"] == "Cán bộ"
    for furniture in ("Thứ Hai", "Tác giả", "Hoàng Mai", "Bài gốc", "Chủ đề", "Quy định", "Trích dẫn", "Người"):
        assert furniture not in record["b"] + record["l"], furniture


DOCUMENT_HTML = (
    '<h1 id="q">Quy định 205-QĐ/TW (23/09/2019)</h1><p><a href="index.html">← Mọi văn bản</a></p>'
    '<ul><li><strong>Số hiệu:</strong> 205-QĐ/TW</li><li><strong>Loại văn bản:</strong> Quy định</li>'
    '<li><strong>Cơ quan ban hành:</strong> Bộ Chính trị</li><li><strong>Ngày ban hành:</strong> 23/09/2019</li>'
    '<li><strong>Khóa:</strong> XII</li><li><strong>Trích yếu:</strong> Về việc kiểm soát quyền lực</li>'
    '</ul><p class="document-note"><em>Kho chưa có thông tin chính thức về văn bản này.</em></p>'
    '<h2 id="c">Các bài viết trích dẫn (1)</h2><h3><a href="../../articles/a.html">Bài trích dẫn</a></h3>')


def test_a_document_record_holds_its_facts_not_the_back_link():
    page = page_from({"title": "Quy định 205-QĐ/TW (23/09/2019)"}, "documents/205-qd-tw-2019.md")
    record = search_record(DOCUMENT_HTML, page, "document")[0]
    assert record["k"] == "document" and record["d"] == "23/09/2019" and record["o"] == "Bộ Chính trị"
    assert record["l"] == "Về việc kiểm soát quyền lực"  # the snippet starts here
    assert record["n"][0] == "205-QĐ/TW" and "205-qđ/tu" in record["n"]
    assert record["b"] == "Loại văn bản: Quy định\nCơ quan ban hành: Bộ Chính trị\nNgày ban hành: 23/09/2019\nKhóa: XII"
    for furniture in ("←", "Mọi văn bản", "Số hiệu", "thông tin chính thức", "Bài trích dẫn"):
        assert furniture not in record["l"] + record["b"], furniture


def test_a_document_known_by_its_year_only_is_dated_by_it():
    html = DOCUMENT_HTML.replace("<strong>Ngày ban hành:</strong> 23/09/2019", "<strong>Năm ban hành:</strong> 2019")
    record = search_record(html, page_from({"title": "Quy định 205-QĐ/TW (2019)"}, "documents/x.md"), "document")[0]
    assert record["d"] == "2019"


PERSON_HTML = (
    '<h1 id="d">Đinh Tiến Dũng</h1><p><a href="index.html">← Mọi nhân vật</a></p>'
    '<figure class="archive-chart"><figcaption>Số bài theo năm</figcaption><svg><text>2023</text></svg></figure>'
    '<h2 id="c">Chức vụ theo các bài viết</h2><ul>'
    '<li><strong>18/04/2023</strong>: Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội '
    '(<a href="../../articles/2023/a.html">Từ quyết tâm đổi mới</a>)</li>'
    '<li><strong>01/02/2023</strong>: Bí thư Thành ủy Hà Nội (<a href="../../articles/2023/b.html">Bài B</a>)</li></ul>'
    '<h2 id="b">Bài viết nêu tên</h2><ul>'
    '<li><strong>18/04/2023</strong> · <a href="../../articles/2023/a.html">Từ quyết tâm đổi mới</a> · Báo Hà Nội</li>'
    '<li><strong>01/02/2023</strong> · <a href="../../articles/2023/b.html">Bài B</a> · Báo Hà Nội</li></ul>')


def test_an_entity_record_is_its_name_and_roles_not_the_articles_listed():
    page = page_from({"title": "Đinh Tiến Dũng", "description": "Đinh Tiến Dũng: 2 bài viết."}, "people/dinh-tien-dung.md")
    record = search_record(PERSON_HTML, page, "person")[0]
    assert record["k"] == "person" and record["t"] == "Đinh Tiến Dũng" and record["d"] == ""
    assert record["b"] == "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội"
    assert record["o"] == "2 bài viết" and record["l"] == ""
    for other in ("Từ quyết tâm", "Bài B", "Báo Hà Nội", "Mọi nhân vật", "Số bài", "2023"):
        assert other not in record["b"] + record["l"], other


def test_a_tag_record_has_its_description_as_lead():
    html = ('<h1 id="t">Công tác cán bộ</h1><p><a href="../">← Mọi chủ đề</a></p><p><em>Đánh giá cán bộ.</em></p>'
            '<p>Bài 1–50 trong số <strong>1.234</strong> bài (trang 1/25).</p>'
            '<ul><li><strong>18/04/2023</strong> · <a href="../articles/2023/a.html">Bài A</a> · Báo<br>Mở đầu A</li></ul>')
    page = page_from({"title": "Công tác cán bộ", "description": "Đánh giá cán bộ."}, "tags/cong-tac-can-bo.md")
    record = search_record(html, page, "tag")[0]
    assert record["l"] == "Đánh giá cán bộ." and record["b"] == "" and record["o"] == "1.234 bài viết"


def test_tag_names_are_read_from_the_chips_as_written():
    from archive.search.pages import tag_names
    html = ('<p class="chips chips--tags"><strong>Chủ đề:</strong> <a href="../../tags/can-bo.html">Cán bộ</a> '
            '<a href="../../tags/x.html">Dân &amp; vận</a></p>'
            '<p class="chips"><a href="../../people/tags.html">Người tên Tags</a> <a href="tags-x.html">Không</a></p>')
    assert tag_names(html) == ["Cán bộ", "Dân & vận"]
