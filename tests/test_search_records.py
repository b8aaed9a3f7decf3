"""Search records made by build_pages from the site model (archive/search/records.py):
what a result shows is the text as written, never escaped, and the page's furniture and
other pages' titles stay out of its body. Each record is the one the built page would
give: the seeds' index is byte for byte what reading their built HTML gave (see the
closing note of issue 17), and tests/test_search_dirty.py builds sites with it."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from archive import models
from archive.registry.registries import load_registries
from archive.search.records import (RECORDS, article_record, article_record_text, document_record,
                                    record_path, section_records)
from archive.site import paths
from archive.site.model import build_site
from archive.site.paths import is_continuation
from test_renderers import REGISTRIES, known_articles


def known_site(tmp_path: Path, articles=None):
    for name, text in REGISTRIES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    registries = load_registries(tmp_path)
    articles = articles or known_articles()
    return build_site(articles, related={a.slug: () for a in articles}, document_info=registries.document,
                      registries=registries)


def test_an_article_record_is_its_own_text_without_furniture(tmp_path):
    site = known_site(tmp_path)
    one = site.by_slug["2020-06-01-ra-soat-quy-hoach-can-bo"]
    record = article_record(one, site)
    assert record["k"] == "article" and record["t"] == "Rà soát quy hoạch cán bộ"
    assert record["d"] == "01/06/2020" and record["o"] == "Báo Mẫu"
    assert record["l"] == "Thực hiện Quy định số 105-QĐ/TW, Ban Tổ chức rà soát quy hoạch."
    # heading, paragraph (as written: no escapes), caption, list items; never the title
    assert record["b"] == "Kết quả\nĐã xong <b>1</b> & *2*.\nQuang cảnh hội nghị\nRà soát.\nBổ sung."
    assert record["w"] == "Công tác cán bộ · Nguyễn Văn B · Ban Tổ chức Tỉnh ủy · Hà Nội"  # tag by its name
    assert record["n"][0] == "105-QĐ/TW" and "105-qđ/tu" in record["n"]
    for furniture in ("Nguyễn Văn A", "example.org", "TCCSĐ", "Sinh hoạt chi bộ", "Tệp nguồn", "Năm 2020"):
        assert furniture not in record["b"] + record["l"], furniture


@settings(max_examples=100, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(str.strip),
       st.text(st.sampled_from('aĐ &<>"*_\\[]#'), min_size=1, max_size=20).filter(str.strip))
def test_any_title_and_text_reach_the_record_as_written(tmp_path_factory, title, text):
    """Issue 16 item 14: results showed &quot;Tiêu đề&quot; &amp;."""
    one = dataclasses.replace(known_articles()[1], title=title, outlet=text,
                              blocks=(models.Block(models.PARAGRAPH, text, 4),))
    site = known_site(tmp_path_factory.mktemp("m"), [one])
    record = article_record(site.articles[0], site)
    assert record["t"] == " ".join(title.split()) and record["o"] == text
    assert record["b"] == " ".join(text.split())


def test_a_document_record_holds_its_facts_not_the_back_link_nor_citing_articles(tmp_path):
    site = known_site(tmp_path)
    record = document_record(site.documents["105-qd-tw-2017"], site)
    assert record["k"] == "document" and record["t"] == "Quy định 105-QĐ/TW (2017)"
    assert record["d"] == "2017"  # known by its year only: dated by it
    assert record["n"][0] == "105-QĐ/TW"
    assert record["b"].startswith("Loại văn bản: Quy định\nCơ quan ban hành: ")
    for furniture in ("←", "Mọi văn bản", "Số hiệu", "thông tin chính thức", "Rà soát quy hoạch", "Thực hiện"):
        assert furniture not in record["l"] + record["b"], furniture


def test_a_document_the_registry_knows_has_its_date_issuer_and_subject(tmp_path):
    known = ("documents:\n  - key: 105-qd-tw-2017\n    number: 105-QĐ/TW\n    type: Quy định\n    kind: party\n"
             "    issuing_body: Bộ Chính trị\n    date: 2017-12-19\n    title: Về phân cấp quản lý cán bộ\n"
             "    summary: Ai quản lý cán bộ nào.\n")
    for name, text in {**REGISTRIES, "documents.yml": known}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    registries = load_registries(tmp_path)
    site = build_site(known_articles(), related={}, document_info=registries.document, registries=registries)
    record = document_record(site.documents["105-qd-tw-2017"], site)
    assert record["d"] == "19/12/2017" and record["l"] == "Về phân cấp quản lý cán bộ"
    assert record["o"] == "Bộ Chính trị"
    assert record["b"].startswith("Ai quản lý cán bộ nào.\n")  # the summary, then the other facts
    assert "Trích yếu" not in record["b"] and "Số hiệu" not in record["b"]


def test_entity_records_are_names_roles_and_counts_not_the_articles_listed(tmp_path):
    site = known_site(tmp_path)
    records = {}
    for section in ("people", "organisations", "places", "tags"):
        records.update({path: json.loads(text) for path, text in section_records(site, section).items()})
    person = records[record_path(paths.person("nguyen-van-b"))]
    assert person == {"k": "person", "t": "Nguyễn Văn B", "d": "", "o": "1 bài viết", "l": "", "w": "",
                      "n": [], "b": "Bí thư Tỉnh ủy"}
    tag = records[record_path(paths.tag("cong-tac-can-bo"))]
    assert tag["t"] == "Công tác cán bộ" and tag["l"] == "Cán bộ các cấp." and tag["o"] == "2 bài viết"
    assert tag["b"] == ""
    assert records[record_path(paths.place("ha-noi"))]["k"] == "place"
    assert records[record_path(paths.organisation("ban-to-chuc-tinh-uy"))]["o"] == "1 bài viết"


def test_records_sit_beside_page_one_of_the_pages_readers_look_for(tmp_path):
    """Not for index pages, years, outlets, the home page, nor page 2, 3... of a list."""
    site = known_site(tmp_path)
    made = [record_path(paths.article(a)) for a in site.articles]
    assert json.loads(article_record_text(site.articles[0], site)) == article_record(site.articles[0], site)
    for section in ("home", "years", "outlets", "documents", "tags", "people", "organisations", "places"):
        made += list(section_records(site, section))
    assert all(path.startswith(RECORDS + "/") and path.endswith(".json") for path in made)
    pages = {path[len(RECORDS) + 1:-len(".json")] + ".md" for path in made}
    assert pages == {paths.article(a) for a in site.articles} | {paths.document(k) for k in site.documents} \
        | {paths.person(k) for k in site.people} | {paths.organisation(k) for k in site.organisations} \
        | {paths.place(k) for k in site.places} | {paths.tag(k) for k in site.tags}
    assert not any(is_continuation(page) or page.endswith("index.md") for page in pages)
    assert record_path("documents/18-nq-tw-2017.md") == "data/.search/documents/18-nq-tw-2017.json"


def test_a_count_is_written_as_the_page_writes_it(tmp_path):
    many = [dataclasses.replace(known_articles()[1], slug=f"2021-03-02-bai-{n}", source_file=f"corpus/{n}.txt",
                                date=dt.date(2021, 3, 2)) for n in range(1234)]
    site = known_site(tmp_path, many)
    tag = json.loads(section_records(site, "tags")[record_path(paths.tag("cong-tac-can-bo"))])
    assert tag["o"] == "1.234 bài viết"
