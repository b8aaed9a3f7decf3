"""Long lists -> numbered pages of bounded size, each with a pager. Pure.

No generated page grows with the corpus: a list longer than its page size is cut
into pages. Page 1 keeps the list's path (and its URL); page n is
paths.numbered(path, n): 'tags/x.md' -> 'tags/x/2.md' (URL tags/x/2/). Items keep
their order across the pages. The list's header (description, chart) goes on page
1 only; its title, back link and total count go on every page, and a pager
("← Trước · 1 · 2 … · Sau →") and a line "Bài 101–200 trong số 1.234 bài" on every
page of a list that has more than one.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Sequence, TypeVar

from archive.site import paths
from archive.render.markup import link

# Page sizes, all in one place.
ARTICLES_PER_PAGE = 100  # year, outlet, tag, person, organisation and place pages
CITING_PER_PAGE = 50  # document pages: each citing article comes with its quoted sentences
ENTRIES_PER_PAGE = 200  # section indexes: one line per year, outlet, tag, person, document...
PAGER_WINDOW = 2  # page numbers shown either side of the current one (plus the first and last)

T = TypeVar("T")


@dataclass(frozen=True)
class Slice(Generic[T]):
    """One page of a list: its path, its number (from 1), and its share of the items."""

    path: str
    number: int
    pages: int  # how many pages the list has
    items: Sequence[T]
    start: int  # index of items[0] in the whole list
    total: int  # items in the whole list
    first_path: str  # the list's page 1

    @property
    def first(self) -> bool:
        return self.number == 1

    def path_of(self, number: int) -> str:
        return paths.numbered(self.first_path, number)


def paginate(path: str, items: Sequence[T], size: int) -> list[Slice[T]]:
    """`items` in pages of at most `size`; an empty list still has its (one) page."""
    if size < 1:
        raise ValueError(f"page size must be at least 1, not {size}")
    count = max(1, -(-len(items) // size))
    return [Slice(paths.numbered(path, n), n, count, items[(n - 1) * size: n * size], (n - 1) * size,
                  len(items), path)
            for n in range(1, count + 1)]


def number(value: int) -> str:
    """A count as Vietnamese writes it: 1.234."""
    return f"{value:,}".replace(",", ".")


def title(text: str, part: Slice) -> str:
    """'Năm 2020', then 'Năm 2020 (trang 2/5)' on the later pages."""
    return text if part.first else f"{text} (trang {part.number}/{part.pages})"


def counted(part: Slice, noun: str) -> str:
    """Where this page stands in the list: 'Bài 101–200 trong số **1.234** bài (trang 2/5).'"""
    if part.pages == 1:
        return ""
    span = f"{number(part.start + 1)}–{number(part.start + len(part.items))}"
    return (f"{noun[:1].upper()}{noun[1:]} {span} trong số **{number(part.total)}** {noun} "
            f"(trang {part.number}/{part.pages}).")


def pager(part: Slice) -> str:
    """Links to the previous and next pages and to page numbers around this one; '' for one page."""
    if part.pages == 1:
        return ""
    here = part.path

    def to(n: int, text: str) -> str:
        return link(text, paths.rel(here, part.path_of(n)))

    shown = sorted({1, part.pages} | set(range(max(1, part.number - PAGER_WINDOW),
                                                 min(part.pages, part.number + PAGER_WINDOW) + 1)))
    bits = [to(part.number - 1, "← Trước")] if part.number > 1 else []
    previous = 0
    for n in shown:
        if n > previous + 1:
            bits.append("…")
        bits.append(f"**{n}**" if n == part.number else to(n, str(n)))
        previous = n
    if part.number < part.pages:
        bits.append(to(part.number + 1, "Sau →"))
    return "Trang: " + " · ".join(bits) + "\n{ .archive-pager }"


def framed(part: Slice, noun: str, body: list[str]) -> list[str]:
    """The list's Markdown blocks with this page's count line and pager around them."""
    if part.pages == 1:
        return body
    return [counted(part, noun), pager(part), *body, pager(part)]
