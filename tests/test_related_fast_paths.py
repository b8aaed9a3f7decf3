"""Related articles' fast paths (perf round 9) held to the plain rules they replace:
the nearest entries in time found by a binary search against the outward walk, and the
ranking (features numbered, scores summed without a set, low scorers passed over)
against the plain ranking by shared-feature sets, on made-up corpora full of ties."""
from __future__ import annotations

import datetime as dt
import heapq
import random

import pytest

from archive.models import Article, DocumentRef, PersonMention
from archive.site import related
from archive.site.related import _nearest_in_time, _walk_nearest, article_key, features, related_articles


def _postings(rng: random.Random, count: int, share: float) -> list[int]:
    return [index for index in range(count) if rng.random() < share]


@pytest.mark.parametrize("seed", range(6))
def test_nearest_in_time_takes_what_the_walk_takes(seed):
    rng = random.Random(seed)
    # Few distinct days for many entries: ties of distance everywhere, on both sides.
    days = sorted(rng.randrange(rng.choice((3, 20, 400))) for _ in range(rng.choice((5, 60, 300))))
    for share in (0.05, 0.3, 1.0):
        posting = _postings(rng, len(days), share)
        for index in range(len(days)):
            for cap in (0, 1, 2, 5, 40, 1000):
                fast = _nearest_in_time(posting, index, days, cap)
                walked = _walk_nearest(posting, index, days, cap)
                assert sorted(fast) == sorted(walked), (seed, share, index, cap)
                assert len(fast) == len(set(fast)) and index not in fast


def test_nearest_in_time_of_an_entry_not_in_the_list_and_at_its_ends():
    days = [0, 0, 1, 1, 1, 2, 5, 5, 9]
    posting = [0, 2, 3, 6, 8]
    for index in range(len(days)):  # 1, 4, 5, 7 are not in the list
        for cap in range(7):
            assert sorted(_nearest_in_time(posting, index, days, cap)) == \
                sorted(_walk_nearest(posting, index, days, cap))
    assert _nearest_in_time([], 0, [0], 3) == []
    assert _nearest_in_time([0], 0, [0], 3) == []


def _ref(key: str) -> DocumentRef:
    return DocumentRef(key=key, number=key, type="Nghị quyết", kind="party", issuer="TW", year=2020, text=key,
                       sentence=key, passage=2, start=0, end=1, resolved=True)


def _corpus(seed: int, count: int) -> list[Article]:
    rng = random.Random(seed)
    out = []
    for n in range(count):
        docs = rng.sample([f"d{i}" for i in range(12)], rng.randrange(3))
        people = rng.sample([f"p{i}" for i in range(15)], rng.randrange(3))
        tags = rng.sample([f"t{i}" for i in range(6)], rng.randrange(4))
        out.append(Article(source_file=f"corpus/a{n}.txt", title=f"a{n}", outlet="x", lead="", blocks=(),
                           date=dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(40)),
                           references=tuple(map(_ref, docs)), tags=tuple(tags),
                           people=tuple(PersonMention(p, p, ()) for p in people), slug=f"a{n:03d}"))
    return out


def _plain_related(articles, k, per_feature, max_share):
    """The ranking as written before perf round 9: (kind, key) features, the walk, and
    each candidate scored on the set of features it shares."""
    order = sorted(articles, key=lambda a: (a.date, article_key(a)))
    days = [a.date.toordinal() for a in order]
    own = [features(a) for a in order]
    postings: dict = {}
    for index, found in enumerate(own):
        for feature in found:
            postings.setdefault(feature, []).append(index)
    limit = max(related.MIN_COMMON, int(max_share * len(order)))
    keys = [article_key(a) for a in order]
    out = {}
    for index in range(len(order)):
        mine = {f: w for f, w in own[index].items() if len(postings[f]) <= limit}
        candidates = {other for feature in mine
                      for other in _walk_nearest(postings[feature], index, days, per_feature)}
        ranked = heapq.nsmallest(k, ((-sum(mine[f] for f in mine.keys() & own[j].keys()),
                                      abs(days[j] - days[index]), -days[j], keys[j]) for j in candidates))
        out[keys[index]] = tuple(entry[3] for entry in ranked)
    return out


@pytest.mark.parametrize("seed,k,per_feature", [(0, 5, 40), (1, 5, 3), (2, 1, 2), (3, 8, 10), (4, 0, 5)])
def test_ranking_equals_the_plain_ranking(seed, k, per_feature, monkeypatch):
    monkeypatch.setattr(related, "MIN_COMMON", 20)  # some features too common, some not
    articles = _corpus(seed, 160)
    assert related_articles(articles, k=k, per_feature=per_feature, max_share=0.2) == \
        _plain_related(articles, k, per_feature, 0.2)

