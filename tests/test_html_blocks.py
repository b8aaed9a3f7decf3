"""archive.output.html_blocks: the build's fenced HTML blocks are stashed whole, and the
page is what Python-Markdown makes of the same blocks without the fences."""
from pathlib import Path

import markdown
import pytest

from archive.output.html_blocks import PRIORITY
from archive.render import listing
from archive.render.markup import escape

EXTENSIONS = ["toc", "attr_list", "tables", "sane_lists", "admonition"]
GOLDEN = Path(__file__).resolve().parent / "golden"


def with_stash(text: str) -> str:
    return markdown.markdown(text, extensions=["archive.output.html_blocks", *EXTENSIONS])


def without_stash(text: str) -> str:
    """Python-Markdown alone, on the page with its fence lines taken out."""
    bare = "\n".join(line for line in text.split("\n") if line not in (listing.BLOCK_OPEN, listing.BLOCK_CLOSE))
    return markdown.markdown(bare, extensions=EXTENSIONS)


def generated_pages() -> list[Path]:
    pages = sorted(p for p in GOLDEN.rglob("*.md") if listing.BLOCK_OPEN in p.read_text(encoding="utf-8"))
    assert len(pages) > 50  # the goldens hold listings of every kind
    return pages


def test_every_generated_page_renders_as_without_the_extension():
    """Articles (chips, documents, related), index pages, documents' citing articles."""
    for page in generated_pages():
        text = page.read_text(encoding="utf-8").split("\n---\n", 1)[-1]  # after the front matter
        assert with_stash(text) == without_stash(text), page.name


def test_a_block_is_stashed_and_not_parsed():
    """Markup Python-Markdown would read inside a raw block stays as written."""
    text = "Trước.\n\n" + listing.block('<ul>\n<li><a href="x.html">A &amp; B</a></li>\n</ul>') + "\n\nSau."
    out = with_stash(text)
    assert out == '<p>Trước.</p>\n<ul>\n<li><a href="x.html">A &amp; B</a></li>\n</ul>\n\n<p>Sau.</p>'
    assert "archive:html" not in out


@pytest.mark.parametrize("text", [
    listing.BLOCK_OPEN + "\n<p>never closed</p>\n\nTiếp *theo*.",  # a fence without its end
    "- mục\n\n    " + listing.block("<p>thụt lề</p>").replace("\n", "\n    "),  # indented: inside a list
    listing.BLOCK_CLOSE + "\n\nChữ.",  # an end alone
])
def test_a_broken_or_indented_fence_is_left_to_python_markdown(text):
    assert with_stash(text) == markdown.markdown(text, extensions=EXTENSIONS)


def test_article_text_cannot_open_a_fence():
    """Text is escaped before it reaches a page: a fence in it is text, shown as written."""
    written = listing.BLOCK_OPEN + "\n<script>alert(1)</script>\n" + listing.BLOCK_CLOSE
    out = with_stash("\n".join(escape(line) for line in written.split("\n")))
    assert "<script" not in out and "&lt;!-- archive:html --&gt;" in out


def test_it_runs_between_whitespace_and_the_html_parser():
    md = markdown.Markdown(extensions=["archive.output.html_blocks"])
    order = list(md.preprocessors._priority)
    priorities = {item.name: item.priority for item in order}
    assert priorities["normalize_whitespace"] > PRIORITY > priorities["html_block"]
