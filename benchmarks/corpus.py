"""A synthetic corpus for the benchmarks: `write_corpus(folder, count, seed)`.

Articles read like the archive's real input: the five seed layouts in rotation
(000 Hà Nội Mới print, 001 Hà Nội Mới online, 002 Thành ủy TP.HCM portal, 003
Hà Nội Party Committee portal, 004 Party organisation sector news; each with its
own chrome lines, date-line shape, title/kicker/lead/byline placement, and a YAML
header only where the layout has no lead marker to name the outlet), the seed
articles' sentences mixed with generated ones that cite documents in the ways the
sources write them (registered numbers from corpus/documents.yml and unregistered
ones: "TƯ", "T.Ư", "21 - NQ/TW", "48 CT/TW", "QD/TW", "01/CTr-TU", plenum
phrases, aliases, back-references), earn tags, and name people (registry people
and new ones anchored by a role, "Bí thư Tỉnh ủy Nghệ An Nguyễn Văn An"), places
and organisations. Years 2005-2025, several outlets; a few files are pasted in
NFD, with CRLF line ends or with look-alike letters, as copy-paste brings them.

Deterministic: the same count and seed give byte-identical files (only
random.Random(seed) and sorted inputs; nothing hash-ordered). Titles with dates
and texts are unique, so the real build accepts every file.

Its words are in vocabulary.py, what it borrows from the project (seed sentences,
registered documents) in sources.py, the world it is set in (years, places,
outlets, people) in world.py, one article and its layouts in article.py.

    python -m benchmarks.corpus FOLDER [COUNT] [SEED]
"""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import sys
import tempfile
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .vocabulary import (EDIT_SENTENCE)
from .article import Writer, as_pasted, render
from .world import LAYOUTS, ROOT, make_world

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_SEED = 20260101


# ------------------------------------------------------------------ the corpus

def generate(count: int, seed: int = DEFAULT_SEED, root: Path = ROOT):
    """Yield (file name, text, layout) for `count` articles, deterministically from `seed`."""
    from archive.read.reader import article_slug

    world = make_world(count, seed, root)
    rng = random.Random(seed)
    slugs: set[str] = set()
    texts: set[str] = set()
    for i in range(count):
        layout = LAYOUTS[i % len(LAYOUTS)]
        for _ in range(50):
            writer = Writer(world, rng, i, layout)
            title = writer.title()
            key = article_slug(writer.date, title)
            if key not in slugs:
                break
        else:  # pragma: no cover - 50 draws of date and title all taken
            raise RuntimeError(f"no unique title and date for article {i}")
        slugs.add(key)
        text = render(writer, title)
        digest = hashlib.sha256(text.encode()).hexdigest()
        if digest in texts:  # pragma: no cover - random sentences make this vanishingly rare
            raise RuntimeError(f"article {i} repeats another")
        texts.add(digest)
        yield f"bench_{i:05d}.txt", as_pasted(text + "\n", rng), layout


def write_corpus(corpus: Path, count: int, seed: int = DEFAULT_SEED, root: Path = ROOT) -> list[Path]:
    """Replace the article files (*.txt) in `corpus` with `count` generated ones; registries stay."""
    corpus = Path(corpus)
    corpus.mkdir(parents=True, exist_ok=True)
    for old in corpus.glob("*.txt"):
        old.unlink()
    written = []
    for name, text, _ in generate(count, seed, root):
        path = corpus / name
        path.write_bytes(text.encode("utf-8"))
        written.append(path)
    return written


def edit_one_article(path: Path) -> str:
    """Change one body sentence of a corpus file (not its title, lead or header), as a
    contributor's correction would: the first body paragraph after the lead gets one
    more sentence. Returns the paragraph as it was."""
    raw = path.read_bytes().decode("utf-8")
    newline = "\r\n" if "\r\n" in raw else "\n"
    lines = raw.split(newline)
    prose = [n for n, line in enumerate(lines) if len(line) > 150 and line.rstrip().endswith((".", "…", "”"))]
    target = prose[1] if len(prose) > 1 else prose[0]
    before = lines[target]
    lines[target] = before.rstrip() + " " + unicodedata.normalize(
        "NFD" if unicodedata.is_normalized("NFD", raw) and not raw.isascii() else "NFC", EDIT_SENTENCE)
    path.write_bytes(newline.join(lines).encode("utf-8"))
    return before


@contextmanager
def scratch_folder(prefix: str) -> Iterator[Path]:
    """A temporary folder for one benchmark run, removed after it unless BENCH_KEEP is set."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield work
    finally:
        if os.environ.get("BENCH_KEEP"):
            print(f"  kept {work}", flush=True)
        else:
            shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str]) -> int:
    # argparse, not sys.argv read by hand: "--help" was once taken for the folder to fill
    parser = argparse.ArgumentParser(prog="python -m benchmarks.corpus",
                                     description="Write a synthetic corpus of COUNT articles into FOLDER.")
    parser.add_argument("folder", type=Path, help="where the article files go (made if missing)")
    parser.add_argument("count", type=int, nargs="?", default=1000, help="how many articles (default 1000)")
    parser.add_argument("seed", type=int, nargs="?", default=DEFAULT_SEED, help=f"the seed (default {DEFAULT_SEED})")
    args = parser.parse_args(argv)
    write_corpus(args.folder, args.count, args.seed)
    print(f"{args.count} articles written to {args.folder} (seed {args.seed})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
