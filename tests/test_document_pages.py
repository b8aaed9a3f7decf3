"""Document pages as a legal database shows them (issue 15, item 1): the facts in full,
a summary and the official text, status and relations linked both ways, the quoted
citing sentence, no contributor notes, and documents of one number told apart on every
page that names them."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from archive import models
from archive.render.article import render_article
from archive.render.documents import UNKNOWN_NOTE, render_documents
from archive.render.export import render_export
from archive.registry.registries import load_registries
from archive.site.model import build_site
from test_renderers import REGISTRIES

DOCUMENTS = """\
documents:
  - key: 105-qd-tw-2017
    number: 105-QĐ/TW
    type: Quy định
    kind: party
    issuing_body: Bộ Chính trị
    date: 2017-12-19
    term: XII
    title: Về phân cấp quản lý cán bộ
    summary: Bộ Chính trị quy định việc phân cấp quản lý cán bộ <b>và</b> bổ nhiệm.
    signer: T/M Bộ Chính trị, Thường trực Ban Bí thư Trần Quốc Vượng
    source: https://thuvienphapluat.vn/van-ban/quy-dinh-105
  - key: 80-qd-tw-2022
    number: 80-QĐ/TW
    type: Quy định
    kind: party
    date: 2022-08-18
    term: XIII
    replaces: [105-qd-tw-2017]
  - key: 26-hd-btctw-2019
    number: 26-HD/BTCTW
    type: Hướng dẫn
    kind: party
    issuing_body: Ban Tổ chức Trung ương
    date: 2019-10-18
    guides: [105-qd-tw-2017]
"""


def _ref(key, number, type_, issuer, year, text, sentence, resolved, place="", term="") -> models.DocumentRef:
    return models.DocumentRef(key=key, number=number, type=type_, kind="party", issuer=issuer, year=year,
                              text=text, sentence=sentence, passage=1, start=0, end=len(text),
                              resolved=resolved, place=place, term=term)


def _article(slug, date, refs) -> models.Article:
    return models.Article(source_file=f"corpus/{slug}.txt", title=f"Bài {slug}", date=date, outlet="Báo Mẫu",
                          lead=refs[0].sentence, blocks=(), references=tuple(refs), slug=slug)


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("registries")
    for name, text in {**REGISTRIES, "documents.yml": DOCUMENTS}.items():
        (folder / name).write_text(text, encoding="utf-8")
    registries = load_registries(folder)
    q105 = "Quy định số 105-QĐ/TW"
    articles = [
        _article("a", dt.date(2020, 6, 1), [
            _ref("105-qd-tw-2017", "105-QĐ/TW", "Quy định", "TW", 2017, q105, f"Thực hiện {q105} <script>.", True),
            _ref("01-ctr-tu-ha-noi-khoa-xiii", "01-CTr/TU", "Chương trình", "TU", None, "Chương trình 01-CTr/TU",
                 "Chương trình 01-CTr/TU của Thành ủy Hà Nội (khóa XVII).", False, "Hà Nội", "XVII")]),
        _article("b", dt.date(2022, 9, 1), [
            _ref("80-qd-tw-2022", "80-QĐ/TW", "Quy định", "TW", 2022, "Quy định 80-QĐ/TW",
                 "Quy định 80-QĐ/TW thay thế quy định cũ.", True)]),
        _article("c", dt.date(2012, 3, 1), [
            _ref("01-ctr-tu-khoa-xi", "01-CTr/TU", "Chương trình", "TU", None, "Chương trình 01/Ctr-TU",
                 "Chương trình 01/Ctr-TU về nâng cao năng lực lãnh đạo.", False)]),
    ]
    site = build_site(articles, related={}, document_info=registries.document, registries=registries)
    rendered = dict(render_documents(site))
    rendered.update({f"article-{a.slug}": render_article(a, site) for a in articles})
    rendered["export"] = render_export(site)["data/documents.json"].text()
    return rendered


def facts(page: str) -> dict[str, str]:
    return dict(re.findall(r"^- \*\*(.+?):\*\* (.*)$", page, re.M))


def test_a_known_document_shows_every_fact_a_legal_database_shows(pages):
    page = pages["documents/105-qd-tw-2017.md"]
    shown = facts(page)
    assert shown["Số hiệu"] == "105-QĐ/TW" and shown["Loại văn bản"] == "Quy định"
    assert shown["Cơ quan ban hành"] == "Bộ Chính trị" and shown["Ngày ban hành"] == "19/12/2017"
    assert shown["Khóa"] == "XII" and shown["Trích yếu"] == "Về phân cấp quản lý cán bộ"
    assert shown["Người ký"] == "T/M Bộ Chính trị, Thường trực Ban Bí thư Trần Quốc Vượng"
    assert shown["Tình trạng"] == "Đã được thay thế"
    assert shown["Toàn văn (trang ngoài)"] == "[thuvienphapluat.vn](https://thuvienphapluat.vn/van-ban/quy-dinh-105)"
    # the summary opens the page, escaped: the registry's text is data too
    assert "Bộ Chính trị quy định việc phân cấp quản lý cán bộ &lt;b&gt;và&lt;/b&gt; bổ nhiệm." in page
    # the citing sentence, quoted and marked, escaped
    assert "<blockquote>\n<p>Thực hiện <mark>Quy định số 105-QĐ/TW</mark> &lt;script&gt;.</p>" in page


def test_relations_are_linked_on_both_pages(pages):
    old, new = facts(pages["documents/105-qd-tw-2017.md"]), facts(pages["documents/80-qd-tw-2022.md"])
    assert old["Được thay thế bởi"] == "[Quy định 80-QĐ/TW](80-qd-tw-2022.md)"
    assert new["Thay thế"] == "[Quy định 105-QĐ/TW](105-qd-tw-2017.md)"
    # a related document no article cites has no page: named, not linked
    assert old["Văn bản hướng dẫn, triển khai"] == "Hướng dẫn 26-HD/BTCTW"
    assert "Tình trạng" not in new  # nothing unknown is shown as known


def test_no_public_page_carries_a_contributor_note(pages):
    for name, text in pages.items():
        if not name.startswith("documents/"):
            continue
        assert "documents.yml" not in text and "corpus/" not in text, name
        assert not re.search(r"ban hành:\*\* [A-ZĐ]{2,6}$", text, re.M), name  # a bare code like "TU"
    unknown = pages["documents/01-ctr-tu-khoa-xi.md"]
    assert UNKNOWN_NOTE in unknown
    assert facts(unknown)["Cơ quan ban hành"] == "Tỉnh ủy hoặc Thành ủy (các bài viết trích dẫn không nêu địa phương)"
    index = pages["documents/index.md"]
    assert "## Văn bản chưa có thông tin chính thức (2)" in index


def test_documents_of_one_number_are_told_apart_everywhere(pages):
    hanoi = "Chương trình 01-CTr/TU của Thành ủy Hà Nội (khóa XVII)"
    other = "Chương trình 01-CTr/TU (nhắc đến năm 2012)"
    assert pages["documents/01-ctr-tu-ha-noi-khoa-xiii.md"].count(f"# {hanoi}\n") == 1
    assert facts(pages["documents/01-ctr-tu-ha-noi-khoa-xiii.md"])["Khóa"] == "XVII (khóa của Thành ủy Hà Nội)"
    assert f"# {other}\n" in pages["documents/01-ctr-tu-khoa-xi.md"]
    index = pages["documents/index.md"]
    assert f'<a href="01-ctr-tu-ha-noi-khoa-xiii.html">{hanoi}</a>' in index
    assert f'<a href="01-ctr-tu-khoa-xi.html">{other}</a>' in index
    assert f'<a href="../../documents/01-ctr-tu-ha-noi-khoa-xiii.html">{hanoi}</a>' in pages["article-a"]
    assert f'<a href="../../documents/01-ctr-tu-khoa-xi.html">{other}</a>' in pages["article-c"]
    assert f'"label": "{hanoi}"' in pages["export"] and f'"label": "{other}"' in pages["export"]


def test_the_export_carries_the_reader_facts(pages):
    assert '"signer": "T/M Bộ Chính trị, Thường trực Ban Bí thư Trần Quốc Vượng"' in pages["export"]
    assert '"replaced_by": ["80-qd-tw-2022"]' in pages["export"]
    assert '"guided_by": ["26-hd-btctw-2019"]' in pages["export"]
