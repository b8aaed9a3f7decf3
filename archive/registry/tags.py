"""The tag vocabulary (corpus/tags.yml): its declaration, loading, and lookups.

The rule that assigns tags to an article is enrich/tagging.py's.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from archive.errors import Problem
from archive.registry.schema import INT, KEY, TEXT, TEXTS, Field, Section, load_sections
from archive.text.normalize import fold, slug as make_slug
from archive.text.phrases import Match, PhraseIndex, make_phrase

DEFAULT_MIN_SCORE = 3
SECTION = Section("tags", "tag", (
    Field("slug", KEY, "the tag's page name: lower-case ASCII words joined by '-'", required=True),
    Field("name", TEXT, "the display name in Vietnamese", required=True),
    Field("description", TEXT, "one line saying what the tag covers", required=True),
    Field("phrases", TEXTS, "phrases whose presence earns the tag (matched without tone marks or case)"),
    Field("min_score", INT, f"evidence needed (title 3, lead 2, body 1 per phrase); default {DEFAULT_MIN_SCORE}",
          bounds=(1, None)),
))
FIELDS = {f.name: f.description for f in SECTION.fields}


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
    loaded = load_sections(path, display, (SECTION,))
    problems: list[Problem] = []
    tags: list[Tag] = []
    seen: dict[str, int] = {}
    for record in loaded.records[SECTION.key]:
        if record.refused or not all(name in record.values for name in ("slug", "name", "description")):
            continue  # reported by the schema
        slug = record.get("slug")
        if slug in seen:
            problems.append(Problem(display, f"duplicate tag slug '{slug}' (first at line {seen[slug]})",
                                    "give each tag its own slug, or merge the two entries", record.line))
            continue
        seen[slug] = record.line
        for index, phrase in enumerate(record.get("phrases", ())):
            if not make_phrase(phrase, slug).keys:  # "★★★" or "---": nothing the matcher could ever find
                problems.append(Problem(display, f"phrase '{phrase}' of tag '{slug}' holds no word",
                                        "write the words articles use, or remove it",
                                        record.item_line("phrases", index)))
        tags.append(Tag(slug, record.get("name"), record.get("description"), record.get("phrases", ()),
                        record.get("min_score", DEFAULT_MIN_SCORE)))
    loaded.raise_problems(problems)
    return TagVocabulary(tuple(tags))


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
