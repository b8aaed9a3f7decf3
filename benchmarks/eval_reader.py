"""`make eval-reader`: the reader measured on hand-labelled real pastes.

Each folder (tests/fixtures/reader_devset, tests/fixtures/reader_holdout) holds pastes
whose header carries only `url:`, and a labels.yml written by reading them (see the
folder's README.md). For every paste the reader's title, date, outlet, bylines and
citations are compared with the labels; the figures are printed per folder.

What counts as right (the issue's definitions):
- title: the same text, whitespace squashed, the label cleaned as the reader cleans every
  paste (a look-alike letter printed on the page, `Ð` for `Đ`, is the letter it stands for);
- date: the same date; a page that shows none is right when the reader finds none;
- outlet: the same name, ignoring case and tone marks (a domain standing in is not);
- bylines: a label byline is found when the reader's author, split on " - " or " – ",
  holds it; every other name the reader gives is invented;
- citations: numbered documents found in the article text against the labels' list
  (leading zeros ignored; a citation counts when its text writes the number, so a plenum
  resolution the registry names "12-NQ/TW" is not one); a chrome-only citation found is wrong;
- accepted: the paste is read with no problem, as it stands (only `url:` typed). A page
  that shows no date cannot be (the reader asks for `date:`), so the figure is also
  given over the pastes whose page shows one.
A paste the reader refuses is still measured: its citations are read from the
article the contributor gets once the missing fields are typed.

    python -m benchmarks.eval_reader [folder ...] [--verbose]
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import re
import sys
import traceback
from pathlib import Path

import yaml

from archive import models
from archive.enrich.citation_patterns import PLENUM_RESOLUTION
from archive.enrich.citations import extract_references
from archive.read.reader import decode, read_text
from archive.registry.registries import load_registries
from archive.text.normalize import clean_text, fold

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = (ROOT / "tests" / "fixtures" / "reader_devset", ROOT / "tests" / "fixtures" / "reader_holdout")
TODAY = dt.date(2026, 11, 23)  # fixed, so the figures do not move with the calendar
_AUTHOR_SPLIT = re.compile(r"\s+[-–—]\s+")


@dataclasses.dataclass
class FileResult:
    name: str
    title: bool = False
    date: bool = False
    outlet: bool = False
    byline_total: int = 0
    byline_found: int = 0
    invented: list[str] = dataclasses.field(default_factory=list)
    cites_true: set[str] = dataclasses.field(default_factory=set)
    cites_found: set[str] = dataclasses.field(default_factory=set)
    chrome_taken: set[str] = dataclasses.field(default_factory=set)
    accepted: bool = False
    dated: bool = False  # the labels say the page shows a publication date
    crash: str = ""
    got: dict = dataclasses.field(default_factory=dict)  # what the reader said, for --verbose


@dataclasses.dataclass
class Figures:
    folder: str
    files: int
    title: float
    date: float
    outlet: float
    bylines_found: float
    bylines_invented: int
    citation_precision: float
    citation_recall: float
    chrome_citations_taken: int
    accepted: float
    crashes: int
    results: list[FileResult]

    def as_dict(self) -> dict:
        return {k: v for k, v in dataclasses.asdict(self).items() if k != "results"}


def squash(text: str) -> str:
    return " ".join(str(text or "").split())


def citation_key(number: str) -> str:
    """"05-CT/TW" and "5-CT/TW" are one document: leading zeros carry nothing."""
    return re.sub(r"^0+(?=\d)", "", squash(number))


def written(ref) -> bool:
    """The citation writes its number ("Chỉ thị 05", "105 – QĐ/TW"): the labels list numbered
    documents as cited, so a plenum resolution the registry turns into 12-NQ/TW is not one,
    even when its plenum's number is the document's ("Nghị quyết Trung ương 4" of term XII,
    04-NQ/TW: the 4 there counts plenums)."""
    if PLENUM_RESOLUTION.match(fold(ref.text)):
        return False
    head = re.match(r"0*(\d+[a-z]?)", ref.number)  # a lettered number is written whole ("30c/NQ-CP", round 90)
    return bool(head) and bool(re.search(rf"(?<!\d)0*{head.group(1)}(?:\s*[-–—/]|\s+[A-ZĐ]|$)", ref.text))


def authors(author: str) -> list[str]:
    return [squash(a) for a in _AUTHOR_SPLIT.split(author or "") if squash(a)]


def evaluate_file(path: Path, label: dict, registries) -> FileResult:
    result = FileResult(path.name)
    try:
        _measure(path, label, registries, result)
    except Exception:  # noqa: BLE001 - a crash is a figure here, not the end of the run
        result.crash = traceback.format_exc(limit=3)
    return result


def _measure(path: Path, label: dict, registries, result: FileResult) -> None:
    text = clean_text(decode(path.read_bytes(), path.name))
    reading = read_text(text, path.name, registries.outlets, TODAY)
    got = reading.fields
    result.got = {"title": got.get("title"), "date": got.get("date"), "outlet": got.get("outlet"),
                  "author": got.get("author"), "problems": [p.message for p in reading.problems],
                  "warnings": [p.message for p in reading.warnings]}
    result.accepted = reading.article is not None
    result.dated = label.get("date") is not None
    result.title = squash(got.get("title")) == squash(clean_text(label["title"]))
    result.date = got.get("date") == _label_date(label)
    result.outlet = bool(got.get("outlet")) and fold(got["outlet"]) == fold(label["outlet"])
    truth = [squash(b) for b in label.get("bylines") or []]
    given = authors(got.get("author", ""))
    result.byline_total = len(truth)
    result.byline_found = sum(1 for b in truth if b in given)
    result.invented = [a for a in given if a not in truth]
    article = reading.article or _typed_in(path, label, got)
    refs = extract_references(article, registries.documents)
    result.cites_found = {citation_key(r.number) for r in refs if r.number and written(r)}
    result.cites_true = {citation_key(c) for c in label.get("citations") or []}
    result.chrome_taken = result.cites_found & {citation_key(c) for c in label.get("chrome_citations") or []}
    result.got["citations"] = sorted(result.cites_found)


def _label_date(label: dict) -> dt.date | None:
    value = label.get("date")
    return dt.date.fromisoformat(str(value)) if value else None


def _typed_in(path: Path, label: dict, got: dict) -> models.Article:
    """The article a refused paste becomes once the contributor types what is missing."""
    return models.Article(
        source_file=path.name, title=got.get("title") or label["title"],
        date=got.get("date") or _label_date(label) or TODAY, outlet=got.get("outlet") or label["outlet"],
        lead=got.get("lead") or "", blocks=tuple(got.get("blocks") or ()), kicker=got.get("kicker") or "")


def _file_order(item: tuple[str, dict]) -> tuple[int, str]:
    """Files in the order of their number, three digits or four ("999_…" before "1000_…")."""
    number = item[0].split("_", 1)[0]
    return (int(number) if number.isdigit() else 0, item[0])


def evaluate(folder: Path, registries=None) -> Figures:
    registries = registries or load_registries(ROOT / "corpus")
    labels = yaml.safe_load((folder / "labels.yml").read_text(encoding="utf-8")) or {}  # an empty holdout: {}
    results = [evaluate_file(folder / name, label, registries) for name, label in sorted(labels.items(), key=_file_order)]
    n = len(results) or 1
    truth = sum(len(r.cites_true) for r in results)
    found = sum(len(r.cites_found) for r in results)
    right = sum(len(r.cites_found & r.cites_true) for r in results)
    bylines = sum(r.byline_total for r in results)
    return Figures(
        folder=folder.name, files=len(results),
        title=sum(r.title for r in results) / n, date=sum(r.date for r in results) / n,
        outlet=sum(r.outlet for r in results) / n,
        bylines_found=sum(r.byline_found for r in results) / (bylines or 1),
        bylines_invented=sum(len(r.invented) for r in results),
        citation_precision=right / found if found else 1.0, citation_recall=right / truth if truth else 1.0,
        chrome_citations_taken=sum(len(r.chrome_taken) for r in results),
        accepted=sum(r.accepted for r in results) / n, crashes=sum(bool(r.crash) for r in results),
        results=results,
    )


def report(figures: Figures, verbose: bool = False) -> str:
    f = figures
    rs = f.results
    dated = [r for r in rs if r.dated]  # the page shows a date: the only pastes that can go in as they are
    lines = [
        f"{f.folder}: {f.files} pastes",
        f"  title              {f.title:6.1%}  ({sum(r.title for r in rs)}/{f.files})",
        f"  date               {f.date:6.1%}  ({sum(r.date for r in rs)}/{f.files}; no date shown counts "
        "right when the reader finds none)",
        f"  outlet             {f.outlet:6.1%}  ({sum(r.outlet for r in rs)}/{f.files})",
        f"  bylines found      {f.bylines_found:6.1%}  ({sum(r.byline_found for r in rs)}/"
        f"{sum(r.byline_total for r in rs)})",
        f"  bylines invented   {f.bylines_invented:6d}",
        f"  citations          precision {f.citation_precision:.3f}, recall {f.citation_recall:.3f} "
        f"({sum(len(r.cites_found & r.cites_true) for r in rs)} right of {sum(len(r.cites_found) for r in rs)} "
        f"found, {sum(len(r.cites_true) for r in rs)} labelled)",
        f"  chrome citations   {f.chrome_citations_taken:6d}  taken (should be 0)",
        f"  accepted as pasted {f.accepted:6.1%}  ({sum(r.accepted for r in rs)}/{f.files}; only url: typed; "
        f"{sum(r.accepted for r in dated)}/{len(dated)} of the pastes that show a date)",
        f"  crashes            {f.crashes:6d}",
    ]
    if verbose:
        lines += [_detail(r, label_free=True) for r in rs if _wrong(r)]
    return "\n".join(lines)


def _wrong(r: FileResult) -> bool:
    return (not (r.title and r.date and r.outlet) or r.invented or r.byline_found < r.byline_total
            or r.cites_found != r.cites_true or r.crash)


def _detail(r: FileResult, label_free: bool = True) -> str:
    marks = [name for name, ok in (("title", r.title), ("date", r.date), ("outlet", r.outlet)) if not ok]
    if r.byline_found < r.byline_total:
        marks.append(f"bylines {r.byline_found}/{r.byline_total}")
    if r.invented:
        marks.append(f"invented {r.invented}")
    if r.cites_found != r.cites_true:
        marks.append(f"citations missed {sorted(r.cites_true - r.cites_found)} "
                     f"wrong {sorted(r.cites_found - r.cites_true)}")
    text = f"  - {r.name}: {'; '.join(marks)}\n      got {r.got}"
    return text + (f"\n      CRASH {r.crash}" if r.crash else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="eval_reader", description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true", help="list every paste with a wrong field")
    args = parser.parse_args(argv)
    folders = args.folders or [f for f in FOLDERS if (f / "labels.yml").exists()]
    registries = load_registries(ROOT / "corpus")
    for folder in folders:
        figures = evaluate(folder, registries)
        print(report(figures, args.verbose) if figures.files else
              f"{folder.name}: no pastes (skipped: its labels.yml lists none)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
