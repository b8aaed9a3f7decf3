"""Where each generated page lives under docs/: one place decides every URL.

Pages link with relative `.md` paths, so MkDocs checks every link in strict
mode and writes it right for both the served site and the offline copy.
"""
from __future__ import annotations

import posixpath
import re
from functools import lru_cache

from archive.models import Article

# Top-level folders (and files) under docs/ that the build owns and may replace.
GENERATED = ("articles", "years", "outlets", "documents", "tags", "people",
             "organisations", "places", "data", "index.md", "feed.xml")


def article(a: Article) -> str:
    return f"articles/{a.date.year}/{a.slug}.md"


def year(value: int) -> str:
    return f"years/{value}.md"


def outlet(slug: str) -> str:
    return f"outlets/{slug}.md"


def document(key: str) -> str:
    return f"documents/{key}.md"


def tag(slug: str) -> str:
    return f"tags/{slug}.md"


def person(key: str) -> str:
    return f"people/{key}.md"


def organisation(key: str) -> str:
    return f"organisations/{key}.md"


def place(key: str) -> str:
    return f"places/{key}.md"


def index(section: str) -> str:
    return f"{section}/index.md"


def numbered(page: str, number: int) -> str:
    """Page `number` of a list whose page 1 is `page` (archive/render/pagination.py):
    'tags/x.md' -> 'tags/x/2.md', 'people/index.md' -> 'people/index/2.md'.

    One folder deeper than page 1, named by it, so it cannot meet another entry's
    page: keys never contain '/', and 'index' is already page 1 of the section's list."""
    if number == 1:
        return page
    if number < 1:
        raise ValueError(f"page numbers start at 1, not {number}")
    return f"{page.removesuffix('.md')}/{number}.md"


_CONTINUATION = re.compile(r"(?!articles/)[^/]+/[^/]+/([2-9]|[1-9][0-9]+)\.md")


def is_continuation(page: str) -> bool:
    """Whether a docs/ path is page 2, 3... of a list (see numbered); article pages never are."""
    return bool(_CONTINUATION.fullmatch(page))


def rel(from_page: str, to_page: str) -> str:
    """Relative link from one docs/ page to another ('../' up to docs/, then down).

    Not always the shortest path, but MkDocs writes the shortest URL in the HTML;
    posixpath.relpath was the build's hot spot on index pages of thousands of links.
    """
    from_dir = posixpath.dirname(from_page)
    if not from_dir:
        return to_page
    if to_page.startswith(from_dir + "/"):
        return to_page[len(from_dir) + 1:]
    return "../" * (from_dir.count("/") + 1) + to_page


def href(from_page: str, to_page: str) -> str:
    """The shortest relative address of the built page of `to_page` from that of
    `from_page` (both docs/ paths), as MkDocs writes links: for raw HTML, which MkDocs
    passes through ('articles/2020/a.md' -> 'articles/2019/b.md': '../2019/b.html')."""
    here, up = _folders(from_page)
    if not here or not to_page.startswith(here[0] + "/"):  # most links: from a section to another
        return url(up + to_page)
    there = to_page.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    return url("../" * (len(here) - common) + "/".join(there[common:]))


@lru_cache(maxsize=256)  # a page asks for hundreds of links from the same place
def _folders(page: str) -> tuple[tuple[str, ...], str]:
    """The folders of a docs/ path and the "../" that climbs out of them all."""
    here = tuple(page.split("/")[:-1])
    return here, "../" * len(here)


folders = _folders  # for a list of links made ahead of its page (render/indexes.py article_line)


def url(page: str) -> str:
    """The published URL path of a page: 'articles/2018/x.md' -> 'articles/2018/x.html'.

    A page is a file (mkdocs.yml `use_directory_urls: false`): the same URL works on any
    static host and opened from disk, so the published tree is also the offline copy."""
    return page[: -len(".md")] + ".html" if page.endswith(".md") else page
