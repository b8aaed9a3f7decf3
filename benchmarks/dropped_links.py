"""Lines the reader drops as links to other articles, and how many of them look like the article's own text.

Round 53 (issue 13): the scores never count a body line dropped as "a link to another article" or "a list
of links to other articles", yet the archive loses the author's words. This lists every such line over a
folder of pastes and counts those that look like text: a line running on into the next in small letters,
one ending ":" ";" "," or mid-phrase before a small letter, or a long one (a paragraph's words).

    python -m benchmarks.dropped_links [folder] [--list]
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

from archive.read.prose import PROSE_WORDS
from archive.read.reader import decode, read_text
from archive.registry.registries import load_registries
from archive.text.normalize import clean_text

from benchmarks.eval_reader import FOLDERS, ROOT, TODAY

REASONS = ("a link to another article", "a list of links to other articles")
_WARNING = re.compile(r"^line left out of the article \((.+?)\): ")


def text_like(line: str, after: str) -> bool:
    """A dropped line that looks like the article's text rather than another article's headline."""
    line, after = line.strip(), after.strip()
    if line.endswith((":", ";", ",")) or len(line.split()) >= PROSE_WORDS:
        return True
    return bool(after) and after[0].islower() and not line.endswith((".", "?", "!"))


def dropped(folder: Path):
    registries = load_registries(ROOT / "corpus")
    for path in sorted(folder.glob("*.txt"), key=lambda p: int(p.name.split("_", 1)[0])):
        text = clean_text(decode(path.read_bytes(), path.name))
        lines = text.split("\n")
        reading = read_text(text, path.name, registries.outlets, TODAY)
        for problem in reading.warnings:
            why = _WARNING.match(problem.message)
            if why and why.group(1) in REASONS and problem.line:
                line = lines[problem.line - 1]
                after = next((ln for ln in lines[problem.line:] if ln.strip()), "")
                yield path.name, problem.line, why.group(1), line, text_like(line, after)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default=str(FOLDERS[0]))
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    rows = list(dropped(Path(args.folder)))
    for name, number, why, line, text in rows if args.list else ():
        print(f"{'TEXT' if text else 'link'} {name}:{number} [{why[:14]}] {line[:110]}")
    texty = sum(r[4] for r in rows)
    print(f"dropped as links: {len(rows)} lines in {len({r[0] for r in rows})} pastes; "
          f"text-like {texty}, headline-like {len(rows) - texty}")


if __name__ == "__main__":
    main()
