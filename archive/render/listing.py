"""Generated listings as HTML blocks: the one place their markup is made.

Lists of articles and entries, chips, related articles: Python-Markdown passes a raw
HTML block through whole, where a Markdown list costs it a parse of every line for
emphasis, links and escapes, and MkDocs then validates and rewrites every link. On a
tag page of 400 articles that is 51 ms of CPU as Markdown and 11 ms as an HTML block;
an article's chips, documents and related lists cost more than its body (issue 17,
README "Performance"). The HTML is what Python-Markdown would have written, so the
theme's styles read the same page.

Every text is escaped here (markup.text), every address is an attribute
(markup.attr): text is data. Links point at the built page (`paths.href`: a `.html`
file, relative), as MkDocs would have written them; tests check that each resolves.

Each block is fenced by two HTML comments (`block`): the Markdown extension
archive.output.html_blocks stashes what lies between them whole, without Python-Markdown's
HTML parser, which otherwise walks every tag of it (the largest part of converting an
index page). Any other Markdown reader sees the same raw HTML block between two
comments. Article text cannot make a fence: it is escaped ("<" is written "&lt;").
"""
from __future__ import annotations

from typing import Iterable

from archive.render.markup import attr, text
from archive.site import paths


BLOCK_OPEN = "<!-- archive:html -->"
BLOCK_CLOSE = "<!-- /archive:html -->"


def block(html: str) -> str:
    """A generated HTML block (already escaped), fenced for archive.output.html_blocks."""
    return f"{BLOCK_OPEN}\n{html}\n{BLOCK_CLOSE}"


def anchor(label: str, from_page: str, to_page: str) -> str:
    """`<a href="…">label</a>` from the docs/ page `from_page` to the docs/ page `to_page`."""
    return f'<a href="{attr(paths.href(from_page, to_page))}">{text(label)}</a>'


def items(entries: Iterable[str], css: str = "") -> str:
    """An HTML list of `entries` (each already HTML), or "" when there is none."""
    rows = "".join(f"<li>{entry}</li>\n" for entry in entries)
    if not rows:
        return ""
    opening = f'<ul class="{attr(css)}">' if css else "<ul>"
    return block(f"{opening}\n{rows}</ul>")


def line(*parts: str, first: str = "") -> str:
    """One entry's parts joined by " · ", after a bold `first` (a date) when given."""
    head = [f"<strong>{text(first)}</strong>"] if first else []
    return " · ".join([*head, *parts])


def chips(label: str, links: list[str], kind: str = "") -> list[str]:
    """One paragraph of linked chips (`anchor`s), its label first: compact where a list
    would run one name a line; [] when there is none."""
    if not links:
        return []
    css = "chips" + (f" chips--{kind}" if kind else "")
    return [block(f'<p class="{css}"><strong>{text(label)}:</strong> ' + " ".join(links) + "</p>")]


def cited_in(title_anchor: str, meta: str, quotes: list[str]) -> str:
    """A citing article on a document's page: its linked title (an `anchor`), a line of
    its date and outlet (text), and the sentences that cite the document (each already
    HTML: escaped, with the citation marked, cut around it: render/quote_window.py), one
    quotation."""
    sentences = "\n".join(f"<p>{quote}</p>" for quote in quotes)
    return block(f"<h3>{title_anchor}</h3>\n<p>{text(meta)}</p>\n<blockquote>\n{sentences}\n</blockquote>")
