"""Site model -> the documents index and one page per cited document. Pure."""
from __future__ import annotations

from collections import defaultdict

from . import paths
from .charts import citations_over_time
from .markdown import escape, link
from .render_article import document_label
from .render_indexes import page_text
from .site import DocumentEntry, Site

KIND_TITLES = {"party": "Văn bản của Đảng", "plenum": "Nghị quyết Hội nghị Trung ương, Đại hội (không số)",
               "state": "Văn bản quy phạm pháp luật của Nhà nước"}


def highlighted_sentence(sentence: str, cited: str) -> str:
    """The citing sentence, escaped, with the citation marked."""
    at = sentence.find(cited)
    if at < 0:
        return escape(sentence)
    return (escape(sentence[:at]) + "<mark>" + escape(cited) + "</mark>"
            + escape(sentence[at + len(cited):]))


def qualifier(entry: DocumentEntry) -> str:
    """What tells two documents of one number apart: date, year, or when it was cited."""
    date = getattr(entry.info, "date", None) if entry.info else None
    if date:
        return date.strftime("%d/%m/%Y")
    if entry.first.year:
        return str(entry.first.year)
    return f"nhắc đến năm {entry.citations[0].article.year}"


def index_row(entry: DocumentEntry, page: str) -> str:
    """'- [Quy định 205-QĐ/TW](...) (23/09/2019) — subject · 1 bài'"""
    title = getattr(entry.info, "title", "") if entry.info else ""
    row = f"- {link(document_label(entry.first, entry.info), paths.rel(page, paths.document(entry.key)))}"
    row += f" ({escape(qualifier(entry))})"
    if title and entry.first.number:
        row += f" — {escape(title)}"
    return row + f" · {len(entry.articles)} bài"


def _facts(entry: DocumentEntry, site: Site, page: str) -> list[str]:
    info, ref = entry.info, entry.first
    rows = []
    if ref.number:
        rows.append(("Số hiệu", ref.number))
    rows.append(("Loại văn bản", ref.type or "?"))
    issuing_body = getattr(info, "issuing_body", "") if info else ""
    if issuing_body or ref.issuer:
        rows.append(("Cơ quan ban hành", issuing_body or ref.issuer))
    date = getattr(info, "date", None) if info else None
    if date:
        rows.append(("Ngày ban hành", date.strftime("%d/%m/%Y")))
    elif ref.year:
        rows.append(("Năm", str(ref.year)))
    term = getattr(info, "term", "") if info else ""
    if term:
        rows.append(("Khóa", term))
    title = getattr(info, "title", "") if info else ""
    if title:
        rows.append(("Trích yếu", title))
    lines = [f"- **{name}:** {escape(str(value))}" for name, value in rows]
    aliases = getattr(info, "aliases", ()) if info else ()
    if aliases:
        lines.append("- **Còn gọi là:** " + "; ".join(escape(a) for a in aliases))
    for label, keys in (("Thay thế", getattr(info, "replaces", ())),
                        ("Được thay thế bởi", getattr(info, "replaced_by", ()))):
        for key in keys or ():
            lines.append(f"- **{label}:** {_document_link(key, site, page)}")
    if not ref.resolved:
        lines.append("- _Văn bản này chưa có trong danh mục (corpus/documents.yml)._")
    return lines


def _document_link(key: str, site: Site, page: str) -> str:
    """Link to a related document; it may have no page when no article cites it."""
    entry = site.documents.get(key)
    name = document_label(entry.first, entry.info) if entry else _registry_label(key, site)
    return link(name, paths.rel(page, paths.document(key))) if entry else escape(name)


def _registry_label(key: str, site: Site) -> str:
    info = site.registries.document(key) if site.registries else None
    if info is None:
        return key
    return f"{info.type} {info.number}".strip() if info.number else info.title or key


def render_document(entry: DocumentEntry, site: Site) -> str:
    page = paths.document(entry.key)
    body = [link("← Mọi văn bản", paths.rel(page, paths.index("documents")))]
    body += ["\n".join(_facts(entry, site, page))]
    body.append(f"## Các bài viết trích dẫn ({len(entry.articles)})")
    body.append(citations_over_time([a.date for a in entry.articles]))
    by_article: dict[str, list] = defaultdict(list)
    order = []
    for citation in entry.citations:
        if citation.article.slug not in by_article:
            order.append(citation.article)
        by_article[citation.article.slug].append(citation.ref)
    for article in order:
        body.append(f"### {link(article.title, paths.rel(page, paths.article(article)))}")
        body.append(f"{article.date.strftime('%d/%m/%Y')} · {escape(article.outlet)}")
        quotes = []
        for ref in by_article[article.slug]:
            quote = f"> {highlighted_sentence(ref.sentence, ref.text)}"
            if quote not in quotes:
                quotes.append(quote)
        body.append("\n>\n".join(quotes))
    title = f"{document_label(entry.first, entry.info)} ({qualifier(entry)})"
    return page_text(title, body, f"{title}: {len(entry.articles)} bài viết trích dẫn.")


def render_documents(site: Site) -> dict[str, str]:
    pages = {paths.document(key): render_document(entry, site) for key, entry in site.documents.items()}
    index = paths.index("documents")
    groups: dict[tuple[str, str, str], list[DocumentEntry]] = defaultdict(list)
    for entry in site.documents.values():
        groups[(entry.first.kind, entry.first.type, entry.first.issuer)].append(entry)
    body = [f"Kho nhắc đến **{len(site.documents)}** văn bản qua **{site.reference_count}** lần trích dẫn."]
    for kind in ("party", "plenum", "state"):
        keys = sorted(k for k in groups if k[0] == kind)
        if not keys:
            continue
        body.append(f"## {KIND_TITLES[kind]}")
        for _, type_word, issuer in keys:
            heading = " · ".join(x for x in (type_word, issuer) if x) or "Khác"
            rows = [index_row(e, index)
                    for e in sorted(groups[(kind, type_word, issuer)], key=lambda e: (-len(e.articles), e.key))]
            body += [f"### {escape(heading)}", "\n".join(rows)]
    unresolved = site.unresolved
    body.append(f"## Chưa xác định trong danh mục ({len(unresolved)})")
    body.append("Các văn bản dưới đây được nhắc đến nhưng chưa có trong `corpus/documents.yml`; "
                "bổ sung để có tên đầy đủ và ngày ban hành.")
    body.append("\n".join(index_row(e, index) for e in unresolved) or "_Không có._")
    pages[index] = page_text("Văn bản được trích dẫn", body,
                             "Nghị quyết, chỉ thị, quy định, kế hoạch... được nhắc đến trong các bài viết.")
    return pages
