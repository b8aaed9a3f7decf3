"""The five seed articles as the real reader reads them from corpus/: the fixture
for tagging, entities, references and related-article tests."""
from __future__ import annotations

import dataclasses
import datetime as dt
from functools import lru_cache

from archive.models import Article
from archive.registry.outlets import load_outlets
from archive.read.reader import read_article
from seeds import CORPUS

SEED_NUMBERS = ("000", "001", "002", "003", "004")
TODAY = dt.date(2026, 11, 23)


@lru_cache(maxsize=None)
def _read(number: str) -> Article:
    path = next(CORPUS.glob(f"{number}_*.txt"))
    outlets = load_outlets(CORPUS / "outlets.yml", "corpus/outlets.yml")
    return read_article(path, f"corpus/{path.name}", outlets, TODAY)


def seed_article(number: str, header_tags: tuple[str, ...] = ()) -> Article:
    article = _read(number)
    return dataclasses.replace(article, header_tags=header_tags) if header_tags else article
