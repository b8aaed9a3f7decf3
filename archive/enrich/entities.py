"""People, organisations and places named in an article, from a registry
(corpus/entities.yml) contributors extend.

Rules, in the order they apply to each passage:
1. Every registry name and alias is looked up by words, folded ("Thành ủy" =
   "Thành uỷ"); people and places must be capitalised as registered, an
   abbreviation written in capitals ("TƯ", "MTTQ") and never inside a document
   code ("22-KL/TƯ"). Where matches overlap the longest wins, so "TP Hồ Chí
   Minh" is the city and "Chủ tịch Hồ Chí Minh" the person. `ignore` phrases
   ("Thái Bình Dương") win the same way and yield nothing.
2. The article's home place is the place (or the place of an organisation)
   named in its title, kicker or lead that weighs most (title 3, kicker/lead 2,
   body 1), strictly ahead of any other. Only then do bare local names resolve:
   "Thành ủy" in an article whose home is Hà Nội is Thành ủy Hà Nội; with no
   home place it is left alone rather than guessed.
3. People: registry people anywhere, plus new names anchored by a role (see
   enrich/roles.py). Their roles are read from the text around each mention.
A place named only through an organisation ("Thành ủy Hà Nội") counts as named.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from archive.registry.entities import (ORGANISATION, PERSON, PLACE, Entity, EntityRegistry, check_header_entities,
                              load_entities)
from archive.models import Article, EntityRef, PersonMention
from archive.text.normalize import fold, slug
from archive.enrich.roles import name_roles, near, new_names, roles_after, roles_before
from archive.text.phrases import Match, Token, longest_first, split_word
from archive.text.surnames import is_surname

__all__ = ["Entity", "EntityRegistry", "load_entities", "find_entities", "abbreviations_in",
           "check_header_entities", "home_place"]

TITLE_WEIGHT, LEAD_WEIGHT, BODY_WEIGHT = 3, 2, 1
_LAST_WORD = re.compile(r"[^\W_]+\Z")


@dataclass
class _Passage:
    text: str
    weight: int
    candidates: list[Match]  # every global match, overlapping
    kept: list[Match] = field(init=False)  # the longest first of them, settled once for home and scan

    def __post_init__(self) -> None:
        self.kept = longest_first(self.candidates)


@dataclass
class _Found:
    """What the scan of one article collects, in reading order."""

    people: dict[str, tuple[str, list[str]]] = field(default_factory=dict)  # key -> (name, roles)
    organisations: dict[str, str] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)


def find_entities(article: Article, registry: EntityRegistry
                  ) -> tuple[tuple[PersonMention, ...], tuple[EntityRef, ...], tuple[EntityRef, ...]]:
    """(people, organisations, places) named in the article, each in order of first mention."""
    found = _scan(article, registry)
    people = tuple(PersonMention(key, name, _distinct_roles(roles))
                   for key, (name, roles) in found.people.items())
    organisations = tuple(EntityRef(key, name) for key, name in found.organisations.items())
    places = tuple(EntityRef(key, name) for key, name in found.places.items())
    return people, organisations, places


def abbreviations_in(article: Article, registry: EntityRegistry) -> tuple[tuple[str, str], ...]:
    """(abbreviation as written, full form), in order of first use: a glossary for the article page."""
    found: dict[str, str] = {}
    for text in article.passages():
        for match in registry.abbreviation_index.find(text):
            found.setdefault(text[match.start:match.end], match.phrase.payload.name)
    return tuple(found.items())


def home_place(article: Article, registry: EntityRegistry) -> str:
    """Key of the article's home place (rule 2), or ""."""
    return _home(_passages(article, registry), registry)


def _passages(article: Article, registry: EntityRegistry) -> list[_Passage]:
    weighted = [(article.title, TITLE_WEIGHT), (article.kicker, LEAD_WEIGHT), (article.lead, LEAD_WEIGHT)]
    weighted += [(block.text, BODY_WEIGHT) for block in article.blocks]
    return [_Passage(text, weight, registry.index.find(text)) for text, weight in weighted]


def _home(passages: list[_Passage], registry: EntityRegistry) -> str:
    scores: dict[str, int] = {}
    upfront: set[str] = set()
    for passage in passages:
        for match in passage.kept:
            if _inside_name(passage.text, match):
                continue
            place = _place_of(match.phrase.payload, registry)
            if place:
                scores[place] = scores.get(place, 0) + passage.weight
                if passage.weight > BODY_WEIGHT:
                    upfront.add(place)
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][0] not in upfront:
        return ""
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return ""
    return ranked[0][0]


def _place_of(entity: Entity, registry: EntityRegistry) -> str:
    if entity.kind == PLACE:
        return entity.key
    return entity.place if entity.kind == ORGANISATION else ""


def _scan(article: Article, registry: EntityRegistry) -> _Found:
    passages = _passages(article, registry)
    home = _home(passages, registry)
    local = registry.local_index(home)
    found = _Found()
    for passage in passages:
        text = passage.text
        local_matches = local.find(text) if local else []
        settled = longest_first(passage.candidates + local_matches) if local_matches else passage.kept
        matches = [m for m in settled if not _inside_name(text, m)]
        for match in matches:
            _record(found, match, passage, registry)
        for start, end in new_names(text, [(m.start, m.end) for m in matches]):
            name = text[start:end]
            _add_person(found, slug(name), name, name_roles(text, start, end))
    return found


def _inside_name(text: str, match: Match) -> bool:
    """A place right after a capitalised surname is part of a person's name
    ("Nguyễn Thái Bình"), not the province."""
    if match.phrase.payload.kind != PLACE or match.start < 2 or text[match.start - 1] != " ":
        return False
    before = _LAST_WORD.search(text, max(0, match.start - 40), match.start - 1)
    return before is not None and is_surname(split_word(before.group())[-1], with_marks=True)


def _record(found: _Found, match: Match, passage: _Passage, registry: EntityRegistry) -> None:
    entity: Entity = match.phrase.payload
    if entity.kind == PERSON:
        piece, tokens, first, last = near(passage.text, match.start, match.end)
        start, end = _name_span(entity, tokens, (first, last))
        _add_person(found, entity.key, entity.name,
                    roles_before(piece, tokens, start) + roles_after(piece, tokens, end))
    elif entity.kind == ORGANISATION:
        found.organisations.setdefault(entity.key, entity.name)
        if entity.place:
            place = registry.get(entity.place)
            found.places.setdefault(place.key, place.name)
    elif entity.kind == PLACE:
        found.places.setdefault(entity.key, entity.name)
    # IGNORED: the span is claimed and nothing is recorded.


def _name_span(entity: Entity, tokens: list[Token], span: tuple[int, int]) -> tuple[int, int]:
    """Where the person's own name stands inside the matched tokens ("Chủ tịch [Hồ Chí Minh]"),
    so the words before it are read as roles."""
    name = tuple(fold(entity.name).split())
    start, end = span
    keys = [t.key for t in tokens[start:end]]
    for offset in range(len(keys) - len(name) + 1):
        if tuple(keys[offset:offset + len(name)]) == name:
            return start + offset, start + offset + len(name)
    return start, end


def _add_person(found: _Found, key: str, name: str, roles: list[str]) -> None:
    entry = found.people.setdefault(key, (name, []))
    entry[1].extend(roles)


def _distinct_roles(roles: list[str]) -> tuple[str, ...]:
    """Each role once (compared folded), and a role dropped when a longer one of
    the same article extends it ("Bí thư Thành ủy" < "Bí thư Thành ủy TPHCM")."""
    folded = [fold(role) for role in roles]
    kept: list[str] = []
    seen: set[str] = set()
    for role, key in zip(roles, folded):
        if key in seen or any(other != key and other.startswith(key + " ") for other in folded):
            continue
        seen.add(key)
        kept.append(role)
    return tuple(kept)
