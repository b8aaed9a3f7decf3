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

from dataclasses import dataclass, field
from pathlib import Path

from archive.errors import Problem, nearest
from archive.registry.schema import BOOL, KEY, NOTE, TEXT, TEXTS, Field, Record, Section, load_sections
from archive.text.normalize import fold, slug
from archive.text.phrases import Phrase, PhraseIndex, make_phrase, phrase_key

PERSON, ORGANISATION, PLACE, ABBREVIATION, IGNORED = "person", "organisation", "place", "abbreviation", "ignored"
_COMMON = (
    Field("name", TEXT, "canonical name", required=True),
    Field("key", KEY, "page name (default: slug of the name)"),
    Field("aliases", TEXTS, "other spellings and abbreviations"),
    Field("note", NOTE, "free note for editors"),
)
SECTIONS: dict[str, tuple[str, Section]] = {
    "people": (PERSON, Section("people", "person entry", _COMMON + (
        Field("roles", TEXTS, "roles known from checked sources"),
        Field("name_alone", BOOL, "false when the bare name also means something else")))),
    "organisations": (ORGANISATION, Section("organisations", "organisation entry", _COMMON + (
        Field("place", KEY, "key of the place the body belongs to"),
        Field("local_aliases", TEXTS, "names valid only in articles about its place")))),
    "places": (PLACE, Section("places", "place entry", _COMMON)),
    "abbreviations": (ABBREVIATION, Section("abbreviations", "abbreviation entry", (
        Field("short", TEXT, "the abbreviation as written", required=True),
        Field("full", TEXT, "what it stands for", required=True),
        Field("note", NOTE, "free note")))),
    "ignore": (IGNORED, Section("ignore", "ignore entry", (
        Field("phrase", TEXT, "text that is not an entity", required=True),
        Field("why", NOTE, "why it is ignored")))),
}
CASE = {PERSON: "all", PLACE: "all", ORGANISATION: "first", ABBREVIATION: "all", IGNORED: "all"}


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
    text_lines: tuple[tuple[str, int], ...] = ()  # where each name or alias is written

    def line_of(self, text: str) -> int:
        """The line of the name or alias `text` (for a problem about that very name)."""
        return next((line for written, line in self.text_lines if written == text), self.line)

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

    def local_indexes(self) -> tuple[PhraseIndex, ...]:
        return tuple(self._local.values())

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
    loaded = load_sections(path, display, tuple(section for _, section in SECTIONS.values()))
    problems: list[Problem] = []
    built: dict[str, list[Entity]] = {}
    for name, (kind, _) in SECTIONS.items():
        built[name] = [e for r in loaded.records[name] if (e := _entity(r, kind, display, problems))]
    people_orgs_places = built["people"] + built["organisations"] + built["places"]
    entities = _unique_keys(people_orgs_places, display, problems)
    _check_places(built["organisations"], entities, display, problems)
    _check_claims(people_orgs_places + built["ignore"], display, problems, local=False)
    _check_claims(built["abbreviations"], display, problems, local=False)
    _check_claims(people_orgs_places, display, problems, local=True)
    loaded.raise_problems(problems)
    return EntityRegistry(entities, tuple(built["abbreviations"]), tuple(built["ignore"]))


def _entity(record: Record, kind: str, display: str, problems: list[Problem]) -> Entity | None:
    """The entry as an Entity; built even when a field was refused, so that duplicates
    and claimed names are still checked. None without the field that names it."""
    name = record.get({ABBREVIATION: "full", IGNORED: "phrase"}.get(kind, "name"))
    if not name:
        return None  # reported by the schema
    aliases, local_aliases = record.get("aliases", ()), record.get("local_aliases", ())
    key = record.get("key") or slug(name)
    if local_aliases and not record.get("place"):
        problems.append(Problem(display, f"'{name}' has local_aliases but no place",
                                "add 'place:' with the key of its place", record.line_of("local_aliases")))
    if kind == ABBREVIATION:
        short = record.get("short")
        if not short:
            return None
        aliases, key = (short,), f"abbr-{slug(short)}"
    if kind == IGNORED:
        aliases, key = (name,), f"ignore-{record.line}"
    return Entity(key, kind, name, tuple(dict.fromkeys(aliases)), tuple(dict.fromkeys(local_aliases)),
                  record.get("place", ""), tuple(dict.fromkeys(record.get("roles", ()))),
                  record.get("name_alone", True), record.line, _text_lines(record))


def _text_lines(record: Record) -> tuple[tuple[str, int], ...]:
    """(text, line) of every name-giving field of an entry, first written first."""
    lines = [(record.get(f), record.line_of(f)) for f in ("name", "full", "short", "phrase") if record.get(f)]
    for field_name in ("aliases", "local_aliases"):
        lines += [(text, record.item_line(field_name, i)) for i, text in enumerate(record.get(field_name, ()))]
    return tuple(lines)


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
            if not key:  # no word in it ("★★★"): found in no text, so it claims nothing
                continue
            scoped = (entity.place, key) if local else key
            first = claims.get(scoped) or (claims.get(key) if local else None)
            if first is not None and first.key != entity.key:
                problems.append(Problem(display, f"'{text}' is claimed by both '{first.name}' (line {first.line})"
                                        f" and '{entity.name}'", "keep the name on one entry only; add the "
                                        "longer, unambiguous form to each", entity.line_of(text)))
            claims.setdefault(scoped, entity)
