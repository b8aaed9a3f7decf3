"""The least any build of the corpus must do per article, timed in this Python.

`make bench` prints it beside build_pages' own figure, so the distance to the
0.5 ms/article target can be read against what no code of ours can go under:
each corpus file read and decoded, its text cleaned and folded once (the form
every matcher needs: no tone marks, đ -> d, lower case), one regex pass over its
words, its lines escaped into a Markdown page that is written to disk, and one
JSON record of it. No extraction, no index pages, no links: a real build does all
of this and much more. Measured in CPU time in one process, then divided by the
cores a build can use.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
import time
from pathlib import Path

from archive.render.markup import escape
from archive.text.normalize import clean_text, fold

_WORD = re.compile(r"[^\W_]+")  # what the phrase matcher's word scan looks for
STEPS = ("read", "fold", "word scan", "escape", "write", "json")


def floor(corpus_files: list[Path]) -> dict[str, float]:
    """CPU milliseconds per article for each step, over `corpus_files`."""
    spent = dict.fromkeys(STEPS, 0.0)
    words = 0
    with tempfile.TemporaryDirectory(prefix="archive-floor-") as out:
        pages, export = Path(out), []
        for number, path in enumerate(corpus_files):
            clock = time.process_time()
            text = clean_text(path.read_bytes().decode("utf-8"))
            clock = _add(spent, "read", clock)
            folded = fold(text)
            clock = _add(spent, "fold", clock)
            words += sum(1 for _ in _WORD.finditer(folded))
            clock = _add(spent, "word scan", clock)
            page = "\n\n".join(escape(line) for line in text.split("\n") if line.strip())
            clock = _add(spent, "escape", clock)
            (pages / f"{number}.md").write_text(page, encoding="utf-8")
            clock = _add(spent, "write", clock)
            export.append(json.dumps({"file": path.name, "body": text}, ensure_ascii=False))
            _add(spent, "json", clock)
        clock = time.process_time()
        (pages / "articles.json").write_text("[" + ",\n".join(export) + "]", encoding="utf-8")
        _add(spent, "json", clock)
    count = max(1, len(corpus_files))
    figures = {step: seconds * 1000 / count for step, seconds in spent.items()}
    figures["total"] = sum(figures[step] for step in STEPS)
    figures["words"] = words / count
    return figures


def _add(spent: dict[str, float], step: str, since: float) -> float:
    now = time.process_time()
    spent[step] += now - since
    return now


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
