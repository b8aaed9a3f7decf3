"""An article page's reader furniture (archive/render/article.py): the original address,
the citation line, the chips, and the footer links of hooks/site.py (issue 15, items 2
and 6). The browser tests (tests/browser/test_reader_pages.py) check how they show."""
from __future__ import annotations

import datetime as dt

import pytest

from archive import models
from archive.render import article as render
from archive.render import listing
from hooks import site as site_hook


def _article(**changes) -> models.Article:
    fields = dict(source_file="corpus/a.txt", title="Rà soát [quy hoạch] cán bộ", date=dt.date(2020, 6, 1),
                  outlet="Báo Mẫu", lead="Mở đầu.", author="Nguyễn Văn A",
                  url="https://www.example.org/tin/ra-soat_quy-hoach/", slug="2020-06-01-ra-soat", blocks=())
    fields.update(changes)
    return models.Article(**fields)


def test_the_citation_names_author_year_title_outlet_date_and_address():
    assert render.citation(_article()) == (
        "Nguyễn Văn A (2020), “Rà soát \\[quy hoạch\\] cán bộ”, *Báo Mẫu*, ngày 01/06/2020, "
        "https://www.example.org/tin/ra-soat\\_quy-hoach/.")


def test_without_an_author_the_outlet_stands_first_and_without_an_address_none_is_cited():
    assert render.citation(_article(author="", url="")) == (
        "*Báo Mẫu* (2020), “Rà soát \\[quy hoạch\\] cán bộ”, ngày 01/06/2020.")


def test_the_original_address_is_shown_as_a_reader_reads_it():
    assert render.shown_address("https://www.example.org/tin/a/") == "example.org/tin/a"
    assert render.shown_address("http://baomoi.vn") == "baomoi.vn"
    line = render._original_line(_article())
    assert line == ["Bài gốc: [example.org/tin/ra-soat\\_quy-hoach](https://www.example.org/tin/ra-soat_quy-hoach/)"
                    "\n{ .article-source }"]
    assert render._original_line(_article(url="")) == []


def test_an_address_with_brackets_is_accepted_and_linked_whole():
    """Real addresses hold brackets ("/tin-tuc-(1)/2020/..."): the header takes them, and the page links
    the whole address, its brackets percent-encoded so Markdown does not end the link at them."""
    import markdown
    from archive.read.header import split_header
    address = "https://sos.example.org/thong-tin/tin-tuc-(1)/2020/ngay-gia-dinh[2]"
    header, _, problems = split_header(f"---\nurl: {address}\n---\nx", "corpus/x.txt")
    assert problems == [] and header.get("url") == address
    for line in (render._original_line(_article(url=address))[0].split("\n")[0],
                 next(b for b in "\n".join(render._source_block(_article(url=address))).split("\n") if "Bài gốc" in b).strip()):
        html = markdown.markdown(line)
        assert 'href="https://sos.example.org/thong-tin/tin-tuc-%281%29/2020/ngay-gia-dinh%5B2%5D"' in html, html
    # one bracket alone (a paste's address cut after it) would end a raw target early
    html = markdown.markdown(render._original_line(_article(url="https://a.example.org/tin)moi/1"))[0].split("\n")[0])
    assert 'href="https://a.example.org/tin%29moi/1"' in html, html
    for bad in ("javascript:alert(1)", "https://a.example.org/x y", 'https://a.example.org/"x"'):
        assert split_header(f"---\nurl: {bad}\n---\nx", "corpus/x.txt")[2], bad


def test_chips_are_one_paragraph_of_links_with_its_label():
    chips = render._chips("Nhân vật", "articles/2020/x.md",
                          [("Trương *Thị* <Mai> & co", "people/a.md"), ("Võ Văn Tân", "people/b.md")])
    assert chips == [listing.block('<p class="chips"><strong>Nhân vật:</strong> <a href="../../people/a.html">'
                                   'Trương *Thị* &lt;Mai&gt; &amp; co</a> <a href="../../people/b.html">Võ Văn Tân</a></p>')]
    assert render._chips("Địa danh", "articles/2020/x.md", []) == []
    assert render._chips("Chủ đề", "articles/2020/x.md", [("A", "tags/a.md")], "tags")[0].startswith(
        listing.block('<p class="chips chips--tags">')[:-len(listing.BLOCK_CLOSE) - 2])


def test_the_source_block_holds_the_address_the_citation_and_the_file():
    block = "\n".join(render._source_block(_article()))
    assert block.startswith(f'!!! note "{render.SOURCE_HEADING}"')
    assert "    Bài gốc: [https://www.example.org/tin/ra-soat\\_quy-hoach/](https://www.example.org/tin/ra-soat_quy-hoach/)" \
        in block
    assert "    { .cite }" in block and "    Tệp nguồn: corpus/a.txt" in block
    assert all(line == "" or line.startswith("    ") for line in block.split("\n")[1:])


def test_article_pages_hide_the_empty_navigation_column_and_the_table_of_contents():
    # the contents listed only the generated sections at the foot (issue 17's size budget)
    assert render.article_front_matter(_article())["hide"] == ["navigation", "toc"]
    paragraphs = (models.Block(models.PARAGRAPH, "Một.", 1), models.Block(models.CAPTION, "Ảnh.", 2))
    assert render.article_front_matter(_article(blocks=paragraphs))["hide"] == ["navigation", "toc"]


def test_an_article_with_headings_of_its_own_keeps_its_table_of_contents():
    blocks = (models.Block(models.PARAGRAPH, "Một.", 1), models.Block(models.HEADING, "Những dấu ấn đổi mới", 2),
              models.Block(models.PARAGRAPH, "Hai.", 3))
    assert render.article_front_matter(_article(blocks=blocks))["hide"] == ["navigation"]


@pytest.mark.parametrize("size, shown", [(512, "1 KB"), (850_400, "850 KB"), (1_349_999, "1,3 MB"),
                                         (12_050_000, "12,1 MB")])
def test_the_zip_size_reads_in_vietnamese(size, shown):
    assert site_hook.human_size(size) == shown


@pytest.mark.parametrize("remote, address", [
    ("git@github.com:owner/kho-luu-tru.git", "https://github.com/owner/kho-luu-tru"),
    ("https://github.com/owner/kho-luu-tru.git", "https://github.com/owner/kho-luu-tru"),
    ("https://x-access-token:SECRET@github.com/owner/repo", "https://github.com/owner/repo"),
    ("ssh://git@git.example.org:2222/team/repo.git/", "https://git.example.org/team/repo"),
    ("/srv/git/repo.git", ""), ("file:///srv/git/repo", ""), ("", ""),
])
def test_a_remote_becomes_a_web_address_without_credentials(remote, address):
    assert site_hook.web_address(remote) == address


def test_the_repository_comes_from_repo_url_then_github_actions(monkeypatch, tmp_path):
    monkeypatch.setenv("REPO_URL", "https://git.example.org/a/b.git")
    monkeypatch.setenv("GITHUB_SERVER_URL", "https://github.com")
    monkeypatch.setenv("GITHUB_REPOSITORY", "owner/repo")
    assert site_hook.repository_address(tmp_path) == "https://git.example.org/a/b"
    monkeypatch.delenv("REPO_URL")
    assert site_hook.repository_address(tmp_path) == "https://github.com/owner/repo"
    monkeypatch.delenv("GITHUB_REPOSITORY")
    assert site_hook.repository_address(tmp_path) == ""  # not a checkout: no remote


class _Config:
    def __init__(self, repository):
        self.extra = {"archive_repository": repository}


def test_the_about_page_says_where_the_code_is():
    text = f"Muốn đóng góp? {site_hook.REPOSITORY_MARK}"
    linked = site_hook.on_page_markdown(text, None, _Config({"url": "https://g.example/a/b",
                                                             "contributing": "https://g.example/a/b/c.md"}))
    assert "[https://g.example/a/b](https://g.example/a/b)" in linked and "(https://g.example/a/b/c.md)" in linked
    assert site_hook.on_page_markdown(text, None, _Config(None)).endswith(site_hook.NO_REPOSITORY)
    assert site_hook.on_page_markdown("Không có dấu.", None, _Config(None)) == "Không có dấu."


def test_built_headings_take_the_folded_anchor(tmp_path):
    """hooks/site.py gives Python-Markdown's toc the anchor: an article's section
    headings in the built site keep đ as d (an article page lists no contents since
    issue 17's size round: the heading's own id is what a link reaches)."""
    from conftest import build_seeds
    site = build_seeds(tmp_path / "project", "2026-11-23") / "site"
    page = next((site / "articles").rglob("*.html")).read_text(encoding="utf-8")
    assert 'id="van-ban-duoc-nhac-den"' in page
    assert 'id="van-ban-uoc-nhac-en"' not in page
