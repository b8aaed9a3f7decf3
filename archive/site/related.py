"""Related articles ("Bài liên quan"): up to k articles sharing the most with each one.

Score = 3 per shared document + 2 per shared person + 1 per shared tag; ties go
to the article closest in time, then the newer, then the slug. Cost stays near
linear in the number of articles: candidates come from an inverted index
(feature -> articles in date order), and for each feature only the `per_feature`
articles nearest in time become candidates, then scored on all they share. A
feature on more than `max_share` of all articles (a tag nearly every article
has) says nothing and is skipped.
"""
from __future__ import annotations

import hashlib
import heapq
from bisect import bisect_left
from collections import defaultdict
from itertools import repeat
from pathlib import Path, PurePosixPath
from typing import Iterable

from archive import parallel
from archive.models import Article

WEIGHTS = {"document": 3, "person": 2, "tag": 1}
PER_FEATURE = 40
MAX_SHARE = 0.2
MIN_COMMON = 50  # below this many articles a feature is never "too common"
PARALLEL_FROM = 2000  # fewer articles than this are ranked in-process: forking costs more

Feature = tuple[str, str]
_ZEROS = repeat(0)  # the weight of a feature this article lacks, as often as asked


def article_key(article: Article) -> str:
    return article.slug or PurePosixPath(article.source_file).stem


def features(article: Article) -> dict[Feature, int]:
    """What an article can share with another, with each feature's weight."""
    found: dict[Feature, int] = {}
    for key in {ref.key for ref in article.references}:
        found[("document", key)] = WEIGHTS["document"]
    for key in {person.key for person in article.people}:
        found[("person", key)] = WEIGHTS["person"]
    for tag in set(article.tags):
        found[("tag", tag)] = WEIGHTS["tag"]
    return found


def fingerprint(articles: Iterable[Article]) -> str:
    """A digest of everything related_articles() reads, and of this module: equal
    fingerprints, equal results (the build reuses them; render_cache.memo)."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for article in sorted(articles, key=lambda a: (a.date, article_key(a))):
        digest.update(f"{article_key(article)}\0{article.date.toordinal()}\0".encode())
        digest.update(repr(sorted(features(article).items())).encode())
    return digest.hexdigest()


def related_articles(articles: Iterable[Article], k: int = 5, per_feature: int = PER_FEATURE,
                     max_share: float = MAX_SHARE) -> dict[str, tuple[str, ...]]:
    """Article key (slug) -> keys of up to `k` related articles, best first.
    An article with nothing in common with any other gets an empty tuple."""
    order = sorted(articles, key=lambda a: (a.date, article_key(a)))
    days = [a.date.toordinal() for a in order]
    # Each feature numbered in order of first sight: a dict looks up a small int faster than
    # a (kind, key) tuple, whose hash is worked out again at every look-up.
    numbers: dict[Feature, int] = {}
    own = [{numbers.setdefault(feature, len(numbers)): weight for feature, weight in features(a).items()}
           for a in order]
    postings: dict[int, list[int]] = defaultdict(list)
    for index, found in enumerate(own):  # indexes ascend, so every list is in date order
        for feature in found:
            postings[feature].append(index)
    limit = max(MIN_COMMON, int(max_share * len(order)))
    keys = [article_key(a) for a in order]
    inherit = {"own": own, "postings": postings, "days": days, "keys": keys, "limit": limit, "k": k,
               "per_feature": per_feature}
    workers = parallel.workers_available() if len(order) >= PARALLEL_FROM else 1
    size = max(1, -(-len(order) // (workers * 4)))
    slices = [(start, min(len(order), start + size)) for start in range(0, len(order), size)]
    ranked = parallel.fork_map(_rank_slice, slices, workers, inherit, chunksize=1,
                               label=lambda piece: f"related articles {piece[0]}-{piece[1]}")
    return {keys[index]: best for piece in ranked for index, best in piece}


def _rank_slice(piece: tuple[int, int]) -> list[tuple[int, tuple[str, ...]]]:
    """(index, its related keys) for the articles of one slice of the date order; the
    tables are the parent's, inherited (parallel.shared)."""
    table = parallel.shared()
    own, postings, days, keys = table["own"], table["postings"], table["days"], table["keys"]
    limit, k, per_feature = table["limit"], table["k"], table["per_feature"]
    out = []
    for index in range(*piece):
        mine = {f: w for f, w in own[index].items() if len(postings[f]) <= limit}
        candidates = {other for feature in mine
                      for other in _nearest_in_time(postings[feature], index, days, per_feature)}
        # Score candidates on everything they share, not only on the feature that
        # brought them in, so the ranking is exact among the candidates; the best k
        # by (score, nearest in time, newer, key), compared as plain tuples. The score
        # sums this article's weights over the candidate's features (0 for one it lacks):
        # no set made per candidate. Only a candidate scoring at least the k-th best score
        # can be among the best k: the others are passed over before their tuple is made.
        day, weight = days[index], mine.get
        candidates = list(candidates)
        scores = [sum(map(weight, own[j], _ZEROS)) for j in candidates]
        least = sorted(scores)[-k] if len(scores) > k else 0
        ranked = heapq.nsmallest(k, ((-score, abs(days[j] - day), -days[j], keys[j])
                                     for j, score in zip(candidates, scores) if score >= least))
        out.append((index, tuple(entry[3] for entry in ranked)))
    return out


def _nearest_in_time(posting: list[int], index: int, days: list[int], cap: int) -> list[int]:
    """Up to `cap` other entries of `posting` nearest in date to `index`, in no set order: those
    the walk outwards from its place in the (date-ordered) list takes, the earlier side first
    on a tie (_walk_nearest). Worked out without the walk: the walk is a stable merge of the
    two sides by distance, so the earlier side's i-th entry is taken when i plus the later
    side's entries strictly nearer stays under `cap`; a binary search finds how many are."""
    here = bisect_left(posting, index)
    after = here + 1 if here < len(posting) and posting[here] == index else here  # skip itself
    if here + len(posting) - after <= cap:
        return posting[:here] + posting[after:]
    before = posting[max(0, here - cap):here][::-1]  # nearest first
    later = posting[after:after + cap]
    day = days[index]
    back = [day - days[entry] for entry in before]  # both ascend: the list is in date order
    ahead = [days[entry] - day for entry in later]
    low, high = 0, len(before)
    while low < high:
        middle = (low + high) // 2
        if middle + bisect_left(ahead, back[middle]) < cap:
            low = middle + 1
        else:
            high = middle
    return before[:low] + later[:cap - low]


def _walk_nearest(posting: list[int], index: int, days: list[int], cap: int) -> list[int]:
    """_nearest_in_time's entries as a walk takes them (the plain rule; tests hold the fast one
    to it): outwards from its place in the (date-ordered) list, taking the closer side."""
    here = bisect_left(posting, index)
    lo = here - 1
    hi = here + 1 if here < len(posting) and posting[here] == index else here  # skip itself
    picked: list[int] = []
    while len(picked) < cap and (lo >= 0 or hi < len(posting)):
        take_low = hi >= len(posting) or (
            lo >= 0 and days[index] - days[posting[lo]] <= days[posting[hi]] - days[index])
        if take_low:
            picked.append(posting[lo])
            lo -= 1
        else:
            picked.append(posting[hi])
            hi += 1
    return picked
