"""Load every registry data file of the corpus at once, reporting all their problems together."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from archive.errors import ArchiveError, Problem
from archive.registry.documents import DocumentRegistry, load_registry
from archive.registry.entities import EntityRegistry, load_entities
from archive.registry.outlets import Outlet, OutletRegistry, load_outlets
from archive.registry.tags import TagVocabulary, load_tags
from archive.text.phrases import IndexGroup

OUTLETS, DOCUMENTS, TAGS, ENTITIES = "outlets.yml", "documents.yml", "tags.yml", "entities.yml"
DATA_FILES = (OUTLETS, DOCUMENTS, TAGS, ENTITIES)


@dataclass
class Registries:
    outlets: OutletRegistry
    documents: DocumentRegistry
    tags: TagVocabulary
    entities: EntityRegistry

    def tag_name(self, slug: str) -> str:
        tag = self.tags.get(slug)
        return tag.name if tag else slug

    def tag_description(self, slug: str) -> str:
        tag = self.tags.get(slug)
        return tag.description if tag else ""

    def outlet(self, name: str) -> Outlet:
        return self.outlets.by_name(name)

    def document(self, key: str):
        return self.documents.get(key)


def load_registries(corpus: Path, display_root: str = "corpus") -> Registries:
    """Load the four data files; every problem in any of them is raised together."""
    problems: list[Problem] = []
    loaded = {}
    loaders = {OUTLETS: load_outlets, DOCUMENTS: load_registry, TAGS: load_tags, ENTITIES: load_entities}
    for name, loader in loaders.items():
        path = corpus / name
        display = f"{display_root}/{name}"
        if not path.exists():
            problems.append(Problem(display, "registry file is missing",
                                    f"restore {display} from git (git checkout -- {display})"))
            continue
        try:
            loaded[name] = loader(path, display)
        except ArchiveError as error:
            problems += error.problems
    if problems:
        raise ArchiveError(problems)
    entities, tags = loaded[ENTITIES], loaded[TAGS]
    # One scan per passage: the names, abbreviations, tag phrases and each place's local
    # names ("Thành ủy" where the article's home is known) are looked for in one pass.
    IndexGroup(entities.index, entities.abbreviation_index, tags.phrase_index, *entities.local_indexes())
    return Registries(loaded[OUTLETS], loaded[DOCUMENTS], tags, entities)
