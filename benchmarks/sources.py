"""What the benchmark corpus borrows from the real project: the seed articles'
sentences and the registered documents, each with the years it fits (corpus.py)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .vocabulary import NUMBER_WORDS, ORDINALS, REGISTRY_ROLES

ROOT = Path(__file__).resolve().parent.parent

@dataclass(frozen=True)
class Doc:
    """A document as articles cite it."""

    type: str
    n: str = ""  # "18"
    code: str = ""  # "NQ"
    issuer: str = ""  # "TW"
    year: int = 0
    date: dt.date | None = None
    body: str = ""  # issuing body as written in a citation
    title: str = ""
    aliases: tuple[str, ...] = ()
    plenum_phrase: str = ""  # for a plenum resolution the registry can tell apart
    state: str = ""  # a state number written whole ("108/2014/NĐ-CP")

    @property
    def number(self) -> str:
        return self.state or (f"{self.n}-{self.code}/{self.issuer}" if self.n else "")


@dataclass
class Sources:
    sentences: list[tuple[int, str, str]]  # (earliest year it fits, home place or "", sentence) of the seeds
    items: list[str]  # numbered items of the seeds (004)
    documents: list[Doc]  # registered
    people: list[tuple[str, str, int, int, str]]
    places: list[str]


# Words that date a seed sentence: the earliest year it can be written in.
ERA_WORDS = {"COVID": 2020, "Covid": 2020, "chuyển đổi số": 2019, "Việt Á": 2022, "Vành đai 4": 2022,
             "Búa liềm vàng": 2016, "trực tuyến": 2015, "điện tử": 2010}
# Seed outlets whose city-specific sentences ("Thành ủy", "TP", "quận") belong to one city.
SEED_HOMES = {"Báo Hànộimới": "Hà Nội", "Cổng thông tin điện tử Thành ủy Hà Nội": "Hà Nội",
              "Cổng thông tin điện tử Thành ủy TP.HCM": "TP Hồ Chí Minh"}
_CITY_WORDS = re.compile(r"\b(Thành ủy|Thành uỷ|thành phố|TP|TPHCM|Thủ đô|Hà Nội|quận|huyện|Huyện ủy)\b")


def _era(sentence: str, documents: list[Doc]) -> int:
    """The first year a seed sentence can be written in: its years (not "đến năm 2030", not
    the end of a range), its terms and congresses, anniversaries, the registry documents and
    people it names."""
    years = [int(y) for y in re.findall(r"(?<!\d{4}-)(?<!\d{4} - )(?<!\d{4}–)(?<!đến năm )(?<!tới năm )"
                                         r"(?<!đến )(?<!\d)((?:19|20)\d\d)(?!\d)", sentence)]
    for term, year in (("XIV", 2025), ("XIII", 2020), ("XVII", 2020), ("XVI", 2015), ("XII", 2016), ("XI", 2011)):
        if re.search(rf"\b{term}\b", sentence):
            years.append(year)
            break
    years += [1930 + int(n) for n in re.findall(r"(\d+) năm Ngày truyền thống", sentence)]
    years += [1890 + int(n) for n in re.findall(r"(\d+) năm Ngày sinh Chủ tịch", sentence)]
    years += [year for word, year in ERA_WORDS.items() if word in sentence]
    for doc in documents:
        if doc.n and re.search(rf"\b{doc.n}\s*-\s*{doc.code}\b", sentence):
            years.append(doc.year)
    for name, _, first, _, _ in REGISTRY_ROLES:
        if name in sentence:
            years.append(first)
    return max(years, default=0)


def _registry_docs(path: Path) -> list[Doc]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = data.get("documents") or []
    plenums: dict[tuple, int] = {}
    for e in entries:
        if e.get("plenum"):
            plenums[(e["plenum"], e.get("term"))] = plenums.get((e["plenum"], e.get("term")), 0) + 1
    docs = []
    for e in entries:
        date = e.get("date") if isinstance(e.get("date"), dt.date) else None
        year = int(e.get("year") or (date.year if date else 0))
        title = str(e.get("title") or "")
        aliases = tuple(str(a) for a in e.get("aliases") or ())
        plenum = ""
        if e.get("plenum") and plenums[(e["plenum"], e.get("term"))] == 1 and e.get("plenum") in NUMBER_WORDS:
            plenum = (f"{e['type']} Hội nghị lần thứ {NUMBER_WORDS[e['plenum']]} Ban Chấp hành Trung ương "
                      f"khóa {e.get('term')}")
        number = str(e.get("number") or "")
        match = re.fullmatch(r"(\d+)-([^/]+)/(.+)", number)
        if not match and not aliases:
            continue
        n, code, issuer = match.groups() if match else ("", "", "")
        docs.append(Doc(type=str(e["type"]), n=n, code=code, issuer=issuer, year=year, date=date,
                        body=str(e.get("issuing_body") or ""), title=title, aliases=aliases,
                        plenum_phrase=plenum))
    return docs


def _seed_text(root: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(home place or "", sentence) and numbered items of the seed articles, read by the real
    reader. Sentences of numbered lists ("Hai là, ...") are left out: they need their list."""
    from archive.registry.outlets import load_outlets
    from archive.read.reader import read_article

    outlets = load_outlets(root / "corpus" / "outlets.yml", "corpus/outlets.yml")
    sentences, items = [], []
    for path in sorted((root / "corpus").glob("*.txt")):
        article = read_article(path, path.name, outlets, dt.date(2100, 1, 1))
        home = SEED_HOMES.get(article.outlet, "")
        texts = [article.lead] + [b.text for b in article.blocks if b.kind == "paragraph"]
        items += [b.text for b in article.blocks if b.kind == "item" and len(b.text) > 60]
        for text in texts:
            pieces: list[str] = []
            for piece in re.split(r"(?<=[.!?…])\s+", text):
                if pieces and not (piece[:1].isupper() or piece[:1] in "“\""):
                    pieces[-1] += " " + piece  # "TP. Hồ Chí Minh", "… và"
                else:
                    pieces.append(piece)
            for sentence in pieces:
                sentence = sentence.strip()
                balanced = sentence.count("“") == sentence.count("”") and sentence.count('"') % 2 == 0
                if 50 <= len(sentence) <= 600 and balanced and sentence[0].isupper() \
                        and sentence.endswith((".", "…", "!", "?", ".”")) \
                        and not sentence.startswith(ORDINALS + ("Bảy là", "Tám là")) and not sentence.endswith("./."):
                    sentences.append((home if _CITY_WORDS.search(sentence) else "", sentence))
    return list(dict.fromkeys(sentences)), list(dict.fromkeys(items))


@lru_cache(maxsize=4)
def load_sources(root: Path = ROOT) -> Sources:
    documents = _registry_docs(root / "corpus" / "documents.yml")
    entities = yaml.safe_load((root / "corpus" / "entities.yml").read_text(encoding="utf-8")) or {}
    known = {str(p.get("name")) for p in entities.get("people") or []}
    places = [str(p["name"]) for p in entities.get("places") or []]
    sentences, items = _seed_text(root)
    return Sources(
        sentences=[(_era(s, documents), home, s) for home, s in sentences],
        items=items,
        documents=documents,
        people=[p for p in REGISTRY_ROLES if p[0] in known],
        places=places,
    )
