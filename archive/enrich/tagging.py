"""Subject tags: the rule that assigns the vocabulary (corpus/tags.yml, loaded by
registry/tags.py) to an article.

A tag is deserved when its phrases carry enough weight in the article: a phrase
in the title weighs 3, in the kicker or lead 2, in the body 1, and the sum must
reach the tag's `min_score` (3 unless the vocabulary says otherwise). So one
passing mention in the body never tags an article; the title alone can.
Tags a contributor set in the article's header are always kept.
"""
from __future__ import annotations

from archive.models import Article
from archive.registry.tags import (  # noqa: F401 - the vocabulary, re-exported for callers
    DEFAULT_MIN_SCORE, FIELDS, Tag, TagVocabulary, check_header_tags, load_tags,
)
from archive.text.phrases import Match, longest_first

TITLE_WEIGHT, LEAD_WEIGHT, BODY_WEIGHT = 3, 2, 1


def tag_scores(article: Article, vocabulary: TagVocabulary) -> dict[str, int]:
    """Evidence per tag slug; a phrase overlapping another of the same tag counts once."""
    scores: dict[str, int] = {}
    for text, weight in _weighted_passages(article):
        by_tag: dict[str, list[Match]] = {}
        for match in vocabulary.matches(text):
            by_tag.setdefault(match.phrase.payload, []).append(match)
        for slug, matches in by_tag.items():
            scores[slug] = scores.get(slug, 0) + weight * len(longest_first(matches))
    return scores


def assign_tags(article: Article, vocabulary: TagVocabulary) -> tuple[str, ...]:
    """Sorted slugs: the header's known tags plus every tag the text earns."""
    chosen = {vocabulary.resolve(str(t)) for t in article.header_tags} - {None}
    for slug, score in tag_scores(article, vocabulary).items():
        if score >= vocabulary.get(slug).min_score:
            chosen.add(slug)
    return tuple(sorted(chosen))


def _weighted_passages(article: Article) -> list[tuple[str, int]]:
    passages = [(article.title, TITLE_WEIGHT), (article.kicker, LEAD_WEIGHT), (article.lead, LEAD_WEIGHT)]
    return passages + [(block.text, BODY_WEIGHT) for block in article.blocks]
