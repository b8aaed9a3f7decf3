"""The archive's domain objects: plain frozen dataclasses, no behaviour beyond small helpers.

Data flows one way through these: readers build `Article`s, the enrich stages
(references, tagging, entities) return copies with their findings filled in, and
the site stage and renderers only read them.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from archive.errors import Problem

# Block kinds an article body is made of.
PARAGRAPH = "paragraph"
HEADING = "heading"
CAPTION = "caption"
ITEM = "item"  # a numbered item ("1. ...")
BLOCK_KINDS = (PARAGRAPH, HEADING, CAPTION, ITEM)


@dataclass(frozen=True)
class Block:
    """One unit of an article body, as it stood in the source."""

    kind: str
    text: str
    line: int  # 1-based line in the corpus file, for error messages and review
    number: str = ""  # the item number of an ITEM ("1"), else empty


@dataclass(frozen=True)
class DocumentRef:
    """One citation of a document inside one article.

    `passage` indexes `Article.passages()` (0 = title, 1 = lead, 2.. = body
    blocks); `start`/`end` are character offsets of the citation in that passage,
    so renderers can link the citation where it stands.
    """

    key: str  # the document's identity and page name, e.g. "18-nq-tw-2017"
    number: str  # canonical number, "18-NQ/TW", "123/2020/NĐ-CP"; "" when cited without one
    type: str  # type word, "Nghị quyết", "Quy định", ...
    kind: str  # "party", "state" or "plenum" (cited by plenum/congress, no number)
    issuer: str  # code after the slash, "TW", "TU", "NĐ-CP"...; "" when unknown
    year: int | None
    text: str  # the citation exactly as written in the article
    sentence: str  # the sentence around the citation
    passage: int
    start: int
    end: int
    resolved: bool  # True when the registry knows the document
    place: str = ""  # "Hà Nội" of "Thành ủy Hà Nội", when the citing sentence names it
    term: str = ""  # a local committee's own term as written ("XVII"); central terms come from the year


@dataclass(frozen=True)
class PersonMention:
    key: str  # slug of the person's canonical name
    name: str  # canonical name
    roles: tuple[str, ...]  # roles the article gives them ("Bí thư Thành ủy Hà Nội")


@dataclass(frozen=True)
class EntityRef:
    """An organisation or place named in an article, by registry key."""

    key: str
    name: str


@dataclass(frozen=True)
class Article:
    """One article, cleaned: what the reader extracted plus what the enrich stages found."""

    source_file: str  # path relative to the project root, posix style: "corpus/000_x.txt"
    title: str
    date: dt.date
    outlet: str  # outlet display name
    lead: str
    blocks: tuple[Block, ...]
    kicker: str = ""
    time: str = ""  # "HH:MM" when the source gives it
    author: str = ""
    url: str = ""
    header_tags: tuple[str, ...] = ()  # tag slugs a contributor set in the header
    header_entities: tuple[str, ...] = ()  # registry names of people, organisations, places from the header
    # Filled by the enrich stages.
    references: tuple[DocumentRef, ...] = ()
    tags: tuple[str, ...] = ()
    people: tuple[PersonMention, ...] = ()
    organisations: tuple[EntityRef, ...] = ()
    places: tuple[EntityRef, ...] = ()
    abbreviations: tuple[tuple[str, str], ...] = ()  # ("TCCSĐ", "tổ chức cơ sở đảng"), as written
    slug: str = field(default="")
    # Set by the extraction stage: the source file's bytes and its folded body, hashed
    # (the render cache and the double-paste check use them).
    source_hash: str = ""
    text_digest: str = ""
    index_digest: str = ""  # everything but the body: what index pages show of it
    # What the reader wants a reviewer to look at (dropped lines, a weak title...): `check` prints it.
    review_notes: tuple[Problem, ...] = ()

    def passages(self) -> tuple[str, ...]:
        """Title, lead and body texts in reading order: what the extractors scan."""
        return (self.title, self.lead, *(block.text for block in self.blocks))

    @property
    def year(self) -> int:
        return self.date.year
