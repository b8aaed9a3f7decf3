"""Subject tags: a controlled vocabulary (corpus/tags.yml) and the rule that assigns it.

A tag is deserved when its phrases carry enough weight in the article: a phrase
in the title weighs 3, in the kicker or lead 2, in the body 1, and the sum must
reach the tag's `min_score` (3 unless the vocabulary says otherwise). So one
passing mention in the body never tags an article; the title alone can.
Tags a contributor set in the article's header are always kept.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from dataclasses import dataclass, field
from pathlib import Path

from archive.registry.loader import Record, load_records
from archive.errors import ArchiveError, Problem, nearest
from archive.models import Article
from archive.text.normalize import fold, slug as make_slug
from archive.text.phrases import Match, PhraseIndex, longest_first, make_phrase

TITLE_WEIGHT, LEAD_WEIGHT, BODY_WEIGHT = 3, 2, 1
DEFAULT_MIN_SCORE = 3
FIELDS = {
    "slug": "the tag's page name: lower-case ASCII words joined by '-'",
    "name": "the display name in Vietnamese",
    "description": "one line saying what the tag covers",
    "phrases": "a list of phrases whose presence earns the tag (matched without tone marks or case)",
    "min_score": f"evidence needed (title 3, lead 2, body 1 per phrase); default {DEFAULT_MIN_SCORE}",
}
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Tag:
    slug: str
    name: str
    description: str
    phrases: tuple[str, ...]
    min_score: int = DEFAULT_MIN_SCORE


@dataclass
class TagVocabulary:
    """The loaded tags, with a phrase index built once for all articles."""

    tags: tuple[Tag, ...]
    _by_slug: dict[str, Tag] = field(init=False, repr=False)
    _by_name: dict[str, str] = field(init=False, repr=False)
    _index: PhraseIndex = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_slug = {tag.slug: tag for tag in self.tags}
        self._by_name = {fold(tag.name): tag.slug for tag in self.tags}
        self._index = PhraseIndex(
            (make_phrase(p, tag.slug) for tag in self.tags for p in tag.phrases), loose=True)

    def get(self, slug: str) -> Tag | None:
        return self._by_slug.get(slug)

    def __contains__(self, slug: str) -> bool:
        return slug in self._by_slug

    def __iter__(self):
        return iter(self.tags)

    def __len__(self) -> int:
        return len(self.tags)

    def resolve(self, text: str) -> str | None:
        """The slug a header entry means: the slug itself or the display name (any tone marks/case)."""
        text = text.strip()
        if text in self._by_slug:
            return text
        return self._by_name.get(fold(text)) or (text.lower() if text.lower() in self._by_slug else None)

    def suggest(self, text: str) -> str:
        """Nearest known slug for a "did you mean" hint, by slug or by display name; "" when none is close."""
        pairs = [(make_slug(text), slug, slug) for slug in self._by_slug]
        pairs += [(fold(text), name, slug) for name, slug in self._by_name.items()]
        score, best = max(((SequenceMatcher(None, a, b).ratio(), slug) for a, b, slug in pairs), default=(0, ""))
        return best if score >= 0.6 else ""

    @property
    def phrase_index(self) -> PhraseIndex:
        return self._index

    def matches(self, text: str) -> list[Match]:
        return self._index.find(text)


def load_tags(path: Path, display: str) -> TagVocabulary:
    """Read and validate corpus/tags.yml; every problem is raised together."""
    records = load_records(path, display, "tags")
    problems: list[Problem] = []
    tags: list[Tag] = []
    seen: dict[str, int] = {}
    for record in records:
        tag = _tag(record, display, problems)
        if tag is None:
            continue
        if tag.slug in seen:
            problems.append(Problem(display, f"duplicate tag slug '{tag.slug}' (first at line {seen[tag.slug]})",
                                    "give each tag its own slug, or merge the two entries", record.line))
            continue
        seen[tag.slug] = record.line
        tags.append(tag)
    if problems:
        raise ArchiveError(problems)
    return TagVocabulary(tuple(tags))


def _tag(record: Record, display: str, problems: list[Problem]) -> Tag | None:
    data, before = record.data, len(problems)

    def problem(message: str, hint: str, key: str | None = None) -> None:
        problems.append(Problem(display, message, hint, record.key_lines.get(key, record.line)))

    for key in data:
        if key not in FIELDS:
            guess = nearest(str(key), FIELDS)
            problem(f"unknown field '{key}' in a tag", f"did you mean '{guess}'?" if guess
                    else f"known fields: {', '.join(FIELDS)}", key)
    slug, name = data.get("slug"), data.get("name")
    description, phrases = data.get("description"), data.get("phrases", [])
    min_score = data.get("min_score", DEFAULT_MIN_SCORE)
    if not isinstance(slug, str) or not _SLUG.match(slug):
        problem(f"tag slug {slug!r} is missing or not a slug", "write it like 'cong-tac-can-bo'", "slug")
    if not isinstance(name, str) or not name.strip():
        problem(f"tag '{slug}' has no name", "add 'name:' with the Vietnamese display name", "name")
    if not isinstance(description, str) or not description.strip() or "\n" in description.strip():
        problem(f"tag '{slug}' needs a one-line description", "add 'description:' on one line", "description")
    if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
        problem(f"tag '{slug}': phrases must be a list of non-empty texts", "write phrases: [phrase one, phrase two]",
                "phrases")
    if isinstance(min_score, bool) or not isinstance(min_score, int) or min_score < 1:
        problem(f"tag '{slug}': min_score must be a whole number of at least 1", "remove it to use the default",
                "min_score")
    if len(problems) > before:
        return None
    return Tag(slug, name.strip(), description.strip(), tuple(p.strip() for p in phrases), min_score)


def check_header_tags(tags, vocabulary: TagVocabulary, file: str, line: int | None = None) -> list[Problem]:
    """One problem per header tag the vocabulary does not know, with the nearest known tag."""
    problems = []
    for tag in tags:
        if vocabulary.resolve(str(tag)) is None:
            guess = vocabulary.suggest(str(tag))
            hint = (f"did you mean '{guess}'?" if guess else "use a slug listed in corpus/tags.yml") \
                + " (or add the tag to corpus/tags.yml)"
            problems.append(Problem(file, f"unknown tag '{tag}' in the header", hint, line))
    return problems


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
