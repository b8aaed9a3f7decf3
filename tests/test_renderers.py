"""The renderers on a known model: two hand-made articles, every page the renderers make
of them compared with committed expected pages (tests/golden/renderers/). No reader,
and registries of one tag and one outlet: a change here is a change of rendering alone.

After an intended change: UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_renderers.py
"""
from __future__ import annotations

import datetime as dt
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from archive import models
from archive.render.article import render_article
from archive.render.documents import render_documents
from archive.render.export import render_export
from archive.render.feed import render_feed
from archive.render.indexes import render_entities, render_home, render_outlets, render_people, render_tags, \
    render_years
from archive.registry.registries import load_registries
from archive.site.model import build_site

GOLDEN = Path(__file__).resolve().parent / "golden" / "renderers"


def _ref(text: str, passage: int, start: int) -> models.DocumentRef:
    return models.DocumentRef(key="105-qd-tw-2017", number="105-QĐ/TW", type="Quy định", kind="party",
                              issuer="TW", year=2017, text=text, sentence="Thực hiện " + text + ".",
                              passage=passage, start=start, end=start + len(text), resolved=False)


def known_articles() -> list[models.Article]:
    lead_one = "Thực hiện Quy định số 105-QĐ/TW, Ban Tổ chức rà soát quy hoạch."
    one = models.Article(
        source_file="corpus/a.txt", title="Rà soát quy hoạch cán bộ", date=dt.date(2020, 6, 1),
        outlet="Báo Mẫu", lead=lead_one, time="08:30", author="Nguyễn Văn A", url="https://example.org/a",
        blocks=(models.Block(models.HEADING, "Kết quả", 5), models.Block(models.PARAGRAPH, "Đã xong <b>1</b> & *2*.", 6),
                models.Block(models.CAPTION, "Quang cảnh hội nghị", 7),
                models.Block(models.ITEM, "Rà soát.", 8, "1"), models.Block(models.ITEM, "Bổ sung.", 9, "2")),
        references=(_ref("Quy định số 105-QĐ/TW", 1, lead_one.index("Quy định")),),
        tags=("cong-tac-can-bo",),
        people=(models.PersonMention("nguyen-van-b", "Nguyễn Văn B", ("Bí thư Tỉnh ủy",)),),
        organisations=(models.EntityRef("ban-to-chuc-tinh-uy", "Ban Tổ chức Tỉnh ủy"),),
        places=(models.EntityRef("ha-noi", "Hà Nội"),),
        abbreviations=(("TCCSĐ", "tổ chức cơ sở đảng"),),
        slug="2020-06-01-ra-soat-quy-hoach-can-bo")
    two = models.Article(
        source_file="corpus/b.txt", title="Sinh hoạt chi bộ", date=dt.date(2021, 3, 2), outlet="Cổng Mẫu",
        lead="Chi bộ sinh hoạt chuyên đề.", blocks=(models.Block(models.PARAGRAPH, "Nội dung.", 4),),
        tags=("cong-tac-can-bo",), slug="2021-03-02-sinh-hoat-chi-bo")
    return [one, two]


REGISTRIES = {  # the smallest registries the pages need: one tag, one outlet
    "outlets.yml": "outlets:\n  - name: Báo Mẫu\n    site: https://example.org\n    description: Một tờ báo mẫu.\n",
    "documents.yml": "documents: []\n",
    "tags.yml": "tags:\n  - slug: cong-tac-can-bo\n    name: Công tác cán bộ\n    description: Cán bộ các cấp.\n"
                "    phrases: [công tác cán bộ]\n",
    "entities.yml": "people: []\norganisations: []\nplaces: []\n",
}


def rendered_pages(tmp_path: Path) -> dict[str, str]:
    for name, text in REGISTRIES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    registries = load_registries(tmp_path)
    articles = known_articles()
    site = build_site(articles, related={a.slug: tuple(b.slug for b in articles if b is not a) for a in articles},
                      document_info=registries.document, registries=registries)
    pages = {f"article-{a.slug}.md": render_article(a, site) for a in articles}
    pages["home.md"] = render_home(site, "# Trang chủ\n", len(site.documents))
    for name, render in (("years", render_years), ("outlets", render_outlets), ("tags", render_tags),
                         ("people", render_people), ("documents", render_documents)):
        pages.update({f"{name}--{page.replace('/', '--')}": text for page, text in render(site).items()})
    for section, title in (("places", "Địa danh"), ("organisations", "Tổ chức")):
        pages.update({f"{section}--{page.replace('/', '--')}": text
                      for page, text in render_entities(site, section, title, f"Các {title.lower()}.").items()})
    # the export as text (the writer gzips data/articles.json.gz: tests/test_writers.py)
    pages.update({f"export--{page.removesuffix('.gz').replace('/', '--')}": chunks.text()
                  for page, chunks in render_export(site).items()})
    pages["feed.xml"] = render_feed(site, "https://example.org/kho/", "Kho mẫu")
    return pages


def test_the_renderers_make_the_expected_pages_of_a_known_model(tmp_path):
    pages = rendered_pages(tmp_path)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for old in GOLDEN.iterdir():
            old.unlink()
        for name, text in pages.items():
            (GOLDEN / name).write_text(text, encoding="utf-8")
        pytest.skip("tests/golden/renderers/ regenerated: review `git diff tests/golden`")
    expected = {path.name: path.read_text(encoding="utf-8") for path in GOLDEN.iterdir()}
    assert sorted(pages) == sorted(expected)
    for name, text in pages.items():
        assert text == expected[name], f"{name} differs from tests/golden/renderers/{name}"


def test_the_known_model_pages_say_what_the_model_holds(tmp_path):
    """Independent of the golden files: the facts of the model reach their pages."""
    pages = rendered_pages(tmp_path)
    article = pages["article-2020-06-01-ra-soat-quy-hoach-can-bo.md"]
    assert 'title: "Rà soát quy hoạch cán bộ"' in article
    assert "Đã xong &lt;b&gt;1&lt;/b&gt; &amp; \\*2\\*." in article  # text is data
    assert "](../../documents/105-qd-tw-2017.md)" in article  # the citation is linked where it stands
    export = json.loads(pages["export--data--articles.json"])
    assert export["count"] == 2 and export["articles"][0]["title"] == "Sinh hoạt chi bộ"  # newest first
    ET.fromstring(pages["feed.xml"])  # well-formed
