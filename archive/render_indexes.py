"""Site model -> index pages (home, years, outlets, tags, people, organisations, places).

Document pages live in render_documents.py. Pure: returns {docs path: text}.
"""
from __future__ import annotations

from collections import defaultdict

from . import paths
from .charts import articles_per_outlet, articles_per_year
from .markdown import attr, escape, front_matter, link
from .models import Article
from .render_article import describe
from .site import Site

LATEST_ON_HOME = 10


def article_line(page: str, article: Article, with_lead: bool = False) -> str:
    """One list entry: date, linked title, outlet (and the lead, for tag pages)."""
    line = (f"- **{article.date.strftime('%d/%m/%Y')}** · "
            f"{link(article.title, paths.rel(page, paths.article(article)))} · {escape(article.outlet)}")
    if with_lead:
        line += f"  \n  {escape(describe(article.lead, 240))}"
    return line


def article_list(page: str, articles: list[Article], with_lead: bool = False) -> str:
    return "\n".join(article_line(page, a, with_lead) for a in articles) or "_Chưa có bài._"


def page_text(title: str, body: list[str], description: str = "", extra: dict | None = None) -> str:
    data = {"title": attr(title)}
    if description:
        data["description"] = attr(description)
    data.update(extra or {})
    return front_matter(data) + f"# {escape(title)}\n\n" + "\n\n".join(body) + "\n"


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
                          articles_per_outlet({name: len(items) for name, items in site.outlets.values()})])
    return (template.replace("{{ stats }}", stats).replace("{{ browse }}", browse)
            .replace("{{ latest }}", latest).replace("{{ charts }}", charts))


def render_years(site: Site) -> dict[str, str]:
    pages = {}
    index = paths.index("years")
    rows = [f"- {link(f'Năm {year}', paths.rel(index, paths.year(year)))} ({len(items)} bài)"
            for year, items in site.years.items()]
    pages[index] = page_text("Bài viết theo năm", ["\n".join(rows)], "Mọi bài viết trong kho, theo năm.")
    for year, items in site.years.items():
        page = paths.year(year)
        by_month: dict[int, list[Article]] = defaultdict(list)
        for article in items:
            by_month[article.date.month].append(article)
        body = [link("← Mọi năm", paths.rel(page, index))]
        for month in sorted(by_month, reverse=True):
            body += [f"## Tháng {month}/{year}", article_list(page, by_month[month])]
        pages[page] = page_text(f"Năm {year}", body, f"{len(items)} bài viết năm {year}.")
    return pages


def render_outlets(site: Site) -> dict[str, str]:
    pages = {}
    index = paths.index("outlets")
    rows = [f"- {link(name, paths.rel(index, paths.outlet(slug)))} ({len(items)} bài)"
            for slug, (name, items) in site.outlets.items()]
    pages[index] = page_text("Nguồn bài viết", ["\n".join(rows)], "Các báo và cổng thông tin có bài trong kho.")
    registries = site.registries
    for slug, (name, items) in site.outlets.items():
        page = paths.outlet(slug)
        body = [link("← Mọi nguồn", paths.rel(page, index))]
        outlet = registries.outlet(name) if registries else None
        if outlet and outlet.description:
            body.append(escape(outlet.description))
        body.append(article_list(page, items))
        pages[page] = page_text(name, body, f"{len(items)} bài viết của {name}.")
    return pages


def render_tags(site: Site) -> dict[str, str]:
    pages = {}
    index = paths.index("tags")
    names = site.registries
    rows = [f"- {link(names.tag_name(slug), paths.rel(index, paths.tag(slug)))} ({len(items)} bài)"
            for slug, items in sorted(site.tags.items(), key=lambda kv: (-len(kv[1]), kv[0]))]
    pages[index] = page_text("Chủ đề", ["\n".join(rows) or "_Chưa có chủ đề._"],
                             "Các chủ đề của kho lưu trữ, với số bài.")
    for slug, items in site.tags.items():
        page = paths.tag(slug)
        body = [link("← Mọi chủ đề", paths.rel(page, index))]
        description = names.tag_description(slug)
        if description:
            body.append(f"_{escape(description)}_")
        body.append(articles_per_year(a.year for a in items))
        body.append(article_list(page, items, with_lead=True))
        pages[page] = page_text(names.tag_name(slug), body, description)
    return pages


def render_people(site: Site) -> dict[str, str]:
    pages = {}
    index = paths.index("people")
    rows = [f"- {link(p.name, paths.rel(index, paths.person(key)))} ({len(p.mentions)} bài)"
            for key, p in site.people.items()]
    pages[index] = page_text("Nhân vật", ["\n".join(rows) or "_Chưa có nhân vật._"],
                             "Những người được nêu tên trong các bài viết.")
    for key, person in site.people.items():
        page = paths.person(key)
        roles = [f"- **{a.date.strftime('%d/%m/%Y')}**: {escape(', '.join(m.roles))} "
                 f"({link(a.title, paths.rel(page, paths.article(a)))})"
                 for a, m in person.mentions if m.roles]
        body = [link("← Mọi nhân vật", paths.rel(page, index)),
                articles_per_year(a.year for a in {a.slug: a for a, _ in person.mentions}.values())]
        if roles:
            body += ["## Chức vụ theo các bài viết", "\n".join(roles)]
        body += ["## Bài viết nêu tên", article_list(page, [a for a, _ in person.mentions])]
        pages[page] = page_text(person.name, body, f"{person.name}: {len(person.mentions)} bài viết.")
    return pages


def render_entities(site: Site, section: str, title: str, intro: str) -> dict[str, str]:
    """Organisations or places: an index with counts and one page each."""
    entries = site.organisations if section == "organisations" else site.places
    page_of = paths.organisation if section == "organisations" else paths.place
    pages = {}
    index = paths.index(section)
    rows = [f"- {link(e.name, paths.rel(index, page_of(key)))} ({len(e.articles)} bài)"
            for key, e in entries.items()]
    pages[index] = page_text(title, ["\n".join(rows) or "_Chưa có mục nào._"], intro)
    for key, entry in entries.items():
        page = page_of(key)
        body = [link(f"← {title}", paths.rel(page, index)), article_list(page, entry.articles)]
        pages[page] = page_text(entry.name, body, f"{entry.name}: {len(entry.articles)} bài viết.")
    return pages
