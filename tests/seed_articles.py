"""Build `Article`s from the five seed files without the reader: the test fixture
for tagging, entities and related articles.

For each seed we say by hand which line is the title, the kicker and the lead,
and which lines are the body (site chrome, bylines and "other articles" lists
left out), so these tests do not depend on the reader.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from archive.models import Article, Block
from archive.normalize import clean_line, clean_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
CORPUS = ROOT / "corpus"

# seed number -> (date, title line, kicker line or 0, lead line, first body line, last body line)
LAYOUT = {
    "000": (dt.date(2012, 10, 11), 3, 1, 6, 8, 20),
    "001": (dt.date(2018, 7, 16), 3, 0, 7, 10, 18),
    "002": (dt.date(2023, 1, 30), 3, 0, 7, 9, 51),
    "003": (dt.date(2023, 4, 18), 3, 0, 6, 8, 44),
    "004": (dt.date(2020, 6, 1), 1, 0, 5, 7, 51),
}
_LEAD_MARKER = re.compile(r"^\((?:HNM|HNMO|Thanhuytphcm\.vn)\)\s*-\s*")


def seed_path(number: str) -> Path:
    for folder in (SEEDS, CORPUS):
        found = sorted(folder.glob(f"{number}_*.txt"))
        if found:
            return found[0]
    raise FileNotFoundError(f"seed {number} not found in {SEEDS} or {CORPUS}")


def seed_article(number: str, header_tags: tuple[str, ...] = ()) -> Article:
    path = seed_path(number)
    lines = clean_text(path.read_text(encoding="utf-8")).split("\n")
    date, title, kicker, lead, first, last = LAYOUT[number]

    def line(n: int) -> str:
        return clean_line(lines[n - 1])

    blocks = tuple(Block("paragraph", line(n), n) for n in range(first, last + 1) if line(n))
    return Article(
        source_file=f"corpus/{path.name}",
        title=line(title),
        date=date,
        outlet="x",
        lead=_LEAD_MARKER.sub("", line(lead)),
        blocks=blocks,
        kicker=line(kicker).rstrip(":") if kicker else "",
        header_tags=header_tags,
        slug=f"seed-{number}",
    )


SEED_NUMBERS = tuple(LAYOUT)
