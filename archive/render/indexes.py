"""Site model -> index pages (home, years, outlets, tags, people, organisations, places).

Document pages live in render/documents.py. Every list longer than a page is split
into numbered pages (render/pagination.py), so no page grows with the corpus. Pure:
returns {docs path: text}.
"""
from __future__ import annotations

import weakref
from collections import defaultdict

from archive.render import listing, pagination
from archive.site import paths
from archive.render.charts import articles_per_outlet, articles_per_year
from archive.text.dates import numeric_date
from archive.render.markup import attr, escape, front_matter, link, text
from archive.models import Article
from archive.render.pagination import Slice, framed, paginate
from archive.render.article import describe
from archive.site.model import Site

LATEST_ON_HOME = 10
# A tag page's entry shows the start of the lead: a line to judge the article by. An
# article is on five tag pages or so, so every character is paid five times (issue 17).
TAG_LEAD_CHARS = 140


def article_line(page: str, article: Article, with_lead: bool = False) -> str:
    """One list entry (HTML, archive/render/listing.py): date and linked title (and the
    lead, for tag pages). An article is listed on a dozen index pages or more: what its
    entry holds but the climb out of the page's folders is made once (_entry). The outlet
    is not repeated on every line (issue 17's size budget: a name on some 24 entries an
    article); the article's page and the outlet's own page say it."""
    here, up = paths.folders(page)
    if here and here[0] == "articles":  # from an article's own folder: paths.href's general rule
        entry = listing.line(listing.anchor(article.title, page, paths.article(article)),
                             first=numeric_date(article.date))
    else:  # paths.href from any other page: the climb, then the article's own address
        before, address, after = _entry(article)
        entry = f'{before}<a href="{up}{address}{after}'
    if with_lead:
        entry += f"<br />\n{text(describe(article.lead, TAG_LEAD_CHARS))}"
    return entry


# id(article) -> (a weak reference to it, the entry's parts): an entry lives as long as its article
# (the reference's callback removes it), so a `serve` build never meets another build's articles.
_ENTRIES: dict[int, tuple[weakref.ref, tuple[str, str, str]]] = {}


def _entry(article: Article) -> tuple[str, str, str]:
    """An article's list entry cut around the climb out of the listing page's folders: what
    listing.line(listing.anchor(...), first=date) writes before it, the article's
    address under docs/ (as an attribute) and what comes after it."""
    key = id(article)
    found = _ENTRIES.get(key)
    if found is not None and found[0]() is article:
        return found[1]
    date = numeric_date(article.date)
    parts = (f"<strong>{text(date)}</strong> · " if date else "", attr(paths.url(paths.article(article))),
             f'">{text(article.title)}</a>')
    _ENTRIES[key] = (weakref.ref(article, lambda _, key=key: _ENTRIES.pop(key, None)), parts)
    return parts


def article_list(page: str, articles: list[Article], with_lead: bool = False) -> str:
    return listing.items(article_line(page, a, with_lead) for a in articles) or "_Chưa có bài._"


def page_text(title: str, body: list[str], description: str = "", extra: dict | None = None,
              part: Slice | None = None) -> str:
    """A page: front matter, heading, blocks. `part`: the page of a list it is, for its title."""
    if part is not None and not part.first:
        title = pagination.title(title, part)
        description = pagination.title(description, part) if description else ""
    data = {"title": title}
    if description:
        data["description"] = description
    data.update(extra or {})
    return front_matter(data) + f"# {escape(title)}\n\n" + "\n\n".join(body) + "\n"


def index_pages(index: str, title: str, entries: list, row, description: str, empty: str,
                noun: str) -> dict[str, str]:
    """A section's index: `row(page, entry)` is one line; ENTRIES_PER_PAGE lines a page."""
    pages = {}
    for part in paginate(index, entries, pagination.ENTRIES_PER_PAGE):
        rows = listing.items(row(part.path, entry) for entry in part.items) or empty
        pages[part.path] = page_text(title, framed(part, noun, [rows]), description, part=part)
    return pages


def list_pages(first: str, items: list, back: tuple[str, str], title: str, description: str, body,
               header=None, above=None, noun: str = "bài", size: int | None = None) -> dict[str, str]:
    """One entry's pages (a year, an outlet, a tag...), ARTICLES_PER_PAGE items a page (or
    `size`). Each page: the link `back` to the section, `header(page)` on page 1 only,
    `above(part)` (a heading over the list), then `body(page, items)` for this page's items
    between its count line and pagers."""
    pages = {}
    for part in paginate(first, items, size or pagination.ARTICLES_PER_PAGE):
        blocks = [link(back[0], paths.rel(part.path, back[1]))]
        if part.first and header:
            blocks += header(part.path)
        if above:
            blocks += above(part)
        blocks += framed(part, noun, body(part.path, part.items))
        pages[part.path] = page_text(title, blocks, description, part=part)
    return pages


def render_home(site: Site, template: str, document_count: int) -> str:
    """The home page: a hand-written template with the archive's figures filled in."""
    page = "index.md"
    stats = (f"Kho lưu trữ hiện có **{len(site.articles)}** bài viết từ **{len(site.outlets)}** "
             f"nguồn, trải trên **{len(site.years)}** năm, nhắc đến **{document_count}** văn bản.")
    sections = [
        ("Theo năm", paths.index("years")), ("Theo nguồn", paths.index("outlets")),
        ("Văn bản", paths.index("documents")), ("Chủ đề", paths.index("tags")),
        ("Nhân vật", paths.index("people")), ("Tổ chức", paths.index("organisations")),
        ("Địa danh", paths.index("places")),
    ]
    browse = " · ".join(link(name, paths.rel(page, target)) for name, target in sections)
    latest = article_list(page, site.articles[:LATEST_ON_HOME])
    charts = "\n\n".join([articles_per_year(a.year for a in site.articles),
                          articles_per_outlet({o.name: len(o.articles) for o in site.outlets.values()})])
    return (template.replace("{{ stats }}", stats).replace("{{ browse }}", browse)
            .replace("{{ latest }}", latest).replace("{{ charts }}", charts))


def count_row(page: str, name: str, target: str, count: int) -> str:
    """An index entry (HTML): the linked name and its count, '<a …>name</a> (12 bài)'."""
    return f"{listing.anchor(name, page, target)} ({count} bài)"


def render_years(site: Site) -> dict[str, str]:
    index = paths.index("years")
    pages = index_pages(index, "Bài viết theo năm", list(site.years.items()),
                        lambda page, kv: count_row(page, f"Năm {kv[0]}", paths.year(kv[0]), len(kv[1])),
                        "Mọi bài viết trong kho, theo năm.", "", "năm")

    def by_month(page: str, articles: list[Article]) -> list[str]:
        months: dict[tuple[int, int], list[Article]] = defaultdict(list)
        for article in articles:
            months[(article.date.year, article.date.month)].append(article)
        blocks = []
        for year, month in sorted(months, reverse=True):  # a month cut by a page break is on both
            blocks += [f"## Tháng {month}/{year}", article_list(page, months[(year, month)])]
        return blocks

    for year, items in site.years.items():
        pages.update(list_pages(paths.year(year), items, ("← Mọi năm", index), f"Năm {year}",
                                f"{len(items)} bài viết năm {year}.", by_month))
    return pages


def render_outlets(site: Site) -> dict[str, str]:
    index = paths.index("outlets")
    pages = index_pages(index, "Nguồn bài viết", list(site.outlets.items()),
                        lambda page, kv: count_row(page, kv[1].name, paths.outlet(kv[0]), len(kv[1].articles)),
                        "Các báo và cổng thông tin có bài trong kho.", "", "nguồn")
    registries = site.registries
    for slug, entry in site.outlets.items():
        name, items = entry.name, entry.articles
        outlet = registries.outlet(name) if registries else None
        about = [escape(outlet.description)] if outlet and outlet.description else []
        pages.update(list_pages(paths.outlet(slug), items, ("← Mọi nguồn", index), name,
                                f"{len(items)} bài viết của {name}.", article_blocks,
                                header=lambda page, about=about: about))
    return pages


def article_blocks(page: str, articles: list[Article]) -> list[str]:
    return [article_list(page, articles)]


def render_tags(site: Site) -> dict[str, str]:
    index = paths.index("tags")
    names = site.registries
    ranked = sorted(site.tags.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    pages = index_pages(index, "Chủ đề", ranked,
                        lambda page, kv: count_row(page, names.tag_name(kv[0]), paths.tag(kv[0]), len(kv[1])),
                        "Các chủ đề của kho lưu trữ, với số bài.", "_Chưa có chủ đề._",
                        "chủ đề")
    for slug, items in site.tags.items():
        description = names.tag_description(slug)

        def header(page, description=description, items=items):
            shown = [f"_{escape(description)}_"] if description else []
            return shown + [articles_per_year(a.year for a in items)]

        pages.update(list_pages(paths.tag(slug), items, ("← Mọi chủ đề", index), names.tag_name(slug),
                                description, lambda page, part: [article_list(page, part, with_lead=True)],
                                header=header))
    return pages


def render_people(site: Site) -> dict[str, str]:
    index = paths.index("people")
    pages = index_pages(index, "Nhân vật", list(site.people.items()),
                        lambda page, kv: count_row(page, kv[1].name, paths.person(kv[0]), len(kv[1].mentions)),
                        "Những người được nêu tên trong các bài viết.", "_Chưa có nhân vật._",
                        "nhân vật")

    def mentions(page: str, part) -> list[str]:
        """The roles this page's articles give the person, then the articles."""
        roles = [f"<strong>{text(numeric_date(a.date))}</strong>: {text(', '.join(m.roles))} "
                 f"({listing.anchor(a.title, page, paths.article(a))})"
                 for a, m in part if m.roles]
        blocks = ["## Chức vụ theo các bài viết", listing.items(roles)] if roles else []
        return blocks + ["## Bài viết nêu tên", article_list(page, [a for a, _ in part])]

    for key, person in site.people.items():
        def header(page, person=person):
            return [articles_per_year(a.year for a in {a.slug: a for a, _ in person.mentions}.values())]

        pages.update(list_pages(paths.person(key), person.mentions, ("← Mọi nhân vật", index), person.name,
                                f"{person.name}: {len(person.mentions)} bài viết.", mentions, header=header))
    return pages


def render_entities(site: Site, section: str, title: str, intro: str) -> dict[str, str]:
    """Organisations or places: an index with counts, and the pages of each."""
    entries = site.organisations if section == "organisations" else site.places
    page_of = paths.organisation if section == "organisations" else paths.place
    index = paths.index(section)
    noun = "tổ chức" if section == "organisations" else "địa danh"
    pages = index_pages(index, title, list(entries.items()),
                        lambda page, kv: count_row(page, kv[1].name, page_of(kv[0]), len(kv[1].articles)),
                        intro, "_Chưa có mục nào._", noun)
    for key, entry in entries.items():
        pages.update(list_pages(page_of(key), entry.articles, (f"← {title}", index), entry.name,
                                f"{entry.name}: {len(entry.articles)} bài viết.", article_blocks))
    return pages
