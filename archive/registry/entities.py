"""The entity registry (corpus/entities.yml): load, validate, and index for matching.

Sections, each a list of entries:
  people:        name, key?, aliases?, roles?, name_alone?, note?
  organisations: name, key?, aliases?, local_aliases?, place?, note?
  places:        name, key?, aliases?, note?
  abbreviations: short, full, note?      (a glossary: "TCCSĐ" -> "tổ chức cơ sở đảng")
  ignore:        phrase, why?            (text that looks like an entity but is not)
`key` defaults to the slug of `name`. `local_aliases` of an organisation name it
only in articles whose home place is its `place` ("Thành ủy" for Thành ủy Hà Nội).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from archive.registry.loader import Record, load_records, parse_yaml
from archive.errors import ArchiveError, Problem, nearest
from archive.text.normalize import clean_text, fold, slug
from archive.text.phrases import Phrase, PhraseIndex, make_phrase, phrase_key

PERSON, ORGANISATION, PLACE, ABBREVIATION, IGNORED = "person", "organisation", "place", "abbreviation", "ignored"
COMMON = {"key": "page name (default: slug of the name)", "name": "canonical name",
          "aliases": "other spellings and abbreviations", "note": "free note for editors"}
SECTIONS: dict[str, tuple[str, dict[str, str]]] = {
    "people": (PERSON, {**COMMON, "roles": "roles known from checked sources",
                        "name_alone": "false when the bare name also means something else"}),
    "organisations": (ORGANISATION, {**COMMON, "place": "key of the place the body belongs to",
                                     "local_aliases": "names valid only in articles about its place"}),
    "places": (PLACE, dict(COMMON)),
    "abbreviations": (ABBREVIATION, {"short": "the abbreviation as written", "full": "what it stands for",
                                     "note": "free note"}),
    "ignore": (IGNORED, {"phrase": "text that is not an entity", "why": "why it is ignored"}),
}
CASE = {PERSON: "all", PLACE: "all", ORGANISATION: "first", ABBREVIATION: "all", IGNORED: "all"}
_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Entity:
    key: str
    kind: str
    name: str  # canonical name; for an abbreviation, its full form
    aliases: tuple[str, ...] = ()
    local_aliases: tuple[str, ...] = ()
    place: str = ""
    roles: tuple[str, ...] = ()
    name_alone: bool = True
    line: int = 0

    def names(self) -> tuple[str, ...]:
        """Every text that names it anywhere (local aliases aside)."""
        return ((self.name,) if self.name_alone else ()) + self.aliases


@dataclass
class EntityRegistry:
    entities: dict[str, Entity]  # people, organisations, places by key
    abbreviations: tuple[Entity, ...] = ()
    ignored: tuple[Entity, ...] = ()
    index: PhraseIndex = field(init=False, repr=False)
    abbreviation_index: PhraseIndex = field(init=False, repr=False)
    _local: dict[str, PhraseIndex] = field(init=False, repr=False)
    _by_name: dict[str, str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.index = PhraseIndex(p for e in (*self.entities.values(), *self.ignored) for p in _phrases(e))
        self.abbreviation_index = PhraseIndex(p for e in self.abbreviations for p in _phrases(e))
        self._local = {}
        for entity in self.entities.values():
            for alias in entity.local_aliases:
                self._local.setdefault(entity.place, PhraseIndex()).add(
                    make_phrase(alias, entity, CASE[entity.kind]))
        self._by_name = {}
        for entity in self.entities.values():
            for text in (entity.name, *entity.aliases):
                self._by_name.setdefault(fold(text), entity.key)

    def get(self, key: str) -> Entity | None:
        return self.entities.get(key)

    def of_kind(self, kind: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == kind]

    def local_index(self, place: str) -> PhraseIndex | None:
        return self._local.get(place) if place else None

    def resolve(self, text: str) -> Entity | None:
        """The entity a header names: by key, name or alias (tone marks and case ignored)."""
        text = text.strip()
        key = text if text in self.entities else self._by_name.get(fold(text))
        return self.entities.get(key) if key else None

    def suggest(self, text: str) -> str:
        guess = nearest(fold(text), self._by_name)
        return self.entities[self._by_name[guess]].name if guess else ""


def _claimed_names(entity: Entity) -> tuple[str, ...]:
    """The texts an entry is found by (an abbreviation by its short form only)."""
    return entity.aliases if entity.kind in (ABBREVIATION, IGNORED) else entity.names()


def _phrases(entity: Entity) -> list[Phrase]:
    return [make_phrase(text, entity, CASE[entity.kind]) for text in _claimed_names(entity)]


def check_header_entities(names, registry: EntityRegistry, file: str, line: int | None = None) -> list[Problem]:
    """One problem per header entity the registry does not know, with the nearest known name."""
    problems = []
    for name in names:
        if registry.resolve(str(name)) is None:
            guess = registry.suggest(str(name))
            hint = (f"did you mean '{guess}'? " if guess else "") + "or add it to corpus/entities.yml"
            problems.append(Problem(file, f"unknown person, organisation or place '{name}' in the header",
                                    hint, line))
    return problems


def load_entities(path: Path, display: str) -> EntityRegistry:
    """Read and validate corpus/entities.yml; every problem is raised together."""
    problems = _section_problems(path, display)
    built: dict[str, list[Entity]] = {}
    for section, (kind, fields) in SECTIONS.items():
        built[section] = [e for r in load_records(path, display, section)
                          if (e := _entity(r, kind, fields, display, problems))]
    people_orgs_places = built["people"] + built["organisations"] + built["places"]
    entities = _unique_keys(people_orgs_places, display, problems)
    _check_places(built["organisations"], entities, display, problems)
    _check_claims(people_orgs_places + built["ignore"], display, problems, local=False)
    _check_claims(built["abbreviations"], display, problems, local=False)
    _check_claims(people_orgs_places, display, problems, local=True)
    if problems:
        raise ArchiveError(sorted(problems, key=lambda p: p.line or 0))
    return EntityRegistry(entities, tuple(built["abbreviations"]), tuple(built["ignore"]))


def _section_problems(path: Path, display: str) -> list[Problem]:
    try:
        root, _ = parse_yaml(clean_text(path.read_text(encoding="utf-8")))
    except (yaml.YAMLError, UnicodeDecodeError):
        return []  # load_records reports these with their line
    if not isinstance(root, yaml.MappingNode):
        return []
    problems = []
    for key, _ in root.value:
        if key.value not in SECTIONS:
            guess = nearest(key.value, SECTIONS)
            problems.append(Problem(display, f"unknown section '{key.value}'",
                                    f"did you mean '{guess}'?" if guess else f"sections: {', '.join(SECTIONS)}",
                                    key.start_mark.line + 1))
    return problems


def _entity(record: Record, kind: str, fields: dict[str, str], display: str,
            problems: list[Problem]) -> Entity | None:
    data = record.data

    def problem(message: str, hint: str, key: str | None = None) -> None:
        problems.append(Problem(display, message, hint, record.key_lines.get(key, record.line)))

    for key in data:
        if key not in fields:
            guess = nearest(str(key), fields)
            problem(f"unknown field '{key}' in a {kind} entry",
                    f"did you mean '{guess}'?" if guess else f"known fields: {', '.join(fields)}", key)
    name_field = {ABBREVIATION: "full", IGNORED: "phrase"}.get(kind, "name")
    name = data.get(name_field)
    if not isinstance(name, str) or not name.strip():
        problem(f"{kind} entry has no '{name_field}'", f"add '{name_field}:'", name_field)
        return None
    lists = {}
    for key in ("aliases", "local_aliases", "roles"):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            problem(f"'{key}' of '{name}' must be a list of texts", f"write {key}: [one, two]", key)
            value = []
        lists[key] = tuple(dict.fromkeys(v.strip() for v in value))
    key = data.get("key", slug(name))
    if not isinstance(key, str) or not _KEY.match(key):
        problem(f"key {key!r} of '{name}' is not a slug", "write it like 'thanh-uy-ha-noi'", "key")
        key = slug(name)
    name_alone = data.get("name_alone", True)
    if not isinstance(name_alone, bool):
        problem(f"name_alone of '{name}' must be true or false", "write name_alone: false", "name_alone")
        name_alone = True
    if lists["local_aliases"] and not data.get("place"):
        problem(f"'{name}' has local_aliases but no place", "add 'place:' with the key of its place",
                "local_aliases")
    if kind == ABBREVIATION:
        short = data.get("short")
        if not isinstance(short, str) or not short.strip():
            problem(f"abbreviation for '{name}' has no 'short'", "add 'short:'", "short")
            return None
        lists["aliases"], key = (short.strip(),), f"abbr-{slug(short) or 'x'}"
    if kind == IGNORED:
        lists["aliases"], key = (name.strip(),), f"ignore-{record.line}"
    # Built even when a field was wrong, so duplicates and claims are still checked.
    return Entity(key, kind, name.strip(), lists["aliases"], lists["local_aliases"], str(data.get("place", "")),
                  lists["roles"], name_alone, record.line)


def _unique_keys(entities: list[Entity], display: str, problems: list[Problem]) -> dict[str, Entity]:
    by_key: dict[str, Entity] = {}
    for entity in entities:
        first = by_key.setdefault(entity.key, entity)
        if first is not entity:
            problems.append(Problem(display, f"duplicate key '{entity.key}' (first at line {first.line})",
                                    "give each entry its own 'key:', or merge the two", entity.line))
    return by_key


def _check_places(organisations: list[Entity], entities: dict[str, Entity], display: str,
                  problems: list[Problem]) -> None:
    places = {k for k, e in entities.items() if e.kind == PLACE}
    for org in organisations:
        if org.place and org.place not in places:
            guess = nearest(org.place, places)
            problems.append(Problem(display, f"'{org.name}': unknown place '{org.place}'",
                                    f"did you mean '{guess}'?" if guess else "use the key of an entry under places:",
                                    org.line))


def _check_claims(entities: list[Entity], display: str, problems: list[Problem], local: bool) -> None:
    """A name may point to one entity only (local names: one per place)."""
    claims: dict[tuple, Entity] = {}
    if local:  # a local alias may not shadow a name valid everywhere
        claims = {phrase_key(text): e for e in entities for text in e.names()}
    for entity in entities:
        texts = entity.local_aliases if local else _claimed_names(entity)
        for text in texts:
            key = phrase_key(text)
            scoped = (entity.place, key) if local else key
            first = claims.get(scoped) or (claims.get(key) if local else None)
            if first is not None and first.key != entity.key:
                problems.append(Problem(display, f"'{text}' is claimed by both '{first.name}' (line {first.line})"
                                        f" and '{entity.name}'", "keep the name on one entry only; add the "
                                        "longer, unambiguous form to each", entity.line))
            claims.setdefault(scoped, entity)
