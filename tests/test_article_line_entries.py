"""An index page's article entry made from parts kept per article (perf round 9,
render/indexes.py _entry) equals the entry made link by link (listing.line of
listing.anchor with paths.href), from every kind of page, on titles and outlets
holding what HTML must escape; and a kept entry never outlives its article."""
from __future__ import annotations

import datetime as dt
import gc

import pytest

from archive.models import Article
from archive.render import indexes, listing
from archive.render.markup import text
from archive.site import paths
from archive.text.dates import numeric_date

PAGES = ["index.md", "tags/x.md", "tags/x/2.md", "people/index.md", "people/index/12.md", "years/2020.md",
         "documents/12-nq-tw.md", "articles/2020/a.md", "articles/2019/b.md", "articles/index.md",
         "outlets/bao-x.md", "a.md"]
TITLES = ["Hội nghị Ban Chấp hành", "A & B <script>", 'Tiêu đề "trích" \'đơn\'', "1. Mở đầu", "# Không phải tiêu đề",
          "x" * 300, ""]
OUTLETS = ["Báo Nhân Dân", "Tạp chí <Cộng sản> & Đảng", "", 'Báo "X"']


def _article(title: str, outlet: str, day: dt.date, slug: str) -> Article:
    return Article(source_file=f"corpus/{slug}.txt", title=title, date=day, outlet=outlet, lead="", blocks=(),
                   slug=slug)


def _plain(page: str, article: Article) -> str:
    return listing.line(listing.anchor(article.title, page, paths.article(article)),
                        first=numeric_date(article.date))


@pytest.mark.parametrize("page", PAGES)
def test_entry_equals_the_entry_made_link_by_link(page):
    for n, title in enumerate(TITLES):
        for m, outlet in enumerate(OUTLETS):
            for day in (dt.date(2020, 1, 5), dt.date(1999, 12, 31)):
                article = _article(title, outlet, day, f"{day.isoformat()}-s{n}-{m}")
                assert indexes.article_line(page, article) == _plain(page, article)
                assert indexes.article_line(page, article) == _plain(page, article)  # kept parts, again
                assert indexes.article_line(page, article, with_lead=True).startswith(_plain(page, article))
                if outlet:  # the outlet is not repeated on every line (issue 17's size budget)
                    assert text(outlet) not in indexes.article_line(page, article)


def test_a_kept_entry_goes_with_its_article():
    article = _article("Tiêu đề", "Báo", dt.date(2021, 3, 4), "2021-03-04-tieu-de")
    indexes.article_line("tags/x.md", article)
    key = id(article)
    assert key in indexes._ENTRIES
    del article
    gc.collect()
    assert key not in indexes._ENTRIES


def test_another_article_at_a_freed_address_gets_its_own_entry():
    # Objects made and freed in turn often reuse one address: the entry must follow the object.
    seen = set()
    for n in range(200):
        article = _article(f"Bài {n}", f"Báo {n}", dt.date(2020, 1, 1 + n % 28), f"s{n}")
        seen.add(id(article))
        assert indexes.article_line("years/2020.md", article) == _plain("years/2020.md", article)
        del article
    assert len(seen) < 200  # the addresses were reused, and every entry still matched its article


def test_an_article_pages_chip_equals_its_anchor_from_any_page():
    from archive.render import article as article_render
    names = ["Nguyễn Văn A", "A & B <i>", 'Tên "kép"', "Hà Nội"]
    targets = ["people/nguyen-van-a.md", "places/ha-noi.md", "tags/x.md", "articles/2020/b.md",
               "organisations/o.md", "articles/2019/c.md"]
    for page in PAGES:
        for name in names:
            for target in targets:
                assert article_render._chips("Nhân vật", page, [(name, target)]) == \
                    listing.chips("Nhân vật", [listing.anchor(name, page, target)])
    article_render._CHIPS.clear()


def test_a_tag_pages_entry_shows_the_start_of_a_long_lead_cut_at_a_word():
    lead = "Hội nghị " + "thống nhất yêu cầu đổi mới " * 20
    article = Article(source_file="corpus/x.txt", title="Tiêu đề", date=dt.date(2021, 3, 4), outlet="Báo",
                      lead=lead, blocks=(), slug="2021-03-04-tieu-de")
    shown = indexes.article_line("tags/x.md", article, with_lead=True).split("<br />\n", 1)[1]
    assert shown.endswith("…") and len(shown) <= indexes.TAG_LEAD_CHARS + 1
    assert lead.startswith(shown[:-1])
    short = Article(source_file="corpus/y.txt", title="Tiêu đề", date=dt.date(2021, 3, 4), outlet="Báo",
                    lead="Một câu ngắn.", blocks=(), slug="2021-03-04-ngan")
    assert indexes.article_line("tags/x.md", short, with_lead=True).endswith("<br />\nMột câu ngắn.")
