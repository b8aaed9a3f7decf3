"""Golden tests: every field the reader extracts from each of the five seeds."""
import datetime as dt

import pytest

from archive import models
from archive.registry.outlets import load_outlets
from archive.read.reader import read_article
from seeds import CORPUS, SEEDS, body_sentences, chrome_lines, squash

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def outlets():
    return load_outlets(CORPUS / "outlets.yml", "corpus/outlets.yml")


@pytest.fixture(scope="module")
def articles(outlets):
    return {name: read_article(CORPUS / name, f"corpus/{name}", outlets, TODAY) for name in SEEDS}


@pytest.mark.parametrize("name", sorted(SEEDS))
@pytest.mark.parametrize("field", ["title", "kicker", "date", "time", "outlet", "author"])
def test_metadata(articles, name, field):
    assert getattr(articles[name], field) == SEEDS[name][field]


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_lead(articles, name):
    lead = articles[name].lead
    assert lead.startswith(SEEDS[name]["lead_start"])
    assert lead.endswith(SEEDS[name]["lead_end"])
    assert not lead.startswith("(")  # the outlet marker "(HNM) -" is not part of the lead


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_headings_captions_items(articles, name):
    blocks = articles[name].blocks
    assert [b.text for b in blocks if b.kind == models.HEADING] == SEEDS[name]["headings"]
    assert [b.text for b in blocks if b.kind == models.CAPTION] == SEEDS[name]["captions"]
    items = [b for b in blocks if b.kind == models.ITEM]
    assert [b.number for b in items] == [str(n) for n in range(1, SEEDS[name]["items"] + 1)]


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_no_sentence_lost(articles, name):
    article = articles[name]
    text = squash(" ".join([article.kicker, *article.passages()]))
    missing = [s for s in body_sentences(name) if s not in text]
    assert not missing, missing[:3]


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_no_chrome_kept(articles, name):
    article = articles[name]
    kept = {squash(b.text) for b in article.blocks} | {squash(article.lead)}
    for line in chrome_lines(name):
        assert line not in kept


def test_slug_is_date_and_title(articles):
    article = articles["001_81575007fd454df7.txt"]
    assert article.slug == "2018-07-16-kiem-soat-chat-che-viec-thuc-hien-cac-khau-ngan-chan-tieu"


def test_captions_printed_twice_come_out_once(articles):
    texts = [b.text for b in articles["002_f8e350386cea451d.txt"].blocks]
    assert texts.count("Đồng chí Nguyễn Văn Nên phát biểu tại Hội nghị") == 1


def test_other_articles_list_is_dropped(articles):
    text = " ".join(articles["004_fcee553b60d4e29b.txt"].passages())
    assert "80-QĐ/TW" not in text and "Các bài viết khác" not in text
