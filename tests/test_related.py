"""Related articles: ranking rules, and correctness on a generated corpus of thousands."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import pytest

from archive.enrich.entities import find_entities, load_entities
from archive.models import Article, DocumentRef, PersonMention
from archive.site.related import MIN_COMMON, features, fingerprint, related_articles
from archive.cache.pages import memo
from archive.enrich.tagging import assign_tags, load_tags
from seed_articles import CORPUS, SEED_NUMBERS, seed_article


def ref(key: str) -> DocumentRef:
    return DocumentRef(key=key, number=key, type="Nghị quyết", kind="party", issuer="TW", year=2020, text=key,
                       sentence=key, passage=2, start=0, end=1, resolved=True)


def art(slug: str, day: int = 0, docs=(), tags=(), people=()) -> Article:
    return Article(source_file=f"corpus/{slug}.txt", title=slug, date=dt.date(2020, 1, 1) + dt.timedelta(days=day),
                   outlet="x", lead="", blocks=(), references=tuple(ref(d) for d in docs), tags=tuple(tags),
                   people=tuple(PersonMention(p, p, ()) for p in people), slug=slug)


def test_two_shared_documents_outrank_a_shared_tag():
    corpus = [art("a", docs=("d1", "d2"), tags=("t",)), art("b", 300, docs=("d1", "d2")), art("c", 1, tags=("t",))]
    assert related_articles(corpus)["a"] == ("b", "c")


def test_one_document_outranks_one_person_outranks_one_tag():
    corpus = [art("a", docs=("d",), people=("p",), tags=("t",)),
              art("tag", 1, tags=("t",)), art("person", 2, people=("p",)), art("doc", 3, docs=("d",))]
    assert related_articles(corpus)["a"] == ("doc", "person", "tag")


def test_equal_evidence_goes_to_the_closest_in_time_then_newer_then_slug():
    corpus = [art("a", 10, tags=("t",)), art("far", 100, tags=("t",)), art("near", 12, tags=("t",)),
              art("before", 8, tags=("t",)), art("x2", 12, tags=("t",))]
    assert related_articles(corpus)["a"] == ("near", "x2", "before", "far")


def test_nothing_in_common_means_no_related_articles():
    result = related_articles([art("a", tags=("t",)), art("b", docs=("d",))])
    assert result == {"a": (), "b": ()}


def test_duplicate_features_count_once():
    a = art("a", docs=("d", "d"))
    assert features(a) == {("document", "d"): 3}


def test_a_feature_on_most_articles_is_ignored():
    n = MIN_COMMON * 2
    corpus = [art(f"a{i:03}", i, tags=("common",)) for i in range(n)]
    corpus.append(art("pair1", 5, tags=("common", "rare")))
    corpus.append(art("pair2", 500, tags=("common", "rare")))
    result = related_articles(corpus)
    assert result["a000"] == ()
    assert result["pair1"] == ("pair2",)


def test_empty_corpus():
    assert related_articles([]) == {}


def synthetic_corpus(n: int, seed: int = 7) -> list[Article]:
    """Articles over ten years with features drawn from pools of different sizes,
    plus planted pairs that share two documents nothing else has."""
    rng = random.Random(seed)
    articles = []
    for i in range(n):
        docs = rng.sample([f"doc{j}" for j in range(400)], rng.randint(0, 3))
        tags = rng.sample([f"tag{j}" for j in range(25)], rng.randint(0, 4))
        people = rng.sample([f"person{j}" for j in range(300)], rng.randint(0, 2))
        articles.append(art(f"s{i:05}", rng.randint(0, 3650), docs, tags, people))
    for p in range(20):
        twin_docs = (f"planted{p}a", f"planted{p}b")
        for side in (0, 1):
            index = rng.randrange(n)
            a = articles[index]
            articles[index] = replace(a, references=a.references + tuple(ref(d) for d in twin_docs))
    return articles


@pytest.fixture(scope="module")
def big() -> tuple[list[Article], dict[str, tuple[str, ...]]]:
    corpus = synthetic_corpus(4000)
    return corpus, related_articles(corpus)


def test_generated_corpus_basic_properties(big):
    corpus, result = big
    by_slug = {a.slug: a for a in corpus}
    assert set(result) == set(by_slug)
    for slug, related in result.items():
        assert slug not in related
        assert len(related) <= 5
        assert len(set(related)) == len(related)
        mine = features(by_slug[slug])
        for other in related:  # every related article shares something
            assert set(mine) & set(features(by_slug[other]))


def test_generated_corpus_ranks_by_shared_weight(big):
    corpus, result = big
    by_slug = {a.slug: a for a in corpus}
    for slug, related in list(result.items())[:500]:
        mine = features(by_slug[slug])
        weights = [sum(w for f, w in mine.items() if f in features(by_slug[o])) for o in related]
        assert weights == sorted(weights, reverse=True)


def test_generated_corpus_planted_pairs_find_each_other_first(big):
    corpus, result = big
    holders: dict[str, list[str]] = {}
    for a in corpus:
        for r in a.references:
            if r.key.startswith("planted") and r.key.endswith("a"):
                holders.setdefault(r.key, []).append(a.slug)
    checked = 0
    for slugs in holders.values():
        if len(slugs) == 2 and slugs[0] != slugs[1]:
            first, second = slugs
            # sharing two documents (6) outranks anything short of that much evidence
            top = result[first][0]
            assert top == second or _shared_weight(corpus, first, top) >= 6
            checked += 1
    assert checked >= 15


def _shared_weight(corpus, a: str, b: str) -> int:
    by_slug = {x.slug: x for x in corpus}
    mine, theirs = features(by_slug[a]), features(by_slug[b])
    return sum(w for f, w in mine.items() if f in theirs)


def test_generated_corpus_is_deterministic_whatever_the_input_order(big):
    corpus, result = big
    shuffled = corpus[:]
    random.Random(1).shuffle(shuffled)
    assert related_articles(shuffled) == result


def test_k_limits_the_list(big):
    corpus, _ = big
    assert all(len(v) <= 2 for v in related_articles(corpus[:500], k=2).values())


def test_seeds_relate_through_their_tags_and_people():
    vocabulary = load_tags(CORPUS / "tags.yml", "corpus/tags.yml")
    registry = load_entities(CORPUS / "entities.yml", "corpus/entities.yml")
    seeds = []
    for number in SEED_NUMBERS:
        a = seed_article(number)
        people = find_entities(a, registry)[0]
        seeds.append(replace(a, tags=assign_tags(a, vocabulary), people=people, slug=f"seed-{number}"))
    result = related_articles(seeds)
    # 001 and 004 share "kiểm soát quyền lực" and "công tác cán bộ"; 002 and 004 share three tags
    assert result["seed-001"][0] == "seed-004"
    assert result["seed-002"][0] == "seed-004"
    assert all(len(v) == 4 for v in result.values())  # "công tác cán bộ" links every seed


def test_fingerprint_moves_with_what_ranking_reads_only():
    corpus = [art("a", docs=("d1",), tags=("t",)), art("b", 3, docs=("d1",))]
    same = [replace(corpus[0], lead="another lead, same features"), corpus[1]]
    assert fingerprint(same) == fingerprint(corpus)
    assert fingerprint([replace(corpus[0], tags=("u",)), corpus[1]]) != fingerprint(corpus)
    assert fingerprint([corpus[0], replace(corpus[1], date=dt.date(2021, 1, 1))]) != fingerprint(corpus)


def test_memo_reuses_a_result_only_for_its_fingerprint(tmp_path):
    calls = []

    def compute():
        calls.append(1)
        return {"a": ("b",)}
    assert memo(tmp_path, "related", "f1", compute) == {"a": ("b",)}
    assert memo(tmp_path, "related", "f1", compute) == {"a": ("b",)} and len(calls) == 1
    assert memo(tmp_path, "related", "f2", compute) == {"a": ("b",)} and len(calls) == 2
    assert memo(None, "related", "f2", compute) and len(calls) == 3  # no project root: no cache


def test_ranked_on_forked_workers_or_in_process_the_result_is_the_same(big, monkeypatch):
    """The big fixture (4,000 articles) is ranked over forked workers; in one process,
    every article gets the very same related articles, in the same order."""
    from archive import parallel
    from archive.site import related
    corpus, forked = big
    assert len(corpus) >= related.PARALLEL_FROM
    monkeypatch.setattr(parallel, "workers_available", lambda: 1)
    alone = related_articles(corpus)
    assert list(alone.items()) == list(forked.items())
    assert sum(map(len, alone.values())) > len(corpus)  # not a corpus where nothing relates


def test_a_slice_worker_that_dies_is_named(monkeypatch):
    """A worker ranking a slice that dies stops the build with the slice named, not a hang."""
    import os
    from archive import parallel
    from archive.site import related
    if parallel.workers_available() < 2:
        pytest.skip("one core: nothing is forked")
    monkeypatch.setattr(related, "PARALLEL_FROM", 2)
    real = related._rank_slice

    def dying(piece):
        if piece[0] == 0:
            os._exit(3)
        return real(piece)
    monkeypatch.setattr(related, "_rank_slice", dying)
    with pytest.raises(parallel.WorkerDied) as died:
        related_articles(synthetic_corpus(40))
    assert "related articles 0-" in died.value.label
