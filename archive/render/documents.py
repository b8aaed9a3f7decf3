"""Site model -> the documents index and the pages of each cited document. Pure.

Both are split into numbered pages (render/pagination.py) when long: a document's citing
articles CITING_PER_PAGE a page, the index ENTRIES_PER_PAGE rows a page."""
from __future__ import annotations

from collections import defaultdict

from archive.render import pagination
from archive.site import paths
from archive.render.charts import citations_over_time
from archive.text.dates import numeric_date
from archive.render import listing
from archive.render.markup import address_target, escape, link, text
from archive.render.quote_window import quoted_window
from archive.render.pagination import framed, paginate
from archive.registry.outlets import host_of
from archive.site.documents import base_label, document_name, particular_body
from archive.render.indexes import list_pages, page_text
from archive.registry.vocabulary import KIND_TITLES, STATUSES, issuing_body_name
from archive.site.model import DocumentEntry, Site


CITING_HEADING = "Các bài viết trích dẫn"  # search leaves this section out


def qualifier(entry: DocumentEntry) -> str:
    """When it was issued: its date, its year, or when it was first cited."""
    date = entry.info.date if entry.info else None
    if date:
        return numeric_date(date)
    if entry.first.year:
        return str(entry.first.year)
    return f"nhắc đến năm {entry.citations[0].article.year}"


def index_row(entry: DocumentEntry, page: str) -> str:
    """'<a>Quy định 205-QĐ/TW</a> (23/09/2019) — subject · 1 bài', one item of an HTML
    list (archive/render/listing.py: the index is the largest listing of the site)."""
    title = entry.info.title if entry.info else ""
    row = listing.anchor(entry.label, page, paths.document(entry.key))
    when = qualifier(entry)
    if when not in entry.label:  # a label told apart by its year says it already
        row += f" ({text(when)})"
    if title and entry.first.number:
        row += f" — {text(title)}"
    return row + f" · {len(entry.articles)} bài"


# The names of a document's facts, as the page shows them (fact_rows); search
# (search/records.py) keeps the number, subject, issuer and date apart by these names.
NUMBER_FACT, TYPE_FACT, ISSUER_FACT = "Số hiệu", "Loại văn bản", "Cơ quan ban hành"
DATE_FACT, YEAR_FACT, TERM_FACT = "Ngày ban hành", "Năm ban hành", "Khóa"
SIGNER_FACT, SUBJECT_FACT, STATUS_FACT, SOURCE_FACT = "Người ký", "Trích yếu", "Tình trạng", "Toàn văn (trang ngoài)"
ALIASES_FACT = "Còn gọi là"
# Said on the page of a document the registry does not know, in a reader's words (a
# paragraph with a class: search leaves it out, it is not the document's text).
UNKNOWN_NOTE = ("Kho chưa có thông tin chính thức về văn bản này (ngày ban hành, trích yếu, toàn văn): "
                "những gì ghi ở đây lấy từ các bài viết trích dẫn nó.")
RELATION_LABELS = (("replaces", "Thay thế"), ("replaced_by", "Được thay thế bởi"),
                   ("guides", "Hướng dẫn, triển khai thực hiện"), ("guided_by", "Văn bản hướng dẫn, triển khai"))


def fact_rows(entry: DocumentEntry, site: Site, page: str) -> list[tuple[str, str, str]]:
    """(name, text, Markdown) of each fact a legal database shows, in its order; nothing
    unknown is shown as known. The page shows the Markdown (`page`: where links start
    from), search (archive/search/records.py) reads the text."""
    info, ref, ident = entry.info, entry.first, entry.identity
    rows: list[tuple[str, str, str]] = []

    def fact(name: str, value: str, markdown: str | None = None) -> None:
        rows.append((name, value, escape(value) if markdown is None else markdown))

    if ref.number:
        fact(NUMBER_FACT, ref.number)
    fact(TYPE_FACT, ref.type or "chưa rõ")
    if ident.issuing_body:
        unnamed = "" if particular_body(ident) else " (các bài viết trích dẫn không nêu địa phương)"
        fact(ISSUER_FACT, ident.issuing_body + unnamed)
    date = info.date if info else None
    if date:
        fact(DATE_FACT, numeric_date(date))
    elif ref.year or (info and info.year):
        fact(YEAR_FACT, str(ref.year or info.year))
    if ident.term:
        whose = f" (khóa của {ident.issuing_body})" if ident.local and particular_body(ident) else ""
        fact(TERM_FACT, ident.term + whose + (" (theo năm bài viết trích dẫn)" if ident.term_from_citation else ""))
    if info and info.signer:
        fact(SIGNER_FACT, info.signer)
    if info and info.title:
        fact(SUBJECT_FACT, info.title)
    if info and info.status:
        fact(STATUS_FACT, STATUSES[info.status])
    for field, label in RELATION_LABELS:
        keys = getattr(info, field) if info else ()
        if keys:
            fact(label, "; ".join(_document_name(key, site) for key in keys),
                 "; ".join(_document_link(key, site, page) for key in keys))
    if info and info.source:
        fact(SOURCE_FACT, host_of(info.source), _source_link(info.source))
    if info and info.aliases:
        fact(ALIASES_FACT, "; ".join(info.aliases), "; ".join(escape(a) for a in info.aliases))
    return rows


def _facts(entry: DocumentEntry, site: Site, page: str) -> list[str]:
    """The summary, the facts as a list, and the note on a document the registry lacks."""
    info = entry.info
    lines = [f"- **{name}:** {markdown}" for name, _, markdown in fact_rows(entry, site, page)]
    summary = [escape(info.summary), ""] if info and info.summary else []
    note = ["", f"_{escape(UNKNOWN_NOTE)}_\n{{ .document-note }}"] if info is None else []
    return summary + lines + note


def _source_link(address: str) -> str:
    """The official text, named by its site so a reader knows where the link leads."""
    return link(host_of(address), address_target(address))


def _document_name(key: str, site: Site) -> str:
    entry = site.documents.get(key)
    return entry.label if entry else _registry_label(key, site)


def _document_link(key: str, site: Site, page: str) -> str:
    """Link to a related document; it may have no page when no article cites it."""
    name = _document_name(key, site)
    return link(name, paths.rel(page, paths.document(key))) if key in site.documents else escape(name)


def _registry_label(key: str, site: Site) -> str:
    info = site.registries.document(key) if site.registries else None
    return document_name(info.number, info.type, info.title, key) if info else key


def render_document(entry: DocumentEntry, site: Site) -> dict[str, str]:
    """A document's pages: its facts and chart on page 1, then the citing articles
    (oldest first, as cited), each with its quoted sentences, CITING_PER_PAGE a page."""
    by_article: dict[str, list] = defaultdict(list)
    order = []
    for citation in entry.citations:
        if citation.article.slug not in by_article:
            order.append(citation.article)
        by_article[citation.article.slug].append(citation.ref)
    count = len(entry.articles)
    first = paths.document(entry.key)

    def header(page: str) -> list[str]:
        return ["\n".join(_facts(entry, site, page))]

    def above(part) -> list[str]:
        heading = f"## {CITING_HEADING} ({count})"
        # the chart of every citation, on page 1 only
        chart = citations_over_time([a.date for a in entry.articles]) if part.first else ""
        return [heading, chart] if chart else [heading]  # no chart of a single bar

    def citing(page: str, articles) -> list[str]:
        # HTML blocks (render/listing.py): a document cited by hundreds of articles is
        # the costliest page for Python-Markdown to convert (README "Performance")
        return [listing.cited_in(listing.anchor(article.title, page, paths.article(article)),
                                 f"{numeric_date(article.date)} · {article.outlet}",
                                 list(dict.fromkeys(quoted_window(ref.sentence, ref.text)
                                                    for ref in by_article[article.slug])))
                for article in articles]

    title = document_title(entry)
    return list_pages(first, order, ("← Mọi văn bản", paths.index("documents")), title,
                      f"{title}: {count} bài viết trích dẫn.", citing, header=header, above=above,
                      size=pagination.CITING_PER_PAGE)


def document_title(entry: DocumentEntry) -> str:
    """The title of a document's page: its label, with when it was issued unless the
    label already tells it apart by that."""
    told_apart = entry.label != base_label(entry.first, entry.info)
    return entry.label if told_apart else f"{entry.label} ({qualifier(entry)})"


def render_documents(site: Site) -> dict[str, str]:
    pages = {}
    for entry in site.documents.values():
        pages.update(render_document(entry, site))
    index = paths.index("documents")
    summary = f"Kho nhắc đến **{len(site.documents)}** văn bản qua **{site.reference_count}** lần trích dẫn."
    about = "Nghị quyết, chỉ thị, quy định, kế hoạch... được nhắc đến trong các bài viết."
    for part in paginate(index, index_rows(site), pagination.ENTRIES_PER_PAGE):
        body = [summary, *framed(part, "mục", index_blocks(part))]
        pages[part.path] = page_text("Văn bản được trích dẫn", body, about, part=part)
    return pages


IndexRow = tuple[tuple[str, ...], DocumentEntry | None]  # (headings above it, the document)


def index_rows(site: Site) -> list[IndexRow]:
    """Every row of the documents index, in order, with the blocks it stands under
    (section and group headings), so that a page starting mid-group repeats them.
    Documents not in the registry are listed twice: in their group, and at the end."""
    groups: dict[tuple[str, str, str], list[DocumentEntry]] = defaultdict(list)
    for entry in site.documents.values():
        groups[(entry.first.kind, entry.first.type, entry.first.issuer)].append(entry)
    rows: list[IndexRow] = []
    for kind in KIND_TITLES:  # in the index's order
        for _, type_word, issuer in sorted(k for k in groups if k[0] == kind):
            heading = " · ".join(x for x in (type_word, issuing_body_name(issuer) or issuer) if x) or "Khác"
            for entry in sorted(groups[(kind, type_word, issuer)], key=lambda e: (-len(e.articles), e.key)):
                rows.append(((f"## {KIND_TITLES[kind]}", f"### {escape(heading)}"), entry))
    unresolved = site.unresolved
    missing = (f"## Văn bản chưa có thông tin chính thức ({len(unresolved)})",
               "Kho chỉ biết các văn bản dưới đây qua những bài viết trích dẫn chúng: "
               "chưa có trích yếu, ngày ban hành hay đường dẫn đến toàn văn.")
    return rows + ([(missing, entry) for entry in unresolved] or [(missing, None)])


def index_blocks(part) -> list[str]:
    """One page of the index: each group's rows as one list under its headings, which
    are written when they change."""
    blocks: list[str] = []
    above: tuple[str, ...] = ()
    rows: list[str] = []

    def close() -> None:
        if rows:
            blocks.append(listing.items(rows))
            rows.clear()

    for headings, entry in part.items:
        if headings != above:
            close()
            shared = next((i for i, (a, b) in enumerate(zip(above, headings)) if a != b),
                          min(len(above), len(headings)))
            blocks += headings[shared:]
            above = headings
        if entry:
            rows.append(index_row(entry, part.path))
        else:
            blocks.append("_Không có._")
    close()
    return blocks
